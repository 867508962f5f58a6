// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "db/Database.h"
#include "db/DatabaseFile.h"
#include "db/Migrator.h"
#include "repo/AuditRepository.h"
#include "repo/PlanRepository.h"
#include "repo/SocialeKaartRepository.h"
#include "services/DossierService.h"
#include "services/PlanService.h"
#include "services/ZrmService.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace core;

namespace {

// The test clock stands at Tuesday 10 November 2026.

QString inwonerIn(test::TempWorkspace& ws, const char* achternaam = "Jansen")
{
    DossierService dossiers(*ws);
    Inwoner in;
    in.geslachtsnaam = QString::fromUtf8(achternaam);
    in.roepnaam = QStringLiteral("Els");
    in.aanspreekpunt.naam = QStringLiteral("Sanne Visser");
    auto saved = dossiers.saveInwoner(in);
    REQUIRE(saved.ok());
    return saved->meta.id;
}

QString netwerkPersoon(test::TempWorkspace& ws, const QString& inwonerId, const char* naam,
                       std::optional<int> ediz = std::nullopt, bool mantelzorger = true)
{
    DossierService dossiers(*ws);
    NetwerkPersoon p;
    p.inwonerId = inwonerId;
    p.naam = QString::fromUtf8(naam);
    p.relatie = Relatie::Kind;
    p.telefoon = QStringLiteral("06-00000000");
    if (mantelzorger) {
        p.mantelzorg = Mantelzorg{};
        p.mantelzorg->urenPerWeek = 12;
        p.mantelzorg->belastingEdiz = ediz;
    }
    auto saved = dossiers.saveNetwerkPersoon(p);
    REQUIRE(saved.ok());
    return saved->meta.id;
}

QString kaartItem(test::TempWorkspace& ws, const char* naam, const char* vorm, const char* aanbieder = "")
{
    SocialeKaartItem item;
    item.naam = QString::fromUtf8(naam);
    item.vorm = QString::fromLatin1(vorm);
    item.aanbieder = QString::fromUtf8(aanbieder);
    ws->stamp(item.meta);
    ws->socialeKaart().save(item);
    return item.meta.id;
}

PlanActie actie(const char* niveau, const char* wat)
{
    PlanActie a;
    a.niveau = QString::fromLatin1(niveau);
    a.wat = QString::fromUtf8(wat);
    return a;
}

PlanDoel doel(const char* leefgebied, const char* wens, std::vector<PlanActie> acties = {})
{
    PlanDoel d;
    d.leefgebied = QString::fromLatin1(leefgebied);
    d.wens = QString::fromUtf8(wens);
    d.acties = std::move(acties);
    return d;
}

/// A plan with one doel whose acties cover every niveau, given in reverse order.
struct PlanOpzet {
    test::TempWorkspace ws;
    PlanService plannen{*ws};
    QString inwoner = inwonerIn(ws);
    QString dochter = netwerkPersoon(ws, inwoner, "Ria", 4);
    QString klussendienst = kaartItem(ws, "Klussendienst Voorbeeldwijk", "algemeen", "Vrijwilligerscentrale");
    QString huishoudelijk = kaartItem(ws, "Huishoudelijke hulp", "maatwerk", "Voorbeeldzorg");

