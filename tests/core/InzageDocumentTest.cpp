// SPDX-License-Identifier: EUPL-1.2
#include "documents/InzageDocument.h"

#include "TestSupport.h"
#include "repo/AuditRepository.h"
#include "services/DossierService.h"
#include "services/TrajectService.h"
#include "services/ZrmService.h"

using namespace core;

namespace {

Inwoner jan()
{
    Inwoner in;
    in.voornamen = QStringLiteral("Johannes Hendrik");
    in.roepnaam = QStringLiteral("Jan");
    in.tussenvoegsel = QStringLiteral("van der");
    in.geslachtsnaam = QStringLiteral("Berg");
    in.bsn = QStringLiteral("999990019");
    in.geboortedatum = QDate(1941, 3, 2);
    in.aanspreekpunt = {QStringLiteral("Ingrid Visser"), QStringLiteral("030-1234567")};
    return in;
}

QString saved(DossierService& dossiers, const Inwoner& in)
{
    auto result = dossiers.saveInwoner(in);
    REQUIRE(result.ok());
    return result->meta.id;
}

} // namespace

TEST_CASE("the inzage of an inwoner shows the name, BSN, netwerk and ZRM levels", "[documents]")
{
    test::TempWorkspace ws;
    DossierService dossiers(*ws);
    ZrmService zrm(*ws);
    const QString id = saved(dossiers, jan());

    NetwerkPersoon dochter;
    dochter.inwonerId = id;
    dochter.naam = QStringLiteral("Marieke van der Berg");
    dochter.relatie = Relatie::Kind;
    dochter.doetNu = QStringLiteral("doet de boodschappen");
    dochter.toestemming = Toestemming::Ja;
    REQUIRE(dossiers.saveNetwerkPersoon(dochter).ok());

    ZrmMeting meting;
    meting.inwonerId = id;
    meting.datum = QDate(2026, 10, 1);
    meting.door = QStringLiteral("Ingrid Visser");
    ZrmScore financien;
    financien.leefgebied = QStringLiteral("financien");
    financien.score = 2;
    financien.doelscore = 4;
    meting.scores.push_back(financien);
    REQUIRE(zrm.saveMeting(meting).ok());

    documents::InzageDocument document(*ws);
    const auto html = document.render(id);
    REQUIRE(html.ok());
    CHECK(html->contains(QStringLiteral("Overzicht van uw gegevens")));
    CHECK(html->contains(QStringLiteral("Johannes Hendrik")));
    CHECK(html->contains(QStringLiteral("van der")));
    CHECK(html->contains(QStringLiteral("Beste Jan van der Berg,")));
    CHECK(html->contains(QStringLiteral("999990019")));
    CHECK(html->contains(QStringLiteral("Netwerk en mantelzorg")));
    CHECK(html->contains(QStringLiteral("Marieke van der Berg")));
    CHECK(html->contains(QStringLiteral("doet de boodschappen")));
    CHECK(html->contains(QStringLiteral("2 – Niet zelfredzaam")));
    CHECK(html->contains(QStringLiteral("4 – Voldoende zelfredzaam")));
    CHECK(html->contains(QStringLiteral("030-1234567")));
}

TEST_CASE("an inzage without netwerk leaves the Netwerk section out", "[documents]")
{
    test::TempWorkspace ws;
    DossierService dossiers(*ws);
    const QString id = saved(dossiers, jan());

    const auto html = documents::InzageDocument(*ws).render(id);
    REQUIRE(html.ok());
    CHECK_FALSE(html->contains(QStringLiteral("Netwerk en mantelzorg")));
    CHECK_FALSE(html->contains(QStringLiteral("Zelfredzaamheid-Matrix metingen")));
    CHECK(html->contains(QStringLiteral("Persoonsgegevens")));
}

TEST_CASE("HTML in a name is printed as text in the inzage", "[documents]")
{
    test::TempWorkspace ws;
    DossierService dossiers(*ws);
    Inwoner in = jan();
    in.geslachtsnaam = QStringLiteral("<b>Berg</b> & Zn");
    const QString id = saved(dossiers, in);

    const auto html = documents::InzageDocument(*ws).render(id);
    REQUIRE(html.ok());
    CHECK_FALSE(html->contains(QStringLiteral("<b>Berg")));
    CHECK(html->contains(QStringLiteral("&lt;b&gt;Berg&lt;/b&gt; &amp; Zn")));
}

TEST_CASE("making an inzage is recorded in the audit log as an export of the inwoner", "[documents]")
{
    test::TempWorkspace ws;
    DossierService dossiers(*ws);
    const QString id = saved(dossiers, jan());

    const auto html = documents::InzageDocument(*ws).render(id);
    REQUIRE(html.ok());
    const auto entries = ws->audit().forEntity(id);
    REQUIRE(entries.size() == 2);
    CHECK(entries.back().action == QStringLiteral("export"));
    CHECK(entries.back().entity == QStringLiteral("inwoner"));
    CHECK(html->contains(QStringLiteral("Overzicht van uw gegevens gemaakt")));
}

