// SPDX-License-Identifier: EUPL-1.2
// wijkdossier-cli sociale-kaart (import, export, voorbeelden) and report voorzieningen.
#include "Commands.h"
#include "OutputFile.h"
#include "importing/CsvWriter.h"

#include "Options.h"

#include "Clock.h"
#include "Workspace.h"
#include "importing/SocialeKaartCsv.h"
#include "model/Keuzelijst.h"
#include "services/SocialeKaartService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

// Kept out of the functions that print them: lupdate misses plurals there.
QString entriesWritten(int n)
{
    return QCoreApplication::translate("cli", "%n entry(ies) of the sociale kaart written.", nullptr, n);
}

QString examplesAdded(int n)
{
    return QCoreApplication::translate("cli", "%n example entry(ies) added to the sociale kaart.", nullptr, n);
}

QString voorzieningenTotal(int n)
{
    return QCoreApplication::translate("cli", "Total (%n voorziening(en))", nullptr, n);
}

int runImport(CliContext& ctx, const Options& options)
{
    if (options.positional().size() != 2)
        return usageError(ctx, tr("sociale-kaart import needs exactly one file."));
    const QString report = options.value(QStringLiteral("report"), QStringLiteral("text"));
    if (report != QLatin1String("text") && report != QLatin1String("json"))
        return usageError(ctx, tr("--report must be json."));

    core::SystemClock clock;
    const auto read = core::importing::SocialeKaartCsv::readFile(options.positional().at(1));
    int imported = 0;
    if (!read.fileError && !read.valid.empty()) {
        auto ws = openWorkspace(ctx, clock);
        if (!ws)
            return InvalidInput;
        core::SocialeKaartService kaart(*ws);
        auto result = kaart.importeer(read.valid);
        if (!result) {
            ctx.err << result.error().message << '\n';
            return InvalidInput;
        }
        imported = result.value();
    }

    const QString summary = tr("%1 entries of the sociale kaart added or changed, %2 unchanged, %3 rows rejected.")
                                .arg(imported)
                                .arg(static_cast<int>(read.valid.size()) - imported)
                                .arg(read.rejectedRows());
    return printCsvImportReport(ctx, report == QLatin1String("json"), imported, read.rejected, read.fileError, summary);
}

int runExport(CliContext& ctx, const Options& options)
{
    if (options.positional().size() != 2)
        return usageError(ctx, tr("sociale-kaart export needs exactly one file."));
    if (options.has(QStringLiteral("report")))
        return usageError(ctx, tr("--report belongs to sociale-kaart import."));
    core::SystemClock clock;
    auto ws = openWorkspace(ctx, clock);
    if (!ws)
        return InvalidInput;
    const core::SocialeKaartService kaart(*ws);
    const QByteArray csv = kaart.exporteer();
    if (csv.isEmpty()) {
        ctx.err << tr("The sociale kaart cannot be read from the database.") << '\n';
        return InvalidInput;
    }
    // Written whole or not at all, readable by the consulent only: the notities may say more than
    // a public guide would.
    if (const core::Status written = core::OutputFile::write(options.positional().at(1), csv); !written) {
        ctx.err << written.error().message << '\n';
        return InvalidInput;
    }
    ctx.out << entriesWritten(kaart.count()) << '\n';
    return Success;
}

int runVoorbeelden(CliContext& ctx, const Options& options)
{
    if (options.positional().size() != 1)
        return usageError(ctx, tr("Unexpected argument: %1").arg(options.positional().at(1)));
    if (options.has(QStringLiteral("report")))
        return usageError(ctx, tr("--report belongs to sociale-kaart import."));
    core::SystemClock clock;
    auto ws = openWorkspace(ctx, clock);
    if (!ws)
        return InvalidInput;
    core::SocialeKaartService kaart(*ws);
    const auto added = kaart.voorbeeldenToevoegen();
    if (!added) {
        ctx.err << added.error().message << '\n';
        return InvalidInput;
    }
    ctx.out << examplesAdded(added.value()) << '\n';
    return Success;
}

void printCsv(QTextStream& out, const std::vector<core::VoorzieningGebruik>& rows)
{
    out << "id,naam,vorm,categorie,via_plan,via_beschikking,inwoners\n";
    for (const core::VoorzieningGebruik& r : rows)
        out << core::importing::CsvWriter::row({r.id, r.naam, r.vorm, r.categorie, QString::number(r.viaPlan),
                                                QString::number(r.viaBeschikking), QString::number(r.inwoners)},
                                               QLatin1Char(','))
            << '\n';
}