    Ondersteuningsplan plan()
    {
        Ondersteuningsplan p = plannen.nieuw(inwoner);
        PlanActie maatwerk = actie("maatwerk", "Huishoudelijke hulp 3 uur per week");
        maatwerk.voorzieningId = huishoudelijk;
        maatwerk.onderbouwing = QStringLiteral("Dochter werkt fulltime; de klussendienst doet geen schoonmaak.");
        maatwerk.omvang = 3;
        maatwerk.eenheid = QStringLiteral("uur_per_week");
        PlanActie algemeen = actie("algemeen", "Klussendienst hangt de gordijnen op");
        algemeen.voorzieningId = klussendienst;
        PlanActie netwerk = actie("netwerk", "Ria doet de boodschappen op zaterdag");
        netwerk.netwerkId = dochter;
        PlanActie professional = actie("professioneel", "Fysiotherapie voor het traplopen");
        professional.uitvoerder = QStringLiteral("Fysiotherapie Voorbeeld");
        p.doelen.push_back(
            doel("huisvesting", "Ik wil mijn huis schoon en veilig houden",
                 {professional, maatwerk, algemeen, netwerk, actie("eigen_kracht", "Zelf de was doen")}));
        p.doelen.push_back(doel("sociaal_netwerk", "Ik wil weer mensen zien",
                                {actie("eigen_kracht", "Elke week naar het buurthuis")}));
        return p;
    }
};

QStringList strings(std::initializer_list<const char*> items)
{
    QStringList result;
    for (const char* item : items)
        result << QString::fromUtf8(item);
    return result;
}

QStringList niveaus(const PlanDoel& d)
{
    QStringList result;
    for (const PlanActie& a : d.acties)
        result << a.niveau;
    return result;
}

} // namespace

TEST_CASE("Acties are ordered by the order of consideration", "[plan]")
{
    PlanOpzet o;
    auto saved = o.plannen.savePlan(o.plan());
    REQUIRE(saved.ok());
    REQUIRE(saved->doelen.size() == 2);
    CHECK(niveaus(saved->doelen[0]) == strings({"eigen_kracht", "netwerk", "algemeen", "maatwerk", "professioneel"}));
    CHECK(saved->doelen[0].wens == QStringLiteral("Ik wil mijn huis schoon en veilig houden"));
    CHECK(saved->doelen[1].leefgebied == QStringLiteral("sociaal_netwerk"));
    CHECK(saved->versie == 1);
    CHECK(saved->reeksId == saved->meta.id);
    CHECK(saved->regisseur == QStringLiteral("Sanne Visser"));
    CHECK(saved->aantalActies() == 6);

    // Two acties of one niveau keep the order they were given in.
    Ondersteuningsplan p = saved.value();
    p.doelen[0].acties.push_back(actie("eigen_kracht", "Zelf koken"));
    auto again = o.plannen.savePlan(p);
    REQUIRE(again.ok());
    CHECK(again->doelen[0].acties[0].wat == QStringLiteral("Zelf de was doen"));
    CHECK(again->doelen[0].acties[1].wat == QStringLiteral("Zelf koken"));
    CHECK(again->doelen[0].acties[2].niveau == QStringLiteral("netwerk"));
}

TEST_CASE("A plan with bad acties is refused and nothing is saved", "[plan]")
{
    PlanOpzet o;
    auto geldig = o.plannen.savePlan(o.plan());
    REQUIRE(geldig.ok());
    const int acties = geldig->aantalActies();

    SECTION("maatwerk without onderbouwing")
    {
        Ondersteuningsplan p = geldig.value();
        p.doelen[0].acties[3].onderbouwing = QStringLiteral("  ");
        auto r = o.plannen.savePlan(p);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(r.error().message.contains(QStringLiteral("needs its reasons")));
        CHECK(rules::hasField(o.plannen.validate(p), QStringLiteral("actie:0:3.onderbouwing")));
        // A dialog about that one actie gets its own field name and a message without a number.
        const auto alleen = o.plannen.validate(p.doelen[0].acties[3]);
        REQUIRE(alleen.size() == 1);
        CHECK(alleen[0].field == QStringLiteral("onderbouwing"));
        CHECK(alleen[0].message.startsWith(QStringLiteral("A maatwerkvoorziening needs its reasons")));
        CHECK(r.error().message.startsWith(QStringLiteral("Action 1.4: A maatwerkvoorziening")));
    }
    SECTION("an actie ending before it starts")
    {
        Ondersteuningsplan p = geldig.value();
        p.doelen[0].acties[1].van = QDate(2026, 12, 1);
        p.doelen[0].acties[1].tot = QDate(2026, 11, 1);
        auto r = o.plannen.savePlan(p);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("ends before it starts")));
    }
    SECTION("an algemene voorziening that is maatwerk on the sociale kaart")
    {
        Ondersteuningsplan p = geldig.value();
        p.doelen[0].acties[2].voorzieningId = o.huishoudelijk;
        auto r = o.plannen.savePlan(p);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("is a maatwerkvoorziening")));
    }
    SECTION("a doel without the inwoner's words or leefgebied, a netwerk actie without a person")
    {
        Ondersteuningsplan p = geldig.value();
        p.doelen[1].wens.clear();
        p.doelen[1].leefgebied = QStringLiteral("geluk");
        p.doelen[0].acties[1].netwerkId.clear();
        const auto errors = o.plannen.validate(p);
        CHECK(rules::hasField(errors, QStringLiteral("doel:1.wens")));
        CHECK(rules::hasField(errors, QStringLiteral("doel:1.leefgebied")));
        CHECK(rules::hasField(errors, QStringLiteral("actie:0:1.netwerk")));
        CHECK_FALSE(o.plannen.savePlan(p).ok());
    }
    const auto stored = o.plannen.plan(geldig->meta.id);
    REQUIRE(stored);
    CHECK(stored->aantalActies() == acties);
    CHECK(stored->doelen[0].acties[3].onderbouwing == geldig->doelen[0].acties[3].onderbouwing);
    CHECK(stored->doelen[1].wens == geldig->doelen[1].wens);
}

