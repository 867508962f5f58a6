// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "db/Database.h"
#include "db/DatabaseFile.h"
#include "repo/AuditRepository.h"
#include "repo/TrajectRepository.h"
#include "services/DossierService.h"
#include "services/TrajectService.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace core;
using rules::Fase;
using rules::Ontbrekend;
using rules::TermijnStatus;

namespace {

// The test clock stands at Tuesday 10 November 2026.
QDate d(int jaar, int maand, int dag)
{
    return QDate(jaar, maand, dag);
}

QString inwonerIn(test::TempWorkspace& ws, const char* achternaam = "Jansen", const char* consulent = "Sanne Visser")
{
    DossierService dossiers(*ws);
    Inwoner in;
    in.geslachtsnaam = QString::fromUtf8(achternaam);
    in.aanspreekpunt.naam = QString::fromUtf8(consulent);
    auto saved = dossiers.saveInwoner(in);
    REQUIRE(saved.ok());
    return saved->meta.id;
}

QString mantelzorgerVan(test::TempWorkspace& ws, const QString& inwonerId)
{
    DossierService dossiers(*ws);
    NetwerkPersoon p;
    p.inwonerId = inwonerId;
    p.naam = QStringLiteral("Ria");
    p.relatie = Relatie::Kind;
    p.mantelzorg = Mantelzorg{};
    p.mantelzorg->urenPerWeek = 12;
    auto saved = dossiers.saveNetwerkPersoon(p);
    REQUIRE(saved.ok());
    return saved->meta.id;
}

TrajectStap stap(StapSoort soort, QDate datum, const char* uitkomst = "", const QString& betreft = {})
{
    TrajectStap s;
    s.soort = soort;
    s.datum = datum;
    s.door = QStringLiteral("Sanne Visser");
    s.uitkomst = QString::fromLatin1(uitkomst);
    s.betreft = betreft;
    return s;
}

Traject traject(const QString& inwonerId, QDate melding)
{
    Traject t;
    t.inwonerId = inwonerId;
    t.meldingDatum = melding;
    t.kanaal = QStringLiteral("telefoon");
    t.hulpvraag = QStringLiteral("Ik kan het huishouden niet meer alleen.");
    return t;
}

QStringList codes(const rules::FieldErrors& errors)
{
    QStringList out;
    for (const auto& e : errors)
        out << e.field + QLatin1Char('/') + e.code;
    return out;
}

rules::TrajectBeoordeling beoordeling()
{
    return rules::TrajectBeoordeling(rules::Termijnen(rules::AtwKalender::standaard()));
}

} // namespace

TEST_CASE("a fresh melding is in onderzoek with every statutory step missing", "[traject]")
{
    Traject t = traject(QStringLiteral("x"), d(2026, 11, 2));
    const auto stand = beoordeling().beoordeel(t, d(2026, 11, 10), {QStringLiteral("mz")});
    CHECK(stand.fase == Fase::Onderzoek);
    CHECK(stand.ontbreekt ==
          std::vector<Ontbrekend>{Ontbrekend::Ontvangstbevestiging, Ontbrekend::PersoonlijkPlanAangeboden,
                                  Ontbrekend::ClientondersteuningInwoner, Ontbrekend::ClientondersteuningMantelzorger});
    REQUIRE(stand.termijnen.size() == 2);
    const auto* plan = stand.termijn(QStringLiteral("persoonlijk_plan"));
    REQUIRE(plan);
    CHECK(plan->termijn.datum == d(2026, 11, 9));
    CHECK(plan->status == TermijnStatus::Verstreken); // the inwoner's term: passed, never "late"
    const auto* onderzoek = stand.termijn(QStringLiteral("onderzoek"));
    REQUIRE(onderzoek);
    CHECK(onderzoek->termijn.datum == d(2026, 12, 14));
    CHECK(onderzoek->dagenOver == 34);
    CHECK(onderzoek->status == TermijnStatus::Lopend);
    CHECK(stand.eerstvolgende() == onderzoek);
    CHECK(stand.ernst() == 2);
}

