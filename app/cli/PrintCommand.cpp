// SPDX-License-Identifier: EUPL-1.2
// wijkdossier-cli print: documents as PDF, laid out by printing::writePdf (needs the QGuiApplication of main).
#include "Commands.h"

#include "Options.h"

#include "Clock.h"
#include "Workspace.h"
#include "documents/InzageDocument.h"
#include "documents/OntvangstbevestigingDocument.h"
#include "documents/PlanDocument.h"
#include "documents/VerslagDocument.h"
#include "services/DossierService.h"
#include "services/PlanService.h"
#include "services/TrajectService.h"

#include "printing/DocumentLayout.h"

#include <QCoreApplication>

#include <optional>

namespace cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

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

int printInzage(CliContext& ctx, const Options& options)
{
    if (!options.has(QStringLiteral("inwoner")) || !options.has(QStringLiteral("out")) ||
        options.has(QStringLiteral("traject")))
        return usageError(ctx, tr("print inzage needs --inwoner ID and --out FILE.pdf."));
    const QString id = options.value(QStringLiteral("inwoner"));
    const QString out = options.value(QStringLiteral("out"));

    core::SystemClock clock;
    auto ws = openWorkspace(ctx, clock);
    if (!ws)
        return InvalidInput;
    core::DossierService dossiers(*ws);
    const auto inwoner = dossiers.inwoner(id);
    if (!inwoner) {
        ctx.err << tr("There is no inwoner with id %1.").arg(id) << '\n';
        return InvalidInput;
    }
    core::documents::InzageDocument document(*ws);
    const auto html = document.render(id);
    const auto opmaak = printing::inzageOpmaak(inwoner->weergavenaam(), clock.today());
    if (!writeDocument(ctx, html, document.warnings(), out, opmaak))
        return InvalidInput;
    // The id, not the name: no personal data on stdout.
    ctx.out << tr("Wrote the inzage overview of inwoner %1 to %2.").arg(id, out) << '\n';
    return Success;
}

int printOntvangstbevestiging(CliContext& ctx, const Options& options)
{
    if (!options.has(QStringLiteral("traject")) || !options.has(QStringLiteral("out")) ||
        options.has(QStringLiteral("inwoner")))
        return usageError(ctx, tr("print ontvangstbevestiging needs --traject ID and --out FILE.pdf."));
    const QString id = options.value(QStringLiteral("traject"));
    const QString out = options.value(QStringLiteral("out"));

    core::SystemClock clock;
    auto ws = openWorkspace(ctx, clock);
    if (!ws)
        return InvalidInput;
    const auto traject = core::TrajectService(*ws).traject(id);
    const auto inwoner =
        traject && !traject->meta.deleted ? core::DossierService(*ws).inwoner(traject->inwonerId) : std::nullopt;
    if (!inwoner) {
        ctx.err << tr("There is no traject with id %1.").arg(id) << '\n';
        return InvalidInput;
    }
    core::documents::OntvangstbevestigingDocument document(*ws);
    const auto html = document.render(id);
    const auto opmaak = printing::ontvangstbevestigingOpmaak(inwoner->weergavenaam(), clock.today());
    if (!writeDocument(ctx, html, document.warnings(), out, opmaak))
        return InvalidInput;
    if (document.telefoonOntbreekt()) {
        // The letter is still made (it names the team), but the inwoner is owed a direct number.
        ctx.err << tr("There is no phone number of the vast aanspreekpunt: fill it in under Mijn gegevens or at the "
                      "inwoner.")
                << '\n';
    }
    // The id, not the name: no personal data on stdout.
    ctx.out << tr("Wrote the ontvangstbevestiging of traject %1 to %2.").arg(id, out) << '\n';
    return Success;
}

int printVerslag(CliContext& ctx, const Options& options)
{
    if (!options.has(QStringLiteral("traject")) || !options.has(QStringLiteral("out")) ||
        options.has(QStringLiteral("inwoner")))
        return usageError(ctx, tr("print verslag needs --traject ID and --out FILE.pdf."));
    const QString id = options.value(QStringLiteral("traject"));
    const QString out = options.value(QStringLiteral("out"));

    core::SystemClock clock;
    auto ws = openWorkspace(ctx, clock);
    if (!ws)
        return InvalidInput;
    const auto traject = core::TrajectService(*ws).traject(id);
    const auto inwoner =
        traject && !traject->meta.deleted ? core::DossierService(*ws).inwoner(traject->inwonerId) : std::nullopt;
    if (!inwoner) {
        ctx.err << tr("There is no traject with id %1.").arg(id) << '\n';
        return InvalidInput;
    }
    core::documents::VerslagDocument document(*ws);
    const auto html = document.render(id);
    const auto opmaak = printing::verslagOpmaak(inwoner->weergavenaam(), clock.today());
    if (!writeDocument(ctx, html, document.warnings(), out, opmaak))
        return InvalidInput;
    // The id, not the name: no personal data on stdout.
    ctx.out << tr("Wrote the verslag of traject %1 to %2.").arg(id, out) << '\n';
    return Success;
}

int printPlan(CliContext& ctx, const Options& options)
{
    if (!options.has(QStringLiteral("plan")) || !options.has(QStringLiteral("out")) ||
        options.has(QStringLiteral("inwoner")) || options.has(QStringLiteral("traject")))
        return usageError(ctx, tr("print plan needs --plan ID and --out FILE.pdf."));
    const QString id = options.value(QStringLiteral("plan"));
    const QString out = options.value(QStringLiteral("out"));

    core::SystemClock clock;
    auto ws = openWorkspace(ctx, clock);
    if (!ws)
        return InvalidInput;
    const auto plan = core::PlanService(*ws).plan(id);
    const auto inwoner =
        plan && !plan->meta.deleted ? core::DossierService(*ws).inwoner(plan->inwonerId) : std::nullopt;
    if (!inwoner) {
        ctx.err << tr("There is no ondersteuningsplan with id %1.").arg(id) << '\n';
        return InvalidInput;
    }
    core::documents::PlanDocument document(*ws);
    const auto html = document.render(id);
    const auto opmaak = printing::planOpmaak(inwoner->weergavenaam(), clock.today());
    if (!writeDocument(ctx, html, document.warnings(), out, opmaak))
        return InvalidInput;
    // The id, not the name: no personal data on stdout.
    ctx.out << tr("Wrote the ondersteuningsplan %1 to %2.").arg(id, out) << '\n';
    return Success;
}

} // namespace

int runPrint(CliContext& ctx)
{
    const Options options(
        ctx.arguments.mid(1),
        {QStringLiteral("inwoner"), QStringLiteral("traject"), QStringLiteral("plan"), QStringLiteral("out")}, {});
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
    return usageError(ctx, tr("print needs a document: inzage, ontvangstbevestiging, verslag or plan."));
}

} // namespace cli