TEST_CASE("A vastgesteld plan is immutable; a change makes version 2 and leaves version 1 intact", "[plan]")
{
    PlanOpzet o;
    auto ontwerp = o.plannen.savePlan(o.plan());
    REQUIRE(ontwerp.ok());
    CHECK_FALSE(o.plannen.stelVast(ontwerp->meta.id, QDate(2026, 11, 11)).ok()); // in the future
    auto v1 = o.plannen.stelVast(ontwerp->meta.id, QDate(2026, 11, 10));
    REQUIRE(v1.ok());
    CHECK(v1->status == QStringLiteral("vastgesteld"));
    CHECK(v1->vastgesteldOp == QDate(2026, 11, 10));

    Ondersteuningsplan gewijzigd = v1.value();
    gewijzigd.doelen[0].wens = QStringLiteral("Iets anders");
    auto refused = o.plannen.savePlan(gewijzigd);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("new version")));
    CHECK_FALSE(o.plannen.deletePlan(v1->meta.id).ok());
    CHECK_FALSE(o.plannen.stelVast(v1->meta.id, QDate(2026, 11, 10)).ok());

    auto v2 = o.plannen.nieuweVersie(v1->meta.id);
    REQUIRE(v2.ok());
    CHECK(v2->versie == 2);
    CHECK(v2->status == QStringLiteral("concept"));
    CHECK(v2->reeksId == v1->meta.id);
    CHECK(v2->vorigeId == v1->meta.id);
    CHECK(v2->meta.id != v1->meta.id);
    CHECK_FALSE(v2->vastgesteldOp.isValid());
    REQUIRE(v2->doelen.size() == v1->doelen.size());
    CHECK(v2->doelen[0].meta.id != v1->doelen[0].meta.id);
    CHECK(v2->doelen[0].acties[0].meta.id != v1->doelen[0].acties[0].meta.id);
    CHECK(v2->aantalActies() == v1->aantalActies());

    Ondersteuningsplan bewerkt = v2.value();
    bewerkt.doelen[0].wens = QStringLiteral("Iets anders");
    bewerkt.doelen[0].acties.pop_back();
    REQUIRE(o.plannen.savePlan(bewerkt).ok());

    const auto eerste = o.plannen.plan(v1->meta.id);
    REQUIRE(eerste);
    CHECK(eerste->status == QStringLiteral("vastgesteld"));
    CHECK(eerste->doelen[0].wens == QStringLiteral("Ik wil mijn huis schoon en veilig houden"));
    CHECK(eerste->aantalActies() == v1->aantalActies());
    CHECK(eerste->meta.hlc == v1->meta.hlc);

    // Only the newest version can be the base of the next one.
    CHECK_FALSE(o.plannen.nieuweVersie(v1->meta.id).ok());
    CHECK_FALSE(o.plannen.nieuweVersie(v2->meta.id).ok()); // still a concept

    const auto versies = o.plannen.versies(v1->reeksId);
    REQUIRE(versies.size() == 2);
    CHECK(versies[0].versie == 1);
    CHECK(versies[1].versie == 2);
    const auto lijst = o.plannen.plannen(o.inwoner);
    REQUIRE(lijst.size() == 2);
    CHECK(lijst[0].versie == 2);
}

