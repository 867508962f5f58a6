// SPDX-License-Identifier: EUPL-1.2
#include "services/DossierService.h"
#include "TestSupport.h"
#include "db/Database.h"
#include "repo/AuditRepository.h"
#include "services/InstellingenService.h"

#include <QSignalSpy>

using namespace core;

namespace {

Inwoner jan()
{
    Inwoner in;
    in.voornamen = QStringLiteral("Johannes Hendrik");
    in.voorletters = QStringLiteral("J.H.");
    in.roepnaam = QStringLiteral("Jan");
    in.tussenvoegsel = QStringLiteral("van der");
    in.geslachtsnaam = QStringLiteral("Berg");
    in.bsn = QStringLiteral("999990019");
    in.geboortedatum = QDate(1941, 3, 2);
    in.adres = {QStringLiteral("Kerkstraat"), 12, QStringLiteral("A"), QStringLiteral("1234ab"),
                QStringLiteral("Rijnwaarde")};
    in.telefoon = QStringLiteral("06-12345678");
    return in;
}

Inwoner named(const char* roepnaam, const char* tussenvoegsel, const char* achternaam)
{
    Inwoner in;
    in.roepnaam = QString::fromUtf8(roepnaam);
    in.tussenvoegsel = QString::fromUtf8(tussenvoegsel);
    in.geslachtsnaam = QString::fromUtf8(achternaam);
    return in;
}

QStringList names(const std::vector<CaseloadRow>& rows)
{
    QStringList out;
    for (const auto& r : rows)
        out << r.sorteernaam;
    return out;
}

} // namespace

TEST_CASE("a new inwoner is stored normalised with version metadata and an audit entry", "[dossier]")
{
    test::TempWorkspace ws;
    DossierService service(*ws);
    QSignalSpy changed(&service, &DossierService::inwonerChanged);
    auto saved = service.saveInwoner(jan());
    REQUIRE(saved.ok());
    CHECK(saved->meta.id.size() == 36);
    CHECK(saved->meta.device == ws->deviceId());
    CHECK(saved->meta.hlc > 0);
    CHECK(saved->adres.postcode == QStringLiteral("1234 AB"));
    CHECK(changed.count() == 1);

    const auto stored = service.inwoner(saved->meta.id);
    REQUIRE(stored);
    CHECK(stored->sorteernaam() == QStringLiteral("Berg, Jan van der"));
    CHECK(stored->geboortedatum == QDate(1941, 3, 2));

    const auto audit = ws->audit().forEntity(saved->meta.id);
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].action == QStringLiteral("create"));
    CHECK(audit[0].entity == QStringLiteral("inwoner"));
}

TEST_CASE("an invalid inwoner is refused and nothing is saved", "[dossier]")
{
    test::TempWorkspace ws;
    DossierService service(*ws);
    Inwoner in = jan();
    in.bsn = QStringLiteral("123456789");
    auto saved = service.saveInwoner(in);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == ErrorCode::Invalid);
    CHECK(ws->db().scalar("SELECT count(*) FROM inwoner") == 0);
    CHECK(ws->db().scalar("SELECT count(*) FROM audit_log") == 0);
}

TEST_CASE("a BSN that another inwoner already has is refused", "[dossier]")
{
    test::TempWorkspace ws;
    DossierService service(*ws);
    REQUIRE(service.saveInwoner(jan()).ok());
    Inwoner twin = named("Piet", "", "Bakker");
    twin.bsn = QStringLiteral("999990019");
    const auto errors = service.validate(twin);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == QStringLiteral("duplicate"));
    CHECK_FALSE(service.saveInwoner(twin).ok());
}

TEST_CASE("an edit moves the clock forward and is audited as an update", "[dossier]")
{
    test::TempWorkspace ws;
    DossierService service(*ws);
    auto saved = service.saveInwoner(jan());
    REQUIRE(saved.ok());
    Inwoner edited = saved.value();
    edited.telefoon = QStringLiteral("0172-123456");
    ws.clock.advanceMs(1000);
    auto updated = service.saveInwoner(edited);
    REQUIRE(updated.ok());
    CHECK(updated->meta.hlc > saved->meta.hlc);
    CHECK(updated->meta.createdAt == saved->meta.createdAt);
    CHECK(updated->meta.updatedAt > saved->meta.updatedAt);
    CHECK(service.inwoner(saved->meta.id)->telefoon == QStringLiteral("0172-123456"));
    const auto audit = ws->audit().forEntity(saved->meta.id);
    REQUIRE(audit.size() == 2);
    CHECK(audit[1].action == QStringLiteral("update"));
}

