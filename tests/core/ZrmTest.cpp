// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "db/Database.h"
#include "db/DatabaseFile.h"
#include "repo/AuditRepository.h"
#include "services/DossierService.h"
#include "services/ZrmService.h"
#include "zrm/ZrmInstrument.h"

#include <QSignalSpy>

using namespace core;

namespace {

QString inwonerIn(test::TempWorkspace& ws, const char* achternaam, const char* consulent = "Sanne Visser")
{
    DossierService dossiers(*ws);
    Inwoner in;
    in.geslachtsnaam = QString::fromUtf8(achternaam);
    in.aanspreekpunt.naam = QString::fromUtf8(consulent);
    auto saved = dossiers.saveInwoner(in);
    REQUIRE(saved.ok());
    return saved->meta.id;
}

ZrmScore score(const char* leefgebied, int value, std::optional<int> doel = std::nullopt)
{
    ZrmScore s;
    s.leefgebied = QString::fromLatin1(leefgebied);
    s.score = value;
    s.doelscore = doel;
    return s;
}

ZrmScore nietBeoordeeld(const char* leefgebied, NietBeoordeeld reden)
{
    ZrmScore s;
    s.leefgebied = QString::fromLatin1(leefgebied);
    s.nietBeoordeeld = reden;
    return s;
}

ZrmMeting meting(const QString& inwonerId, QDate datum, std::vector<ZrmScore> scores,
                 const QString& instrument = ZrmInstrument::kZrm2017)
{
    ZrmMeting m;
    m.inwonerId = inwonerId;
    m.instrument = instrument;
    m.datum = datum;
    m.moment = ZrmMoment::Intake;
    m.door = QStringLiteral("Sanne Visser");
    m.scores = std::move(scores);
    return m;
}

QStringList codes(const rules::FieldErrors& errors)
{
    QStringList out;
    for (const auto& e : errors)
        out << e.field + QLatin1Char(':') + e.code;
    return out;
}

} // namespace

TEST_CASE("ZRM 2017 has 13 leefgebieden, ZRM 2013 has 11, and 2013 maps onto 2017", "[zrm]")
{
    const ZrmInstrument* zrm2017 = ZrmInstrument::find(QStringLiteral("zrm2017"));
    const ZrmInstrument* zrm2013 = ZrmInstrument::find(QStringLiteral("zrm2013"));
    REQUIRE(zrm2017);
    REQUIRE(zrm2013);
    CHECK(zrm2017->leefgebieden().size() == 13);
    CHECK(zrm2013->leefgebieden().size() == 11);
    CHECK(zrm2017->niveau(1) == QStringLiteral("Acute problematiek"));
    CHECK(zrm2017->niveau(5) == QStringLiteral("Volledig zelfredzaam"));
    CHECK(zrm2017->leefgebied(QStringLiteral("justitie"))->strafrechtelijk);
    CHECK(zrm2013->leefgebied(QStringLiteral("adl"))->zrm2017 ==
          QStringList{QStringLiteral("basale_adl"), QStringLiteral("instrumentele_adl")});
    CHECK(zrm2013->leefgebied(QStringLiteral("verslaving"))->zrm2017 == QStringList{QStringLiteral("middelengebruik")});
    for (const Leefgebied& lg : zrm2013->leefgebieden()) {
        for (const QString& target : lg.zrm2017)
            CHECK(zrm2017->leefgebied(target) != nullptr);
    }
}

TEST_CASE("an instrument file with the wrong structure is refused with a reason", "[zrm]")
{
    CHECK_FALSE(ZrmInstrument::fromJson("not json").ok());
    CHECK_FALSE(ZrmInstrument::fromJson(R"({"format": "something-else"})").ok());
    const auto fourLevels = ZrmInstrument::fromJson(
        R"({"format": "wijkdossier-zrm-instrument", "id": "x", "naam": "X", "niveaus": [{"score": 1, "label": "a"}],
            "leefgebieden": [{"key": "a", "naam": "A", "zrm2017": ["financien"]}]})");
    REQUIRE_FALSE(fourLevels.ok());
    CHECK(fourLevels.error().message.contains(QStringLiteral("five")));
}