TEST_CASE("The mantelzorg guard warns for a matig or zwaar belaste mantelzorger", "[plan]")
{
    PlanOpzet o;
    const QString zwaar = netwerkPersoon(o.ws, o.inwoner, "Kees", 11);
    const QString licht = netwerkPersoon(o.ws, o.inwoner, "Anna", 2);
    const QString buurman = netwerkPersoon(o.ws, o.inwoner, "Buurman", std::nullopt, false);
    const auto signaal = [&](const QString& netwerkId, bool overwogen = false) {
        PlanActie a = actie("netwerk", "Boodschappen");
        a.netwerkId = netwerkId;
        a.respijtOverwogen = overwogen;
        return o.plannen.mantelzorgSignaal(o.inwoner, a);
    };
    const auto z = signaal(zwaar);
    REQUIRE(z);
    CHECK(z->belasting == QStringLiteral("zwaar"));
    CHECK(z->ediz == 11);
    CHECK(z->tekst.contains(QStringLiteral("Kees")));
    CHECK(z->tekst.contains(QStringLiteral("respite care")));
    const auto m = signaal(o.dochter, true); // EDIZ-plus 4: matig
    REQUIRE(m);
    CHECK(m->belasting == QStringLiteral("matig"));
    CHECK(m->respijtOverwogen);
    CHECK_FALSE(signaal(licht));
    CHECK_FALSE(signaal(buurman));

    auto saved = o.plannen.savePlan(o.plan());
    REQUIRE(saved.ok());
    const auto signalen = o.plannen.mantelzorgSignalen(saved.value());
    REQUIRE(signalen.size() == 1);
    CHECK(signalen[0].netwerkId == o.dochter);
    CHECK(signalen[0].actieId == saved->doelen[0].acties[1].meta.id);
}

