// SPDX-License-Identifier: EUPL-1.2
#include "documents/InzageDocument.h"

#include "TestSupport.h"
#include "model/Keuzelijst.h"
#include "repo/AuditRepository.h"
#include "services/DossierService.h"
#include "services/PlanService.h"
#include "services/SocialeKaartService.h"
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
    CHECK_FALSE(html->contains(QStringLiteral("Uw ondersteuningsplannen")));
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

TEST_CASE("the inzage shows every version of every ondersteuningsplan with its doelen and acties in Dutch",
          "[documents][plan]")
{
    test::TempWorkspace ws;
    DossierService dossiers(*ws);
    TrajectService trajecten(*ws, rules::Termijnen(rules::AtwKalender::standaard()));
    PlanService plannen(*ws);
    SocialeKaartService kaart(*ws);
    const QString id = saved(dossiers, jan());
    NetwerkPersoon dochter;
    dochter.inwonerId = id;
    dochter.naam = QStringLiteral("Marieke van der Berg");
    dochter.relatie = Relatie::Kind;
    auto savedDochter = dossiers.saveNetwerkPersoon(dochter);
    REQUIRE(savedDochter.ok());
    SocialeKaartItem klussen;
    klussen.naam = QStringLiteral("Klussendienst Rijnwaarde");
    klussen.aanbieder = QStringLiteral("Stichting Welzijn Rijnwaarde");
    klussen.categorie = QStringLiteral("klussendienst");
    auto savedKlussen = kaart.save(klussen);
    REQUIRE(savedKlussen.ok());
    SocialeKaartItem hulp;
    hulp.naam = QStringLiteral("Huishoudelijke hulp – Thuiszorg Kromme Rijn");
    hulp.vorm = QStringLiteral("maatwerk");
    hulp.categorie = QStringLiteral("huishoudelijke_hulp");
    auto savedHulp = kaart.save(hulp);
    REQUIRE(savedHulp.ok());

    Traject t;
    t.inwonerId = id;
    t.meldingDatum = QDate(2026, 3, 2);
    t.kanaal = QStringLiteral("telefoon");
    t.hulpvraag = QStringLiteral("Ik kan het huis niet meer schoonhouden.");
    auto traject = trajecten.saveTraject(t);
    REQUIRE(traject.ok());

    Ondersteuningsplan plan = plannen.nieuw(id, traject->meta.id);
    plan.wederkerigheid = QStringLiteral("Jan leest voor in het buurthuis.");
    PlanDoel schoon;
    schoon.leefgebied = QStringLiteral("instrumentele_adl");
    schoon.wens = QStringLiteral("Ik wil dat mijn huis schoon is <echt>.");
    schoon.gewensteSituatie = QStringLiteral("Het huis wordt elke week schoongemaakt.");
    schoon.doelscore = 4;
    schoon.evaluatieDatum = QDate(2026, 10, 1);
    schoon.eigenOplossing = QStringLiteral("Mijn buurvrouw kan schoonmaken.");
    schoon.redenNietGevolgd = QStringLiteral("De buurvrouw is zelf 84.");
    PlanActie zelf;
    zelf.niveau = QStringLiteral("eigen_kracht");
    zelf.wat = QStringLiteral("Doet zelf de afwas.");
    PlanActie netwerk;
    netwerk.niveau = QStringLiteral("netwerk");
    netwerk.wat = QStringLiteral("Verschoont om de week de bedden.");
    netwerk.netwerkId = savedDochter->meta.id;
    PlanActie algemeen;
    algemeen.niveau = QStringLiteral("algemeen");
    algemeen.wat = QStringLiteral("Hangt een droogrek op.");
    algemeen.voorzieningId = savedKlussen->meta.id;
    PlanActie maatwerk;
    maatwerk.niveau = QStringLiteral("maatwerk");
    maatwerk.wat = QStringLiteral("Huishoudelijke hulp, 3 uur per week");
    maatwerk.voorzieningId = savedHulp->meta.id;
    maatwerk.onderbouwing = QStringLiteral("Dochter werkt fulltime.");
    maatwerk.van = QDate(2026, 4, 1);
    maatwerk.tot = QDate(2027, 3, 31);
    maatwerk.omvang = 3;
    maatwerk.eenheid = QStringLiteral("uur_per_week");
    PlanActie huisarts;
    huisarts.niveau = QStringLiteral("professioneel");
    huisarts.wat = QStringLiteral("Bespreekt de pijnmedicatie.");
    huisarts.uitvoerder = QStringLiteral("Huisarts M. de Wit");
    schoon.acties = {huisarts, maatwerk, algemeen, netwerk, zelf};
    PlanDoel stabiel;
    stabiel.leefgebied = QStringLiteral("huisvesting");
    stabiel.soort = QStringLiteral("stabiel_blijven");
    stabiel.wens = QStringLiteral("Dat ik thuis kan blijven wonen.");
    stabiel.acties = {zelf};
    plan.doelen = {schoon, stabiel};
    auto ontwerp = plannen.savePlan(plan);
    REQUIRE(ontwerp.ok());
    auto vastgesteld = plannen.stelVast(ontwerp->meta.id, QDate(2026, 4, 3));
    REQUIRE(vastgesteld.ok());
    Ondersteuningsplan evaluatie = vastgesteld.value();
    evaluatie.doelen[0].evaluatie = QStringLiteral("behaald");
    evaluatie.doelen[0].evaluatieNotitie = QStringLiteral("Het huis is weer schoon.");
    evaluatie.doelen[1].evaluatie = QStringLiteral("stabiel");
    evaluatie.evaluatieNotitie = QStringLiteral("Besproken tijdens een huisbezoek.");
    auto geevalueerd = plannen.evalueer(evaluatie, QDate(2026, 10, 6));
    REQUIRE(geevalueerd.ok());
    auto versie2 = plannen.nieuweVersie(geevalueerd->meta.id);
    REQUIRE(versie2.ok());

    const auto html = documents::InzageDocument(*ws).render(id);
    REQUIRE(html.ok());
    const auto nl = [](Keuzelijst lijst, const char* key) { return keuzeLabelNl(lijst, QString::fromLatin1(key)); };
    CHECK(html->contains(QStringLiteral("Uw ondersteuningsplannen")));
    CHECK(
        html->contains(QStringLiteral("Ondersteuningsplan, versie 1 – ") + nl(Keuzelijst::PlanStatus, "geevalueerd")));
    CHECK(html->contains(QStringLiteral("Ondersteuningsplan, versie 2 – ") + nl(Keuzelijst::PlanStatus, "concept")));
    CHECK(html->indexOf(QStringLiteral("versie 2")) < html->indexOf(QStringLiteral("versie 1")));
    CHECK(html->contains(QStringLiteral("3 april 2026")));
    CHECK(html->contains(QStringLiteral("6 oktober 2026")));
    CHECK(html->contains(QStringLiteral("Ingrid Visser")));
    CHECK(html->contains(QStringLiteral("Jan leest voor in het buurthuis.")));
    CHECK(html->contains(QStringLiteral("Besproken tijdens een huisbezoek.")));
    // Doelen: the wens as text, the leefgebied by its ZRM name, the soort, the doelscore and the evaluation.
    CHECK(html->contains(QStringLiteral("Ik wil dat mijn huis schoon is &lt;echt&gt;.")));
    CHECK(html->contains(QStringLiteral("Doel: Instrumentele ADL")));
    CHECK(html->contains(QStringLiteral("Doel: Huisvesting")));
    CHECK(html->contains(nl(Keuzelijst::DoelSoort, "stabiel_blijven")));
    CHECK(html->contains(QStringLiteral("4 – Voldoende zelfredzaam")));
    CHECK(html->contains(QStringLiteral("1 oktober 2026")));
    CHECK(html->contains(QStringLiteral("Mijn buurvrouw kan schoonmaken.")));
    CHECK(html->contains(QStringLiteral("De buurvrouw is zelf 84.")));
    CHECK(html->contains(nl(Keuzelijst::DoelEvaluatie, "behaald") + QStringLiteral(". Het huis is weer schoon.")));
    // Acties in the order of consideration, with who does them, when, how much and why.
    const qsizetype eigen = html->indexOf(QStringLiteral("Doet zelf de afwas."));
    const qsizetype bedden = html->indexOf(QStringLiteral("Verschoont om de week de bedden."));
    const qsizetype droogrek = html->indexOf(QStringLiteral("Hangt een droogrek op."));
    const qsizetype hulpUren = html->indexOf(QStringLiteral("Huishoudelijke hulp, 3 uur per week"));
    const qsizetype pijn = html->indexOf(QStringLiteral("Bespreekt de pijnmedicatie."));
    CHECK(eigen >= 0);
    CHECK(eigen < bedden);
    CHECK(bedden < droogrek);
    CHECK(droogrek < hulpUren);
    CHECK(hulpUren < pijn);
    CHECK(html->contains(nl(Keuzelijst::ActieNiveau, "maatwerk")));
    CHECK(html->contains(QStringLiteral("U zelf")));
    CHECK(html->contains(QStringLiteral("Marieke van der Berg")));
    CHECK(html->contains(QStringLiteral("Klussendienst Rijnwaarde (Stichting Welzijn Rijnwaarde)")));
    CHECK(html->contains(QStringLiteral("Huisarts M. de Wit")));
    CHECK(html->contains(QStringLiteral("1 april 2026 tot en met 31 maart 2027")));
    CHECK(html->contains(QStringLiteral("3 ") + nl(Keuzelijst::Eenheid, "uur_per_week")));
    CHECK(html->contains(QStringLiteral("Waarom: Dochter werkt fulltime.")));
    CHECK(html->contains(QStringLiteral("Een ondersteuningsplan aangemaakt")));
    CHECK(html->contains(QStringLiteral("Wmo, gemeld op 2 maart 2026")));
}