TEST_CASE("a meting is stored with scores, niet beoordeeld with a reason and doelscores", "[zrm]")
{
    test::TempWorkspace ws;
    ZrmService zrm(*ws);
    QSignalSpy changed(&zrm, &ZrmService::zrmChanged);
    const QString id = inwonerIn(ws, "Bakker");
    auto saved = zrm.saveMeting(meting(id, QDate(2026, 5, 12),
                                       {score("financien", 2, 4), score("basale_adl", 3),
                                        nietBeoordeeld("middelengebruik", NietBeoordeeld::NietRelevant)}));
    REQUIRE(saved.ok());
    CHECK(changed.count() == 1);
    const auto stored = zrm.metingen(id);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].datum == QDate(2026, 5, 12));
    REQUIRE(stored[0].scores.size() == 3);
    CHECK(stored[0].score(QStringLiteral("financien"))->score == 2);
    CHECK(stored[0].score(QStringLiteral("financien"))->doelscore == 4);
    CHECK(stored[0].score(QStringLiteral("middelengebruik"))->nietBeoordeeld == NietBeoordeeld::NietRelevant);
    CHECK_FALSE(stored[0].score(QStringLiteral("justitie")));
    CHECK(ws->audit().forEntity(saved->meta.id).at(0).action == QStringLiteral("create"));
}

TEST_CASE("a bad meting is refused with every reason and nothing is saved", "[zrm]")
{
    test::TempWorkspace ws;
    ZrmService zrm(*ws);
    const QString id = inwonerIn(ws, "Bakker");
    ZrmScore zonderReden;
    zonderReden.leefgebied = QStringLiteral("huisvesting");
    ZrmMeting m =
        meting(id, ws.clock.today().addDays(1), {score("financien", 6), zonderReden, score("dagbesteding", 3)});
    CHECK(codes(zrm.validate(m)) == QStringList{QStringLiteral("datum:date"), QStringLiteral("score:financien:range"),
                                                QStringLiteral("score:huisvesting:reason"),
                                                QStringLiteral("score:dagbesteding:leefgebied")});
    CHECK_FALSE(zrm.saveMeting(m).ok());
    m.datum = QDate();
    CHECK(codes(zrm.validate(m)).first() == QStringLiteral("datum:required"));
    CHECK(ws->db().scalar("SELECT count(*) FROM zrm_meting") == 0);
    CHECK(ws->db().scalar("SELECT count(*) FROM zrm_score") == 0);
}

TEST_CASE("a leefgebied left out when a meting is edited is tombstoned, and the meting can be deleted", "[zrm]")
{
    test::TempWorkspace ws;
    ZrmService zrm(*ws);
    const QString id = inwonerIn(ws, "Bakker");
    auto saved = zrm.saveMeting(meting(id, QDate(2026, 5, 12), {score("financien", 2), score("huisvesting", 4)}));
    REQUIRE(saved.ok());
    ZrmMeting edited = saved.value();
    edited.scores = {score("financien", 3)};
    REQUIRE(zrm.saveMeting(edited).ok());
    const auto after = zrm.meting(saved->meta.id);
    REQUIRE(after->scores.size() == 1);
    CHECK(after->scores[0].score == 3);
    CHECK(ws->db().scalar("SELECT count(*) FROM zrm_score WHERE deleted = 1") == 1);

    REQUIRE(zrm.deleteMeting(saved->meta.id).ok());
    CHECK(zrm.metingen(id).empty());
    QStringList actions;
    for (const auto& e : ws->audit().forEntity(saved->meta.id))
        actions << e.action;
    CHECK(actions == QStringList{QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("delete")});
}

TEST_CASE("comparing metingen says better, same or worse per leefgebied, through the 2013 mapping", "[zrm]")
{
    test::TempWorkspace ws;
    const QString id = inwonerIn(ws, "Bakker");
    const ZrmMeting eerder =
        meting(id, QDate(2025, 11, 3), {score("adl", 2), score("financien", 3)}, QStringLiteral("zrm2013"));
    const ZrmMeting later =
        meting(id, QDate(2026, 5, 12),
               {score("basale_adl", 4), score("instrumentele_adl", 2), score("financien", 3), score("huisvesting", 4)});
    const auto rows = ZrmService::vergelijk(eerder, later);
    QStringList lines;
    for (const auto& r : rows)
        lines << QStringLiteral("%1 %2>%3 %4")
                     .arg(r.leefgebied)
                     .arg(r.eerder.value_or(0))
                     .arg(r.later.value_or(0))
                     .arg(static_cast<int>(r.richting));
    CHECK(lines == QStringList{QStringLiteral("financien 3>3 1"), QStringLiteral("huisvesting 0>4 3"),
                               QStringLiteral("basale_adl 2>4 0"), QStringLiteral("instrumentele_adl 2>2 1")});
}

