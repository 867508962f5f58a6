// SPDX-License-Identifier: EUPL-1.2
#include "Commands.h"
#include "ConfigurationCheck.h"
#include "importing/CsvWriter.h"

#include "Options.h"

#include "Clock.h"
#include "Workspace.h"
#include "demo/DemoGenerator.h"
#include "importing/InwonerCsvImport.h"
#include "repo/InwonerRepository.h"
#include "services/DossierService.h"
#include "services/InstellingenService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

} // namespace

namespace {

// Kept out of the function that prints it: lupdate misses this plural there.
QString inwonerCount(int n)
{
    return QCoreApplication::translate("cli", "%n inwoner(s)", nullptr, n);
}

} // namespace

std::unique_ptr<core::Workspace> openWorkspace(CliContext& ctx, const core::Clock& clock, bool create)
{
    auto ws = core::Workspace::open(ctx.databasePath, clock, {.create = create, .breakLock = ctx.breakLock});
    if (!ws) {
        ctx.err << ws.error().message << '\n';
        if (ws.error().code == core::ErrorCode::NotFound)
            ctx.err << tr("Create a new database with: wijkdossier-cli --db FILE init") << '\n';
        else if (ws.error().code == core::ErrorCode::LockedElsewhere)
            ctx.err << tr("To break the lock: wijkdossier-cli --break-lock --db FILE COMMAND") << '\n';
        return nullptr;
    }
    for (const QString& note : ws.value()->openNotes())
        ctx.err << note << '\n';
    for (const QString& warning : core::ConfigurationCheck::warnings())
        ctx.err << warning << '\n';
    return std::move(ws.value());
}

int usageError(CliContext& ctx, const QString& message)
{
    ctx.err << message << '\n' << tr("Run wijkdossier-cli --help for the commands and options.") << '\n';
    return Usage;
}

int runInit(CliContext& ctx)
{
    const Options options(ctx.arguments.mid(1), {}, {});
    if (!options.error().isEmpty())
        return usageError(ctx, options.error());
    core::SystemClock clock;
    auto ws = openWorkspace(ctx, clock, true);
    if (!ws)
        return InvalidInput;
    ctx.out << tr("Database ready: %1 (schema %2)").arg(ws->path()).arg(ws->schemaVersion()) << '\n';
    return Success;
}

int runDemo(CliContext& ctx)
{
    const Options options(ctx.arguments.mid(1), {QStringLiteral("size"), QStringLiteral("seed")}, {});
    if (!options.error().isEmpty())
        return usageError(ctx, options.error());
    const auto size = core::demo::demoSizeFromString(options.value(QStringLiteral("size"), QStringLiteral("S")));
    if (!size)
        return usageError(ctx, tr("--size must be S, M, L or XL."));
    bool seedOk = true;
    const quint64 seed = options.value(QStringLiteral("seed"), QStringLiteral("1")).toULongLong(&seedOk);
    if (!seedOk)
        return usageError(ctx, tr("--seed must be a whole number."));

    core::SystemClock clock;
    auto ws = openWorkspace(ctx, clock);
    if (!ws)
        return InvalidInput;
    QElapsedTimer timer;
    timer.start();
    auto summary = core::demo::DemoGenerator(*ws, seed).generate(*size);
    if (!summary) {
        ctx.err << summary.error().message << '\n';
        return InvalidInput;
    }
    ctx.out << tr("Demo data added: %1 inwoners, %2 households, %3 netwerk persons of whom %4 mantelzorgers, "
                  "%5 consulenten, %7 ZRM metingen (%6 s).")
                   .arg(summary->inwoners)
                   .arg(summary->huishoudens)
                   .arg(summary->netwerkpersonen)
                   .arg(summary->mantelzorgers)
                   .arg(summary->consulenten)
                   .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
                   .arg(summary->metingen)
            << '\n';
    ctx.out << tr("Trajecten: %1, with %2 gesprekken.").arg(summary->trajecten).arg(summary->gesprekken) << '\n';
    ctx.out << tr("Ondersteuningsplannen: %1 (every version); sociale kaart entries added: %2.")
                   .arg(summary->plannen)
                   .arg(summary->socialeKaart)
            << '\n';
    return Success;
}

int runCheck(CliContext& ctx)
{
    const Options options(ctx.arguments.mid(1), {}, {});
    if (!options.error().isEmpty())
        return usageError(ctx, options.error());
    core::SystemClock clock;
    auto ws = openWorkspace(ctx, clock);
    if (!ws)
        return InvalidInput;
    const auto problems = ws->integrityProblems();
    ctx.out << tr("schema version: %1").arg(ws->schemaVersion()) << '\n';
    ctx.out << tr("inwoners: %1").arg(ws->inwoners().count()) << '\n';
    if (!problems.ok() || !problems->isEmpty()) {
        ctx.out << tr("integrity: problems found") << '\n';
        const QStringList found = problems.ok() ? problems.value() : QStringList{problems.error().message};
        for (const QString& p : found)
            ctx.err << "  " << p << '\n';
        return InvalidInput;
    }
    ctx.out << tr("integrity: ok") << '\n';
    return Success;
}

