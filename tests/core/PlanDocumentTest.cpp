// SPDX-License-Identifier: EUPL-1.2
#include "documents/PlanDocument.h"

#include "DocumentTestSupport.h"
#include "repo/AuditRepository.h"
#include "repo/SocialeKaartRepository.h"
#include "services/DossierService.h"
#include "services/InstellingenService.h"
#include "services/PlanService.h"

#include <algorithm>

using namespace core;

namespace {

using test::at;

// The test clock stands at Tuesday 10 November 2026.

PlanActie actie(const char* niveau, const char* wat)
{
    PlanActie a;
    a.niveau = QString::fromLatin1(niveau);
    a.wat = QString::fromUtf8(wat);
    return a;
}

struct Fixture : test::DocumentFixture {
    PlanService plannen{*ws};

    Fixture()
    {
        MijnGegevens ik;
        ik.naam = QStringLiteral("Ingrid Visser");
        ik.functie = QStringLiteral("Wmo-consulent");
        ik.team = QStringLiteral("Wijkteam Noord");
        ik.gemeente = QStringLiteral("Gemeente Voorbeeld");
        mijnGegevens(ik);
    }

    QString inwoner()
    {
        Inwoner in;
        in.roepnaam = QStringLiteral("Jan");
        in.tussenvoegsel = QStringLiteral("van der");
        in.geslachtsnaam = QStringLiteral("Berg");
        return DocumentFixture::inwoner(in);
    }
    QString netwerk(const QString& inwonerId, const QString& naam)
    {
        NetwerkPersoon p;
        p.inwonerId = inwonerId;
        p.naam = naam;
        p.relatie = Relatie::Kind;
        auto saved = dossiers.saveNetwerkPersoon(p);
        REQUIRE(saved.ok());
        return saved->meta.id;
    }
    QString kaart(const char* naam, const char* vorm)
    {
        SocialeKaartItem item;
        item.naam = QString::fromUtf8(naam);
        item.vorm = QString::fromLatin1(vorm);
        ws->stamp(item.meta);
        ws->socialeKaart().save(item);
        return item.meta.id;
    }
    /// A concept plan with one doel whose acties are stored against the order of consideration.
    Ondersteuningsplan plan(const QString& els)
    {
        const QString id = inwoner();
        Ondersteuningsplan p = plannen.nieuw(id);
        p.regisseur = QStringLiteral("Ingrid Visser");
        p.regisseurRol = QStringLiteral("consulent wijkteam");
        p.wederkerigheid = QStringLiteral("Jan helpt de buurman met de tuin.");
        PlanDoel d;
        d.leefgebied = QStringLiteral("huisvesting");
        d.wens = QStringLiteral("Ik wil thuis blijven wonen.");
        d.gewensteSituatie = QStringLiteral("Jan komt veilig boven.");
        d.doelscore = 4;
        d.evaluatieDatum = QDate(2027, 5, 1);
        d.eigenOplossing = QStringLiteral("Verhuizen naar mijn dochter.");
        d.redenNietGevolgd = QStringLiteral("Daar is geen plek.");
        PlanActie pro = actie("professioneel", "Ergotherapeut adviseert");
        pro.uitvoerder = QStringLiteral("Ergotherapie Noord");
        PlanActie maatwerk = actie("maatwerk", "Traplift");
        maatwerk.voorzieningId = kaart("Trapliften BV", "maatwerk");
        maatwerk.onderbouwing = QStringLiteral("Jan kan de trap niet op en het netwerk kan dit niet oplossen.");
        maatwerk.van = QDate(2026, 12, 1);
        maatwerk.omvang = 1;
        PlanActie algemeen = actie("algemeen", "Boodschappendienst");
        algemeen.voorzieningId = kaart("Boodschappenplus", "algemeen");
        PlanActie netwerkActie = actie("netwerk", "Els kookt op dinsdag");
        netwerkActie.netwerkId = netwerk(id, els);
        PlanActie zelf = actie("eigen_kracht", "Jan loopt elke dag een rondje");
        d.acties = {pro, maatwerk, algemeen, netwerkActie, zelf};
        p.doelen.push_back(d);
        auto saved = plannen.savePlan(p);
        REQUIRE(saved.ok());
        return saved.value();
    }
    QString render(const QString& planId)
    {
        documents::PlanDocument document(*ws, QString());
        const auto html = document.render(planId);
        REQUIRE(html.ok());
        CHECK(document.templateVersion() == QStringLiteral("built-in:plan"));
        return html.value();
    }
};

} // namespace