TEST_CASE("the progress report counts latest levels and movement per leefgebied, never an average", "[zrm]")
{
    test::TempWorkspace ws;
    ZrmService zrm(*ws);
    const QString a = inwonerIn(ws, "Aydın");
    const QString b = inwonerIn(ws, "Bakker");
    const QString c = inwonerIn(ws, "Claes", "Ahmed Bakkali");
    REQUIRE(zrm.saveMeting(meting(a, QDate(2025, 11, 1), {score("financien", 2), score("basale_adl", 3)})).ok());
    REQUIRE(zrm.saveMeting(meting(a, QDate(2026, 5, 1), {score("financien", 4), score("basale_adl", 3)})).ok());
    REQUIRE(zrm.saveMeting(meting(b, QDate(2025, 10, 1), {score("adl", 4)}, QStringLiteral("zrm2013"))).ok());
    REQUIRE(
        zrm.saveMeting(meting(b, QDate(2026, 4, 1),
                              {score("basale_adl", 2), nietBeoordeeld("financien", NietBeoordeeld::InwonerWilNiet)}))
            .ok());
    REQUIRE(zrm.saveMeting(meting(c, QDate(2026, 3, 1), {score("financien", 5)})).ok());

    const auto rows = zrm.voortgang().value();
    REQUIRE(rows.size() == 13);
    const auto row = [&](const char* key) {
        return *std::find_if(rows.begin(), rows.end(),
                             [&](const auto& r) { return r.leefgebied == QLatin1String(key); });
    };
    const auto financien = row("financien");
    CHECK(financien.n == 3);
    CHECK(financien.niveau[3] == 1); // a: 4
    CHECK(financien.niveau[4] == 1); // c: 5
    CHECK(financien.nietBeoordeeld == 1);
    CHECK(financien.verbeterd == 1);
    CHECK(financien.gelijk == 0);
    const auto basale = row("basale_adl");
    CHECK(basale.n == 2);
    CHECK(basale.niveau[1] == 1);
    CHECK(basale.niveau[2] == 1);
    CHECK(basale.gelijk == 1);       // a: 3 → 3
    CHECK(basale.verslechterd == 1); // b: ADL 4 (2013) → 2
    const auto instrumenteel = row("instrumentele_adl");
    CHECK(instrumenteel.n == 1); // b's 2013 ADL counts here too, as the latest for this leefgebied
    CHECK(row("justitie").n == 0);

    const auto mine = zrm.voortgang(QStringLiteral("Ahmed Bakkali")).value();
    CHECK(std::find_if(mine.begin(), mine.end(), [](const auto& r) {
              return r.leefgebied == QLatin1String("financien");
          })->n == 1);
}

TEST_CASE("licensed indicator texts are imported, and a file with unknown keys changes nothing", "[zrm]")
{
    test::TempWorkspace ws;
    ZrmService zrm(*ws);
    const QByteArray good = R"({"format": "wijkdossier-zrm-indicatoren", "instrument": "zrm2017",
        "indicatoren": {"financien": {"1": "Groeiende schulden", "5": "Alleen vrije besteedbare middelen"}}})";
    REQUIRE(zrm.importIndicatoren(good).value() == 2);
    CHECK(zrm.indicator(QStringLiteral("zrm2017"), QStringLiteral("financien"), 1) ==
          QStringLiteral("Groeiende schulden"));

    const QByteArray unknown = R"({"format": "wijkdossier-zrm-indicatoren", "instrument": "zrm2017",
        "indicatoren": {"geld": {"1": "x"}}})";
    const auto refused = zrm.importIndicatoren(unknown);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("geld")));
    CHECK(zrm.indicator(QStringLiteral("zrm2017"), QStringLiteral("financien"), 1) ==
          QStringLiteral("Groeiende schulden"));
    CHECK_FALSE(zrm.importIndicatoren(R"({"format": "wijkdossier-zrm-indicatoren", "instrument": "zrm1999",
        "indicatoren": {"financien": {"1": "x"}}})")
                    .ok());
}

TEST_CASE("a dossier file of schema 1 is backed up and upgraded to the ZRM schema with its inwoners",
          "[zrm][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    const QDateTime now(QDate(2026, 11, 10), QTime(14, 0), Qt::UTC);
    {
        std::vector<db::Migration> firstOnly = {db::Migrator::builtIn().front()};
        auto v1 = db::DatabaseFile::open(path, db::Migrator(firstOnly), now, {.create = true});
        REQUIRE(v1.ok());
        v1->db->exec("INSERT INTO inwoner (id, created_at, updated_at, hlc, device, geslachtsnaam) "
                     "VALUES ('a', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 1, 'd', 'Bakker')");
    }
    auto upgraded = db::DatabaseFile::open(path, now);
    REQUIRE(upgraded.ok());
    CHECK(upgraded->outcome == db::Migrator::Outcome::Upgraded);
    CHECK(db::Migrator::versionOf(*upgraded->db) == static_cast<int>(db::Migrator::builtIn().size()));
    CHECK(upgraded->db->scalarText("SELECT geslachtsnaam FROM inwoner") == QStringLiteral("Bakker"));
    CHECK(upgraded->db->scalar("SELECT count(*) FROM zrm_meting") == 0);
    db::Database backup(upgraded->backupPath, db::Database::Mode::ReadOnly);
    CHECK(db::Migrator::versionOf(backup) == 1);
}