TEST_CASE("an onderzoek is due this week, then overdue, then met or not met", "[traject]")
{
    Traject t = traject(QStringLiteral("x"), d(2026, 9, 28)); // deadline Monday 9 November
    const auto b = beoordeling();
    CHECK(b.beoordeel(t, d(2026, 11, 2), {}).termijn(QStringLiteral("onderzoek"))->status == TermijnStatus::DezeWeek);
    auto laat = b.beoordeel(t, d(2026, 11, 10), {});
    CHECK(laat.termijn(QStringLiteral("onderzoek"))->status == TermijnStatus::TeLaat);
    CHECK(laat.termijn(QStringLiteral("onderzoek"))->dagenOver == -1);
    CHECK(laat.teLaat());
    CHECK(laat.ernst() == 0);

    t.zet(stap(StapSoort::OnderzoekAfgerond, d(2026, 11, 9)));
    CHECK(b.beoordeel(t, d(2026, 11, 10), {}).termijn(QStringLiteral("onderzoek"))->status == TermijnStatus::Gehaald);
    t.zet(stap(StapSoort::OnderzoekAfgerond, d(2026, 11, 10)));
    const auto stand = b.beoordeel(t, d(2026, 11, 10), {});
    CHECK(stand.termijn(QStringLiteral("onderzoek"))->status == TermijnStatus::NietGehaald);
    CHECK(stand.fase == Fase::Verslag);
    CHECK(std::find(stand.ontbreekt.begin(), stand.ontbreekt.end(), Ontbrekend::VerslagVerzonden) !=
          stand.ontbreekt.end());
}

TEST_CASE("the phases follow verslag, aanvraag and beschikking; the beschikking term starts at the aanvraag",
          "[traject]")
{
    const auto b = beoordeling();
    Traject t = traject(QStringLiteral("x"), d(2026, 9, 1));
    t.zet(stap(StapSoort::OnderzoekAfgerond, d(2026, 10, 1)));
    t.zet(stap(StapSoort::VerslagVerzonden, d(2026, 10, 2)));
    auto stand = b.beoordeel(t, d(2026, 11, 10), {});
    CHECK(stand.fase == Fase::Verslag);
    CHECK(std::count(stand.ontbreekt.begin(), stand.ontbreekt.end(), Ontbrekend::VerslagOndertekend) == 1);

    t.zet(stap(StapSoort::VerslagOndertekend, d(2026, 10, 9), "akkoord"));
    CHECK(b.beoordeel(t, d(2026, 11, 10), {}).fase == Fase::Aanvraag);

    t.zet(stap(StapSoort::Aanvraag, d(2026, 11, 2)));
    stand = b.beoordeel(t, d(2026, 11, 10), {});
    CHECK(stand.fase == Fase::Besluit);
    REQUIRE(stand.termijn(QStringLiteral("beschikking")));
    CHECK(stand.termijn(QStringLiteral("beschikking"))->termijn.datum == d(2026, 11, 16));
    CHECK(stand.termijn(QStringLiteral("beschikking"))->status == TermijnStatus::DezeWeek);
    CHECK(std::count(stand.ontbreekt.begin(), stand.ontbreekt.end(), Ontbrekend::Beschikking) == 1);

    t.zet(stap(StapSoort::Beschikking, d(2026, 11, 9), "toegekend"));
    stand = b.beoordeel(t, d(2026, 11, 10), {});
    CHECK(stand.fase == Fase::Uitvoering);
    CHECK(stand.termijn(QStringLiteral("beschikking"))->status == TermijnStatus::Gehaald);

    t.zet(stap(StapSoort::Afgesloten, d(2026, 11, 10), "ondersteuning_geregeld"));
    stand = b.beoordeel(t, d(2026, 11, 10), {});
    CHECK(stand.fase == Fase::Afgesloten);
    CHECK(stand.ontbreekt.empty());
}

TEST_CASE("a closed traject has no late terms: an unfinished one lapses", "[traject]")
{
    Traject t = traject(QStringLiteral("x"), d(2026, 8, 3));
    t.zet(stap(StapSoort::Afgesloten, d(2026, 8, 20), "ingetrokken"));
    const auto stand = beoordeling().beoordeel(t, d(2026, 11, 10), {});
    CHECK_FALSE(stand.teLaat());
    CHECK(stand.termijn(QStringLiteral("onderzoek"))->status == TermijnStatus::Vervallen);
    CHECK(stand.ernst() == 4);
}