TEST_CASE("the plan prints its acties in the order of consideration, and a signature block", "[documents]")
{
    Fixture f;
    const Ondersteuningsplan plan = f.plan(QStringLiteral("Els <b>de Boer</b>"));
    const QString html = f.render(plan.meta.id);

    const QList<qsizetype> volgorde = {
        at(html, QStringLiteral("<h1>Uw ondersteuningsplan</h1>")),
        at(html, QStringLiteral("CONCEPT")),
        at(html, QStringLiteral("<h3>Huisvesting</h3>")),
        at(html, QStringLiteral("<b>Wat u wilt:</b> Ik wil thuis blijven wonen.")),
        at(html, QStringLiteral(">Wat u zelf doet</p>")),
        at(html, QStringLiteral("Jan loopt elke dag een rondje")),
        at(html, QStringLiteral(">Wat uw netwerk doet</p>")),
        at(html, QStringLiteral("Els kookt op dinsdag")),
        at(html, QStringLiteral(">Algemene voorzieningen</p>")),
        at(html, QStringLiteral("Boodschappendienst")),
        at(html, QStringLiteral(">Maatwerkvoorzieningen</p>")),
        at(html, QStringLiteral("Traplift")),
        at(html, QStringLiteral("Waarom dit nodig is: Jan kan de trap niet op en het netwerk kan dit niet oplossen.")),
        at(html, QStringLiteral(">Professionals</p>")),
        at(html, QStringLiteral("Ergotherapeut adviseert")),
        at(html, QStringLiteral("<h2>Wie doet wat</h2>")),
        at(html, QStringLiteral("<h2>Wat u zelf teruggeeft</h2>")),
        at(html, QStringLiteral("<p>☐ Akkoord met dit plan</p>")),
    };
    CHECK(std::is_sorted(volgorde.begin(), volgorde.end()));
    CHECK(html.contains(QStringLiteral("Versie 1 · Concept")));
    CHECK(html.contains(QStringLiteral("Wie houdt het overzicht: Ingrid Visser (consulent wijkteam)")));
    CHECK(html.contains(QStringLiteral("Verhuizen naar mijn dochter.")));
    CHECK(html.contains(QStringLiteral("Daar is geen plek.")));
    CHECK(html.contains(QStringLiteral("Op 1 mei 2027 kijken we samen hoe het gaat.")));
    CHECK(html.contains(QStringLiteral("Wanneer: vanaf 1 december 2026")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>de Boer</b>")));
    CHECK(html.contains(QStringLiteral("Wie: Els &lt;b&gt;de Boer&lt;/b&gt;")));
    CHECK_FALSE(html.contains(QStringLiteral("Hoe ging het?")));

    CHECK(html.contains(QStringLiteral("<p><b>Bent u het eens met dit plan?</b></p>")));
    CHECK(html.contains(QStringLiteral("<p style=\"margin-top: 10px;\">Uw opmerkingen:</p>")));
    CHECK(html.count(QStringLiteral("<p class=\"lijn\">____")) == 6); // 4 ruled lines, 2 signatures
    CHECK(html.contains(QStringLiteral("<p style=\"margin-top: 14px;\">Plaats en datum: ____")));
    CHECK(html.contains(QStringLiteral("<p>Handtekening inwoner<br>(of vertegenwoordiger)</p>")));
    CHECK(html.contains(QStringLiteral("<p>Handtekening consulent / regisseur<br>&nbsp;</p>")));
    CHECK(html.contains(QStringLiteral("<p>Ingrid Visser, Wmo-consulent</p>")));
    CHECK(html.contains(QStringLiteral("<p>Jan van der Berg</p>")));

    const auto entries = f.ws->audit().forEntity(plan.inwonerId);
    REQUIRE_FALSE(entries.empty());
    CHECK(entries.back().action == QStringLiteral("export"));
}

TEST_CASE("a vastgesteld plan is not marked concept, a geëvalueerd one shows the evaluation", "[documents]")
{
    Fixture f;
    const Ondersteuningsplan eerste = f.plan(QStringLiteral("Els"));
    auto vast = f.plannen.stelVast(eerste.meta.id, QDate(2026, 11, 10));
    REQUIRE(vast.ok());
    QString html = f.render(vast->meta.id);
    CHECK_FALSE(html.contains(QStringLiteral("CONCEPT")));
    CHECK(html.contains(QStringLiteral("Versie 1 · Vastgesteld · vastgesteld op 10 november 2026")));

    Ondersteuningsplan evaluatie = vast.value();
    evaluatie.doelen.front().evaluatie = QStringLiteral("deels");
    evaluatie.doelen.front().evaluatieNotitie = QStringLiteral("De traplift komt later.");
    evaluatie.evaluatieNotitie = QStringLiteral("We gaan door.");
    auto geevalueerd = f.plannen.evalueer(evaluatie, QDate(2026, 11, 10));
    REQUIRE(geevalueerd.ok());
    html = f.render(geevalueerd->meta.id);
    CHECK(html.contains(QStringLiteral("<p><b>Hoe ging het?</b> Deels behaald. De traplift komt later.</p>")));
    CHECK(html.contains(QStringLiteral("<h2>Hoe ging het?</h2>")));
    CHECK(html.contains(QStringLiteral("We gaan door.")));
}

TEST_CASE("an unknown or deleted plan cannot be printed", "[documents]")
{
    Fixture f;
    documents::PlanDocument document(*f.ws, QString());
    const auto onbekend = document.render(QStringLiteral("bestaat-niet"));
    REQUIRE_FALSE(onbekend.ok());
    CHECK(onbekend.error().code == ErrorCode::NotFound);

    const Ondersteuningsplan plan = f.plan(QStringLiteral("Els"));
    REQUIRE(f.plannen.deletePlan(plan.meta.id).ok());
    const auto gewist = document.render(plan.meta.id);
    REQUIRE_FALSE(gewist.ok());
    CHECK(gewist.error().code == ErrorCode::NotFound);
}

TEST_CASE("the plan of fixed data matches the golden file exactly", "[documents]")
{
    Fixture f;
    const QString html = f.render(f.plan(QStringLiteral("Els de Boer")).meta.id);

    test::checkGolden(html, QStringLiteral("plan.golden.html"));
}