void printJson(QTextStream& out, const std::vector<core::VoorzieningGebruik>& rows)
{
    QJsonArray array;
    for (const core::VoorzieningGebruik& r : rows)
        array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                 {QStringLiteral("naam"), r.naam},
                                 {QStringLiteral("vorm"), r.vorm},
                                 {QStringLiteral("categorie"), r.categorie},
                                 {QStringLiteral("via_plan"), r.viaPlan},
                                 {QStringLiteral("via_beschikking"), r.viaBeschikking},
                                 {QStringLiteral("inwoners"), r.inwoners}});
    out << QJsonDocument(array).toJson(QJsonDocument::Indented);
}

void printSection(QTextStream& out, const QString& title, const std::vector<const core::VoorzieningGebruik*>& rows,
                  qsizetype breedte)
{
    const auto regel = [&](const QString& naam, const QString& categorie, const QString& plan,
                           const QString& beschikking, const QString& inwoners) {
        out << QStringLiteral("  %1 %2 %3 %4 %5")
                   .arg(naam.leftJustified(breedte, QLatin1Char(' '), true), categorie.leftJustified(24),
                        plan.rightJustified(8), beschikking.rightJustified(12), inwoners.rightJustified(9))
            << '\n';
    };
    out << title << '\n';
    regel(tr("voorziening"), tr("category"), tr("via plan"), tr("via decision"), tr("inwoners"));
    int plan = 0;
    int beschikking = 0;
    int inwoners = 0;
    for (const core::VoorzieningGebruik* r : rows) {
        regel(r->naam, core::keuzeLabel(core::Keuzelijst::VoorzieningCategorie, r->categorie).left(24),
              QString::number(r->viaPlan), QString::number(r->viaBeschikking), QString::number(r->inwoners));
        plan += r->viaPlan;
        beschikking += r->viaBeschikking;
        inwoners += r->inwoners;
    }
    regel(voorzieningenTotal(static_cast<int>(rows.size())), QString(), QString::number(plan),
          QString::number(beschikking), QString::number(inwoners));
}

void printTable(QTextStream& out, const std::vector<core::VoorzieningGebruik>& rows)
{
    // As wide as the longest name, within reason: long names are cut rather than wrapping every line.
    qsizetype breedte = 30;
    std::vector<const core::VoorzieningGebruik*> algemeen;
    std::vector<const core::VoorzieningGebruik*> maatwerk;
    for (const core::VoorzieningGebruik& r : rows) {
        breedte = std::max(breedte, r.naam.size());
        (r.vorm == QLatin1String("algemeen") ? algemeen : maatwerk).push_back(&r);
    }
    breedte = std::min<qsizetype>(breedte, 60);
    printSection(out, tr("Open-access voorzieningen (algemeen)"), algemeen, breedte);
    out << '\n';
    printSection(out, tr("Individual voorzieningen (maatwerk)"), maatwerk, breedte);
}

} // namespace

int runSocialeKaart(CliContext& ctx)
{
    const Options options(ctx.arguments.mid(1), {QStringLiteral("report")}, {});
    if (!options.error().isEmpty())
        return usageError(ctx, options.error());
    const QString sub = options.positional().value(0);
    if (sub == QLatin1String("import"))
        return runImport(ctx, options);
    if (sub == QLatin1String("export"))
        return runExport(ctx, options);
    if (sub == QLatin1String("voorbeelden"))
        return runVoorbeelden(ctx, options);
    return usageError(ctx, tr("Usage: wijkdossier-cli sociale-kaart import FILE.csv [--report json] | export "
                              "FILE.csv | voorbeelden"));
}

int runReportVoorzieningen(CliContext& ctx, const Options& options)
{
    const QString format = options.value(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return usageError(ctx, tr("--format must be text, csv or json."));
    if (options.has(QStringLiteral("aanspreekpunt")))
        return usageError(ctx, tr("report voorzieningen counts every inwoner; it has no --aanspreekpunt."));

    core::SystemClock clock;
    auto ws = openWorkspace(ctx, clock);
    if (!ws)
        return InvalidInput;
    const core::SocialeKaartService kaart(*ws);
    const auto rows = kaart.gebruik();
    if (!rows) {
        ctx.err << rows.error().message << '\n';
        return InvalidInput;
    }
    // Counts per voorziening only: no inwoner, not even by id.
    if (format == QLatin1String("csv"))
        printCsv(ctx.out, rows.value());
    else if (format == QLatin1String("json"))
        printJson(ctx.out, rows.value());
    else
        printTable(ctx.out, rows.value());
    return Success;
}

} // namespace cli
