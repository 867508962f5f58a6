// SPDX-License-Identifier: EUPL-1.2
#include "TrajectUiSupport.h"

#include "printing/DocumentLayout.h"

#include <QAction>
#include <QFile>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTemporaryDir>

using namespace core;
using namespace test::traject;

TEST_CASE("a consulent previews the verslag of a traject before printing it", "[ui][printing]")
{
    test::TempApp app;
    const QString inwonerId = newInwoner(app);
    const QString trajectId = newTraject(app, inwonerId);
    ui::TrajectPanel* panel = openTrajecten(app, inwonerId);
    REQUIRE(panel->select(trajectId));
    CHECK(panel->printVerslagButton()->isEnabled());
    CHECK(panel->printOntvangstbevestigingButton()->isEnabled());

    bool opened = false;
    test::whenDialogOpens<QPrintPreviewDialog>([&opened](QPrintPreviewDialog* dialog) {
        opened = true;
        CHECK(dialog->printer()->pageLayout().pageSize().id() == QPageSize::A4);
        CHECK(dialog->findChild<QAction*>(QStringLiteral("saveAsPdf")));
        dialog->reject();
    });
    QTest::mouseClick(panel->printVerslagButton(), Qt::LeftButton);
    CHECK(opened);
}

TEST_CASE("the verslag is laid out as a PDF, on a printer too", "[ui][printing]")
{
    test::TempApp app;
    const QString inwonerId = newInwoner(app);
    const QString trajectId = newTraject(app, inwonerId);
    const auto document = app.dossiers.renderDocument(documents::DocumentSoort::Verslag, trajectId);
    REQUIRE(document.html.ok());
    const auto opmaak = printing::verslagOpmaak(QStringLiteral("Fatima Jansen"), QDate(2026, 11, 10));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("verslag.pdf"));
    QString error;
    REQUIRE(printing::writePdf(path, document.html.value(), opmaak, &error));
    CHECK(error.isEmpty());
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(4) == QByteArrayLiteral("%PDF"));
    CHECK(pdf.size() > 5 * 1024);
    CHECK(pdf.permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".tmp")));

    // A QPrinter is a paged paint device as well: what the preview and the print dialog paint on.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = dir.filePath(QStringLiteral("printer.pdf"));
    printer.setOutputFileName(printed);
    REQUIRE(printing::paint(printer, document.html.value(), opmaak));
    CHECK(printer.pageLayout().pageSize().id() == QPageSize::A4);
    CHECK(QFileInfo(printed).size() > 5 * 1024);

    // A file that cannot be written is said so.
    CHECK_FALSE(printing::writePdf(dir.filePath(QStringLiteral("geen/map/verslag.pdf")), document.html.value(), opmaak,
                                   &error));
    CHECK_FALSE(error.isEmpty());
}