TEST_CASE("cliëntondersteuning must be offered to the inwoner and to every mantelzorger", "[traject]")
{
    Traject t = traject(QStringLiteral("x"), d(2026, 11, 2));
    t.zet(stap(StapSoort::Clientondersteuning, d(2026, 11, 3), "afgewezen", kBetreftInwoner));
    t.zet(stap(StapSoort::Clientondersteuning, d(2026, 11, 3), "geaccepteerd", QStringLiteral("mz1")));
    const auto b = beoordeling();
    auto has = [](const rules::TrajectStand& s, Ontbrekend o) {
        return std::find(s.ontbreekt.begin(), s.ontbreekt.end(), o) != s.ontbreekt.end();
    };
    CHECK_FALSE(has(b.beoordeel(t, d(2026, 11, 10), {QStringLiteral("mz1")}), Ontbrekend::ClientondersteuningInwoner));
    CHECK_FALSE(
        has(b.beoordeel(t, d(2026, 11, 10), {QStringLiteral("mz1")}), Ontbrekend::ClientondersteuningMantelzorger));
    CHECK(has(b.beoordeel(t, d(2026, 11, 10), {QStringLiteral("mz1"), QStringLiteral("mz2")}),
              Ontbrekend::ClientondersteuningMantelzorger));
}

TEST_CASE("temporary voorzieningen show up six weeks before they end; evaluations two weeks before", "[traject]")
{
    Traject t = traject(QStringLiteral("x"), d(2026, 6, 1));
    Voorziening v;
    v.soort = QStringLiteral("huishoudelijke_hulp");
    v.start = d(2026, 7, 1);
    v.eind = d(2026, 12, 22);
    t.voorzieningen.push_back(v);
    t.zet(stap(StapSoort::EvaluatieGepland, d(2026, 11, 24)));
    const auto b = beoordeling();
    auto stand = b.beoordeel(t, d(2026, 11, 10), {});
    CHECK(stand.aflopend.size() == 1);
    CHECK(stand.evaluatieNodig);
    stand = b.beoordeel(t, d(2026, 11, 9), {});
    CHECK(stand.aflopend.empty());     // 43 days ahead
    CHECK_FALSE(stand.evaluatieNodig); // 15 days ahead
}

TEST_CASE("an opschorting moves the onderzoek deadline and says why", "[traject]")
{
    Traject t = traject(QStringLiteral("x"), d(2026, 11, 2));
    t.opschortingen.push_back({{}, QStringLiteral("onderzoek"), d(2026, 11, 5), 14, QStringLiteral("medisch advies")});
    const auto stand = beoordeling().beoordeel(t, d(2026, 11, 10), {});
    const auto* onderzoek = stand.termijn(QStringLiteral("onderzoek"));
    CHECK(onderzoek->termijn.datum == d(2026, 12, 28));
    CHECK(onderzoek->termijn.uitleg().contains(QStringLiteral("medisch advies")));
}