TEST_CASE("Evaluation per doel, side by side with the ZRM", "[plan]")
{
    PlanOpzet o;
    ZrmService zrm(*o.ws);
    const auto meting = [&](QDate datum, int huisvesting) {
        ZrmMeting m;
        m.inwonerId = o.inwoner;
        m.datum = datum;
        ZrmScore s;
        s.leefgebied = QStringLiteral("huisvesting");
        s.score = huisvesting;
        m.scores.push_back(s);
        REQUIRE(zrm.saveMeting(m).ok());
    };
    meting(QDate(2026, 3, 1), 2);
    o.ws.clock.set(QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC));
    Ondersteuningsplan p = o.plan();
    p.doelen[0].doelscore = 4;
    auto ontwerp = o.plannen.savePlan(p);
    REQUIRE(ontwerp.ok());
    CHECK_FALSE(o.plannen.evalueer(ontwerp.value(), QDate(2026, 3, 10)).ok()); // a concept
    auto plan = o.plannen.stelVast(ontwerp->meta.id, QDate(2026, 3, 10));
    REQUIRE(plan.ok());
    o.ws.clock.set(QDateTime(QDate(2026, 11, 10), QTime(14, 0), Qt::UTC));
    meting(QDate(2026, 9, 1), 3);
    meting(QDate(2026, 11, 10), 4);

    Ondersteuningsplan evaluatie = plan.value();
    evaluatie.doelen[0].evaluatie = QStringLiteral("deels");
    evaluatie.doelen[0].evaluatieNotitie = QStringLiteral("Het huis is schoon; traplopen gaat nog moeilijk.");
    auto half = o.plannen.evalueer(evaluatie, QDate(2026, 9, 15));
    REQUIRE_FALSE(half.ok()); // doel 2 has no evaluation
    CHECK(half.error().message.contains(QStringLiteral("Goal 2")));
    CHECK(o.plannen.plan(plan->meta.id)->status == QStringLiteral("vastgesteld"));

    evaluatie.doelen[1].evaluatie = QStringLiteral("stabiel");
    evaluatie.evaluatieNotitie = QStringLiteral("Goed gesprek.");
    auto done = o.plannen.evalueer(evaluatie, QDate(2026, 9, 15));
    REQUIRE(done.ok());
    CHECK(done->status == QStringLiteral("geevalueerd"));
    CHECK(done->geevalueerdOp == QDate(2026, 9, 15));
    CHECK(done->doelen[0].evaluatie == QStringLiteral("deels"));
    CHECK(done->doelen[1].evaluatie == QStringLiteral("stabiel"));
    CHECK(done->doelen[0].wens == plan->doelen[0].wens);
    CHECK_FALSE(o.plannen.evalueer(evaluatie, QDate(2026, 9, 15)).ok()); // evaluated already

    const auto vergelijking = o.plannen.vergelijking(done.value(), done->geevalueerdOp);
    REQUIRE(vergelijking.size() == 2);
    CHECK(vergelijking[0].doelscore == 4);
    CHECK(vergelijking[0].startscore == 2);
    CHECK(vergelijking[0].gemetenScore == 3); // the meting of 1 September, not the later one
    CHECK(vergelijking[0].gemetenOp == QDate(2026, 9, 1));
    CHECK_FALSE(vergelijking[1].gemetenScore);

    // The next plan period starts from the evaluated plan, without its evaluations.
    auto v2 = o.plannen.nieuweVersie(done->meta.id);
    REQUIRE(v2.ok());
    CHECK(v2->doelen[0].evaluatie.isEmpty());
    CHECK(v2->doelen[0].doelscore == 4);
}

TEST_CASE("Wie doet wat lists everyone with their tasks in the order of consideration", "[plan]")
{
    PlanOpzet o;
    Ondersteuningsplan p = o.plan();
    PlanActie nogEens = actie("netwerk", "Ria belt elke avond");
    nogEens.netwerkId = o.dochter;
    p.doelen[1].acties.push_back(nogEens);
    auto saved = o.plannen.savePlan(p);
    REQUIRE(saved.ok());
    const auto wie = o.plannen.wieDoetWat(saved.value());
    REQUIRE(wie.size() == 5);
    CHECK(wie[0].niveau == QStringLiteral("eigen_kracht"));
    CHECK(wie[0].wie == QStringLiteral("Els Jansen"));
    CHECK(wie[0].taken.size() == 2);
    CHECK(wie[1].wie == QStringLiteral("Ria"));
    CHECK(wie[1].contact == QStringLiteral("06-00000000"));
    CHECK(wie[1].taken ==
          strings({"Ria doet de boodschappen op zaterdag (Huisvesting)", "Ria belt elke avond (Sociaal netwerk)"}));
    CHECK(wie[2].wie == QStringLiteral("Klussendienst Voorbeeldwijk (Vrijwilligerscentrale)"));
    CHECK(wie[3].wie == QStringLiteral("Huishoudelijke hulp (Voorbeeldzorg)"));
    CHECK(wie[4].wie == QStringLiteral("Fysiotherapie Voorbeeld"));
}

