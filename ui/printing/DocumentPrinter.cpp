// SPDX-License-Identifier: EUPL-1.2
#include "printing/DocumentPrinter.h"

#include "services/DossierService.h"
#include "services/PlanService.h"
#include "services/TrajectService.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QToolBar>

#include <optional>

namespace ui {

namespace {

using core::documents::DocumentSoort;

/// The inwoner the document is about, or nullopt when the record does not exist (any more).
std::optional<core::Inwoner> inwonerVan(const Services& services, DocumentSoort soort, const QString& id)
{
    QString inwonerId = id;
    if (soort == DocumentSoort::Ontvangstbevestiging || soort == DocumentSoort::Verslag) {
        const auto traject = services.trajecten.traject(id);
        if (!traject || traject->meta.deleted)
            return std::nullopt;
        inwonerId = traject->inwonerId;
    } else if (soort == DocumentSoort::Plan) {
        const auto plan = services.plannen.plan(id);
        if (!plan || plan->meta.deleted)
            return std::nullopt;
        inwonerId = plan->inwonerId;
    }
    return services.dossiers.inwoner(inwonerId);
}

printing::Opmaak opmaakVan(DocumentSoort soort, const QString& naam)
{
    const QDate vandaag = QDate::currentDate();
    switch (soort) {
    case DocumentSoort::Inzage:
        return printing::inzageOpmaak(naam, vandaag);
    case DocumentSoort::Ontvangstbevestiging:
        return printing::ontvangstbevestigingOpmaak(naam, vandaag);
    case DocumentSoort::Verslag:
        return printing::verslagOpmaak(naam, vandaag);
    case DocumentSoort::Plan:
        break;
    }
    return printing::planOpmaak(naam, vandaag);
}

/// A file name without personal data: the document and the date.
QString bestandsnaam(DocumentSoort soort)
{
    QString naam = QStringLiteral("plan");
    if (soort == DocumentSoort::Inzage)
        naam = QStringLiteral("inzage");
    else if (soort == DocumentSoort::Ontvangstbevestiging)
        naam = QStringLiteral("ontvangstbevestiging");
    else if (soort == DocumentSoort::Verslag)
        naam = QStringLiteral("verslag");
    return QStringLiteral("%1-%2.pdf").arg(naam, QDate::currentDate().toString(Qt::ISODate));
}

} // namespace

void preview(QWidget* parent, const QString& html, const printing::Opmaak& opmaak, const QString& suggestedName)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(opmaak.titel);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("ui::DocumentPrinter", "Print preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&html, &opmaak](QPrinter* target) { printing::paint(*target, html, opmaak); });
    if (auto* toolbar = dialog.findChild<QToolBar*>()) {
        toolbar->addSeparator();
        QAction* save = toolbar->addAction(QCoreApplication::translate("ui::DocumentPrinter", "Save as PDF…"));
        save->setObjectName(QStringLiteral("saveAsPdf"));
        QObject::connect(save, &QAction::triggered, &dialog, [&dialog, &html, &opmaak, &suggestedName] {
            saveAsPdf(&dialog, html, opmaak, suggestedName);
        });
    }
    dialog.exec();
}

bool saveAsPdf(QWidget* parent, const QString& html, const printing::Opmaak& opmaak, const QString& suggestedName)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("ui::DocumentPrinter", "Save as PDF"), QDir::home().filePath(suggestedName),
        QCoreApplication::translate("ui::DocumentPrinter", "PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (printing::writePdf(path, html, opmaak, &error))
        return true;
    QMessageBox::warning(parent, QCoreApplication::translate("ui::DocumentPrinter", "Save as PDF"), error);
    return false;
}

void printDocument(QWidget* parent, const Services& services, DocumentSoort soort, const QString& id)
{
    if (id.isEmpty())
        return;
    const auto inwoner = inwonerVan(services, soort, id);
    if (!inwoner) {
        QMessageBox::warning(parent, QCoreApplication::translate("ui::DocumentPrinter", "Print"),
                             QCoreApplication::translate("ui::DocumentPrinter", "This record no longer exists."));
        return;
    }
    const auto document = services.dossiers.renderDocument(soort, id);
    if (!document.warnings.isEmpty())
        QMessageBox::warning(parent, QCoreApplication::translate("ui::DocumentPrinter", "Print"),
                             document.warnings.join(QLatin1Char('\n')));
    if (!document.html) {
        QMessageBox::warning(parent, QCoreApplication::translate("ui::DocumentPrinter", "Print"),
                             document.html.error().message);
        return;
    }
    preview(parent, document.html.value(), opmaakVan(soort, inwoner->weergavenaam()), bestandsnaam(soort));
}

} // namespace ui
