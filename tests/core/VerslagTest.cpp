// SPDX-License-Identifier: EUPL-1.2
#include "documents/VerslagDocument.h"

#include "DocumentTestSupport.h"
#include "repo/AuditRepository.h"
#include "services/DossierService.h"
#include "services/InstellingenService.h"
#include "services/TrajectService.h"
#include "services/ZrmService.h"

#include <algorithm>

using namespace core;

namespace {

using test::at;
using test::ingrid;
using test::jan;

struct Fixture : test::DocumentFixture {
    TrajectService trajecten{*ws};
    GesprekService gesprekken{*ws};

    QString traject(const QString& inwonerId)
    {
        Traject t = trajecten.nieuw(inwonerId);
        t.meldingDatum = QDate(2026, 11, 2);
        t.kanaal = QStringLiteral("telefoon");
        t.hulpvraag = QStringLiteral("Ik kan de trap niet meer op.");
        auto result = trajecten.saveTraject(t);
        REQUIRE(result.ok());
        return result->meta.id;
    }
    /// A huisbezoek with Jan and his mantelzorger `naam`: two leefgebieden aandacht, one
    /// geen_probleem, one niet_besproken, a mantelzorg view, a ZRM meting, samenvatting and afspraken.
    void huisbezoek(const QString& inwonerId, const QString& trajectId, const QString& naam)
    {
        NetwerkPersoon els;
        els.inwonerId = inwonerId;
        els.naam = naam;
        els.relatie = Relatie::Kind;
        els.mantelzorg = Mantelzorg{};
        els.mantelzorg->urenPerWeek = 12;
        els.mantelzorg->taken = QStringLiteral("Boodschappen en koken");
        auto saved = dossiers.saveNetwerkPersoon(els);
        REQUIRE(saved.ok());

        ZrmMeting meting;
        meting.inwonerId = inwonerId;
        meting.datum = QDate(2026, 11, 5);
        ZrmScore huisvesting;
        huisvesting.leefgebied = QStringLiteral("huisvesting");
        huisvesting.score = 2;
        meting.scores.push_back(huisvesting);
        auto zrm = ZrmService(*ws).saveMeting(meting);
        REQUIRE(zrm.ok());

        Gesprek g;
        g.trajectId = trajectId;
        g.datum = QDate(2026, 11, 5);
        g.vorm = QStringLiteral("huisbezoek");
        g.zrmMetingId = zrm->meta.id;
        g.samenvatting = QStringLiteral("Jan wil thuis blijven wonen.");
        g.afspraken = QStringLiteral("Wij vragen een traplift aan.");
        Aanwezige a;
        a.rol = QStringLiteral("inwoner");
        g.aanwezigen.push_back(a);
        a.rol = QStringLiteral("mantelzorger");
        a.netwerkId = saved->meta.id;
        g.aanwezigen.push_back(a);
        const auto leefgebied = [&](const char* key, const char* status, const char* notitie) {
            BesprokenLeefgebied lg;
            lg.leefgebied = QLatin1String(key);
            lg.status = QLatin1String(status);
            lg.notitie = QString::fromUtf8(notitie);
            g.leefgebieden.push_back(lg);
        };
        leefgebied("gezondheid", "geen_probleem", "Voelt zich goed.");
        leefgebied("woonsituatie", "aandacht", "De trap is te steil.");
        leefgebied("schulden", "niet_besproken", "GEHEIM");
        leefgebied("huishouden", "aandacht", "Koken lukt niet meer.");
        MantelzorgVisie visie;
        visie.netwerkId = saved->meta.id;
        visie.behoefte = QStringLiteral("Een dag per week vrij.");
        g.mantelzorg.push_back(visie);
        REQUIRE(gesprekken.saveGesprek(g).ok());
    }
    QString render(const QString& trajectId)
    {
        documents::VerslagDocument document(*ws, QString());
        const auto html = document.render(trajectId);
        REQUIRE(html.ok());
        return html.value();
    }
};

} // namespace

