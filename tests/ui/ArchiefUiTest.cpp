// SPDX-License-Identifier: EUPL-1.2
#include "TrajectUiSupport.h"

#include "archief/ArchiefLijst.h"
#include "archief/OndertekenDialog.h"
#include "db/Database.h"
#include "services/ArchiefService.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QRadioButton>
#include <QTemporaryDir>

using namespace core;
using namespace test::traject;

namespace {

/// The consulent's answer to a message box, with what it said.
void whenMessageBox(QString& text)
{
    test::whenDialogOpens<QMessageBox>([&text](QMessageBox* box) {
        text = box->text();
        box->accept();
    });
}

/// Prints the verslag of the selected traject: the preview opens, Save as PDF… writes `path`.
void saveVerslagAsPdf(ui::TrajectPanel* panel, const QString& path)
{
    bool saved = false;
    test::whenDialogOpens<QPrintPreviewDialog>([&](QPrintPreviewDialog* preview) {
        auto* save = preview->findChild<QAction*>(QStringLiteral("saveAsPdf"));
        REQUIRE(save);
        test::whenDialogOpens<QFileDialog>([&](QFileDialog* files) {
            files->selectFile(path);
            static_cast<QDialog*>(files)->accept(); // QFileDialog::accept is protected
        });
        save->trigger();
        saved = true;
        preview->reject();
    });
    QTest::mouseClick(panel->printVerslagButton(), Qt::LeftButton);
    REQUIRE(saved);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("saving the verslag as PDF issues it: its PDF/A copy is in Documents and opens unchanged", "[ui][archief]")
{
    test::TempApp app;
    const QString inwonerId = newInwoner(app);
    const QString trajectId = newTraject(app, inwonerId);
    ui::TrajectPanel* panel = openTrajecten(app, inwonerId);
    REQUIRE(panel->select(trajectId));
    ui::ArchiefLijst* documenten = panel->documenten();
    CHECK(documenten->tabel()->rowCount() == 0);
    auto* leeg = documenten->findChild<QLabel*>(QStringLiteral("geenDocumenten"));
    REQUIRE(leeg);
    CHECK_FALSE(leeg->isHidden()); // an empty list says what will appear there

    QTemporaryDir dir;
    saveVerslagAsPdf(panel, dir.filePath(QStringLiteral("verslag.pdf")));
    CHECK(readAll(dir.filePath(QStringLiteral("verslag.pdf"))).startsWith("%PDF"));

    const auto lijst = app.archief.lijst(trajectId);
    REQUIRE(lijst.size() == 1);
    CHECK(lijst.front().soort == QStringLiteral("verslag"));
    CHECK(lijst.front().sjabloon == QStringLiteral("built-in:verslag"));
    REQUIRE(documenten->tabel()->rowCount() == 1);
    CHECK(leeg->isHidden());
    CHECK(cell(documenten->tabel(), 0, ui::ArchiefLijst::SoortColumn) == QStringLiteral("Verslag"));
    CHECK(cell(documenten->tabel(), 0, ui::ArchiefLijst::SjabloonColumn) == QStringLiteral("built-in:verslag"));
    CHECK(cell(documenten->tabel(), 0, ui::ArchiefLijst::OndertekendColumn) == QStringLiteral("Not yet signed"));
    CHECK(cell(documenten->tabel(), 0, ui::ArchiefLijst::ScansColumn) == QStringLiteral("0"));

    CHECK_FALSE(documenten->openButton()->isEnabled());
    documenten->tabel()->selectRow(0);
    CHECK(documenten->openButton()->isEnabled());
    CHECK(documenten->signButton()->isEnabled());

    QUrl opened;
    documenten->setOpener([&opened](const QUrl& url) {
        opened = url;
        return true;
    });
    QTest::mouseClick(documenten->openButton(), Qt::LeftButton);
    REQUIRE(opened.isLocalFile());
    const QByteArray kopie = readAll(opened.toLocalFile());
    CHECK(kopie.startsWith("%PDF"));
    CHECK(kopie.contains("pdfaid"));
    CHECK(ArchiefService::sha256(kopie) == lijst.front().sha256);
    CHECK(QFile::permissions(opened.toLocalFile()) ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    SECTION("a copy changed outside the app is not shown")
    {
        app.ws->db().exec("UPDATE document_archief SET pdf = CAST('%PDF-1.4 vervalst' AS BLOB)");
        opened.clear();
        QString message;
        whenMessageBox(message);
        QTest::mouseClick(documenten->openButton(), Qt::LeftButton);
        CHECK(message.contains(QStringLiteral("SHA-256")));
        CHECK(opened.isEmpty());
    }
}

TEST_CASE("printing the ontvangstbevestiging from the preview issues it and records its step", "[ui][archief]")
{
    test::TempApp app;
    const QString inwonerId = newInwoner(app);
    const QString trajectId = newTraject(app, inwonerId);
    ui::TrajectPanel* panel = openTrajecten(app, inwonerId);
    REQUIRE(panel->select(trajectId));

    SECTION("closing the preview without printing issues nothing")
    {
        test::whenDialogOpens<QPrintPreviewDialog>([](QPrintPreviewDialog* preview) { preview->reject(); });
        QTest::mouseClick(panel->printOntvangstbevestigingButton(), Qt::LeftButton);
        CHECK(app.archief.lijst(trajectId).empty());
        CHECK_FALSE(stored(app, trajectId).stap(StapSoort::Ontvangstbevestiging));
    }
    SECTION("printed: the copy is stored and the step recorded today")
    {
        // The preview accepts once its print went out.
        test::whenDialogOpens<QPrintPreviewDialog>([](QPrintPreviewDialog* preview) { preview->accept(); });
        QTest::mouseClick(panel->printOntvangstbevestigingButton(), Qt::LeftButton);
        const auto lijst = app.archief.lijst(trajectId);
        REQUIRE(lijst.size() == 1);
        CHECK(lijst.front().soort == QStringLiteral("ontvangstbevestiging"));
        CHECK(stored(app, trajectId).datum(StapSoort::Ontvangstbevestiging) == QDate(2026, 11, 10));
        REQUIRE(panel->documenten()->tabel()->rowCount() == 1);
        panel->documenten()->tabel()->selectRow(0);
        CHECK_FALSE(panel->documenten()->signButton()->isEnabled()); // only a verslag is signed
        CHECK(panel->documenten()->attachButton()->isEnabled());
    }
}

TEST_CASE("a consulent marks the verslag signed with the aanvraag and attaches the scan", "[ui][archief]")
{
    test::TempApp app;
    const QString inwonerId = newInwoner(app);
    const QString trajectId = newTraject(app, inwonerId);
    ui::TrajectPanel* panel = openTrajecten(app, inwonerId);
    REQUIRE(panel->select(trajectId));
    QTemporaryDir dir;
    saveVerslagAsPdf(panel, dir.filePath(QStringLiteral("verslag.pdf")));
    ui::ArchiefLijst* documenten = panel->documenten();
    REQUIRE(documenten->tabel()->rowCount() == 1);
    documenten->tabel()->selectRow(0);
    const QString archiefId = documenten->currentId();

    test::whenDialogOpens<ui::OndertekenDialog>([](ui::OndertekenDialog* dialog) {
        CHECK(dialog->datumField()->text() == QStringLiteral("10-11-2026"));
        CHECK(dialog->aanvraagBox()->text() ==
              QStringLiteral("Ik vraag hierbij de maatwerkvoorziening aan die in dit verslag staat"));
        // Neither choice is made in advance; a date in the future is refused.
        dialog->datumField()->setText(QStringLiteral("11-11-2026"));
        dialog->accept();
        CHECK(dialog->isVisible());
        CHECK_FALSE(dialog->message(QStringLiteral("ondertekening")).isEmpty());
        CHECK(dialog->message(QStringLiteral("datum")).contains(QStringLiteral("future")));
        dialog->datumField()->clear();
        dialog->accept();
        CHECK(dialog->isVisible());
        CHECK_FALSE(dialog->message(QStringLiteral("datum")).isEmpty());

        dialog->datumField()->setText(QStringLiteral("10-11-2026"));
        dialog->akkoordButton()->setChecked(true);
        dialog->aanvraagBox()->setChecked(true);
        QTest::keyClicks(dialog->opmerkingenField(), QStringLiteral("Graag hulp op dinsdag."));
        dialog->accept();
        CHECK_FALSE(dialog->isVisible());
    });
    QTest::mouseClick(documenten->signButton(), Qt::LeftButton);

    const auto getekend = app.archief.document(archiefId);
    REQUIRE(getekend);
    CHECK(getekend->ondertekendOp == QDate(2026, 11, 10));
    CHECK(getekend->ondertekening == kOndertekeningAkkoord);
    CHECK(getekend->aanvraag);
    CHECK(getekend->opmerkingen == QStringLiteral("Graag hulp op dinsdag."));
    const Traject t = stored(app, trajectId);
    CHECK(t.datum(StapSoort::Aanvraag) == QDate(2026, 11, 10));
    const auto* beschikking = app.trajecten.stand(t).termijn(QStringLiteral("beschikking"));
    REQUIRE(beschikking);
    CHECK(beschikking->termijn.datum == QDate(2026, 11, 24));
    CHECK(cell(documenten->tabel(), 0, ui::ArchiefLijst::OndertekendColumn) ==
          QStringLiteral("Akkoord, 10-11-2026, with aanvraag"));

    // A text file named .pdf is refused, with the limit named; nothing is attached.
    const QString tekst = dir.filePath(QStringLiteral("scan.pdf"));
    {
        QFile f(tekst);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Dit is geen scan.");
    }
    documenten->tabel()->selectRow(0);
    QString message;
    whenMessageBox(message);
    CHECK_FALSE(documenten->attachScan(tekst));
    CHECK(message.contains(QStringLiteral("not a PDF, JPEG or PNG")));
    CHECK(message.contains(QStringLiteral("20 MB")));
    CHECK(app.archief.document(archiefId)->bijlagen.empty());

    // A photo of the signed paper, chosen in the file dialog.
    const QString foto = dir.filePath(QStringLiteral("foto.png"));
    const QByteArray png = QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(32, 'p');
    {
        QFile f(foto);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(png);
    }
    test::whenDialogOpens<QFileDialog>([&foto](QFileDialog* files) {
        files->selectFile(foto);
        static_cast<QDialog*>(files)->accept();
    });
    QTest::mouseClick(documenten->attachButton(), Qt::LeftButton);
    const auto bijlagen = app.archief.document(archiefId)->bijlagen;
    REQUIRE(bijlagen.size() == 1);
    CHECK(bijlagen.front().mime == QStringLiteral("image/png"));
    CHECK(app.archief.bijlage(bijlagen.front().meta.id).value() == png);
    CHECK(cell(documenten->tabel(), 0, ui::ArchiefLijst::ScansColumn) == QStringLiteral("1"));
}
