// SPDX-License-Identifier: EUPL-1.2
#include "printing/DocumentPrinter.h"

#include "printing/DocumentTekeningen.h"

#include "services/ArchiefService.h"
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

#include <functional>
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

printing::Opmaak opmaakVan(DocumentSoort soort, const QString& naam, const QDate& vandaag)
{
    switch (soort) {
    case DocumentSoort::Inzage:
        return printing::inzageOpmaak(naam, vandaag);
    case DocumentSoort::Ontvangstbevestiging:
        return printing::ontvangstbevestigingOpmaak(naam, vandaag);
    case DocumentSoort::Verslag:
        return printing::verslagOpmaak(naam, vandaag);
    case DocumentSoort::Netwerkkaart:
        return printing::netwerkkaartOpmaak(naam, vandaag);
    case DocumentSoort::Plan:
        break;
    }
    return printing::planOpmaak(naam, vandaag);
}

/// A file name without personal data: the document and the date.
QString bestandsnaam(DocumentSoort soort, const QDate& vandaag)
{
    QString naam = QStringLiteral("plan");
    if (soort == DocumentSoort::Inzage)
        naam = QStringLiteral("inzage");
    else if (soort == DocumentSoort::Ontvangstbevestiging)
        naam = QStringLiteral("ontvangstbevestiging");
    else if (soort == DocumentSoort::Verslag)
        naam = QStringLiteral("verslag");
    else if (soort == DocumentSoort::Netwerkkaart)
        naam = QStringLiteral("netwerkkaart");
    return QStringLiteral("%1-%2.pdf").arg(naam, vandaag.toString(Qt::ISODate));
}

/// Whether printing or saving this document issues it to the inwoner: a copy then goes into the archive.
bool wordtUitgegeven(DocumentSoort soort)
{
    return soort == DocumentSoort::Verslag || soort == DocumentSoort::Ontvangstbevestiging ||
           soort == DocumentSoort::Plan;
}

/// Stores the PDF/A-1b archive copy of the issued document, made from the same HTML; says so when it
/// could not be stored (the paper or file is out already, so that is not undone).
void archiveer(QWidget* parent, core::ArchiefService& archief, DocumentSoort soort, const QString& id,
               const QString& html, printing::Opmaak opmaak, const QString& sjabloon)
{
    opmaak.pdfa = true;
    const auto kopie = archief.uitgeven(soort, id, printing::pdf(html, opmaak), sjabloon);
    if (!kopie) {
        QMessageBox::warning(
            parent, QCoreApplication::translate("ui::DocumentPrinter", "Archive copy"),
            QCoreApplication::translate("ui::DocumentPrinter",
                                        "The document was issued, but its archive copy could not be stored: %1")
                .arg(kopie.error().message));
    }
}

} // namespace

void preview(QWidget* parent, const QString& html, const printing::Opmaak& opmaak, const QString& suggestedName,
             const std::function<void()>& uitgegeven)
{
    // Printing or saving issues the document; the archive keeps one copy per preview.
    bool gedaan = false;
    const auto uitgeven = [&gedaan, &uitgegeven] {
        if (!gedaan && uitgegeven) {
            gedaan = true;
            uitgegeven();
        }
    };
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
        QObject::connect(save, &QAction::triggered, &dialog, [&dialog, &html, &opmaak, &suggestedName, &uitgeven] {
            if (saveAsPdf(&dialog, html, opmaak, suggestedName))
                uitgeven();
        });
    }
    // The preview accepts once it printed (or printed to a file).
    if (dialog.exec() == QDialog::Accepted)
        uitgeven();
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
    // The services' clock, not the system's: the date the rest of the app works with.
    const QDate vandaag = services.trajecten.today();
    printing::Opmaak opmaak = opmaakVan(soort, inwoner->weergavenaam(), vandaag);
    opmaak.tekeningen = printing::tekeningen(soort, inwoner->meta.id, services.dossiers, services.zrm);
    std::function<void()> uitgegeven;
    if (services.archief && wordtUitgegeven(soort)) {
        uitgegeven = [&] {
            archiveer(parent, *services.archief, soort, id, document.html.value(), opmaak, document.templateVersion);
        };
    }
    preview(parent, document.html.value(), opmaak, bestandsnaam(soort, vandaag), uitgegeven);
}

} // namespace ui
