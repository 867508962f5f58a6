// SPDX-License-Identifier: EUPL-1.2
#include "documents/OntvangstbevestigingDocument.h"

#include "DocumentTestSupport.h"
#include "repo/AuditRepository.h"
#include "services/DossierService.h"
#include "services/InstellingenService.h"
#include "services/TrajectService.h"

#include <QFile>
#include <QTemporaryDir>

using namespace core;

namespace {

/// Jan, at number 12 A.
Inwoner jan()
{
    Inwoner in = test::jan();
    in.adres.toevoeging = QStringLiteral("A");
    return in;
}

/// Ingrid, with her e-mail.
MijnGegevens ingrid()
{
    MijnGegevens ik = test::ingrid();
    ik.email = QStringLiteral("i.visser@example.nl");
    return ik;
}

struct Fixture : test::DocumentFixture {
    TrajectService trajecten{*ws};

    /// A melding of `melding` by phone, with the hulpvraag in the inwoner's words.
    QString traject(const QString& inwonerId, const QDate& melding, const QString& hulpvraag)
    {
        Traject t = trajecten.nieuw(inwonerId);
        t.meldingDatum = melding;
        t.kanaal = QStringLiteral("telefoon");
        t.hulpvraag = hulpvraag;
        auto result = trajecten.saveTraject(t);
        REQUIRE(result.ok());
        return result->meta.id;
    }
    QString render(const QString& trajectId)
    {
        documents::OntvangstbevestigingDocument document(*ws, QString());
        const auto html = document.render(trajectId);
        REQUIRE(html.ok());
        return html.value();
    }
};

} // namespace

TEST_CASE("the ontvangstbevestiging gives the deadlines as moved by the Atw, with the reason", "[documents]")
{
    Fixture f;
    f.mijnGegevens(ingrid());
    const QString id = f.inwoner(jan());

    // Monday 13 April 2026 + 6 weeks = Monday 25 May 2026, tweede Pinksterdag: the onderzoek runs
    // to Tuesday 26 May. The persoonlijk plan (13 + 7 = Monday 20 April) does not move.
    const QString html = f.render(f.traject(id, QDate(2026, 4, 13), QStringLiteral("Ik kan niet meer koken.")));
    CHECK(html.contains(QStringLiteral("We hebben uw melding ontvangen op <b>13 april 2026</b>")));
    CHECK(html.contains(QStringLiteral("U meldde zich telefonisch bij ons.")));
    CHECK(html.contains(QStringLiteral("Stuur of geef het plan uiterlijk <b>maandag 20 april 2026</b>")));
    CHECK(html.contains(QStringLiteral("Het onderzoek is uiterlijk <b>dinsdag 26 mei 2026</b> klaar.")));
    CHECK(html.contains(QStringLiteral("Eigenlijk is de laatste dag maandag 25 mei 2026. Maar dan is het Tweede "
                                       "Pinksterdag. Daarom schuift de datum op naar de eerste werkdag daarna.")));
    CHECK(html.count(QStringLiteral("Eigenlijk is de laatste dag")) == 1);
    CHECK(html.contains(QStringLiteral("Datum: 10 november 2026")));
    // The letter is dated 10 November 2026: both dates have passed, and the letter says so.
    CHECK(html.count(QStringLiteral("Die datum is al voorbij.")) == 2);

    // Saturday 7 November 2026: both terms end on a Saturday and run on to the Monday.
    const QString weekend = f.render(f.traject(id, QDate(2026, 11, 7), QStringLiteral("Hulp bij het huishouden.")));
    CHECK(weekend.contains(QStringLiteral("uiterlijk <b>maandag 16 november 2026</b>")));
    CHECK(weekend.contains(QStringLiteral("Het onderzoek is uiterlijk <b>maandag 21 december 2026</b> klaar.")));
    CHECK(weekend.contains(QStringLiteral("Eigenlijk is de laatste dag zaterdag 19 december 2026. Maar dan is het "
                                          "weekend.")));
    CHECK_FALSE(weekend.contains(QStringLiteral("Die datum is al voorbij.")));
}