TEST_CASE("saving an unchanged inwoner writes nothing", "[dossier]")
{
    test::TempWorkspace ws;
    DossierService service(*ws);
    auto saved = service.saveInwoner(jan());
    REQUIRE(saved.ok());
    auto again = service.saveInwoner(saved.value());
    REQUIRE(again.ok());
    CHECK(again->meta.hlc == saved->meta.hlc);
    CHECK(ws->audit().forEntity(saved->meta.id).size() == 1);
}

TEST_CASE("deleting an inwoner leaves a tombstone that can be restored", "[dossier][tombstone]")
{
    test::TempWorkspace ws;
    DossierService service(*ws);
    auto saved = service.saveInwoner(jan());
    REQUIRE(saved.ok());
    REQUIRE(service.deleteInwoner(saved->meta.id).ok());
    CHECK(service.caseload({}).empty());
    CHECK(service.caseload({QStringLiteral("berg")}).empty());
    CHECK(ws->db().scalar("SELECT deleted FROM inwoner") == 1);
    CHECK_FALSE(service.openDossier(saved->meta.id).ok());

    Inwoner restored = *service.inwoner(saved->meta.id);
    restored.meta.deleted = false;
    REQUIRE(service.saveInwoner(restored).ok());
    CHECK(names(service.caseload({QStringLiteral("berg")})) == QStringList{QStringLiteral("Berg, Jan van der")});
    QStringList actions;
    for (const auto& e : ws->audit().forEntity(saved->meta.id))
        actions << e.action;
    CHECK(actions == QStringList{QStringLiteral("create"), QStringLiteral("delete"), QStringLiteral("restore")});
}

TEST_CASE("the audit log holds ids and kinds, never names, BSNs or addresses", "[dossier][audit]")
{
    test::TempWorkspace ws;
    DossierService service(*ws);
    auto saved = service.saveInwoner(jan());
    REQUIRE(saved.ok());
    REQUIRE(service.openDossier(saved->meta.id).ok());
    auto st = ws->db().prepare("SELECT at || consulent || device || action || entity || entity_id FROM audit_log");
    int rows = 0;
    while (st.step()) {
        ++rows;
        const QString line = st.text(0);
        CHECK_FALSE(line.contains(QStringLiteral("Berg")));
        CHECK_FALSE(line.contains(QStringLiteral("999990019")));
        CHECK_FALSE(line.contains(QStringLiteral("Kerkstraat")));
    }
    CHECK(rows == 2);
}

TEST_CASE("the caseload lists in Dutch name order and search narrows it by name, BSN, postcode, street and phone",
          "[dossier][zoeken]")
{
    test::TempWorkspace ws;
    DossierService service(*ws);
    REQUIRE(service.saveInwoner(jan()).ok());
    REQUIRE(service.saveInwoner(named("Anna", "", "Bergen")).ok());
    Inwoner ria = named("Ria", "de", "Vries");
    ria.adres = {QStringLiteral("Dorpsstraat"), 3, {}, QStringLiteral("2345 CD"), QStringLiteral("Rijnwaarde")};
    ria.telefoon = QStringLiteral("0172 55 66 77");
    REQUIRE(service.saveInwoner(ria).ok());
    REQUIRE(service.saveInwoner(named("Janneke", "", "Ötztal")).ok());

    CHECK(names(service.caseload({})) == QStringList{QStringLiteral("Berg, Jan van der"),
                                                     QStringLiteral("Bergen, Anna"), QStringLiteral("Ötztal, Janneke"),
                                                     QStringLiteral("Vries, Ria de")});
    CHECK(names(service.caseload({QStringLiteral("berg")})) ==
          QStringList{QStringLiteral("Berg, Jan van der"), QStringLiteral("Bergen, Anna")});
    CHECK(names(service.caseload({QStringLiteral("jan")})) ==
          QStringList{QStringLiteral("Berg, Jan van der"), QStringLiteral("Ötztal, Janneke")});
    CHECK(names(service.caseload({QStringLiteral("van d")})) == QStringList{QStringLiteral("Berg, Jan van der")});
    CHECK(names(service.caseload({QStringLiteral("jan van der")})) == QStringList{QStringLiteral("Berg, Jan van der")});
    CHECK(names(service.caseload({QStringLiteral("999990019")})) == QStringList{QStringLiteral("Berg, Jan van der")});
    CHECK(names(service.caseload({QStringLiteral("1234")})) == QStringList{QStringLiteral("Berg, Jan van der")});
    CHECK(names(service.caseload({QStringLiteral("2345cd")})) == QStringList{QStringLiteral("Vries, Ria de")});
    CHECK(names(service.caseload({QStringLiteral("dorpsstr")})) == QStringList{QStringLiteral("Vries, Ria de")});
    CHECK(names(service.caseload({QStringLiteral("556677")})) == QStringList{QStringLiteral("Vries, Ria de")});
    CHECK(names(service.caseload({QStringLiteral("otz")})) == QStringList{QStringLiteral("Ötztal, Janneke")});
    CHECK(names(service.caseload({QStringLiteral("b")})) ==
          QStringList{QStringLiteral("Berg, Jan van der"), QStringLiteral("Bergen, Anna")});
    CHECK(service.caseload({QStringLiteral("xyz")}).empty());
}

