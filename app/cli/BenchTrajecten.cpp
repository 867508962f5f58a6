// SPDX-License-Identifier: EUPL-1.2
// `wijkdossier-cli bench`: the caseload dashboard and the huisbezoek autosave, each next to what
// the same SQL costs on a raw sqlite3 connection in the same run.
#include "Bench.h"
#include "BenchSupport.h"

#include "Clock.h"
#include "Workspace.h"
#include "repo/TrajectRepository.h"
#include "rules/TrajectStand.h"
#include "services/TrajectService.h"

#include <QCoreApplication>
#include <QDateTime>

#include <sqlite3.h>

#include <cmath>
#include <string>
#include <unordered_set>

namespace cli::bench {

namespace {

// The dashboard's SQL on a raw connection: TrajectRepository::dashboardSql(), then the steps,
// opschortingen and voorzieningen of each traject and the mantelzorgers of each inwoner, in one
// read transaction, as voorDashboard() reads them.
class RawDashboard {
public:
    explicit RawDashboard(const QString& path)
        : m_db(path, false)
    {
        const std::string sync = "SELECT id, created_at, updated_at, hlc, device, deleted, ";
        m_trajecten = m_db.prepare(core::repo::TrajectRepository::dashboardSql());
        m_children = {
            m_db.prepare(sync + "soort, betreft, datum, door, uitkomst, toelichting FROM traject_stap "
                                "WHERE traject_id = ?1 ORDER BY datum, rowid"),
            m_db.prepare(sync + "termijn, datum, dagen, reden FROM termijn_opschorting WHERE traject_id = ?1 "
                                "ORDER BY datum, rowid"),
            m_db.prepare(sync + "soort, omschrijving, omvang, eenheid, start, eind, levering FROM voorziening "
                                "WHERE traject_id = ?1 ORDER BY start, rowid"),
        };
        m_mantelzorgers = m_db.prepare("SELECT id FROM netwerkpersoon WHERE inwoner_id = ?1 AND deleted = 0 AND "
                                       "mantelzorger = 1 ORDER BY rowid");
    }

    bool isValid() const
    {
        return m_trajecten && m_mantelzorgers &&
               std::all_of(m_children.begin(), m_children.end(), [](auto* st) { return st != nullptr; });
    }

    /// The number of trajecten read.
    size_t run(const QDate& vanaf, const QDate& tot)
    {
        const std::string van = vanaf.toString(Qt::ISODate).toStdString();
        const std::string totEnMet = tot.toString(Qt::ISODate).toStdString();
        // One read transaction, as voorDashboard() reads in one snapshot.
        m_db.exec("BEGIN");
        sqlite3_bind_text(m_trajecten, 1, "", -1, SQLITE_STATIC);
        sqlite3_bind_text(m_trajecten, 2, van.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_text(m_trajecten, 3, totEnMet.c_str(), -1, SQLITE_STATIC);
        std::vector<std::pair<std::string, std::string>> ids; // traject, inwoner
        std::string row;
        while (sqlite3_step(m_trajecten) == SQLITE_ROW) {
            row.clear();
            for (int c = 0, n = sqlite3_column_count(m_trajecten); c < n; ++c) {
                if (const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_trajecten, c)))
                    row.append(text).push_back('\t');
            }
            ids.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(m_trajecten, 0)),
                             reinterpret_cast<const char*>(sqlite3_column_text(m_trajecten, 6)));
        }
        sqlite3_reset(m_trajecten);
        std::unordered_set<std::string> inwoners;
        for (const auto& [traject, inwoner] : ids) {
            for (sqlite3_stmt* st : m_children) {
                sqlite3_bind_text(st, 1, traject.c_str(), -1, SQLITE_STATIC);
                readAll(st);
            }
            if (inwoners.insert(inwoner).second) {
                sqlite3_bind_text(m_mantelzorgers, 1, inwoner.c_str(), -1, SQLITE_STATIC);
                readAll(m_mantelzorgers);
            }
        }
        m_db.exec("COMMIT");
        return ids.size();
    }

private:
    RawConnection m_db;
    sqlite3_stmt* m_trajecten = nullptr;
    std::vector<sqlite3_stmt*> m_children;
    sqlite3_stmt* m_mantelzorgers = nullptr;
};

/// The newest huisbezoek with a leefgebied note to type in: its id and that leefgebied's key.
std::optional<std::pair<QString, QString>> huisbezoekOmInTeTypen(const QString& path)
{
    RawConnection db(path, false);
    sqlite3_stmt* st = db.prepare("SELECT g.id, l.leefgebied FROM gesprek g JOIN gesprek_leefgebied l ON "
                                  "l.gesprek_id = g.id AND l.deleted = 0 WHERE g.deleted = 0 AND g.vorm = 'huisbezoek' "
                                  "ORDER BY g.datum DESC, l.rowid LIMIT 1");
    if (!st || sqlite3_step(st) != SQLITE_ROW)
        return std::nullopt;
    return std::pair{QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))),
                     QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)))};
}

} // namespace