TEST_CASE("the ontvangstbevestiging prints the hulpvraag as text and keeps every name whole", "[documents]")
{
    Fixture f;
    Inwoner in = jan();
    in.roepnaam = QStringLiteral("Zoë");
    in.tussenvoegsel.clear();
    in.geslachtsnaam = QStringLiteral("Van Rijnsburgh-Çelik-Dijkstra-IJsselmuiden-Groenewegen-Brouwersgracht-"
                                      "Hoogeveen-Ĳzerman-Verhoëven");
    const QString id = f.inwoner(in);
    const QString lang = QStringLiteral("Mijn moeder woont alleen en valt vaak. ").repeated(60);
    const QString html =
        f.render(f.traject(id, QDate(2026, 11, 2), QStringLiteral("<script>alert(1)</script> & meer\n") + lang));
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; meer")));
    CHECK(html.contains(lang.trimmed()));
    CHECK(html.contains(QStringLiteral("Beste Zoë Van Rijnsburgh-Çelik-Dijkstra-IJsselmuiden-Groenewegen-"
                                       "Brouwersgracht-Hoogeveen-Ĳzerman-Verhoëven,")));
}

TEST_CASE("the ontvangstbevestiging uses the voorletters without a roepnaam and no gender", "[documents]")
{
    Fixture f;
    Inwoner in = jan();
    in.roepnaam.clear();
    const QString html = f.render(f.traject(f.inwoner(in), QDate(2026, 11, 2), {}));
    CHECK(html.contains(QStringLiteral("Beste J.H. van der Berg,")));
    CHECK_FALSE(html.contains(QStringLiteral("mevrouw")));
    CHECK_FALSE(html.contains(QStringLiteral("meneer")));
    CHECK_FALSE(html.contains(QStringLiteral("Uw hulpvraag")));
}

TEST_CASE("the ontvangstbevestiging leaves the address block out when there is no address", "[documents]")
{
    Fixture f;
    Inwoner in = jan();
    in.adres = {};
    in.bsn.clear(); // a second inwoner follows: BSNs are unique
    const QString html = f.render(f.traject(f.inwoner(in), QDate(2026, 11, 2), QStringLiteral("Hulp")));
    CHECK(html.contains(QStringLiteral("<p class=\"adres\">Jan van der Berg</p>")));
    CHECK_FALSE(html.contains(QStringLiteral("<br></p>")));
    CHECK_FALSE(html.contains(QStringLiteral("<br><br>")));

    const QString met = f.render(f.traject(f.inwoner(jan()), QDate(2026, 11, 2), QStringLiteral("Hulp")));
    CHECK(
        met.contains(QStringLiteral("<p class=\"adres\">Jan van der Berg<br>Dorpsstraat 12 A<br>3512 AB Utrecht</p>")));
}

TEST_CASE("the vast aanspreekpunt's phone comes from the inwoner, else from Mijn gegevens", "[documents]")
{
    Fixture f;
    f.mijnGegevens(ingrid());
    const QString bijInwoner = f.render(f.traject(f.inwoner(jan()), QDate(2026, 11, 2), {}));
    CHECK(bijInwoner.contains(QStringLiteral("Uw vaste contactpersoon is <b>Ingrid Visser</b>, Wmo-consulent.")));
    CHECK(bijInwoner.contains(QStringLiteral("Bel dan rechtstreeks naar <b>030-1234567</b>.")));
    CHECK(bijInwoner.contains(QStringLiteral("Gemeente Voorbeeld")));
    CHECK(bijInwoner.contains(QStringLiteral("Wijkteam Noord")));

    Inwoner zonder = jan();
    zonder.bsn.clear(); // a second inwoner: BSNs are unique
    zonder.aanspreekpunt = {};
    const QString trajectId = f.traject(f.inwoner(zonder), QDate(2026, 11, 2), {});
    documents::OntvangstbevestigingDocument document(*f.ws, QString());
    const auto html = document.render(trajectId);
    REQUIRE(html.ok());
    CHECK_FALSE(document.telefoonOntbreekt());
    CHECK(html->contains(QStringLiteral("Uw vaste contactpersoon is <b>Ingrid Visser</b>")));
    CHECK(html->contains(QStringLiteral("Bel dan rechtstreeks naar <b>030-7654321</b>.")));
    CHECK(html->contains(QStringLiteral("U kunt ook mailen naar i.visser@example.nl.")));
}

TEST_CASE("without any phone number the letter names the team and still renders", "[documents]")
{
    Fixture f;
    MijnGegevens ik = ingrid();
    ik.telefoon.clear();
    f.mijnGegevens(ik);
    Inwoner in = jan();
    in.aanspreekpunt.telefoon.clear();
    const QString trajectId = f.traject(f.inwoner(in), QDate(2026, 11, 2), {});
    documents::OntvangstbevestigingDocument document(*f.ws, QString());
    const auto html = document.render(trajectId);
    REQUIRE(html.ok());
    CHECK(document.telefoonOntbreekt());
    CHECK(html->contains(QStringLiteral("Neem dan contact op met Wijkteam Noord, Gemeente Voorbeeld.")));
    CHECK_FALSE(html->contains(QStringLiteral("rechtstreeks")));
}