TEST_CASE("my caseload holds the inwoners I am the vast aanspreekpunt for", "[dossier][zoeken]")
{
    test::TempWorkspace ws;
    DossierService service(*ws);
    Inwoner mine = jan();
    mine.aanspreekpunt = {QStringLiteral("Sanne Visser"), QStringLiteral("0172-400100")};
    Inwoner other = named("Ria", "de", "Vries");
    other.aanspreekpunt = {QStringLiteral("Ahmed Bakkali"), QStringLiteral("0172-400200")};
    REQUIRE(service.saveInwoner(mine).ok());
    REQUIRE(service.saveInwoner(other).ok());
    CHECK(names(service.caseload({{}, QStringLiteral("sanne visser")})) ==
          QStringList{QStringLiteral("Berg, Jan van der")});
    CHECK(service.caseload({}).size() == 2);
}

TEST_CASE("a mantelzorger is stored with hours, tasks and belasting", "[dossier][netwerk]")
{
    test::TempWorkspace ws;
    DossierService service(*ws);
    auto in = service.saveInwoner(jan());
    REQUIRE(in.ok());
    QSignalSpy changed(&service, &DossierService::netwerkChanged);
    NetwerkPersoon dochter;
    dochter.inwonerId = in->meta.id;
    dochter.naam = QStringLiteral("Petra van der Berg");
    dochter.relatie = Relatie::Kind;
    dochter.nabijheid = 1;
    dochter.toestemming = Toestemming::Ja;
    dochter.toestemmingDatum = QDate(2026, 11, 2);
    dochter.mantelzorg = Mantelzorg{12,
                                    QDate(2021, 5, 1),
                                    QStringLiteral("boodschappen, medicatie"),
                                    10,
                                    QStringLiteral("Ik wil af en toe een weekend weg."),
                                    QStringLiteral("logeeropvang")};
    auto saved = service.saveNetwerkPersoon(dochter);
    REQUIRE(saved.ok());
    CHECK(changed.count() == 1);
    const auto netwerk = service.netwerk(in->meta.id);
    REQUIRE(netwerk.size() == 1);
    REQUIRE(netwerk[0].mantelzorg);
    CHECK(netwerk[0].mantelzorg->belasting() == Belasting::Zwaar);
    CHECK(netwerk[0].mantelzorg->voldoetAanCriterium(QDate(2026, 11, 10)));
    CHECK(netwerk[0].mantelzorg->eigenBehoefte == QStringLiteral("Ik wil af en toe een weekend weg."));
    CHECK(netwerk[0].toestemmingDatum == QDate(2026, 11, 2));

    REQUIRE(service.deleteNetwerkPersoon(saved->meta.id).ok());
    CHECK(service.netwerk(in->meta.id).empty());
}