TEST_CASE("a traject with its steps, opschortingen and voorzieningen is stored and read back", "[traject]")
{
    test::TempWorkspace ws;
    TrajectService service(*ws, rules::Termijnen(rules::AtwKalender::standaard()));
    QSignalSpy changed(&service, &TrajectService::trajectChanged);
    const QString inwoner = inwonerIn(ws);
    Traject t = traject(inwoner, d(2026, 9, 1));
    t.verwijzer = QStringLiteral("  huisarts   De Wit ");
    t.zet(stap(StapSoort::Ontvangstbevestiging, d(2026, 9, 2)));
    t.zet(stap(StapSoort::Identiteit, d(2026, 9, 10), "paspoort"));
    t.zet(stap(StapSoort::Aanvraag, d(2026, 10, 1)));
    t.zet(stap(StapSoort::Beschikking, d(2026, 10, 12), "deels"));
    t.stap(StapSoort::Beschikking)->toelichting = QStringLiteral("Traplift past niet; wel een douchestoel.");
    t.opschortingen.push_back(
        {{}, QStringLiteral("beschikking"), d(2026, 10, 5), 7, QStringLiteral("advies ergotherapeut")});
    Voorziening v;
    v.soort = QStringLiteral("huishoudelijke_hulp");
    v.omvang = 3;
    v.eenheid = QStringLiteral("uur_per_week");
    v.start = d(2026, 10, 15);
    v.eind = d(2027, 4, 15);
    v.levering = QStringLiteral("pgb");
    t.voorzieningen.push_back(v);

    auto saved = service.saveTraject(t);
    REQUIRE(saved.ok());
    CHECK(changed.count() == 1);
    CHECK(saved->verwijzer == QStringLiteral("huisarts De Wit"));
    const auto back = service.traject(saved->meta.id);
    REQUIRE(back);
    CHECK(back->stappen.size() == 4);
    CHECK(back->stap(StapSoort::Identiteit)->uitkomst == QStringLiteral("paspoort"));
    CHECK(back->opschortingen.size() == 1);
    REQUIRE(back->voorzieningen.size() == 1);
    CHECK(back->voorzieningen[0].omvang == 3.0);
    CHECK(back->voorzieningen[0].eind == d(2027, 4, 15));
    CHECK(back->voorzieningen[0].levering == QStringLiteral("pgb"));

    SECTION("an unchanged save writes nothing")
    {
        const qint64 hlc = back->meta.hlc;
        REQUIRE(service.saveTraject(*back).ok());
        CHECK(service.traject(back->meta.id)->meta.hlc == hlc);
        CHECK(changed.count() == 1);
    }
    SECTION("a removed step is tombstoned, a changed one keeps its id")
    {
        Traject edit = *back;
        const QString idAanvraag = edit.stap(StapSoort::Aanvraag)->meta.id;
        edit.wis(StapSoort::Identiteit);
        edit.stap(StapSoort::Aanvraag)->datum = d(2026, 10, 2);
        REQUIRE(service.saveTraject(edit).ok());
        const auto after = service.traject(edit.meta.id);
        CHECK(after->stappen.size() == 3);
        CHECK_FALSE(after->stap(StapSoort::Identiteit));
        CHECK(after->stap(StapSoort::Aanvraag)->meta.id == idAanvraag);
        const auto all = ws->trajecten().allStappen(edit.meta.id);
        CHECK(all.size() == 4);
        CHECK(std::count_if(all.begin(), all.end(), [](const TrajectStap& s) { return s.meta.deleted; }) == 1);
    }
    SECTION("a deleted traject leaves the list and the audit log says so, without names")
    {
        REQUIRE(service.deleteTraject(back->meta.id).ok());
        CHECK(service.trajecten(inwoner).empty());
        const auto log = ws->audit().forEntity(back->meta.id);
        REQUIRE(log.size() == 2);
        CHECK(log[0].action == QStringLiteral("create"));
        CHECK(log[1].action == QStringLiteral("delete"));
    }
}