int runList(CliContext& ctx)
{
    const Options options(ctx.arguments.mid(1), {QStringLiteral("format"), QStringLiteral("search")},
                          {QStringLiteral("all")});
    if (!options.error().isEmpty())
        return usageError(ctx, options.error());
    const QString format = options.value(QStringLiteral("format"), QStringLiteral("table"));
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return usageError(ctx, tr("--format must be table, csv or json."));

    core::SystemClock clock;
    auto ws = openWorkspace(ctx, clock);
    if (!ws)
        return InvalidInput;
    core::DossierService dossiers(*ws);
    core::InstellingenService instellingen(*ws);
    core::repo::CaseloadQuery query;
    query.zoektekst = options.value(QStringLiteral("search"));
    if (!options.has(QStringLiteral("all")))
        query.aanspreekpunt = instellingen.mijnGegevens().naam;
    const auto rows = dossiers.caseload(query);

    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const auto& r : rows)
            array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("naam"), r.sorteernaam},
                                     {QStringLiteral("geboortedatum"), r.geboortedatum.toString(Qt::ISODate)},
                                     {QStringLiteral("adres"), r.straatregel},
                                     {QStringLiteral("postcode"), r.postcode},
                                     {QStringLiteral("woonplaats"), r.woonplaats},
                                     {QStringLiteral("bsn"), r.bsn},
                                     {QStringLiteral("telefoon"), r.telefoon},
                                     {QStringLiteral("aanspreekpunt"), r.aanspreekpunt}});
        ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else if (format == QLatin1String("csv")) {
        ctx.out << "id;naam;geboortedatum;adres;postcode;woonplaats;bsn;telefoon;aanspreekpunt\n";
        for (const auto& r : rows)
            ctx.out << core::importing::CsvWriter::row(
                           {r.id, r.sorteernaam, r.geboortedatum.toString(QStringLiteral("dd-MM-yyyy")), r.straatregel,
                            r.postcode, r.woonplaats, r.bsn, r.telefoon, r.aanspreekpunt},
                           QLatin1Char(';'))
                    << '\n';
    } else {
        for (const auto& r : rows)
            ctx.out << QStringLiteral("%1  %2  %3  %4 %5")
                           .arg(r.sorteernaam.leftJustified(34, QLatin1Char(' '), true),
                                r.geboortedatum.toString(QStringLiteral("dd-MM-yyyy")).leftJustified(10),
                                r.straatregel.leftJustified(28, QLatin1Char(' '), true), r.postcode, r.woonplaats)
                    << '\n';
        ctx.out << inwonerCount(static_cast<int>(rows.size())) << '\n';
    }
    return Success;
}

int runImportCsv(CliContext& ctx)
{
    const Options options(ctx.arguments.mid(1), {QStringLiteral("report")}, {QStringLiteral("check")});
    if (!options.error().isEmpty())
        return usageError(ctx, options.error());
    if (options.positional().size() != 1)
        return usageError(ctx, tr("import-csv needs exactly one file."));
    const QString report = options.value(QStringLiteral("report"), QStringLiteral("text"));
    if (report != QLatin1String("text") && report != QLatin1String("json"))
        return usageError(ctx, tr("--report must be json."));
    const bool checkOnly = options.has(QStringLiteral("check"));

    core::SystemClock clock;
    auto read = core::importing::InwonerCsvImport::readFile(options.positional().first(), clock.today());
    int imported = 0;
    if (!read.fileError && !read.valid.empty()) {
        auto ws = openWorkspace(ctx, clock);
        if (!ws)
            return InvalidInput;
        core::DossierService dossiers(*ws);
        // --check says what the import would refuse: BSNs the dossier already has included.
        if (const core::Status screened = dossiers.screenImport(read); !screened) {
            ctx.err << screened.error().message << '\n';
            return InvalidInput;
        }
        if (!checkOnly && !read.valid.empty()) {
            auto result = dossiers.importInwoners(read.valid);
            if (!result) {
                ctx.err << result.error().message << '\n';
                return InvalidInput;
            }
            imported = result.value();
        }
    }

    const QString summary = checkOnly
                                ? tr("%1 rows can be imported, %2 rows rejected (nothing was written).")
                                      .arg(read.valid.size())
                                      .arg(read.rejectedRows())
                                : tr("%1 inwoners imported, %2 rows rejected.").arg(imported).arg(read.rejectedRows());
    return printCsvImportReport(ctx, report == QLatin1String("json"), imported, read.rejected, read.fileError, summary);
}

int printCsvImportReport(CliContext& ctx, bool json, int imported,
                         const std::vector<core::importing::CsvRejection>& rejected,
                         const std::optional<core::importing::CsvRejection>& fileError, const QString& summary)
{
    if (json) {
        ctx.out << core::importing::csvReportJson(imported, rejected, fileError) << '\n';
    } else {
        if (fileError)
            ctx.err << fileError->message << '\n';
        for (const auto& r : rejected)
            ctx.err << tr("line %1, %2: %3").arg(r.line).arg(r.field, r.message) << '\n';
        ctx.out << summary << '\n';
    }
    return fileError || core::importing::csvRejectedRows(rejected) > 0 ? InvalidInput : Success;
}

} // namespace cli