TEST_CASE("the verslag prints its sections in order and leaves niet_besproken out", "[documents]")
{
    Fixture f;
    f.mijnGegevens(ingrid());
    const QString id = f.inwoner(jan());
    const QString traject = f.traject(id);
    f.huisbezoek(id, traject, QStringLiteral("Els <b>de Boer</b>"));
    const QString html = f.render(traject);

    const QList<qsizetype> volgorde = {
        at(html, QStringLiteral("<h1>Verslag van ons gesprek</h1>")),
        at(html, QStringLiteral("Gesprek op 5 november 2026 (huisbezoek)")),
        at(html, QStringLiteral("<h2>Uw vraag</h2>")),
        at(html, QStringLiteral("<h2>Wat we hebben besproken</h2>")),
        at(html, QStringLiteral("De trap is te steil.")),
        at(html, QStringLiteral("Koken lukt niet meer.")),
        at(html, QStringLiteral("Voelt zich goed.")),
        at(html, QStringLiteral("<h2>Wat u zelf doet, en wat uw netwerk en mantelzorgers doen</h2>")),
        at(html, QStringLiteral("<h2>Conclusie en afspraken</h2>")),
        at(html, QStringLiteral("Wij vragen een traplift aan.")),
        at(html, QStringLiteral("<h2>Wat gebeurt er nu?</h2>")),
        at(html, QStringLiteral("<h2>Uw vaste contactpersoon</h2>")),
        at(html, QStringLiteral("Dat heet cliëntondersteuning en het is gratis.")),
        at(html, QStringLiteral("☐ Akkoord")),
    };
    CHECK(std::is_sorted(volgorde.begin(), volgorde.end()));
    CHECK_FALSE(html.contains(QStringLiteral("GEHEIM")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>de Boer</b>")));
    CHECK(html.contains(QStringLiteral("Els &lt;b&gt;de Boer&lt;/b&gt; (mantelzorger)")));
    CHECK(html.contains(QStringLiteral("Jan van der Berg (inwoner)")));
    CHECK(html.contains(QStringLiteral("Een dag per week vrij.")));
    CHECK(html.contains(QStringLiteral("ongeveer 12 uur per week")));
    CHECK(html.contains(QStringLiteral("Zelfredzaamheid bij Huisvesting: niet zelfredzaam")));
    CHECK(html.contains(QStringLiteral("Bel dan rechtstreeks naar <b>030-1234567</b>.")));

    CHECK(html.contains(QStringLiteral("<p>☐ Akkoord &nbsp;&nbsp;&nbsp; ☐ Voor gezien</p>")));
    CHECK(
        html.contains(QStringLiteral("<p>☐ Ik vraag hierbij de maatwerkvoorziening aan die in dit verslag staat</p>")));
    CHECK(html.contains(QStringLiteral("Uw opmerkingen of aanvullingen:")));
    CHECK(html.count(QStringLiteral("<p class=\"lijn\">____")) == 6); // 4 ruled lines, 2 signatures
    CHECK(html.contains(QStringLiteral("Plaats en datum: ____")));
    CHECK(html.contains(QStringLiteral("Handtekening inwoner<br>(of vertegenwoordiger)")));
    CHECK(html.contains(QStringLiteral("Handtekening consulent")));
    CHECK(html.contains(QStringLiteral("Ingrid Visser, Wmo-consulent")));

    CHECK(html.contains(QStringLiteral("<b>Bezwaar</b> maakt u tegen een besluit van de gemeente. Dat doet u op "
                                       "papier, binnen 6 weken na het besluit.")));
    CHECK(html.contains(QStringLiteral("<b>Een klacht</b> gaat over hoe een zorgaanbieder of de gemeente met u is "
                                       "omgegaan.")));
    CHECK(html.contains(QStringLiteral("U mag ons nog steeds een persoonlijk plan geven")));

    const auto entries = f.ws->audit().forEntity(id);
    REQUIRE_FALSE(entries.empty());
    CHECK(entries.back().action == QStringLiteral("export"));
}

TEST_CASE("a verslag without gesprekken still prints, its empty sections left out", "[documents]")
{
    Fixture f;
    const QString html = f.render(f.traject(f.inwoner(jan())));
    CHECK(html.contains(QStringLiteral("<h1>Verslag van ons gesprek</h1>")));
    CHECK(html.contains(QStringLiteral("<h2>Uw vraag</h2>")));
    CHECK_FALSE(html.contains(QStringLiteral("Gesprek op")));
    CHECK_FALSE(html.contains(QStringLiteral("Wat we hebben besproken")));
    CHECK_FALSE(html.contains(QStringLiteral("mantelzorgers doen")));
    CHECK_FALSE(html.contains(QStringLiteral("Conclusie en afspraken")));
    CHECK(html.contains(QStringLiteral("Ik vraag hierbij de maatwerkvoorziening aan")));
    CHECK(html.contains(QStringLiteral("Het wijkteam")));
}

TEST_CASE("an unknown or deleted traject has no verslag", "[documents]")
{
    Fixture f;
    documents::VerslagDocument document(*f.ws, QString());
    const auto onbekend = document.render(QStringLiteral("bestaat-niet"));
    REQUIRE_FALSE(onbekend.ok());
    CHECK(onbekend.error().code == ErrorCode::NotFound);

    const QString trajectId = f.traject(f.inwoner(jan()));
    REQUIRE(f.trajecten.deleteTraject(trajectId).ok());
    const auto gewist = document.render(trajectId);
    REQUIRE_FALSE(gewist.ok());
    CHECK(gewist.error().code == ErrorCode::NotFound);
}

TEST_CASE("the verslag of fixed data matches the golden file exactly", "[documents]")
{
    Fixture f;
    f.mijnGegevens(ingrid());
    const QString id = f.inwoner(jan());
    const QString traject = f.traject(id);
    f.huisbezoek(id, traject, QStringLiteral("Els de Boer"));
    const QString html = f.render(traject);
    CHECK(f.ws->clock().today().isValid());

    test::checkGolden(html, QStringLiteral("verslag.golden.html"));
}