TEST_CASE("bad traject input gets a clear message and nothing is saved", "[traject]")
{
    test::TempWorkspace ws;
    TrajectService service(*ws, rules::Termijnen(rules::AtwKalender::standaard()));
    const QString inwoner = inwonerIn(ws);
    Traject t = traject(inwoner, d(2026, 9, 1));

    SECTION("a beschikking before its aanvraag")
    {
        t.zet(stap(StapSoort::Aanvraag, d(2026, 10, 10)));
        t.zet(stap(StapSoort::Beschikking, d(2026, 10, 9), "toegekend"));
        CHECK(codes(service.validate(t)).contains(QStringLiteral("stap:beschikking/order")));
    }
    SECTION("a beschikking without an aanvraag")
    {
        t.zet(stap(StapSoort::Beschikking, d(2026, 10, 9), "toegekend"));
        CHECK(codes(service.validate(t)).contains(QStringLiteral("stap:beschikking/missing")));
    }
    SECTION("an aanvraag before the melding")
    {
        t.zet(stap(StapSoort::Aanvraag, d(2026, 8, 30)));
        CHECK(codes(service.validate(t)).contains(QStringLiteral("stap:aanvraag/order")));
    }
    SECTION("a signed-back date before the verslag was sent")
    {
        t.zet(stap(StapSoort::VerslagVerzonden, d(2026, 10, 1)));
        t.zet(stap(StapSoort::VerslagOndertekend, d(2026, 9, 30), "akkoord"));
        CHECK(codes(service.validate(t)).contains(QStringLiteral("stap:verslag_ondertekend/order")));
    }
    SECTION("a suspension without reason")
    {
        t.opschortingen.push_back({{}, QStringLiteral("onderzoek"), d(2026, 9, 10), 14, QStringLiteral("  ")});
        CHECK(codes(service.validate(t)).contains(QStringLiteral("opschorting/reden")));
    }
    SECTION("a date in the far future")
    {
        t.meldingDatum = d(2031, 1, 1);
        CHECK(codes(service.validate(t)).contains(QStringLiteral("melding_datum/date")));
    }
    SECTION("a step dated after today")
    {
        t.zet(stap(StapSoort::Ontvangstbevestiging, d(2026, 11, 11)));
        CHECK(codes(service.validate(t)).contains(QStringLiteral("stap:ontvangstbevestiging/date")));
    }
    SECTION("an evaluation planned absurdly far ahead")
    {
        t.zet(stap(StapSoort::EvaluatieGepland, d(2040, 1, 1)));
        CHECK(codes(service.validate(t)).contains(QStringLiteral("stap:evaluatie_gepland/date")));
    }
    SECTION("a refusal without its reason")
    {
        t.zet(stap(StapSoort::Aanvraag, d(2026, 10, 1)));
        t.zet(stap(StapSoort::Beschikking, d(2026, 10, 5), "afgewezen"));
        CHECK(codes(service.validate(t)).contains(QStringLiteral("stap:beschikking/reden")));
    }
    SECTION("a voorziening ending before it starts, without a beschikking")
    {
        Voorziening v;
        v.soort = QStringLiteral("rolstoel");
        v.start = d(2026, 10, 1);
        v.eind = d(2026, 9, 1);
        t.voorzieningen.push_back(v);
        const auto c = codes(service.validate(t));
        CHECK(c.contains(QStringLiteral("voorziening/order")));
        CHECK(c.contains(QStringLiteral("voorziening/missing")));
    }
    SECTION("an identity document that is not a kind")
    {
        t.zet(stap(StapSoort::Identiteit, d(2026, 9, 3), "NL1234567"));
        CHECK(codes(service.validate(t)).contains(QStringLiteral("stap:identiteit/uitkomst")));
    }
    auto saved = service.saveTraject(t);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == ErrorCode::Invalid);
    CHECK_FALSE(saved.error().message.isEmpty());
    CHECK(service.trajecten(inwoner).empty());
    CHECK(ws->trajecten().count() == 0);
}

TEST_CASE("the dashboard lists open trajecten most urgent first, for one consulent or all", "[traject]")
{
    test::TempWorkspace ws;
    TrajectService service(*ws, rules::Termijnen(rules::AtwKalender::standaard()));
    const QString a = inwonerIn(ws, "Aalders");
    const QString b = inwonerIn(ws, "Bakker");
    const QString c = inwonerIn(ws, "Claassen", "Piet de Vries");
    mantelzorgerVan(ws, b);

    Traject rustig = traject(a, d(2026, 11, 9)); // deadline 21 December, steps missing
    REQUIRE(service.saveTraject(rustig).ok());
    Traject laat = traject(b, d(2026, 9, 14)); // onderzoek due 26 October: overdue
    REQUIRE(service.saveTraject(laat).ok());
    Traject andere = traject(c, d(2026, 10, 1)); // another consulent's, due this week
    REQUIRE(service.saveTraject(andere).ok());
    Traject dicht = traject(a, d(2026, 8, 3));
    dicht.zet(stap(StapSoort::Afgesloten, d(2026, 9, 1), "eigen_kracht"));
    REQUIRE(service.saveTraject(dicht).ok());

    auto mine = service.vandaag(QStringLiteral("sanne visser"));
    REQUIRE(mine.ok());
    REQUIRE(mine->regels.size() == 2);
    CHECK(mine->regels[0].inwonerId == b);
    CHECK(mine->regels[0].naam == QStringLiteral("Bakker"));
    CHECK(mine->regels[0].stand.teLaat());
    CHECK(std::count(mine->regels[0].stand.ontbreekt.begin(), mine->regels[0].stand.ontbreekt.end(),
                     Ontbrekend::ClientondersteuningMantelzorger) == 1);
    CHECK(mine->regels[1].inwonerId == a);
    CHECK(mine->teLaat == 1);
    CHECK(mine->stapOntbreekt == 2);

    auto all = service.vandaag();
    REQUIRE(all.ok());
    REQUIRE(all->regels.size() == 3);
    CHECK(all->regels[1].inwonerId == c);
    CHECK(all->dezeWeek == 1);
}

