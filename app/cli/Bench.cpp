// SPDX-License-Identifier: EUPL-1.2
// `wijkdossier-cli bench`: the figures the budgets are judged by, each next to a baseline
// measured in the same run. The baselines use the raw sqlite3 API on purpose: they are what the
// same work costs without Wijkdossier's layers.
#include "Commands.h"

#include "Bench.h"
#include "BenchSupport.h"
#include "Options.h"

#include "Clock.h"
#include "Workspace.h"
#include "demo/DemoGenerator.h"
#include "repo/InwonerRepository.h"
#include "repo/ZrmRepository.h"
#include "services/DossierService.h"
#include "services/InstellingenService.h"
#include "services/ZrmService.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

using bench::elapsedMs;
using bench::Measurement;
using bench::percentile;

// The caseload search as one hand-written statement on a raw connection.
class RawSearch {
public:
    explicit RawSearch(const QString& path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
        prepare(&m_match, "SELECT i.id, i.geslachtsnaam, i.voornamen, i.voorletters, i.tussenvoegsel, i.roepnaam, "
                          "i.geboortedatum, i.straat, i.huisnummer, i.huisnummer_toevoeging, i.postcode, i.woonplaats, "
                          "i.bsn, i.telefoon, i.aanspreekpunt_naam FROM inwoner_zoek z CROSS JOIN inwoner i ON "
                          "i.zoek_pos = z.rowid WHERE z.inwoner_zoek MATCH ?1 AND i.deleted = 0 ORDER BY z.rowid "
                          "LIMIT ?2");
        prepare(&m_prefix, "SELECT i.id, i.geslachtsnaam, i.voornamen, i.voorletters, i.tussenvoegsel, i.roepnaam, "
                           "i.geboortedatum, i.straat, i.huisnummer, i.huisnummer_toevoeging, i.postcode, "
                           "i.woonplaats, i.bsn, i.telefoon, i.aanspreekpunt_naam FROM inwoner i WHERE i.deleted = 0 "
                           "AND i.sort_key >= ?1 AND i.sort_key < ?3 ORDER BY i.sort_key LIMIT ?2");
    }
    ~RawSearch()
    {
        sqlite3_finalize(m_match);
        sqlite3_finalize(m_prefix);
        sqlite3_close(m_db);
    }
    RawSearch(const RawSearch&) = delete;
    RawSearch& operator=(const RawSearch&) = delete;

    size_t run(const QString& typed, int limit)
    {
        const std::string match = core::repo::InwonerRepository::matchExpression(typed).toStdString();
        sqlite3_stmt* st = match.empty() ? m_prefix : m_match;
        std::string prefix;
        std::string end;
        if (match.empty()) {
            prefix = typed.toLower().toStdString();
            end = prefix + "\xef\xbf\xbf";
            sqlite3_bind_text(st, 1, prefix.c_str(), -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 3, end.c_str(), -1, SQLITE_STATIC);
        } else {
            sqlite3_bind_text(st, 1, match.c_str(), -1, SQLITE_STATIC);
        }
        sqlite3_bind_int(st, 2, limit);
        std::vector<std::string> rows;
        while (sqlite3_step(st) == SQLITE_ROW) {
            std::string row;
            for (int c = 0; c < 15; ++c) {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, c));
                if (text)
                    row.append(text).push_back('\t');
            }
            rows.push_back(std::move(row));
        }
        sqlite3_reset(st);
        return rows.size();
    }

private:
    void prepare(sqlite3_stmt** st, const char* sql) { sqlite3_prepare_v2(m_db, sql, -1, st, nullptr); }

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_match = nullptr;
    sqlite3_stmt* m_prefix = nullptr;
};

// The ZRM progress report as its one SQL statement on a raw connection, every row read.
class RawZrmVoortgang {
public:
    explicit RawZrmVoortgang(const QString& path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_prepare_v2(m_db, m_sql.c_str(), -1, &m_st, nullptr);
    }
    ~RawZrmVoortgang()
    {
        sqlite3_finalize(m_st);
        sqlite3_close(m_db);
    }
    RawZrmVoortgang(const RawZrmVoortgang&) = delete;
    RawZrmVoortgang& operator=(const RawZrmVoortgang&) = delete;

