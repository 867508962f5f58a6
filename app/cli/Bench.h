// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QElapsedTimer>
#include <QString>

#include <algorithm>
#include <optional>
#include <vector>

namespace core {
class Workspace;
}

namespace cli::bench {

/// One figure of `wijkdossier-cli bench`: ours next to its baseline, with the budget it is judged by.
struct Measurement {
    QString name;
    QString unit;
    double ours = 0;
    std::optional<double> baseline;
    double budget = 0;
    std::optional<double> ratioBudget;
    QString note;

    std::optional<double> ratio() const
    {
        if (!baseline || *baseline <= 0)
            return std::nullopt;
        return ours / *baseline;
    }
    bool withinBudget() const { return ours <= budget && (!ratioBudget || !ratio() || *ratio() <= *ratioBudget); }
};

/// The value below which a fraction `p` (0–1) of `values` lies (nearest rank); 0 for none.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

inline double elapsedMs(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

/// The caseload dashboard ("Vandaag", TrajectService::vandaag) over all inwoners of the workspace at
/// `path`, next to its SQL on a raw connection. Appends p50 and p95; false with the reason in `why`
/// when the baseline does not see the same trajecten.
bool measureDashboard(core::Workspace& ws, const QString& path, std::vector<Measurement>& results, QString& why);

/// One autosave in huisbezoek mode (GesprekService::saveGesprek after typing one character in a
/// leefgebied note), next to one raw UPDATE of that note in its own transaction. Appends the p95;
/// false with the reason in `why` when there is no huisbezoek to type in or a save fails.
bool measureAutosave(core::Workspace& ws, const QString& path, std::vector<Measurement>& results, QString& why);

/// Opening an ondersteuningsplan of 30 doelen and 100 acties (PlanService::plan, and with the wie doet
/// wat), stored through PlanService for an inwoner of the workspace at `path`, next to the statements
/// of PlanRepository::getSql() on a raw connection. Appends p50 and p95; false with the reason in `why`
/// when the plan cannot be made or read back.
bool measurePlan(core::Workspace& ws, const QString& path, std::vector<Measurement>& results, QString& why);

/// Search as you type in the sociale kaart (SocialeKaartService::zoek, at most 50 rows) after adding
/// 2,000 generated entries to the workspace at `path`, next to SocialeKaartRepository::zoekSql() on a
/// raw connection. Appends p50 and p95; false with the reason in `why` when the baseline disagrees.
bool measureSocialeKaartZoeken(core::Workspace& ws, const QString& path, std::vector<Measurement>& results,
                               QString& why);

/// Reading a 2,000-row sociale kaart CSV and importing it into an empty sociale kaart (a fresh file
/// per run), next to the same rows inserted with one prepared statement in one transaction on a raw
/// connection. Appends the median; false with the reason in `why` on failure.
bool measureSocialeKaartImport(core::Workspace& ws, std::vector<Measurement>& results, QString& why);

/// The verslag of a typical traject (with gesprekken and a ZRM meting; the median number of
/// gesprekken) of the workspace at `path` laid out as PDF in memory, rendering included, next to
/// QTextDocument printing the same text as plain text to QPdfWriter. Needs a QGuiApplication. Appends
/// p50 and p95 and gives the traject's id in `trajectId` (for the print preview); false with the
/// reason in `why` when there is no such traject or the layout fails.
bool measureVerslagPdf(core::Workspace& ws, const QString& path, std::vector<Measurement>& results, QString& trajectId,
                       QString& why);

/// Sync by export of the workspace at `path`: a full encrypted export, its import into an empty file
/// and the same import again (in a child wijkdossier-cli, for its peak memory), next to sqlite3's
/// .dump of the file and .read of that dump. False with the reason in `why` on failure.
bool measureSync(core::Workspace& ws, const QString& path, std::vector<Measurement>& results, QString& why);

} // namespace cli::bench