TEST_CASE("a closed traject with a temporary voorziening ending soon stays on the dashboard", "[traject]")
{
    test::TempWorkspace ws;
    TrajectService service(*ws, rules::Termijnen(rules::AtwKalender::standaard()));
    Traject t = traject(inwonerIn(ws), d(2026, 3, 2));
    t.zet(stap(StapSoort::Aanvraag, d(2026, 4, 1)));
    t.zet(stap(StapSoort::Beschikking, d(2026, 4, 8), "toegekend"));
    t.zet(stap(StapSoort::Afgesloten, d(2026, 4, 20), "ondersteuning_geregeld"));
    Voorziening v;
    v.soort = QStringLiteral("begeleiding");
    v.start = d(2026, 5, 1);
    v.eind = d(2026, 12, 1);
    t.voorzieningen.push_back(v);
    REQUIRE(service.saveTraject(t).ok());
    auto vandaag = service.vandaag();
    REQUIRE(vandaag.ok());
    REQUIRE(vandaag->regels.size() == 1);
    CHECK(vandaag->aflopend == 1);
    CHECK(vandaag->regels[0].stand.fase == Fase::Afgesloten);
}

TEST_CASE("gesprekken keep aanwezigen, leefgebieden and the mantelzorger's own view apart", "[traject]")
{
    test::TempWorkspace ws;
    TrajectService trajecten(*ws, rules::Termijnen(rules::AtwKalender::standaard()));
    GesprekService gesprekken(*ws);
    const QString inwoner = inwonerIn(ws);
    const QString ria = mantelzorgerVan(ws, inwoner);
    auto t = trajecten.saveTraject(traject(inwoner, d(2026, 11, 2)));
    REQUIRE(t.ok());

    auto started = gesprekken.startHuisbezoek(t->meta.id);
    REQUIRE(started.ok());
    CHECK(started->datum == d(2026, 11, 10));
    CHECK(started->vorm == QStringLiteral("huisbezoek"));
    REQUIRE(started->aanwezigen.size() == 1);
    CHECK(gesprekken.onafgerond(inwoner)->meta.id == started->meta.id);

    Gesprek g = started.value();
    g.aanwezigen.push_back({{}, QStringLiteral("mantelzorger"), ria, {}});
    g.leefgebieden.push_back(
        {{}, QStringLiteral("huishouden"), QStringLiteral("aandacht"), QStringLiteral("Stofzuigen")});
    g.leefgebieden.push_back({{}, QStringLiteral("inkomen"), QStringLiteral("niet_besproken"), {}});
    g.leefgebieden.push_back({{}, QStringLiteral("vervoer"), QStringLiteral("geen_probleem"), {}});
    g.mantelzorg.push_back({{}, ria, QStringLiteral("Ik kan het niet meer aan."), QStringLiteral("Respijt")});
    auto saved = gesprekken.saveGesprek(g);
    REQUIRE(saved.ok());
    auto back = gesprekken.gesprek(g.meta.id);
    REQUIRE(back);
    CHECK(back->aanwezigen.size() == 2);
    CHECK(back->leefgebied(QStringLiteral("inkomen"))->status == QStringLiteral("niet_besproken"));
    CHECK(back->leefgebied(QStringLiteral("vervoer"))->status == QStringLiteral("geen_probleem"));
    CHECK(back->visie(ria)->visie == QStringLiteral("Ik kan het niet meer aan."));

    SECTION("typing saves a note on every keystroke and logs the update once")
    {
        const auto logBefore = ws->audit().forEntity(g.meta.id).size();
        Gesprek typing = *back;
        const QString tekst = QStringLiteral("Stofzuigen lukt niet");
        for (qsizetype n = 11; n <= tekst.size(); ++n) {
            const_cast<BesprokenLeefgebied*>(typing.leefgebied(QStringLiteral("huishouden")))->notitie = tekst.left(n);
            auto s = gesprekken.saveGesprek(typing);
            REQUIRE(s.ok());
            typing = s.value();
        }
        CHECK(gesprekken.gesprek(g.meta.id)->leefgebied(QStringLiteral("huishouden"))->notitie == tekst);
        CHECK(ws->audit().forEntity(g.meta.id).size() == logBefore);
    }
    SECTION("a finished huisbezoek is no longer resumed")
    {
        Gesprek klaar = *back;
        klaar.afgerond = true;
        REQUIRE(gesprekken.saveGesprek(klaar).ok());
        CHECK_FALSE(gesprekken.onafgerond(inwoner));
    }
    SECTION("bad gesprek input is refused")
    {
        Gesprek fout = *back;
        fout.datum = d(2026, 12, 1);
        fout.leefgebieden.push_back({{}, QStringLiteral("huishouden"), QStringLiteral("aandacht"), {}});
        fout.aanwezigen.push_back({{}, QStringLiteral("tolk"), {}, {}});
        auto refused = gesprekken.saveGesprek(fout);
        REQUIRE_FALSE(refused.ok());
        const auto c = codes(gesprekken.validate(fout));
        CHECK(c.contains(QStringLiteral("datum/date")));
        CHECK(c.contains(QStringLiteral("leefgebied:huishouden/duplicate")));
        CHECK(c.contains(QStringLiteral("aanwezige/naam")));
        CHECK(gesprekken.gesprek(g.meta.id)->datum == d(2026, 11, 10));
    }
}