    std::vector<core::repo::ZrmVoortgangRij> run()
    {
        std::vector<core::repo::ZrmVoortgangRij> rows;
        sqlite3_bind_text(m_st, 1, "", -1, SQLITE_STATIC);
        while (sqlite3_step(m_st) == SQLITE_ROW) {
            core::repo::ZrmVoortgangRij rij;
            rij.leefgebied = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(m_st, 0)));
            rij.n = sqlite3_column_int(m_st, 1);
            for (int i = 0; i < 5; ++i)
                rij.niveau[i] = sqlite3_column_int(m_st, 2 + i);
            rij.nietBeoordeeld = sqlite3_column_int(m_st, 7);
            rij.verbeterd = sqlite3_column_int(m_st, 8);
            rij.gelijk = sqlite3_column_int(m_st, 9);
            rij.verslechterd = sqlite3_column_int(m_st, 10);
            rows.push_back(rij);
        }
        sqlite3_reset(m_st);
        return rows;
    }

private:
    std::string m_sql = core::repo::ZrmRepository::voortgangSql();
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_st = nullptr;
};

// Every row the raw statement returns must be in the report, with the same counts.
bool sameVoortgang(const std::vector<core::repo::ZrmVoortgangRij>& ours,
                   const std::vector<core::repo::ZrmVoortgangRij>& raw)
{
    return !raw.empty() && std::all_of(raw.begin(), raw.end(), [&](const auto& r) {
        return std::any_of(ours.begin(), ours.end(), [&](const auto& o) {
            return o.leefgebied == r.leefgebied && o.n == r.n && std::equal(o.niveau, o.niveau + 5, r.niveau) &&
                   o.nietBeoordeeld == r.nietBeoordeeld && o.verbeterd == r.verbeterd && o.gelijk == r.gelijk &&
                   o.verslechterd == r.verslechterd;
        });
    });
}

struct ChildRun {
    double wallMs = 0;
    QMap<QString, double> values;
};

// Runs a program that prints `key=value` lines and exits. The wall time runs from just before the
// process is started to the moment its first line arrives (it prints that line on first paint).
std::optional<ChildRun> runChild(const QString& program, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    ChildRun run;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForReadyRead(60000))
        return std::nullopt;
    run.wallMs = elapsedMs(timer);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return std::nullopt;
    for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
        const auto parts = line.split('=');
        if (parts.size() == 2)
            run.values.insert(QString::fromUtf8(parts[0]), parts[1].toDouble());
    }
    return run;
}

// Runs a program that measures, prints `key=value` lines and exits; nullopt with the reason in `why`
// (the last line it wrote to stderr, if any) when it cannot be run or fails.
std::optional<QMap<QString, double>> runMeasurement(const QString& program, const QStringList& arguments, QString& why)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        // Its reason is its last line; Qt may have warned about other things before.
        const QStringList lines =
            QString::fromUtf8(process.readAllStandardError()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        why = lines.isEmpty() ? QString() : lines.last().trimmed();
        if (why.isEmpty())
            why = process.error() == QProcess::UnknownError ? tr("exit code %1").arg(process.exitCode())
                                                            : process.errorString();
        return std::nullopt;
    }
    QMap<QString, double> values;
    for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
        const auto parts = line.split('=');
        if (parts.size() == 2)
            values.insert(QString::fromUtf8(parts[0]), parts[1].toDouble());
    }
    return values;
}

void printTable(QTextStream& out, const std::vector<Measurement>& ms)
{
    out << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
               .arg(tr("measurement").leftJustified(44), tr("ours").rightJustified(10),
                    tr("baseline").rightJustified(10), tr("ratio").rightJustified(7), tr("budget").rightJustified(16),
                    tr("result"));
    for (const auto& m : ms) {
        const QString budget = QStringLiteral("≤ %1 %2").arg(m.budget).arg(m.unit) +
                               (m.ratioBudget ? QStringLiteral(", ×%1").arg(*m.ratioBudget) : QString());
        out << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                   .arg(m.name.leftJustified(44), QString::number(m.ours, 'f', 2).rightJustified(10),
                        (m.baseline ? QString::number(*m.baseline, 'f', 2) : QStringLiteral("–")).rightJustified(10),
                        (m.ratio() ? QString::number(*m.ratio(), 'f', 2) : QStringLiteral("–")).rightJustified(7),
                        budget.rightJustified(16), m.withinBudget() ? tr("ok") : tr("OVER BUDGET"));
        if (!m.note.isEmpty())
            out << "    " << m.note << '\n';
    }
}

