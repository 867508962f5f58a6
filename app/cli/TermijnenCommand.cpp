// SPDX-License-Identifier: EUPL-1.2
// wijkdossier-cli termijnen: the Wmo deadlines of a melding and an aanvraag, without a database.
#include "Commands.h"

#include "Options.h"

#include "rules/AtwKalender.h"
#include "rules/Termijnen.h"

#include <QCoreApplication>
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

} // namespace

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