TEST_CASE("Removing a doel takes its acties along; an unchanged save writes nothing", "[plan]")
{
    PlanOpzet o;
    QSignalSpy changed(&o.plannen, &PlanService::planChanged);
    auto saved = o.plannen.savePlan(o.plan());
    REQUIRE(saved.ok());
    CHECK(changed.count() == 1);
    const auto audit = o.ws->audit().latest(100).size();
    auto same = o.plannen.savePlan(saved.value());
    REQUIRE(same.ok());
    CHECK(same->meta.hlc == saved->meta.hlc);
    CHECK(o.ws->audit().latest(100).size() == audit);
    CHECK(changed.count() == 1);

    const QString weg = saved->doelen[0].meta.id;
    Ondersteuningsplan p = saved.value();
    p.doelen.erase(p.doelen.begin());
    auto kleiner = o.plannen.savePlan(p);
    REQUIRE(kleiner.ok());
    CHECK(kleiner->doelen.size() == 1);
    for (const PlanActie& a : o.ws->plannen().allActies(weg))
        CHECK(a.meta.deleted);
    CHECK(o.ws->plannen().allActies(weg).size() == 5);

    REQUIRE(o.plannen.deletePlan(kleiner->meta.id).ok());
    CHECK(o.plannen.plannen(o.inwoner).empty());
}

TEST_CASE("A huishouden plan shows in the dossier of every member", "[plan]")
{
    PlanOpzet o;
    const QString partner = inwonerIn(o.ws, "Bakker");
    DossierService dossiers(*o.ws);
    Huishoudlid lid;
    lid.inwonerId = partner;
    lid.rol = QStringLiteral("partner");
    REQUIRE(dossiers.addHuishoudlid(o.inwoner, lid).ok());
    Ondersteuningsplan p = o.plan();
    p.huishoudenId = dossiers.huishouden(o.inwoner)->meta.id;
    p.doelen[1].inwonerId = partner;
    auto saved = o.plannen.savePlan(p);
    REQUIRE(saved.ok());
    CHECK(saved->doelen[0].inwonerId == o.inwoner);
    CHECK(saved->doelen[1].inwonerId == partner);
    REQUIRE(o.plannen.plannen(partner).size() == 1);
    CHECK(o.plannen.plannen(partner)[0].meta.id == saved->meta.id);
    const auto wie = o.plannen.wieDoetWat(saved.value());
    CHECK(wie[0].wie == QStringLiteral("Els Jansen"));
    CHECK(wie[1].wie == QStringLiteral("Els Bakker"));
}

TEST_CASE("A dossier file of schema 3 is upgraded to plans with its beschikkingen kept", "[plan][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    const QDateTime now(QDate(2026, 11, 10), QTime(14, 0), Qt::UTC);
    {
        auto builtIn = db::Migrator::builtIn();
        std::vector<db::Migration> upToTrajecten(builtIn.begin(), builtIn.begin() + 3);
        auto v3 = db::DatabaseFile::open(path, db::Migrator(upToTrajecten), now, {.create = true});
        REQUIRE(v3.ok());
        v3->db->exec("INSERT INTO inwoner (id, created_at, updated_at, hlc, device, geslachtsnaam) "
                     "VALUES ('a', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 1, 'd', 'Bakker')");
        v3->db->exec("INSERT INTO traject (id, created_at, updated_at, hlc, device, inwoner_id, domein, melding_datum) "
                     "VALUES ('t', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 2, 'd', 'a', 'wmo', "
                     "'2026-01-01')");
        v3->db->exec("INSERT INTO voorziening (id, created_at, updated_at, hlc, device, traject_id, soort, start) "
                     "VALUES ('v', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 3, 'd', 't', "
                     "'huishoudelijke_hulp', '2026-02-01')");
    }
    auto upgraded = db::DatabaseFile::open(path, now);
    REQUIRE(upgraded.ok());
    CHECK(upgraded->outcome == db::Migrator::Outcome::Upgraded);
    CHECK(db::Migrator::versionOf(*upgraded->db) == db::Migrator::builtIn().back().version);
    CHECK(upgraded->db->scalar("SELECT count(*) FROM voorziening WHERE sociale_kaart_id = ''") == 1);
    CHECK(upgraded->db->scalar("SELECT count(*) FROM plan") == 0);
    CHECK(upgraded->db->scalar("SELECT count(*) FROM sociale_kaart") == 0);
    db::Database backup(upgraded->backupPath, db::Database::Mode::ReadOnly);
    CHECK(db::Migrator::versionOf(backup) == 3);
}