TEST_CASE("the inzage of an unknown inwoner is NotFound and logs nothing", "[documents]")
{
    test::TempWorkspace ws;
    const auto html = documents::InzageDocument(*ws).render(QStringLiteral("geen-id"));
    REQUIRE_FALSE(html.ok());
    CHECK(html.error().code == ErrorCode::NotFound);
    CHECK(ws->audit().latest(10).empty());
}

TEST_CASE("the inzage shows every traject with its steps, voorzieningen, gesprekken and signalen in Dutch",
          "[documents]")
{
    test::TempWorkspace ws;
    DossierService dossiers(*ws);
    TrajectService trajecten(*ws, rules::Termijnen(rules::AtwKalender::standaard()));
    GesprekService gesprekken(*ws);
    const QString id = saved(dossiers, jan());
    NetwerkPersoon dochter;
    dochter.inwonerId = id;
    dochter.naam = QStringLiteral("Marieke van der Berg");
    dochter.relatie = Relatie::Kind;
    dochter.mantelzorg = Mantelzorg{};
    auto savedDochter = dossiers.saveNetwerkPersoon(dochter);
    REQUIRE(savedDochter.ok());

    Traject t;
    t.inwonerId = id;
    t.meldingDatum = QDate(2026, 9, 1);
    t.kanaal = QStringLiteral("huisarts");
    t.hulpvraag = QStringLiteral("Ik kom de trap niet meer op <en af>.");
    TrajectStap co;
    co.soort = StapSoort::Clientondersteuning;
    co.betreft = savedDochter->meta.id;
    co.datum = QDate(2026, 9, 8);
    co.uitkomst = QStringLiteral("geaccepteerd");
    t.zet(co);
    TrajectStap aanvraag;
    aanvraag.soort = StapSoort::Aanvraag;
    aanvraag.datum = QDate(2026, 10, 1);
    t.zet(aanvraag);
    TrajectStap besluit;
    besluit.soort = StapSoort::Beschikking;
    besluit.datum = QDate(2026, 10, 12);
    besluit.uitkomst = QStringLiteral("toegekend");
    t.zet(besluit);
    Voorziening traplift;
    traplift.soort = QStringLiteral("woningaanpassing");
    traplift.omschrijving = QStringLiteral("traplift");
    traplift.start = QDate(2026, 11, 1);
    t.voorzieningen.push_back(traplift);
    auto stored = trajecten.saveTraject(t);
    REQUIRE(stored.ok());

    Gesprek g;
    g.trajectId = stored->meta.id;
    g.datum = QDate(2026, 9, 8);
    g.vorm = QStringLiteral("huisbezoek");
    g.afgerond = true;
    g.aanwezigen.push_back({{}, QStringLiteral("inwoner"), {}, {}});
    g.aanwezigen.push_back({{}, QStringLiteral("mantelzorger"), savedDochter->meta.id, {}});
    g.leefgebieden.push_back({{}, QStringLiteral("woonsituatie"), QStringLiteral("aandacht"), QStringLiteral("Trap")});
    g.leefgebieden.push_back({{}, QStringLiteral("inkomen"), QStringLiteral("niet_besproken"), {}});
    g.mantelzorg.push_back({{}, savedDochter->meta.id, QStringLiteral("Ik werk fulltime."), {}});
    REQUIRE(gesprekken.saveGesprek(g).ok());

    Signaal sg;
    sg.inwonerId = id;
    sg.datum = QDate(2026, 8, 28);
    sg.bron = QStringLiteral("huisarts");
    sg.bronNaam = QStringLiteral("dokter De Wit");
    sg.inhoud = QStringLiteral("Valt vaak.");
    REQUIRE(trajecten.saveSignaal(sg).ok());

    auto html = documents::InzageDocument(*ws).render(id);
    REQUIRE(html.ok());
    CHECK(html->contains(QStringLiteral("Uw hulpvragen")));
    CHECK(html->contains(QStringLiteral("Ik kom de trap niet meer op &lt;en af&gt;.")));
    CHECK(html->contains(QStringLiteral("1 september 2026")));
    CHECK(html->contains(QStringLiteral("Aan Marieke van der Berg")));
    CHECK(html->contains(QStringLiteral("traplift")));
    CHECK(html->contains(QStringLiteral("Ik werk fulltime.")));
    CHECK(html->contains(QStringLiteral("dokter De Wit")));
    CHECK(html->contains(QStringLiteral("Valt vaak.")));
    CHECK(html->contains(QStringLiteral("Niet besproken")));
    CHECK(html->contains(QStringLiteral("Een hulpvraag aangemaakt")));
    CHECK_FALSE(html->contains(QStringLiteral("Not discussed")));
}
