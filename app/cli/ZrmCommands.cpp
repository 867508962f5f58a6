// SPDX-License-Identifier: EUPL-1.2
// wijkdossier-cli report (zrm-voortgang here, termijnen in TermijnenCommand.cpp, voorzieningen in
// SocialeKaartCommands.cpp) and instrument import.
#include "Commands.h"
#include "importing/CsvWriter.h"

#include "Options.h"

#include "Clock.h"
#include "Workspace.h"
#include "services/ZrmService.h"
#include "zrm/ZrmInstrument.h"

#include <QCoreApplication>
#include <QFile>
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

int runReport(CliContext& ctx)
{
    const Options options(ctx.arguments.mid(1), {QStringLiteral("format"), QStringLiteral("aanspreekpunt")}, {});
    if (!options.error().isEmpty())
        return usageError(ctx, options.error());
    if (options.positional() == QStringList{QStringLiteral("termijnen")})
        return runReportTermijnen(ctx, options);
    if (options.positional() == QStringList{QStringLiteral("voorzieningen")})
        return runReportVoorzieningen(ctx, options);
    if (options.positional() != QStringList{QStringLiteral("zrm-voortgang")})
        return usageError(ctx, tr("Known reports: zrm-voortgang, termijnen, voorzieningen."));
    const QString format = options.value(QStringLiteral("format"), QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return usageError(ctx, tr("--format must be csv or json."));

    core::SystemClock clock;
    auto ws = openWorkspace(ctx, clock);
    if (!ws)
        return InvalidInput;
    core::ZrmService zrm(*ws);
    const auto rows = zrm.voortgang(options.value(QStringLiteral("aanspreekpunt")));
    if (!rows) {
        ctx.err << rows.error().message << '\n';
        return InvalidInput;
    }
    const core::ZrmInstrument* zrm2017 = core::ZrmInstrument::find(core::ZrmInstrument::kZrm2017);
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const auto& r : rows.value()) {
            QJsonObject o{{QStringLiteral("leefgebied"), r.leefgebied},
                          {QStringLiteral("naam"), zrm2017->leefgebied(r.leefgebied)->naam},
                          {QStringLiteral("n"), r.n}};
            for (int level = 1; level <= 5; ++level)
                o.insert(QStringLiteral("level_%1").arg(level), r.niveau[level - 1]);
            o.insert(QStringLiteral("niet_beoordeeld"), r.nietBeoordeeld);
            o.insert(QStringLiteral("improved"), r.verbeterd);
            o.insert(QStringLiteral("stable"), r.gelijk);
            o.insert(QStringLiteral("declined"), r.verslechterd);
            array.append(o);
        }
        ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        ctx.out << "leefgebied,n,level_1,level_2,level_3,level_4,level_5,niet_beoordeeld,improved,stable,declined\n";
        for (const auto& r : rows.value()) {
            QStringList cells{r.leefgebied, QString::number(r.n)};
            for (const int count : r.niveau)
                cells << QString::number(count);
            cells << QString::number(r.nietBeoordeeld) << QString::number(r.verbeterd) << QString::number(r.gelijk)
                  << QString::number(r.verslechterd);
            ctx.out << core::importing::CsvWriter::row(cells, QLatin1Char(',')) << '\n';
        }
    }
    return Success;
}

int runInstrument(CliContext& ctx)
{
    const Options options(ctx.arguments.mid(1), {}, {});
    if (!options.error().isEmpty())
        return usageError(ctx, options.error());
    if (options.positional().size() != 2 || options.positional().first() != QLatin1String("import"))
        return usageError(ctx, tr("Usage: wijkdossier-cli instrument import FILE.json"));
    QFile file(options.positional().at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.err << tr("The file %1 cannot be read: %2").arg(file.fileName(), file.errorString()) << '\n';
        return InvalidInput;
    }
    core::SystemClock clock;
    auto ws = openWorkspace(ctx, clock);
    if (!ws)
        return InvalidInput;
    core::ZrmService zrm(*ws);
    const auto imported = zrm.importIndicatoren(file.readAll());
    if (!imported) {
        ctx.err << imported.error().message << '\n';
        return InvalidInput;
    }
    ctx.out << tr("%1 indicator texts imported.").arg(imported.value()) << '\n';
    return Success;
}

} // namespace cli
