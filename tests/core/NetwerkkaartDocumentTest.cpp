// SPDX-License-Identifier: EUPL-1.2
#include "documents/NetwerkkaartDocument.h"

#include "DocumentTestSupport.h"
#include "repo/AuditRepository.h"
#include "services/DossierService.h"

#include <algorithm>

using namespace core;

namespace {

using test::at;
using test::ingrid;
using test::jan;

struct Fixture : test::DocumentFixture {
    QString persoon(const QString& inwonerId, const QString& naam, Relatie relatie, int nabijheid)
    {
        NetwerkPersoon p;
        p.inwonerId = inwonerId;
        p.naam = naam;
        p.relatie = relatie;
        p.nabijheid = nabijheid;
        auto saved = dossiers.saveNetwerkPersoon(p);
        REQUIRE(saved.ok());
        return saved->meta.id;
    }
    /// Els, his daughter and mantelzorger (matig belast); Piet the neighbour; the huisarts with a
    /// phone number; and Kees, a friend of whom nothing else is known.
    void netwerk(const QString& inwonerId)
    {
        NetwerkPersoon els;
        els.inwonerId = inwonerId;
        els.naam = QStringLiteral("Els <i>de Boer</i>");
        els.relatie = Relatie::Kind;
        els.nabijheid = 1;
        els.doetNu = QStringLiteral("Doet de boodschappen.");
        els.kanMeer = QStringLiteral("Kan op zaterdag koken.");
        els.telefoon = QStringLiteral("06-12345678");
        els.mantelzorg = Mantelzorg{};
        els.mantelzorg->urenPerWeek = 12.4;
        els.mantelzorg->taken = QStringLiteral("Boodschappen en wassen");
        els.mantelzorg->belastingEdiz = 6;
        REQUIRE(dossiers.saveNetwerkPersoon(els).ok());

        NetwerkPersoon piet;
        piet.inwonerId = inwonerId;
        piet.naam = QStringLiteral("Piet Jansen");
        piet.relatie = Relatie::Buur;
        piet.nabijheid = 2;
        piet.doetNu = QStringLiteral("Haalt de krant.");
        REQUIRE(dossiers.saveNetwerkPersoon(piet).ok());

        NetwerkPersoon huisarts;
        huisarts.inwonerId = inwonerId;
        huisarts.naam = QStringLiteral("Dr. Smit");
        huisarts.relatie = Relatie::Huisarts;
        huisarts.organisatie = QStringLiteral("Huisartsenpraktijk Noord");
        huisarts.nabijheid = 3;
        huisarts.telefoon = QStringLiteral("030-1112223");
        REQUIRE(dossiers.saveNetwerkPersoon(huisarts).ok());

        persoon(inwonerId, QStringLiteral("Kees"), Relatie::Vriend, 4);
    }
    QString render(const QString& inwonerId)
    {
        documents::NetwerkkaartDocument document(*ws, QString());
        const auto html = document.render(inwonerId);
        REQUIRE(html.ok());
        CHECK(document.warnings().isEmpty());
        return html.value();
    }
};

} // namespace