bool measureDashboard(core::Workspace& ws, const QString& path, std::vector<Measurement>& results, QString& why)
{
    const core::TrajectService trajecten(ws);
    RawDashboard raw(path);
    if (!raw.isValid()) {
        why = tr("The dashboard baseline cannot prepare the dashboard's SQL.");
        return false;
    }
    const QDate vandaag = ws.clock().today();
    const QDate tot = vandaag.addDays(core::rules::TrajectBeoordeling::kAflopendVooraf);
    constexpr int kRepeats = 21;
    std::vector<double> ours;
    std::vector<double> base;
    size_t regels = 0;
    int teLaat = 0;
    for (int repeat = 0; repeat < kRepeats; ++repeat) {
        QElapsedTimer t;
        t.start();
        const auto dashboard = trajecten.vandaag();
        ours.push_back(elapsedMs(t));
        t.restart();
        const size_t rawRows = raw.run(vandaag, tot);
        base.push_back(elapsedMs(t));
        if (!dashboard || dashboard->regels.size() != rawRows) {
            why = tr("The dashboard disagrees with its baseline.");
            return false;
        }
        regels = rawRows;
        teLaat = dashboard->teLaat;
    }
    // The budget is 100 ms for a wijkteam's 8,000 trajecten (L); larger files get it in proportion.
    const int alle = ws.trajecten().count();
    const double budget = 100.0 * std::max(1.0, alle / 8000.0);
    const QString note =
        tr("all inwoners: %1 trajecten on the dashboard of %2 (%3 overdue); %4 runs; budget 100 ms per 8,000 "
           "trajecten; baseline: the same SQL and child reads on a raw connection, without building trajecten or "
           "judging the terms")
            .arg(regels)
            .arg(alle)
            .arg(teLaat)
            .arg(kRepeats);
    results.push_back({tr("dashboard (Vandaag), p50 (ms)"),
                       QStringLiteral("ms"),
                       percentile(ours, 0.5),
                       percentile(base, 0.5),
                       std::round(budget),
                       std::nullopt,
                       {}});
    results.push_back({tr("dashboard (Vandaag), p95 (ms)"), QStringLiteral("ms"), percentile(ours, 0.95),
                       percentile(base, 0.95), std::round(budget), std::nullopt, note});
    return true;
}

bool measureAutosave(core::Workspace& ws, const QString& path, std::vector<Measurement>& results, QString& why)
{
    const auto gevonden = huisbezoekOmInTeTypen(path);
    core::GesprekService gesprekken(ws);
    auto gesprek = gevonden ? gesprekken.gesprek(gevonden->first) : std::nullopt;
    if (!gesprek) {
        why = tr("the demo data has no huisbezoek with a leefgebied note.");
        return false;
    }
    const auto leefgebied = [&](auto& g) -> auto&
    {
        return *std::find_if(g.leefgebieden.begin(), g.leefgebieden.end(),
                             [&](const auto& l) { return l.leefgebied == gevonden->second; });
    };
    RawConnection raw(path, true);
    sqlite3_stmt* begin = raw.prepare("BEGIN IMMEDIATE");
    sqlite3_stmt* update = raw.prepare("UPDATE gesprek_leefgebied SET notitie = ?1, updated_at = ?2 WHERE id = ?3");
    sqlite3_stmt* commit = raw.prepare("COMMIT");
    if (!begin || !update || !commit) {
        why = tr("the autosave baseline cannot prepare its UPDATE.");
        return false;
    }

    // Typing a sentence into the note: every keystroke is one save.
    const QString zin = QStringLiteral("Trap naar de slaapkamer lukt niet meer, slaapt beneden op de bank. ");
    constexpr int kKeystrokes = 200;
    std::vector<double> ours;
    std::vector<double> base;
    for (int i = 0; i < kKeystrokes; ++i) {
        core::BesprokenLeefgebied& l = leefgebied(*gesprek);
        l.notitie += zin.at(i % zin.size());
        QElapsedTimer t;
        t.start();
        auto saved = gesprekken.saveGesprek(*gesprek);
        ours.push_back(elapsedMs(t));
        if (!saved) {
            why = saved.error().message;
            return false;
        }
        gesprek = std::move(saved.value());

        // The same text once more, as one raw UPDATE of that row in its own transaction.
        const core::BesprokenLeefgebied& opgeslagen = leefgebied(*gesprek);
        const std::string notitie = opgeslagen.notitie.toStdString();
        const std::string id = opgeslagen.meta.id.toStdString();
        const std::string nu = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
        t.restart();
        const bool begun = sqlite3_step(begin) == SQLITE_DONE;
        sqlite3_reset(begin);
        sqlite3_bind_text(update, 1, notitie.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_text(update, 2, nu.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_text(update, 3, id.c_str(), -1, SQLITE_STATIC);
        const bool updated = sqlite3_step(update) == SQLITE_DONE && raw.changes() == 1;
        sqlite3_reset(update);
        const bool committed = sqlite3_step(commit) == SQLITE_DONE;
        sqlite3_reset(commit);
        base.push_back(elapsedMs(t));
        if (!begun || !updated || !committed) {
            raw.exec("ROLLBACK");
            why = tr("the autosave baseline could not write.");
            return false;
        }
    }
    const auto stored = gesprekken.gesprek(gesprek->meta.id);
    if (!stored || leefgebied(*stored).notitie != leefgebied(*gesprek).notitie) {
        why = tr("the autosaved note was not stored.");
        return false;
    }
    results.push_back({tr("huisbezoek autosave per keystroke, p95 (ms)"), QStringLiteral("ms"), percentile(ours, 0.95),
                       percentile(base, 0.95), 5, std::nullopt,
                       tr("%1 keystrokes in one leefgebied note, each saved with the whole gesprek (p50 %2 ms); "
                          "baseline: one raw UPDATE of that note row in its own transaction (p50 %3 ms)")
                           .arg(kKeystrokes)
                           .arg(percentile(ours, 0.5), 0, 'f', 2)
                           .arg(percentile(base, 0.5), 0, 'f', 2)});
    return true;
}

} // namespace cli::bench