TEST_CASE("EDIZ-plus scores map to geen, licht, matig and zwaar", "[netwerk]")
{
    CHECK(belastingVoorEdiz(0) == Belasting::Geen);
    CHECK(belastingVoorEdiz(1) == Belasting::Licht);
    CHECK(belastingVoorEdiz(3) == Belasting::Licht);
    CHECK(belastingVoorEdiz(4) == Belasting::Matig);
    CHECK(belastingVoorEdiz(8) == Belasting::Matig);
    CHECK(belastingVoorEdiz(9) == Belasting::Zwaar);
    CHECK(belastingVoorEdiz(15) == Belasting::Zwaar);
}

TEST_CASE("a huishouden is created with the first member and lists inwoners by their own name", "[dossier][huishouden]")
{
    test::TempWorkspace ws;
    DossierService service(*ws);
    auto janIn = service.saveInwoner(jan());
    auto gerda = service.saveInwoner(named("Gerda", "van der", "Berg"));
    REQUIRE(janIn.ok());
    REQUIRE(gerda.ok());
    Huishoudlid partner;
    partner.inwonerId = gerda->meta.id;
    partner.rol = QStringLiteral("partner");
    REQUIRE(service.addHuishoudlid(janIn->meta.id, partner).ok());
    Huishoudlid kleinzoon;
    kleinzoon.naam = QStringLiteral("Daan Visser");
    kleinzoon.rol = QStringLiteral("huisgenoot");
    auto added = service.addHuishoudlid(janIn->meta.id, kleinzoon);
    REQUIRE(added.ok());

    const auto h = service.huishouden(gerda->meta.id);
    REQUIRE(h);
    REQUIRE(h->leden.size() == 3);
    CHECK(h->leden[0].naam == QStringLiteral("Jan van der Berg"));
    CHECK(h->leden[1].naam == QStringLiteral("Gerda van der Berg"));
    CHECK(h->leden[2].naam == QStringLiteral("Daan Visser"));

    Huishoudlid elsewhere;
    elsewhere.inwonerId = gerda->meta.id;
    auto other = service.saveInwoner(named("Kees", "", "Smit"));
    REQUIRE(other.ok());
    CHECK_FALSE(service.addHuishoudlid(other->meta.id, elsewhere).ok());

    Huishoudlid removed = added.value();
    removed.meta.deleted = true;
    REQUIRE(service.saveHuishoudlid(removed).ok());
    CHECK(service.huishouden(janIn->meta.id)->leden.size() == 2);
}

TEST_CASE("Mijn gegevens are kept in the file and name the consulent in the audit log", "[instellingen]")
{
    test::TempWorkspace ws;
    InstellingenService instellingen(*ws);
    MijnGegevens mij{QStringLiteral("Sanne Visser"),   QStringLiteral("Wmo-consulent"),
                     QStringLiteral("0172-400100"),    QStringLiteral("s.visser@example.nl"),
                     QStringLiteral("Wijkteam Noord"), QStringLiteral("Gemeente Rijnwaarde")};
    REQUIRE(instellingen.setMijnGegevens(mij).ok());
    CHECK(instellingen.mijnGegevens() == mij);
    CHECK(ws->audit().latest(1).at(0).consulent == QStringLiteral("Sanne Visser"));
    MijnGegevens leeg;
    CHECK_FALSE(instellingen.setMijnGegevens(leeg).ok());
}

TEST_CASE("imported inwoners without a vast aanspreekpunt join my caseload", "[dossier][csv]")
{
    test::TempWorkspace ws;
    InstellingenService instellingen(*ws);
    REQUIRE(
        instellingen.setMijnGegevens({QStringLiteral("Sanne Visser"), {}, QStringLiteral("0172-400100"), {}, {}, {}})
            .ok());
    DossierService service(*ws);
    Inwoner eigen = named("Ria", "de", "Vries");
    eigen.aanspreekpunt = {QStringLiteral("Ahmed Bakkali"), QStringLiteral("0172-400200")};
    REQUIRE(service.importInwoners({named("Kees", "", "Smit"), eigen}).value() == 2);
    const auto mine = service.caseload({{}, QStringLiteral("Sanne Visser")});
    REQUIRE(mine.size() == 1);
    CHECK(mine[0].sorteernaam == QStringLiteral("Smit, Kees"));
    CHECK(service.inwoner(mine[0].id)->aanspreekpunt.telefoon == QStringLiteral("0172-400100"));
}