TEST_CASE("the ontvangstbevestiging explains free cliëntondersteuning for inwoner and mantelzorger", "[documents]")
{
    Fixture f;
    const QString html = f.render(f.traject(f.inwoner(jan()), QDate(2026, 11, 2), {}));
    CHECK(html.contains(QStringLiteral("<h2>Gratis cliëntondersteuning</h2>")));
    CHECK(html.contains(QStringLiteral("U mag hulp vragen van een cliëntondersteuner. Dat heet cliëntondersteuning "
                                       "en het is gratis.")));
    CHECK(html.contains(QStringLiteral("Een cliëntondersteuner werkt niet voor de gemeente.")));
    CHECK(html.contains(QStringLiteral("Ook uw mantelzorger mag gratis hulp vragen van een cliëntondersteuner.")));
}

TEST_CASE("an ontvangstbevestiging is recorded as an export of the inwoner", "[documents]")
{
    Fixture f;
    const QString id = f.inwoner(jan());
    f.render(f.traject(id, QDate(2026, 11, 2), {}));
    const auto entries = f.ws->audit().forEntity(id);
    REQUIRE_FALSE(entries.empty());
    CHECK(entries.back().action == QStringLiteral("export"));
    CHECK(entries.back().entity == QStringLiteral("inwoner"));
}

TEST_CASE("an unknown or deleted traject has no ontvangstbevestiging", "[documents]")
{
    Fixture f;
    documents::OntvangstbevestigingDocument document(*f.ws, QString());
    const auto onbekend = document.render(QStringLiteral("bestaat-niet"));
    REQUIRE_FALSE(onbekend.ok());
    CHECK(onbekend.error().code == ErrorCode::NotFound);

    const QString trajectId = f.traject(f.inwoner(jan()), QDate(2026, 11, 2), {});
    REQUIRE(f.trajecten.deleteTraject(trajectId).ok());
    const auto gewist = document.render(trajectId);
    REQUIRE_FALSE(gewist.ok());
    CHECK(gewist.error().code == ErrorCode::NotFound);
}

TEST_CASE("the ontvangstbevestiging of fixed data matches the golden file exactly", "[documents]")
{
    Fixture f;
    f.mijnGegevens(ingrid());
    const QString id = f.inwoner(jan());
    Traject t = f.trajecten.nieuw(id);
    t.meldingDatum = QDate(2026, 4, 13);
    t.kanaal = QStringLiteral("huisarts");
    t.verwijzer = QStringLiteral("Huisarts De Vries");
    t.hulpvraag = QStringLiteral("Ik kan niet meer goed lopen & de trap is te steil.\nMijn dochter helpt, maar ze "
                                 "is op.");
    auto saved = f.trajecten.saveTraject(t);
    REQUIRE(saved.ok());
    const QString html = f.render(saved->meta.id);

    test::checkGolden(html, QStringLiteral("ontvangstbevestiging.golden.html"));
}

TEST_CASE("a gemeente's own ontvangstbevestiging template is used, a broken one falls back with a warning",
          "[documents][templates]")
{
    Fixture f;
    f.mijnGegevens(ingrid());
    const QString trajectId =
        f.traject(f.inwoner(jan()), QDate(2026, 11, 2), QStringLiteral("Hulp bij het huishouden"));
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    QFile eigen(folder.filePath(QStringLiteral("ontvangstbevestiging.mustache")));
    REQUIRE(eigen.open(QIODevice::WriteOnly));
    eigen.write("<p>BRIEF VAN DE GEMEENTE voor {{naam}}</p>");
    eigen.close();

    documents::OntvangstbevestigingDocument document(*f.ws, folder.path());
    auto html = document.render(trajectId);
    REQUIRE(html.ok());
    CHECK(html->contains(QStringLiteral("BRIEF VAN DE GEMEENTE")));
    CHECK(document.warnings().isEmpty());
    CHECK(document.templateVersion().startsWith(QStringLiteral("gemeente:")));

    REQUIRE(eigen.open(QIODevice::WriteOnly | QIODevice::Truncate));
    eigen.write("{{#open}} nooit gesloten");
    eigen.close();
    html = document.render(trajectId);
    REQUIRE(html.ok());
    CHECK_FALSE(html->contains(QStringLiteral("BRIEF VAN DE GEMEENTE")));
    CHECK(html->contains(QStringLiteral("We hebben uw melding ontvangen op")));
    REQUIRE(document.warnings().size() == 1);
    CHECK(document.warnings().front().contains(QStringLiteral("ontvangstbevestiging.mustache")));
    CHECK(document.templateVersion() == QStringLiteral("built-in:ontvangstbevestiging"));
}
