// SPDX-License-Identifier: EUPL-1.2
// `wijkdossier-cli bench`: opening a large ondersteuningsplan, searching the sociale kaart as you
// type, and importing a sociale kaart CSV, each next to what the same SQL costs on a raw sqlite3
// connection in the same run.
#include "Bench.h"
#include "BenchSupport.h"

#include "Clock.h"
#include "Workspace.h"
#include "importing/SocialeKaartCsv.h"
#include "model/NetwerkPersoon.h"
#include "repo/InwonerRepository.h"
#include "repo/NetwerkRepository.h"
#include "repo/PlanRepository.h"
#include "repo/SocialeKaartRepository.h"
#include "services/PlanService.h"
#include "services/SocialeKaartService.h"
#include "zrm/ZrmInstrument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <optional>
#include <string>

namespace cli::bench {

namespace {

struct KaartWoord {
    const char* naam;
    const char* categorie;
    bool maatwerk;
};

// What generated sociale kaart entries are called, in the categories they fall in.
constexpr KaartWoord kKaartWoorden[] = {
    {"Klussendienst", "klussendienst", false},
    {"Klusbus", "klussendienst", false},
    {"Boodschappenhulp", "boodschappendienst", false},
    {"Maaltijdservice", "maaltijden", false},
    {"Eetpunt", "maaltijden", false},
    {"Huishoudelijke hulp", "huishoudelijke_hulp", true},
    {"Dagbesteding", "dagbesteding", true},
    {"Begeleiding thuis", "begeleiding", true},
    {"Ontmoetingsplek", "ontmoeting", false},
    {"Maatjesproject", "maatjes", false},
    {"Mantelzorgpunt", "mantelzorgondersteuning", false},
    {"Vervoersdienst", "vervoer", false},
    {"Schuldhulp", "schuldhulp", false},
    {"Geldzakenspreekuur", "schuldhulp", false},
    {"Opvoedsteunpunt", "opvoeden", false},
    {"Wijkverpleging", "gezondheid", false},
    {"Hulpmiddelenuitleen", "hulpmiddel", false},
    {"Woonadvies", "woningaanpassing", false},
    {"Logeerhuis", "respijtzorg", true},
    {"Beweeggroep", "ontmoeting", false},
    {"Taalcafé", "ontmoeting", false},
    {"Cliëntondersteuning", "clientondersteuning", false},
    {"Werkpunt", "werk_inkomen", false},
    {"Beschermd wonen", "beschermd_wonen", true},
    {"Traplift en woningaanpassing", "woningaanpassing", true},
};
constexpr const char* kKaartPlaatsen[] = {
    "Houten",     "Bunnik",       "Odijk",   "Werkhoven", "Cothen",    "Langbroek",    "Wijk bij Duurstede",
    "De Schakel", "Het Trefpunt", "Noord",   "Zuid",      "Oost",      "West",         "Centrum",
    "De Molen",   "Het Anker",    "De Brug", "De Linde",  "Rijnzicht", "De Boomgaard",
};
constexpr const char* kKaartAanbieders[] = {"Stichting Welzijn Kromme Rijn", "Zorggroep Waardeland",
                                            "Vrijwilligerscentrale Rijnwaarde", "Thuishulp Schoon & Fijn"};

/// `count` varied, made-up sociale kaart entries with new ids; no two have the same naam and aanbieder
/// (up to 2,000).
std::vector<core::SocialeKaartItem> gegenereerdeKaart(int count)
{
    constexpr int kWoorden = static_cast<int>(std::size(kKaartWoorden));
    constexpr int kPlaatsen = static_cast<int>(std::size(kKaartPlaatsen));
    constexpr int kAanbieders = static_cast<int>(std::size(kKaartAanbieders));
    std::vector<core::SocialeKaartItem> items;
    items.reserve(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        const KaartWoord& woord = kKaartWoorden[i % kWoorden];
        core::SocialeKaartItem item;
        item.meta.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        item.naam = QStringLiteral("%1 %2").arg(QString::fromUtf8(woord.naam),
                                                QString::fromUtf8(kKaartPlaatsen[(i / kWoorden) % kPlaatsen]));
        item.aanbieder = QString::fromUtf8(kKaartAanbieders[(i / (kWoorden * kPlaatsen)) % kAanbieders]);
        item.vorm = woord.maatwerk ? QStringLiteral("maatwerk") : QStringLiteral("algemeen");
        item.categorie = QString::fromLatin1(woord.categorie);
        item.wet = item.categorie == QLatin1String("schuldhulp")   ? QStringLiteral("schulden")
                   : item.categorie == QLatin1String("opvoeden")   ? QStringLiteral("jeugdwet")
                   : item.categorie == QLatin1String("gezondheid") ? QStringLiteral("zvw")
                                                                   : QStringLiteral("wmo");
        item.telefoon = QStringLiteral("030-%1").arg(2000000 + i * 37 % 7000000);
        item.email = QStringLiteral("info%1@example.nl").arg(i);
        item.adres =
            QStringLiteral("Dorpsstraat %1, %2").arg(1 + i % 120).arg(QString::fromUtf8(kKaartPlaatsen[i % 7]));
        item.notities = i % 3 == 0 ? QStringLiteral("Zonder afspraak, op werkdagen van 9 tot 12 uur.")
                                   : QStringLiteral("Aanmelden via de website of telefonisch.");
        item.actief = i % 17 != 0;
        items.push_back(std::move(item));
    }
    return items;
}

/// A plan of `doelen` doelen and `acties` acties over every niveau, for the inwoner with the
/// largest netwerk among the first in the caseload; not yet stored.
std::optional<core::Ondersteuningsplan> grootPlan(core::Workspace& ws, core::PlanService& plannen,
                                                  const std::vector<core::SocialeKaartItem>& kaart, int doelen,
                                                  int acties)
{
    QString inwonerId;
    std::vector<core::NetwerkPersoon> netwerk;
    const auto rows = ws.inwoners().caseload({{}, {}, 200});
    for (const auto& row : rows) {
        auto personen = ws.netwerk().forInwoner(row.id);
        if (personen.size() > netwerk.size()) {
            inwonerId = row.id;
            netwerk = std::move(personen);
        }
    }
    std::vector<const core::SocialeKaartItem*> algemeen;
    std::vector<const core::SocialeKaartItem*> maatwerk;
    for (const auto& item : kaart)
        (item.isMaatwerk() ? maatwerk : algemeen).push_back(&item);
    const core::ZrmInstrument* zrm = core::ZrmInstrument::find(core::ZrmInstrument::kZrm2017);
    if (inwonerId.isEmpty() || netwerk.empty() || algemeen.empty() || maatwerk.empty() || !zrm)
        return std::nullopt;

    core::Ondersteuningsplan plan = plannen.nieuw(inwonerId);
    const auto& leefgebieden = zrm->leefgebieden();
    const QDate vandaag = plannen.today();
    for (int d = 0; d < doelen; ++d) {
        core::PlanDoel doel;
        doel.leefgebied = leefgebieden[static_cast<size_t>(d) % leefgebieden.size()].key;
        doel.wens = QStringLiteral("Ik wil het zelf weer kunnen, doel %1.").arg(d + 1);
        doel.gewensteSituatie = QStringLiteral("Inwoner redt het met de afgesproken hulp.");
        doel.doelscore = 4;
        doel.evaluatieDatum = vandaag.addMonths(6);
        plan.doelen.push_back(std::move(doel));
    }
    for (int a = 0; a < acties; ++a) {
        core::PlanActie actie;
        const auto i = static_cast<size_t>(a);
        actie.van = vandaag;
        actie.tot = vandaag.addMonths(6);
        switch (a % 5) {
        case 0:
            actie.niveau = QStringLiteral("eigen_kracht");
            actie.wat = QStringLiteral("Doet het zelf, stap %1.").arg(a + 1);
            break;
        case 1:
            actie.niveau = QStringLiteral("netwerk");
            actie.wat = QStringLiteral("Helpt elke week, taak %1.").arg(a + 1);
            actie.netwerkId = netwerk[i % netwerk.size()].meta.id;
            break;
        case 2:
            actie.niveau = QStringLiteral("algemeen");
            actie.wat = QStringLiteral("Gaat naar de algemene voorziening, afspraak %1.").arg(a + 1);
            actie.voorzieningId = algemeen[i % algemeen.size()]->meta.id;
            break;
        case 3:
            actie.niveau = QStringLiteral("maatwerk");
            actie.wat = QStringLiteral("Maatwerkvoorziening, %1 uur per week.").arg(1 + a % 4);
            actie.voorzieningId = maatwerk[i % maatwerk.size()]->meta.id;
            actie.omvang = 1 + a % 4;
            actie.eenheid = QStringLiteral("uur_per_week");
            actie.onderbouwing = QStringLiteral("Eigen kracht, netwerk en algemene voorzieningen zijn niet genoeg.");
            break;
        default:
            actie.niveau = QStringLiteral("professioneel");
            actie.wat = QStringLiteral("Controle en advies, bezoek %1.").arg(a + 1);
            actie.uitvoerder = QStringLiteral("Wijkverpleging Kromme Rijn");
            break;
        }
        plan.doelen[i % plan.doelen.size()].acties.push_back(std::move(actie));
    }
    return plan;
}

} // namespace

bool measurePlan(core::Workspace& ws, const QString& path, std::vector<Measurement>& results, QString& why)
{
    constexpr int kDoelen = 30;
    constexpr int kActies = 100;
    core::PlanService plannen(ws);
    const auto kaart = ws.socialeKaart().zoek({}, {}, true);
    auto plan = grootPlan(ws, plannen, kaart, kDoelen, kActies);
    if (!plan) {
        why = tr("the demo data has no inwoner with a netwerk, or the sociale kaart lacks algemene or maatwerk "
                 "voorzieningen.");
        return false;
    }
    const auto saved = plannen.savePlan(*plan);
    if (!saved) {
        why = saved.error().message;
        return false;
    }
    const QString id = saved->meta.id;
    const std::string planId = id.toStdString();

    RawConnection raw(path, false);
    std::vector<sqlite3_stmt*> statements;
    for (const std::string& sql : core::repo::PlanRepository::getSql())
        statements.push_back(raw.prepare(sql));
    if (std::any_of(statements.begin(), statements.end(), [](sqlite3_stmt* st) { return st == nullptr; })) {
        why = tr("the plan baseline cannot prepare the plan's SQL.");
        return false;
    }

    constexpr int kRepeats = 300;
    std::vector<double> ours;
    std::vector<double> metWie;
    std::vector<double> base;
    size_t wie = 0;
    for (int repeat = 0; repeat < kRepeats; ++repeat) {
        QElapsedTimer t;
        t.start();
        const auto geopend = plannen.plan(id);
        ours.push_back(elapsedMs(t));
        if (!geopend || geopend->aantalActies() != kActies || geopend->doelen.size() != static_cast<size_t>(kDoelen)) {
            why = tr("the plan read back is not the plan stored.");
            return false;
        }
        t.restart();
        wie = plannen.wieDoetWat(*geopend).size();
        metWie.push_back(ours.back() + elapsedMs(t));

        // The same statements on a raw connection, in one read transaction as the repository reads.
        t.restart();
        raw.exec("BEGIN");
        size_t rows = 0;
        for (sqlite3_stmt* st : statements) {
            sqlite3_bind_text(st, 1, planId.c_str(), -1, SQLITE_STATIC);
            rows += readAll(st);
        }
        raw.exec("COMMIT");
        base.push_back(elapsedMs(t));
        if (rows != static_cast<size_t>(1 + kDoelen + kActies)) {
            why = tr("the plan baseline does not read the plan stored.");
            return false;
        }
    }
    results.push_back({tr("plan open (30 doelen, 100 acties), p50 (ms)"),
                       QStringLiteral("ms"),
                       percentile(ours, 0.5),
                       percentile(base, 0.5),
                       30,
                       std::nullopt,
                       {}});
    results.push_back({tr("plan open (30 doelen, 100 acties), p95 (ms)"), QStringLiteral("ms"), percentile(ours, 0.95),
                       percentile(base, 0.95), 30, std::nullopt,
                       tr("PlanService::plan, %1 runs; baseline: the statements of PlanRepository::getSql() on a "
                          "raw connection in one read transaction")
                           .arg(kRepeats)});
    results.push_back({tr("plan open with wie doet wat, p95 (ms)"), QStringLiteral("ms"), percentile(metWie, 0.95),
                       percentile(base, 0.95), 30, std::nullopt,
                       tr("PlanService::plan and wieDoetWat (%1 people and organisations; p50 %2 ms)")
                           .arg(wie)
                           .arg(percentile(metWie, 0.5), 0, 'f', 2)});
    return true;
}

bool measureSocialeKaartZoeken(core::Workspace& ws, const QString& path, std::vector<Measurement>& results,
                               QString& why)
{
    constexpr int kEntries = 2000;
    constexpr int kLimit = 50;
    core::SocialeKaartService kaart(ws);
    const auto added = kaart.importeer(gegenereerdeKaart(kEntries));
    if (!added) {
        why = added.error().message;
        return false;
    }
    RawConnection raw(path, false);
    // The repository's statement for one word, limited as the search field limits it.
    sqlite3_stmt* zoek =
        raw.prepare(core::repo::SocialeKaartRepository::zoekSql() + " LIMIT " + std::to_string(kLimit));
    if (!zoek) {
        why = tr("the sociale kaart baseline cannot prepare its SQL.");
        return false;
    }

    // Typed one character at a time, as in the search field of the plan's actie dialog.
    const QStringList queries = {QStringLiteral("klussendienst"),       QStringLiteral("maaltijd"),
                                 QStringLiteral("dagbesteding houten"), QStringLiteral("mantelzorg"),
                                 QStringLiteral("schuldhulp bunnik"),   QStringLiteral("de schakel")};
    constexpr int kRepeats = 10;
    std::vector<double> ours;
    std::vector<double> base;
    for (const QString& typed : keystrokes(queries, kRepeats)) {
        const auto rows = timed(ours, [&] { return kaart.zoek(typed, {}, true, kLimit); });
        // The baseline searches the typed text as one phrase: with one word it is the same search.
        const std::string pattern = "%" + core::repo::SocialeKaartRepository::zoekVorm(typed).toStdString() + "%";
        const size_t rawRows = timed(base, [&] {
            sqlite3_bind_text(zoek, 1, pattern.c_str(), -1, SQLITE_STATIC);
            return readAll(zoek);
        });
        if (!typed.trimmed().contains(QLatin1Char(' ')) && rawRows != rows.size()) {
            why = tr("the sociale kaart search disagrees with its baseline on \"%1\".").arg(typed);
            return false;
        }
    }
    const QString note = tr("%1 entries, %2 keystrokes over %3 queries, at most %4 rows each; baseline: "
                            "SocialeKaartRepository::zoekSql() with the typed text as one LIKE pattern")
                             .arg(kaart.count())
                             .arg(ours.size())
                             .arg(queries.size())
                             .arg(kLimit);
    results.push_back({tr("sociale kaart search per keystroke, p50 (ms)"),
                       QStringLiteral("ms"),
                       percentile(ours, 0.5),
                       percentile(base, 0.5),
                       5,
                       std::nullopt,
                       {}});
    results.push_back({tr("sociale kaart search per keystroke, p95 (ms)"), QStringLiteral("ms"), percentile(ours, 0.95),
                       percentile(base, 0.95), 5, std::nullopt, note});
    return true;
}

bool measureSocialeKaartImport(core::Workspace& ws, std::vector<Measurement>& results, QString& why)
{
    constexpr int kRows = 2000;
    constexpr int kRuns = 3;
    const QByteArray csv = core::importing::SocialeKaartCsv::write(gegenereerdeKaart(kRows));
    QTemporaryDir dir;
    std::vector<double> ours;
    std::vector<double> base;
    for (int run = 0; run < kRuns; ++run) {
        // Ours: read the file and import it into an empty sociale kaart.
        {
            auto opened = core::Workspace::open(dir.filePath(QStringLiteral("import-%1.sqlite").arg(run)), ws.clock(),
                                                {.create = true});
            if (!opened) {
                why = opened.error().message;
                return false;
            }
            core::SocialeKaartService kaart(*opened.value());
            QElapsedTimer t;
            t.start();
            const auto report = core::importing::SocialeKaartCsv::read(csv);
            const auto stored = kaart.importeer(report.valid);
            ours.push_back(elapsedMs(t) / 1000.0);
            if (!stored || stored.value() != kRows) {
                why = stored ? tr("the import stored %1 of %2 rows.").arg(stored.value()).arg(kRows)
                             : stored.error().message;
                return false;
            }
        }

        // The baseline: the same rows with one prepared INSERT in one transaction, into an empty file.
        const QString rawPath = dir.filePath(QStringLiteral("raw-%1.sqlite").arg(run));
        {
            auto opened = core::Workspace::open(rawPath, ws.clock(), {.create = true});
            if (!opened) {
                why = opened.error().message;
                return false;
            }
        }
        const auto rows = core::importing::SocialeKaartCsv::read(csv).valid;
        const std::string nu = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
        std::vector<std::vector<std::string>> values;
        values.reserve(rows.size());
        for (const core::SocialeKaartItem& item : rows) {
            values.push_back(
                {item.meta.id.toStdString(), item.naam.toStdString(), item.vorm.toStdString(), item.wet.toStdString(),
                 item.categorie.toStdString(), item.aanbieder.toStdString(), item.telefoon.toStdString(),
                 item.email.toStdString(), item.website.toStdString(), item.adres.toStdString(),
                 item.notities.toStdString(),
                 core::repo::SocialeKaartRepository::zoekVorm(item.naam + QLatin1Char(' ') + item.aanbieder)
                     .toStdString()});
        }
        RawConnection raw(rawPath, true);
        sqlite3_stmt* insert =
            raw.prepare("INSERT INTO sociale_kaart (id, created_at, updated_at, hlc, device, deleted, naam, vorm, "
                        "wet, categorie, aanbieder, telefoon, email, website, adres, notities, actief, zoektekst) "
                        "VALUES (?1, ?2, ?2, ?3, 'bench', 0, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 1, ?14)");
        if (!insert) {
            why = tr("the import baseline cannot prepare its INSERT.");
            return false;
        }
        QElapsedTimer t;
        t.start();
        bool ok = raw.exec("BEGIN IMMEDIATE");
        qint64 hlc = 1;
        for (const auto& v : values) {
            sqlite3_bind_text(insert, 1, v[0].c_str(), -1, SQLITE_STATIC);
            sqlite3_bind_text(insert, 2, nu.c_str(), -1, SQLITE_STATIC);
            sqlite3_bind_int64(insert, 3, hlc++);
            for (int c = 1; c < 12; ++c)
                sqlite3_bind_text(insert, 3 + c, v[static_cast<size_t>(c)].c_str(), -1, SQLITE_STATIC);
            ok = ok && sqlite3_step(insert) == SQLITE_DONE;
            sqlite3_reset(insert);
        }
        ok = ok && raw.exec("COMMIT");
        base.push_back(elapsedMs(t) / 1000.0);
        if (!ok) {
            raw.exec("ROLLBACK");
            why = tr("the import baseline could not write.");
            return false;
        }
    }
    const double oursS = percentile(ours, 0.5);
    const double baseS = percentile(base, 0.5);
    results.push_back(
        {tr("sociale kaart CSV import, 2,000 rows (s)"), QStringLiteral("s"), oursS, baseS, 1, std::nullopt,
         tr("median of %1 into an empty sociale kaart: SocialeKaartCsv::read and SocialeKaartService::importeer, "
            "%2 rows/s; baseline: one prepared INSERT per row in one transaction on a raw connection, %3 rows/s")
             .arg(kRuns)
             .arg(oursS > 0 ? kRows / oursS : 0, 0, 'f', 0)
             .arg(baseS > 0 ? kRows / baseS : 0, 0, 'f', 0)});
    return true;
}

} // namespace cli::bench
