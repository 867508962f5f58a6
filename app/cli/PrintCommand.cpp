// SPDX-License-Identifier: EUPL-1.2
// wijkdossier-cli print: documents as PDF, laid out by printing::writePdf (needs the QGuiApplication of main).
#include "Commands.h"

#include "Options.h"

#include "Clock.h"
#include "Workspace.h"
#include "documents/InzageDocument.h"
#include "documents/NetwerkkaartDocument.h"
#include "documents/OntvangstbevestigingDocument.h"
#include "documents/PlanDocument.h"
#include "documents/VerslagDocument.h"
#include "services/ArchiefService.h"
#include "services/DossierService.h"
#include "services/PlanService.h"
#include "services/TrajectService.h"
#include "services/ZrmService.h"

#include "printing/DocumentLayout.h"
#include "printing/DocumentTekeningen.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <type_traits>

namespace cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

/// The layout of a document for the inwoner called `naam`, printed on `dag` (printing::verslagOpmaak…).
using OpmaakFunctie = printing::Opmaak (*)(const QString& naam, const QDate& dag);

/// Writes the PDF (see printing::writePdf); false, with the reason on stderr, when it failed.
bool writePdf(CliContext& ctx, const QString& path, const QString& html, const printing::Opmaak& opmaak)
{
    QString error;
    if (printing::writePdf(path, html, opmaak, &error))
        return true;
    ctx.err << error << '\n';
    return false;
}

/// Says what the render warned about (a broken template of the gemeente is not fatal: the built-in
/// one was used), then writes the document as PDF; false, with the reason on stderr, when it failed.
bool writeDocument(CliContext& ctx, const core::Result<QString>& html, const QStringList& warnings, const QString& out,
                   const printing::Opmaak& opmaak)
{
    for (const QString& warning : warnings)
        ctx.err << warning << '\n';
    if (!html) {
        ctx.err << html.error().message << '\n';
        return false;
    }
    return writePdf(ctx, out, html.value(), opmaak);
}

/// What differs between the documents that `print` makes.
struct Afdruk {
    QString idOptie;      ///< the option with the id of what is printed
    QStringList verboden; ///< options that must not be there
    QString gebruik;      ///< the usage error
    /// The inwoner the document is about; nullopt when the id names nothing printable.
    std::function<std::optional<core::Inwoner>(core::Workspace&, const QString&)> inwoner;
    QString nietGevonden; ///< when there is no such inwoner, with %1 for the id
    OpmaakFunctie opmaak;
    QString gereed; ///< what was written, with %1 for the id and %2 for the file
};

/// The kind of document `Document` is: which drawings it has (printing::tekeningen).
template <typename Document> constexpr core::documents::DocumentSoort soortVan()
{
    using namespace core::documents;
    if constexpr (std::is_same_v<Document, InzageDocument>)
        return DocumentSoort::Inzage;
    else if constexpr (std::is_same_v<Document, OntvangstbevestigingDocument>)
        return DocumentSoort::Ontvangstbevestiging;
    else if constexpr (std::is_same_v<Document, VerslagDocument>)
        return DocumentSoort::Verslag;
    else if constexpr (std::is_same_v<Document, NetwerkkaartDocument>)
        return DocumentSoort::Netwerkkaart;
    else
        return DocumentSoort::Plan;
}

/// Whether printing this kind of document issues it: a copy is then kept in the archive.
constexpr bool wordtGearchiveerd(core::documents::DocumentSoort soort)
{
    using core::documents::DocumentSoort;
    return soort == DocumentSoort::Verslag || soort == DocumentSoort::Ontvangstbevestiging ||
           soort == DocumentSoort::Plan;
}

/// Stores the PDF/A-1b archive copy of an issued document and says so on stdout (ids only); false,
/// with the reason on stderr, when it could not be stored.
bool archiveer(CliContext& ctx, core::Workspace& ws, core::documents::DocumentSoort soort, const QString& id,
               const QString& html, printing::Opmaak opmaak, const QString& sjabloon)
{
    opmaak.pdfa = true;
    const QByteArray pdf = printing::pdf(html, opmaak);
    core::TrajectService trajecten(ws);
    core::ArchiefService archief(ws, trajecten);
    const auto kopie = archief.uitgeven(soort, id, pdf, sjabloon);
    if (!kopie) {
        ctx.err << tr("The archive copy was not stored: %1").arg(kopie.error().message) << '\n';
        return false;
    }
    ctx.out << tr("Stored archive copy %1 (PDF/A-1b, SHA-256 %2).").arg(kopie->meta.id, kopie->sha256) << '\n';
    return true;
}

/// Opens the workspace, renders `Document` for the id of `afdruk.idOptie` and writes it as PDF to
/// --out (PDF/A-1b with --pdfa); a verslag, ontvangstbevestiging or plan is also archived. `naSchrijven` runs after a
/// successful write, before the report on stdout.
template <typename Document>
int printDocument(CliContext& ctx, const Options& options, const Afdruk& afdruk,
                  const std::function<void(const Document&)>& naSchrijven = {})
{
    bool verkeerd = !options.has(afdruk.idOptie) || !options.has(QStringLiteral("out"));
    for (const QString& optie : afdruk.verboden)
        verkeerd = verkeerd || options.has(optie);
    if (verkeerd)
        return usageError(ctx, afdruk.gebruik);
    const QString id = options.value(afdruk.idOptie);
    const QString out = options.value(QStringLiteral("out"));

    core::SystemClock clock;
    auto ws = openWorkspace(ctx, clock);
    if (!ws)
        return InvalidInput;
    const auto inwoner = afdruk.inwoner(*ws, id);
    if (!inwoner) {
        ctx.err << afdruk.nietGevonden.arg(id) << '\n';
        return InvalidInput;
    }
    Document document(*ws);
    const auto html = document.render(id);
    auto opmaak = afdruk.opmaak(inwoner->weergavenaam(), clock.today());
    opmaak.tekeningen =
        printing::tekeningen(soortVan<Document>(), inwoner->meta.id, core::DossierService(*ws), core::ZrmService(*ws));
    opmaak.pdfa = options.has(QStringLiteral("pdfa"));
    if (!writeDocument(ctx, html, document.warnings(), out, opmaak))
        return InvalidInput;
    if (naSchrijven)
        naSchrijven(document);
    // Only what is done is reported done: the archive copy first, then "written".
    if constexpr (wordtGearchiveerd(soortVan<Document>())) {
        if (!archiveer(ctx, *ws, soortVan<Document>(), id, html.value(), opmaak, document.templateVersion()))
            return InvalidInput;
    }
    // The id, not the name: no personal data on stdout.
    ctx.out << afdruk.gereed.arg(id, out) << '\n';
    return Success;
}

