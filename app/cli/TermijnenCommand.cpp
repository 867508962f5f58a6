// SPDX-License-Identifier: EUPL-1.2
// wijkdossier-cli termijnen: the Wmo deadlines of a melding and an aanvraag, without a database;
// and report termijnen: where every open traject stands today.
#include "Commands.h"
#include "importing/CsvWriter.h"

#include "Options.h"

#include "Clock.h"
#include "Workspace.h"
#include "rules/AtwKalender.h"
#include "rules/Termijnen.h"
#include "services/TrajectService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

namespace cli {

namespace {

/// A date given as YYYY-MM-DD that exists in the calendar, or nullopt.
std::optional<QDate> parseDatum(const QString& tekst)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate datum = QDate::fromString(tekst, Qt::ISODate);
    if (!iso.match(tekst).hasMatch() || !datum.isValid())
        return std::nullopt;
    return datum;
}

QString jsonTermijn(const core::rules::Termijn& t)
{
    const QString van =
        t.verschoven() ? QStringLiteral("\"%1\"").arg(t.wettelijk.toString(Qt::ISODate)) : QStringLiteral("null");
    return QStringLiteral("{\"date\": \"%1\", \"moved_from\": %2}").arg(t.datum.toString(Qt::ISODate), van);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

// Kept out of the function that prints it: lupdate misses this plural there.
QString openTrajecten(int n)
{
    return QCoreApplication::translate("cli", "%n open traject(s)", nullptr, n);
}

QStringList ontbreektKeys(const core::rules::TrajectStand& stand)
{
    QStringList keys;
    for (const core::rules::Ontbrekend o : stand.ontbreekt)
        keys << core::rules::key(o);
    return keys;
}

/// The open trajecten of the dashboard, in its order (most urgent first): the dashboard also shows
/// closed trajecten whose temporary voorziening ends soon, which have no term to keep.
std::vector<const core::DashboardRegel*> openRegels(const core::Vandaag& vandaag)
{
    std::vector<const core::DashboardRegel*> regels;
    for (const core::DashboardRegel& r : vandaag.regels) {
        if (r.stand.fase != core::rules::Fase::Afgesloten)
            regels.push_back(&r);
    }
    return regels;
}

void printCsv(QTextStream& out, const std::vector<const core::DashboardRegel*>& regels)
{
    out << "traject_id,inwoner_id,domein,fase,termijn,datum,dagen_over,status,ontbreekt\n";
    for (const core::DashboardRegel* r : regels) {
        const core::rules::TermijnStand* t = r->stand.eerstvolgende();
        out << core::importing::CsvWriter::row(
                   {r->trajectId, r->inwonerId, r->domein, core::rules::key(r->stand.fase), t ? t->sleutel : QString(),
                    t ? t->termijn.datum.toString(Qt::ISODate) : QString(),
                    t ? QString::number(t->dagenOver) : QString(), t ? core::rules::key(t->status) : QString(),
                    ontbreektKeys(r->stand).join(QLatin1Char(';'))},
                   QLatin1Char(','))
            << '\n';
    }
}

void printJson(QTextStream& out, const core::Vandaag& vandaag, const std::vector<const core::DashboardRegel*>& regels)
{
    QJsonArray array;
    for (const core::DashboardRegel* r : regels) {
        const core::rules::TermijnStand* t = r->stand.eerstvolgende();
        array.append(QJsonObject{
            {QStringLiteral("traject_id"), r->trajectId},
            {QStringLiteral("inwoner_id"), r->inwonerId},
            {QStringLiteral("domein"), r->domein},
            {QStringLiteral("fase"), core::rules::key(r->stand.fase)},
            {QStringLiteral("termijn"), t ? QJsonValue(t->sleutel) : QJsonValue()},
            {QStringLiteral("datum"), t ? QJsonValue(t->termijn.datum.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("dagen_over"), t ? QJsonValue(t->dagenOver) : QJsonValue()},
            {QStringLiteral("status"), t ? QJsonValue(core::rules::key(t->status)) : QJsonValue()},
            {QStringLiteral("ontbreekt"), QJsonArray::fromStringList(ontbreektKeys(r->stand))}});
    }
    out << QJsonDocument(QJsonObject{{QStringLiteral("datum"), vandaag.datum.toString(Qt::ISODate)},
                                     {QStringLiteral("trajecten"), array}})
               .toJson(QJsonDocument::Indented);
}

void printTable(QTextStream& out, const std::vector<const core::DashboardRegel*>& regels)
{
    const auto regel = [&](const QStringList& cells) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8")
                   .arg(cells[0].leftJustified(36), cells[1].leftJustified(36), cells[2].leftJustified(15),
                        cells[3].leftJustified(18), cells[4].leftJustified(24), cells[5].rightJustified(5),
                        cells[6].leftJustified(14), cells[7])
                   .trimmed()
            << '\n';
    };
    regel({tr("traject"), tr("inwoner"), tr("domain"), tr("phase"), tr("next term"), tr("days"), tr("status"),
           tr("missing")});
    int teLaat = 0;
    int dezeWeek = 0;
    int stapOntbreekt = 0;
    for (const core::DashboardRegel* r : regels) {
        const core::rules::TermijnStand* t = r->stand.eerstvolgende();
        regel({r->trajectId, r->inwonerId, r->domein, core::rules::label(r->stand.fase),
               t ? QStringLiteral("%1 %2").arg(t->naam(), t->termijn.datum.toString(Qt::ISODate)) : QString(),
               t ? QString::number(t->dagenOver) : QString(), t ? core::rules::label(t->status) : QString(),
               ontbreektKeys(r->stand).join(QStringLiteral(", "))});
        teLaat += r->stand.teLaat() ? 1 : 0;
        dezeWeek += !r->stand.teLaat() && r->stand.dezeWeek() ? 1 : 0;
        stapOntbreekt += r->stand.ontbreekt.empty() ? 0 : 1;
    }
    out << tr("%1: %2 overdue, %3 due this week, %4 with a step missing.")
               .arg(openTrajecten(static_cast<int>(regels.size())))
               .arg(teLaat)
               .arg(dezeWeek)
               .arg(stapOntbreekt)
        << '\n';
}

} // namespace

int runReportTermijnen(CliContext& ctx, const Options& options)
{
    const QString format = options.value(QStringLiteral("format"), QStringLiteral("table"));
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return usageError(ctx, tr("--format must be table, csv or json."));

    core::SystemClock clock;
    auto ws = openWorkspace(ctx, clock);
    if (!ws)
        return InvalidInput;
    const core::TrajectService trajecten(*ws);
    const auto vandaag = trajecten.vandaag(options.value(QStringLiteral("aanspreekpunt")));
    if (!vandaag) {
        ctx.err << vandaag.error().message << '\n';
        return InvalidInput;
    }
    // Ids, keys and dates only: no names or other personal data on stdout.
    const auto regels = openRegels(vandaag.value());
    if (format == QLatin1String("csv"))
        printCsv(ctx.out, regels);
    else if (format == QLatin1String("json"))
        printJson(ctx.out, vandaag.value(), regels);
    else
        printTable(ctx.out, regels);
    return Success;
}

int runTermijnen(CliContext& ctx)
{
    const Options options(ctx.arguments.mid(1),
                          {QStringLiteral("melding"), QStringLiteral("aanvraag"), QStringLiteral("format")}, {});
    if (!options.error().isEmpty())
        return usageError(ctx, options.error());
    if (!options.positional().isEmpty())
        return usageError(
            ctx, QCoreApplication::translate("cli", "Unexpected argument: %1").arg(options.positional().first()));
    if (!options.has(QStringLiteral("melding")))
        return usageError(ctx, QCoreApplication::translate("cli", "termijnen needs --melding YYYY-MM-DD."));
    const QString format = options.value(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(ctx, QCoreApplication::translate("cli", "--format must be text or json."));

    const auto melding = parseDatum(options.value(QStringLiteral("melding")));
    if (!melding) {
        ctx.err << QCoreApplication::translate("cli", "--melding must be an existing date as YYYY-MM-DD, not \"%1\".")
                       .arg(options.value(QStringLiteral("melding")))
                << '\n';
        return InvalidInput;
    }
    std::optional<QDate> aanvraag;
    if (options.has(QStringLiteral("aanvraag"))) {
        aanvraag = parseDatum(options.value(QStringLiteral("aanvraag")));
        if (!aanvraag) {
            ctx.err << QCoreApplication::translate("cli",
                                                   "--aanvraag must be an existing date as YYYY-MM-DD, not \"%1\".")
                           .arg(options.value(QStringLiteral("aanvraag")))
                    << '\n';
            return InvalidInput;
        }
        if (*aanvraag < *melding) {
            ctx.err << QCoreApplication::translate("cli",
                                                   "--aanvraag lies before --melding: an aanvraag comes after the "
                                                   "melding. Check the dates.")
                    << '\n';
            return InvalidInput;
        }
    }

    std::optional<core::Error> fout;
    auto kalender = core::rules::AtwKalender::metUitbreidingUit(core::rules::AtwKalender::uitbreidingsPad(), fout);
    if (fout)
        ctx.err << fout->message << '\n';
    const core::rules::Termijnen termijnen(std::move(kalender));
    const auto plan = termijnen.persoonlijkPlan(*melding);
    const auto onderzoek = termijnen.onderzoek(*melding);
    const auto beschikking = aanvraag ? std::optional(termijnen.beschikking(*aanvraag)) : std::nullopt;

    if (format == QLatin1String("json")) {
        // Written by hand: QJsonObject would sort the keys.
        ctx.out << QStringLiteral("{\"persoonlijk_plan\": %1, \"onderzoek\": %2, \"beschikking\": %3}")
                       .arg(jsonTermijn(plan), jsonTermijn(onderzoek),
                            beschikking ? jsonTermijn(*beschikking) : QStringLiteral("null"))
                << '\n';
        return Success;
    }
    ctx.out << QCoreApplication::translate("cli", "Persoonlijk plan (7 days): %1").arg(plan.uitleg()) << '\n';
    ctx.out << QCoreApplication::translate("cli", "Onderzoek (6 weeks): %1").arg(onderzoek.uitleg()) << '\n';
    if (beschikking)
        ctx.out << QCoreApplication::translate("cli", "Beschikking (2 weeks): %1").arg(beschikking->uitleg()) << '\n';
    return Success;
}

} // namespace cli