QJsonDocument toJson(const QString& size, const std::vector<Measurement>& ms)
{
    QJsonArray array;
    for (const auto& m : ms) {
        QJsonObject o{{QStringLiteral("name"), m.name},
                      {QStringLiteral("unit"), m.unit},
                      {QStringLiteral("ours"), m.ours},
                      {QStringLiteral("budget"), m.budget},
                      {QStringLiteral("within_budget"), m.withinBudget()}};
        if (m.baseline)
            o.insert(QStringLiteral("baseline"), *m.baseline);
        if (m.ratio())
            o.insert(QStringLiteral("ratio"), *m.ratio());
        if (m.ratioBudget)
            o.insert(QStringLiteral("ratio_budget"), *m.ratioBudget);
        if (!m.note.isEmpty())
            o.insert(QStringLiteral("note"), m.note);
        array.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("size"), size}, {QStringLiteral("measurements"), array}});
}

} // namespace

int runBench(CliContext& ctx)
{
    const Options options(ctx.arguments.mid(1), {QStringLiteral("size"), QStringLiteral("format")}, {});
    if (!options.error().isEmpty()) {
        ctx.err << options.error() << '\n';
        return Usage;
    }
    const QString sizeName = options.value(QStringLiteral("size"), QStringLiteral("L")).toUpper();
    const auto size = core::demo::demoSizeFromString(sizeName);
    const QString format = options.value(QStringLiteral("format"), QStringLiteral("table"));
    if (!size || (format != QLatin1String("table") && format != QLatin1String("json"))) {
        ctx.err << tr("Usage: wijkdossier-cli bench [--size L|XL] [--format json]") << '\n';
        return Usage;
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    core::SystemClock clock;
    std::vector<Measurement> results;
    const bool progress = format == QLatin1String("table");
    auto say = [&](const QString& what) {
        if (progress)
            ctx.err << what << '\n' << Qt::flush;
    };

    QString me;
    QString verslagTraject; // for the print preview, measured in a GUI program below
    {
        auto opened = core::Workspace::open(path, clock, {.create = true});
        if (!opened) {
            ctx.err << opened.error().message << '\n';
            return InvalidInput;
        }
        auto& ws = *opened.value();
        say(tr("Generating demo data (%1)…").arg(sizeName));
        QElapsedTimer timer;
        timer.start();
        auto summary = core::demo::DemoGenerator(ws, 42).generate(*size);
        if (!summary) {
            ctx.err << summary.error().message << '\n';
            return InvalidInput;
        }
        results.push_back({QStringLiteral("demo --size %1 (s)").arg(sizeName), QStringLiteral("s"),
                           elapsedMs(timer) / 1000.0, std::nullopt, 30, std::nullopt,
                           tr("%1 inwoners, %2 netwerk persons, %3 ZRM metingen")
                               .arg(summary->inwoners)
                               .arg(summary->netwerkpersonen)
                               .arg(summary->metingen)});

        core::DossierService dossiers(ws);
        me = core::InstellingenService(ws).mijnGegevens().naam;
        const auto all = dossiers.caseload({});
        const auto withBsn = std::find_if(all.begin(), all.end(), [](const auto& r) { return !r.bsn.isEmpty(); });
        const QStringList queries = {QStringLiteral("jan"), QStringLiteral("berg"), QStringLiteral("1234"),
                                     withBsn != all.end() ? withBsn->bsn : QStringLiteral("999900011"),
                                     QStringLiteral("van d")};

        say(tr("Measuring search per keystroke…"));
        RawSearch raw(path);
        constexpr int kLimit = 500;
        constexpr int kRepeats = 15;
        std::vector<double> ours;
        std::vector<double> base;
        for (const QString& typed : bench::keystrokes(queries, kRepeats)) {
            const auto rows = bench::timed(ours, [&] { return dossiers.caseload({typed, {}, kLimit}); });
            const size_t rawRows = bench::timed(base, [&] { return raw.run(typed, kLimit); });
            if (rawRows != rows.size()) {
                ctx.err << tr("Search baseline disagrees on '%1'").arg(typed.size()) << '\n';
                return InvalidInput;
            }
        }
        results.push_back({tr("search per keystroke, p50 (ms)"),
                           QStringLiteral("ms"),
                           percentile(ours, 0.5),
                           percentile(base, 0.5),
                           5,
                           2.0,
                           {}});
        results.push_back({tr("search per keystroke, p95 (ms)"), QStringLiteral("ms"), percentile(ours, 0.95),
                           percentile(base, 0.95), 5, 2.0,
                           tr("all inwoners, %1 keystrokes over %2 queries, at most %3 rows each")
                               .arg(ours.size())
                               .arg(queries.size())
                               .arg(kLimit)});

        say(tr("Measuring opening a dossier…"));
        std::vector<double> open;
        const size_t step = std::max<size_t>(1, all.size() / 200);
        for (size_t i = 0; i < all.size(); i += step) {
            QElapsedTimer t;
            t.start();
            auto dossier = dossiers.openDossier(all[i].id);
            open.push_back(elapsedMs(t));
            if (!dossier)
                return InvalidInput;
        }
        results.push_back({tr("open dossier with netwerk, p95 (ms)"), QStringLiteral("ms"), percentile(open, 0.95),
                           std::nullopt, 20, std::nullopt, tr("includes the audit log entry")});

        say(tr("Measuring the ZRM progress report…"));
        core::ZrmService zrm(ws);
        RawZrmVoortgang rawZrm(path);
        constexpr int kZrmRepeats = 5;
        std::vector<double> oursZrm;
        std::vector<double> baseZrm;
        for (int repeat = 0; repeat < kZrmRepeats; ++repeat) {
            QElapsedTimer t;
            t.start();
            const auto rows = zrm.voortgang();
            oursZrm.push_back(elapsedMs(t) / 1000.0);
            t.restart();
            const auto rawRows = rawZrm.run();
            baseZrm.push_back(elapsedMs(t) / 1000.0);
            if (!rows || !sameVoortgang(rows.value(), rawRows)) {
                ctx.err << tr("The ZRM progress report disagrees with its baseline.") << '\n';
                return InvalidInput;
            }
        }
        results.push_back({tr("ZRM progress report (s)"), QStringLiteral("s"), percentile(oursZrm, 0.5),
                           percentile(baseZrm, 0.5), 2, 2.0,
                           tr("median of %1; all inwoners, %2 metingen; baseline: the same SQL on a raw connection")
                               .arg(kZrmRepeats)
                               .arg(summary->metingen)});

        say(tr("Measuring the dashboard…"));
        QString why;
        if (!bench::measureDashboard(ws, path, results, why)) {
            ctx.err << why << '\n';
            return InvalidInput;
        }
        say(tr("Measuring export and import…"));
        if (!bench::measureSync(ws, path, results, why))
            ctx.err << tr("Export and import not measured: %1").arg(why) << '\n';
        say(tr("Measuring the huisbezoek autosave…"));
        if (!bench::measureAutosave(ws, path, results, why))
            ctx.err << tr("Autosave not measured: %1").arg(why) << '\n';
        say(tr("Measuring opening a plan…"));
        if (!bench::measurePlan(ws, path, results, why))
            ctx.err << tr("Opening a plan not measured: %1").arg(why) << '\n';
        say(tr("Measuring the sociale kaart search…"));
        if (!bench::measureSocialeKaartZoeken(ws, path, results, why))
            ctx.err << tr("Sociale kaart search not measured: %1").arg(why) << '\n';
        say(tr("Measuring the sociale kaart import…"));
        if (!bench::measureSocialeKaartImport(ws, results, why))
            ctx.err << tr("Sociale kaart import not measured: %1").arg(why) << '\n';
        say(tr("Measuring the verslag as PDF…"));
        if (!bench::measureVerslagPdf(ws, path, results, verslagTraject, why))
            ctx.err << tr("Verslag to PDF not measured: %1").arg(why) << '\n';
    }

    const QString binDir = QCoreApplication::applicationDirPath();
    const QString gui = binDir + QStringLiteral("/wijkdossier");
    const QString baseline = binDir + QStringLiteral("/wijkdossier-startup-baseline");
    if (QFile::exists(gui) && QFile::exists(baseline)) {
        say(tr("Measuring start-up…"));
        std::vector<double> ours;
        std::vector<double> base;
        double peakKb = 0;
        // One warm-up run of each (loading libraries and the file into the page cache), then
        // alternating runs so that both see the same machine.
        for (int i = 0; i < 10; ++i) {
            const auto g = runChild(gui, {QStringLiteral("--db"), path, QStringLiteral("--benchmark-startup")});
            const auto b = runChild(baseline, {path, me});
            if (!g || !b) {
                ctx.err << tr("The start-up benchmark could not run the programs.") << '\n';
                return InvalidInput;
            }
            if (i == 0)
                continue;
            ours.push_back(g->wallMs);
            base.push_back(b->wallMs);
            peakKb = std::max(peakKb, g->values.value(QStringLiteral("peak_rss_kb")));
        }
        results.push_back(
            {tr("GUI cold start to filled caseload (ms)"), QStringLiteral("ms"), percentile(ours, 0.5),
             percentile(base, 0.5), 1000, 1.5,
             tr("median of 9 after a warm-up run; from starting the process to its first paint; baseline: plain "
                "QTableView")});
        results.push_back({tr("GUI peak memory (MB)"), QStringLiteral("MB"), peakKb / 1024.0, std::nullopt, 200,
                           std::nullopt, tr("after showing my caseload and then all inwoners")});
    } else {
        ctx.err << tr("Start-up not measured: wijkdossier and wijkdossier-startup-baseline are not next to this "
                      "program.")
                << '\n';
    }

    const QString charts = binDir + QStringLiteral("/wijkdossier-bench-charts");
    if (QFile::exists(charts)) {
        say(tr("Measuring the ZRM radar…"));
        QString why;
        if (const auto radar = runMeasurement(charts, {path}, why)) {
            results.push_back(
                {tr("ZRM radar for one inwoner (ms)"), QStringLiteral("ms"),
                 radar->value(QStringLiteral("radar_ms_p95")), radar->value(QStringLiteral("baseline_ms_p95")), 50,
                 std::nullopt,
                 tr("p95 of %1 renders at 800×800 for %2 inwoners (p50 %3 ms); baseline: the same radar drawn with "
                    "QPainter; once before: loading the plugin %4 ms, first render %5 ms")
                     .arg(radar->value(QStringLiteral("renders")))
                     .arg(radar->value(QStringLiteral("inwoners")))
                     .arg(radar->value(QStringLiteral("radar_ms_p50")), 0, 'f', 2)
                     .arg(radar->value(QStringLiteral("plugin_load_ms")), 0, 'f', 1)
                     .arg(radar->value(QStringLiteral("warmup_ms")), 0, 'f', 1)});
        } else {
            ctx.err << tr("ZRM radar not measured: %1").arg(why) << '\n';
        }
    } else {
        ctx.err << tr("ZRM radar not measured: wijkdossier-bench-charts is not next to this program.") << '\n';
    }

    const QString printPreview = binDir + QStringLiteral("/wijkdossier-bench-print");
    if (verslagTraject.isEmpty()) {
        ctx.err << tr("Print preview not measured: there is no verslag to preview.") << '\n';
    } else if (QFile::exists(printPreview)) {
        say(tr("Measuring the print preview…"));
        QString why;
        if (const auto preview = runMeasurement(printPreview, {path, verslagTraject}, why)) {
            results.push_back({tr("open the print preview of a verslag, p50 (ms)"),
                               QStringLiteral("ms"),
                               preview->value(QStringLiteral("preview_ms_p50")),
                               std::nullopt,
                               500,
                               std::nullopt,
                               {}});
            results.push_back(
                {tr("open the print preview of a verslag, p95 (ms)"), QStringLiteral("ms"),
                 preview->value(QStringLiteral("preview_ms_p95")), std::nullopt, 500, std::nullopt,
                 tr("%1 runs after a warm-up; from rendering the verslag to the first paint of the preview "
                    "(offscreen), %2 pages")
                     .arg(preview->value(QStringLiteral("runs")))
                     .arg(preview->value(QStringLiteral("pages")))});
        } else {
            ctx.err << tr("Print preview not measured: %1").arg(why) << '\n';
        }
    } else {
        ctx.err << tr("Print preview not measured: wijkdossier-bench-print is not next to this program.") << '\n';
    }

    if (format == QLatin1String("json"))
        ctx.out << toJson(sizeName, results).toJson(QJsonDocument::Indented);
    else
        printTable(ctx.out, results);
    return Success;
}

} // namespace cli