/// The inwoner of a traject that is not deleted.
std::optional<core::Inwoner> inwonerVanTraject(core::Workspace& ws, const QString& id)
{
    const auto traject = core::TrajectService(ws).traject(id);
    return traject && !traject->meta.deleted ? core::DossierService(ws).inwoner(traject->inwonerId) : std::nullopt;
}

int printInzage(CliContext& ctx, const Options& options)
{
    return printDocument<core::documents::InzageDocument>(
        ctx, options,
        {QStringLiteral("inwoner"),
         {QStringLiteral("traject")},
         tr("print inzage needs --inwoner ID and --out FILE.pdf."),
         [](core::Workspace& ws, const QString& id) { return core::DossierService(ws).inwoner(id); },
         tr("There is no inwoner with id %1."),
         printing::inzageOpmaak,
         tr("Wrote the inzage overview of inwoner %1 to %2.")});
}

int printOntvangstbevestiging(CliContext& ctx, const Options& options)
{
    return printDocument<core::documents::OntvangstbevestigingDocument>(
        ctx, options,
        {QStringLiteral("traject"),
         {QStringLiteral("inwoner")},
         tr("print ontvangstbevestiging needs --traject ID and --out FILE.pdf."),
         inwonerVanTraject,
         tr("There is no traject with id %1."),
         printing::ontvangstbevestigingOpmaak,
         tr("Wrote the ontvangstbevestiging of traject %1 to %2.")},
        [&ctx](const core::documents::OntvangstbevestigingDocument& document) {
            if (document.telefoonOntbreekt()) {
                // The letter is still made (it names the team), but the inwoner is owed a direct number.
                ctx.err
                    << tr("There is no phone number of the vast aanspreekpunt: fill it in under Mijn gegevens or at "
                          "the inwoner.")
                    << '\n';
            }
        });
}

int printVerslag(CliContext& ctx, const Options& options)
{
    return printDocument<core::documents::VerslagDocument>(ctx, options,
                                                           {QStringLiteral("traject"),
                                                            {QStringLiteral("inwoner")},
                                                            tr("print verslag needs --traject ID and --out FILE.pdf."),
                                                            inwonerVanTraject,
                                                            tr("There is no traject with id %1."),
                                                            printing::verslagOpmaak,
                                                            tr("Wrote the verslag of traject %1 to %2.")});
}

int printNetwerkkaart(CliContext& ctx, const Options& options)
{
    return printDocument<core::documents::NetwerkkaartDocument>(
        ctx, options,
        {QStringLiteral("inwoner"),
         {QStringLiteral("traject")},
         tr("print netwerkkaart needs --inwoner ID and --out FILE.pdf."),
         [](core::Workspace& ws, const QString& id) { return core::DossierService(ws).inwoner(id); },
         tr("There is no inwoner with id %1."),
         printing::netwerkkaartOpmaak,
         tr("Wrote the netwerkkaart of inwoner %1 to %2.")});
}

int printPlan(CliContext& ctx, const Options& options)
{
    return printDocument<core::documents::PlanDocument>(
        ctx, options,
        {QStringLiteral("plan"),
         {QStringLiteral("inwoner"), QStringLiteral("traject")},
         tr("print plan needs --plan ID and --out FILE.pdf."),
         [](core::Workspace& ws, const QString& id) -> std::optional<core::Inwoner> {
             const auto plan = core::PlanService(ws).plan(id);
             return plan && !plan->meta.deleted ? core::DossierService(ws).inwoner(plan->inwonerId) : std::nullopt;
         },
         tr("There is no ondersteuningsplan with id %1."),
         printing::planOpmaak,
         tr("Wrote the ondersteuningsplan %1 to %2.")});
}

} // namespace

int runPrint(CliContext& ctx)
{
    const Options options(
        ctx.arguments.mid(1),
        {QStringLiteral("inwoner"), QStringLiteral("traject"), QStringLiteral("plan"), QStringLiteral("out")},
        {QStringLiteral("pdfa")});
    if (!options.error().isEmpty())
        return usageError(ctx, options.error());
    const QString soort = options.positional().size() == 1 ? options.positional().first() : QString();
    if (soort == QLatin1String("inzage"))
        return printInzage(ctx, options);
    if (soort == QLatin1String("ontvangstbevestiging"))
        return printOntvangstbevestiging(ctx, options);
    if (soort == QLatin1String("verslag"))
        return printVerslag(ctx, options);
    if (soort == QLatin1String("plan"))
        return printPlan(ctx, options);
    if (soort == QLatin1String("netwerkkaart"))
        return printNetwerkkaart(ctx, options);
    return usageError(ctx, tr("print needs a document: inzage, ontvangstbevestiging, verslag, plan or netwerkkaart."));
}

} // namespace cli