TEST_CASE("signalen from others are kept with their source", "[traject]")
{
    test::TempWorkspace ws;
    TrajectService service(*ws, rules::Termijnen(rules::AtwKalender::standaard()));
    const QString inwoner = inwonerIn(ws);
    Signaal s;
    s.inwonerId = inwoner;
    s.datum = d(2026, 11, 4);
    s.bron = QStringLiteral("buren");
    s.inhoud = QStringLiteral("Post stapelt zich op.");
    REQUIRE(service.saveSignaal(s).ok());
    s.bron = QStringLiteral("roddel");
    CHECK_FALSE(service.saveSignaal(s).ok());
    const auto list = service.signalen(inwoner);
    REQUIRE(list.size() == 1);
    CHECK(list[0].bron == QStringLiteral("buren"));
}

TEST_CASE("a dossier file of schema 2 is upgraded to trajecten with its inwoners and metingen kept",
          "[traject][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    const QDateTime now(QDate(2026, 11, 10), QTime(14, 0), Qt::UTC);
    {
        auto builtIn = db::Migrator::builtIn();
        std::vector<db::Migration> upToZrm(builtIn.begin(), builtIn.begin() + 2);
        auto v2 = db::DatabaseFile::open(path, db::Migrator(upToZrm), now, {.create = true});
        REQUIRE(v2.ok());
        v2->db->exec("INSERT INTO inwoner (id, created_at, updated_at, hlc, device, geslachtsnaam) "
                     "VALUES ('a', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 1, 'd', 'Bakker')");
        v2->db->exec("INSERT INTO zrm_meting (id, created_at, updated_at, hlc, device, inwoner_id, instrument, datum, "
                     "moment) VALUES ('m', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 2, 'd', 'a', "
                     "'zrm2017', '2026-01-01', 'intake')");
    }
    auto upgraded = db::DatabaseFile::open(path, now);
    REQUIRE(upgraded.ok());
    CHECK(upgraded->outcome == db::Migrator::Outcome::Upgraded);
    CHECK(db::Migrator::versionOf(*upgraded->db) == db::Migrator::builtIn().back().version);
    CHECK(upgraded->db->scalar("SELECT count(*) FROM zrm_meting") == 1);
    CHECK(upgraded->db->scalar("SELECT count(*) FROM traject") == 0);
    db::Database backup(upgraded->backupPath, db::Database::Mode::ReadOnly);
    CHECK(db::Migrator::versionOf(backup) == 2);
}