TEST_CASE("the netwerkkaart page shows the drawing and, per person, who they are and what they do",
          "[documents][netwerkkaart]")
{
    Fixture f;
    f.mijnGegevens(ingrid());
    const QString id = f.inwoner(jan());
    f.netwerk(id);
    const QString html = f.render(id);

    const QList<qsizetype> volgorde = {
        at(html, QStringLiteral("<h1>De mensen om u heen</h1>")),
        at(html, QStringLiteral("Netwerkkaart van <b>Jan van der Berg</b>")),
        at(html, QStringLiteral("Op deze kaart staan 4 personen, 1 daarvan is mantelzorger.")),
        at(html, QStringLiteral("<img src=\"wijkdossier://netwerkkaart\" width=\"640\" height=\"480\">")),
        at(html, QStringLiteral("<h2>Wie zijn het en wat doen ze?</h2>")),
        // The closest first, as on the drawing.
        at(html, QStringLiteral("<h3>Els &lt;i&gt;de Boer&lt;/i&gt; – Kind</h3>")),
        at(html, QStringLiteral("<b>Mantelzorger</b>, ongeveer 12,5 uur per week, matig belast (score 6 van 15)")),
        at(html, QStringLiteral("Zorgt voor: Boodschappen en wassen")),
        at(html, QStringLiteral("<p>Doet nu: Doet de boodschappen.</p>")),
        at(html, QStringLiteral("<p>Kan misschien meer doen: Kan op zaterdag koken.</p>")),
        at(html, QStringLiteral("<p>Telefoon: 06-12345678</p>")),
        at(html, QStringLiteral("<h3>Piet Jansen – Buurman of buurvrouw</h3>")),
        at(html, QStringLiteral("<p>Doet nu: Haalt de krant.</p>")),
        at(html, QStringLiteral("<h3>Dr. Smit – Huisarts (Huisartsenpraktijk Noord)</h3>")),
        at(html, QStringLiteral("<p>Telefoon: 030-1112223</p>")),
        at(html, QStringLiteral("<h3>Kees – Vriend of vriendin</h3>")),
    };
    CHECK(std::is_sorted(volgorde.begin(), volgorde.end()));
    CHECK_FALSE(html.contains(QStringLiteral("<i>de Boer</i>")));
    // Sections without data are left out: only Els is a mantelzorger, Kees has nothing but a name.
    CHECK(html.count(QStringLiteral("Mantelzorger")) == 1);
    CHECK(html.count(QStringLiteral("Doet nu:")) == 2);
    CHECK(html.count(QStringLiteral("Kan misschien meer doen:")) == 1);
    CHECK(html.count(QStringLiteral("Telefoon:")) == 2);
    const qsizetype kees = html.indexOf(QStringLiteral("<h3>Kees"));
    CHECK_FALSE(html.mid(kees).contains(QStringLiteral("<p>")));
    CHECK_FALSE(html.contains(QStringLiteral("Er staat nog niemand")));

    const auto entries = f.ws->audit().forEntity(id);
    REQUIRE_FALSE(entries.empty());
    CHECK(entries.back().action == QStringLiteral("export"));
}

TEST_CASE("the netwerkkaart page of an inwoner without netwerk says so, without an empty list",
          "[documents][netwerkkaart]")
{
    Fixture f;
    const QString html = f.render(f.inwoner(jan()));
    CHECK(html.contains(QStringLiteral("Er staat nog niemand op uw netwerkkaart.")));
    CHECK(html.contains(QStringLiteral("wijkdossier://netwerkkaart")));
    CHECK_FALSE(html.contains(QStringLiteral("Wie zijn het")));
    CHECK_FALSE(html.contains(QStringLiteral("Op deze kaart")));
    CHECK_FALSE(html.contains(QStringLiteral("<p class=\"briefhoofd\">"))); // no Mijn gegevens, no letterhead
}

TEST_CASE("an unknown or deleted inwoner has no netwerkkaart page", "[documents][netwerkkaart]")
{
    Fixture f;
    documents::NetwerkkaartDocument document(*f.ws, QString());
    const auto onbekend = document.render(QStringLiteral("bestaat-niet"));
    REQUIRE_FALSE(onbekend.ok());
    CHECK(onbekend.error().code == ErrorCode::NotFound);

    const QString id = f.inwoner(jan());
    REQUIRE(f.dossiers.deleteInwoner(id).ok());
    const auto gewist = document.render(id);
    REQUIRE_FALSE(gewist.ok());
    CHECK(gewist.error().code == ErrorCode::NotFound);
}

TEST_CASE("the netwerkkaart is rendered through the dossier service like the other documents",
          "[documents][netwerkkaart]")
{
    Fixture f;
    const QString id = f.inwoner(jan());
    f.persoon(id, QStringLiteral("Piet Jansen"), Relatie::Buur, 2);
    const auto document = f.dossiers.renderDocument(documents::DocumentSoort::Netwerkkaart, id);
    REQUIRE(document.html.ok());
    CHECK(document.html.value().contains(QStringLiteral("Piet Jansen – Buurman of buurvrouw")));
    CHECK(document.html.value().contains(QStringLiteral("Op deze kaart staat 1 persoon.")));
}

TEST_CASE("the netwerkkaart page of fixed data matches the golden file exactly", "[documents][netwerkkaart]")
{
    Fixture f;
    f.mijnGegevens(ingrid());
    const QString id = f.inwoner(jan());
    f.netwerk(id);
    test::checkGolden(f.render(id), QStringLiteral("netwerkkaart.golden.html"));
}
