// SPDX-License-Identifier: EUPL-1.2
#include "DemoTestSupport.h"

#include "demo/DemoGenerator.h"
#include "demo/DemoIdSequence.h"
#include "demo/DemoRandom.h"
#include "demo/DemoSocialeKaart.h"
#include "model/Inwoner.h"
#include "model/Keuzelijst.h"
#include "model/NetwerkPersoon.h"
#include "model/ZrmMeting.h"
#include "repo/HuishoudenRepository.h"
#include "repo/InstellingRepository.h"
#include "repo/InwonerRepository.h"
#include "repo/NetwerkRepository.h"
#include "repo/PlanRepository.h"
#include "repo/SocialeKaartRepository.h"
#include "repo/TrajectRepository.h"
#include "repo/ZrmRepository.h"
#include "rules/Bsn.h"
#include "rules/Validation.h"
#include "services/PlanService.h"
#include "services/SocialeKaartService.h"
#include "services/TrajectService.h"
#include "services/ZrmService.h"

#include <QSet>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <vector>

using core::demo::DemoGenerator;
using core::demo::DemoSize;
using test::aandeel;
using test::alleTrajecten;
using test::checkSameRecords;
using test::generated;

namespace {

std::vector<std::tuple<QString, QString, QString>> fingerprint(core::Workspace& ws)
{
    std::vector<std::tuple<QString, QString, QString>> rows;
    for (const auto& row : ws.inwoners().caseload({}))
        rows.emplace_back(row.id, row.sorteernaam, row.bsn);
    return rows;
}

/// Every living ZRM meting in the file, per inwoner in name order and then oldest first.
std::vector<core::ZrmMeting> alleMetingen(core::Workspace& ws)
{
    std::vector<core::ZrmMeting> metingen;
    for (const auto& row : ws.inwoners().caseload({})) {
        for (auto& meting : ws.zrm().forInwoner(row.id))
            metingen.push_back(std::move(meting));
    }
    return metingen;
}

} // namespace

TEST_CASE("demo sizes are read case-insensitively and anything else is refused", "[demo]")
{
    CHECK(core::demo::demoSizeFromString(QStringLiteral("S")) == DemoSize::S);
    CHECK(core::demo::demoSizeFromString(QStringLiteral("m")) == DemoSize::M);
    CHECK(core::demo::demoSizeFromString(QStringLiteral(" l ")) == DemoSize::L);
    CHECK(core::demo::demoSizeFromString(QStringLiteral("xl")) == DemoSize::XL);
    CHECK_FALSE(core::demo::demoSizeFromString(QStringLiteral("XXL")));
    CHECK_FALSE(core::demo::demoSizeFromString(QString()));
    CHECK(core::demo::inwonerCount(DemoSize::S) == 50);
    CHECK(core::demo::inwonerCount(DemoSize::M) == 500);
    CHECK(core::demo::inwonerCount(DemoSize::L) == 5000);
    CHECK(core::demo::inwonerCount(DemoSize::XL) == 50000);
}

TEST_CASE("demo size S is one consulent's caseload of 50 inwoners, all with that consulent as aanspreekpunt", "[demo]")
{
    test::TempWorkspace ws;
    int lastDone = 0;
    int lastTotal = 0;
    auto summary = DemoGenerator(*ws, 1).generate(DemoSize::S, [&](int done, int total) {
        CHECK(done > lastDone);
        lastDone = done;
        lastTotal = total;
    });
    REQUIRE(summary.ok());

    CHECK(summary->inwoners == 50);
    CHECK(summary->consulenten == 1);
    CHECK(lastDone == 50);
    CHECK(lastTotal == 50);
    CHECK(ws->inwoners().count() == 50);

    const core::MijnGegevens mijn = ws->instellingen().mijnGegevens();
    CHECK_FALSE(mijn.naam.isEmpty());
    CHECK(mijn.functie == QStringLiteral("Wmo-consulent"));
    CHECK(mijn.team == QStringLiteral("Wijkteam Noord"));
    CHECK(mijn.gemeente == QStringLiteral("Gemeente Rijnwaarde"));
    CHECK(mijn.email.endsWith(QStringLiteral("@example.nl")));
    CHECK(ws->inwoners().caseload({{}, mijn.naam, -1}).size() == 50);
    for (const auto& row : ws->inwoners().caseload({})) {
        const auto in = ws->inwoners().get(row.id);
        REQUIRE(in);
        CHECK(in->aanspreekpunt.naam == mijn.naam);
        CHECK(in->aanspreekpunt.telefoon == mijn.telefoon);
    }
}

TEST_CASE("demo BSNs all come from the 9999 test range, pass the elfproef and are unique", "[demo]")
{
    test::TempWorkspace ws;
    generated(*ws, DemoSize::M, 3);

    QSet<QString> seen;
    int zonderBsn = 0;
    for (const auto& row : ws->inwoners().caseload({})) {
        if (row.bsn.isEmpty()) {
            ++zonderBsn;
            continue;
        }
        CHECK(row.bsn.startsWith(QStringLiteral("9999")));
        CHECK(core::rules::Bsn::isValid(row.bsn));
        CHECK_FALSE(seen.contains(row.bsn));
        seen.insert(row.bsn);
    }
    // About one in ten has no BSN yet.
    CHECK(zonderBsn > 25);
    CHECK(zonderBsn < 100);
}

TEST_CASE("the same seed gives the same demo data and another seed gives other data", "[demo]")
{
    test::TempWorkspace first;
    test::TempWorkspace second;
    test::TempWorkspace other;
    generated(*first, DemoSize::S, 42);
    generated(*second, DemoSize::S, 42);
    generated(*other, DemoSize::S, 43);

    const auto rows = fingerprint(*first);
    REQUIRE(rows.size() == 50);
    CHECK(rows == fingerprint(*second));
    CHECK(rows != fingerprint(*other));

    const QString id = std::get<0>(rows.front());
    const auto netwerk = first->netwerk().forInwoner(id);
    const auto netwerkAgain = second->netwerk().forInwoner(id);
    REQUIRE(netwerk.size() == netwerkAgain.size());
    for (size_t i = 0; i < netwerk.size(); ++i) {
        CHECK(netwerk[i].meta.id == netwerkAgain[i].meta.id);
        CHECK(netwerk[i].sameContent(netwerkAgain[i]));
    }
    CHECK(first->instellingen().mijnGegevens() == second->instellingen().mijnGegevens());
}

TEST_CASE("generating into a file that holds data adds to it, with new ids and still unique BSNs", "[demo]")
{
    test::TempWorkspace ws;
    generated(*ws, DemoSize::S, 7);
    const core::MijnGegevens mijn = ws->instellingen().mijnGegevens();
    generated(*ws, DemoSize::S, 7);

    CHECK(ws->inwoners().count() == 100);
    QSet<QString> bsns;
    for (const auto& row : ws->inwoners().caseload({})) {
        if (!row.bsn.isEmpty()) {
            CHECK_FALSE(bsns.contains(row.bsn));
            bsns.insert(row.bsn);
        }
    }
    // Mijn gegevens is kept, and that consulent is the first aanspreekpunt of the second run too.
    CHECK(ws->instellingen().mijnGegevens() == mijn);
    CHECK(ws->inwoners().caseload({{}, mijn.naam, -1}).size() == 100);
    const auto problems = ws->integrityProblems();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

TEST_CASE("demo inwoners pass validation and live in a huishouden at one address", "[demo]")
{
    test::TempWorkspace ws;
    const auto summary = generated(*ws, DemoSize::S, 11);
    const QDate today = ws.clock.today();

    int huishoudensGezien = 0;
    QSet<QString> huishoudens;
    for (const auto& row : ws->inwoners().caseload({})) {
        const auto in = ws->inwoners().get(row.id);
        REQUIRE(in);
        CHECK(core::rules::Validation::check(*in, today).empty());
        const int leeftijd = in->leeftijdOp(today);
        CHECK(leeftijd >= 18);
        CHECK(leeftijd <= 100);

        const auto huishouden = ws->huishoudens().forInwoner(row.id);
        REQUIRE(huishouden);
        if (!huishoudens.contains(huishouden->meta.id)) {
            huishoudens.insert(huishouden->meta.id);
            ++huishoudensGezien;
        }
        REQUIRE_FALSE(huishouden->leden.empty());
        CHECK(huishouden->leden.front().rol == QStringLiteral("inwoner"));
        for (const auto& lid : huishouden->leden) {
            CHECK_FALSE(lid.naam.isEmpty());
            CHECK(std::set<QString>{QStringLiteral("inwoner"), QStringLiteral("partner"), QStringLiteral("kind"),
                                    QStringLiteral("ouder"), QStringLiteral("huisgenoot")}
                      .count(lid.rol) == 1);
            if (!lid.inwonerId.isEmpty()) {
                const auto member = ws->inwoners().get(lid.inwonerId);
                REQUIRE(member);
                CHECK(member->adres == in->adres);
                CHECK(member->aanspreekpunt == in->aanspreekpunt);
            }
        }
        for (const auto& persoon : ws->netwerk().forInwoner(row.id))
            CHECK(core::rules::Validation::check(persoon, today).empty());
    }
    CHECK(huishoudensGezien == summary.huishoudens);
}

TEST_CASE("demo size M has mantelzorgers in all four belasting classes", "[demo]")
{
    test::TempWorkspace ws;
    const auto summary = generated(*ws, DemoSize::M, 5);

    std::set<core::Belasting> klassen;
    int mantelzorgers = 0;
    int netwerkpersonen = 0;
    int inwonersMetMantelzorger = 0;
    for (const auto& row : ws->inwoners().caseload({})) {
        bool heeftMantelzorger = false;
        for (const auto& persoon : ws->netwerk().forInwoner(row.id)) {
            ++netwerkpersonen;
            CHECK(persoon.nabijheid >= 1);
            CHECK(persoon.nabijheid <= 4);
            if (!persoon.mantelzorg)
                continue;
            ++mantelzorgers;
            heeftMantelzorger = true;
            CHECK(persoon.mantelzorg->urenPerWeek >= 2);
            CHECK(persoon.mantelzorg->urenPerWeek <= 40);
            if (const auto belasting = persoon.mantelzorg->belasting())
                klassen.insert(*belasting);
        }
        inwonersMetMantelzorger += heeftMantelzorger ? 1 : 0;
    }
    CHECK(klassen == std::set<core::Belasting>{core::Belasting::Geen, core::Belasting::Licht, core::Belasting::Matig,
                                               core::Belasting::Zwaar});
    CHECK(mantelzorgers == summary.mantelzorgers);
    CHECK(netwerkpersonen == summary.netwerkpersonen);
    CHECK(summary.consulenten == 7);
    // About a third of the inwoners has a mantelzorger.
    CHECK(inwonersMetMantelzorger > 125);
    CHECK(inwonersMetMantelzorger < 225);
}

TEST_CASE("searching demo data for berg finds inwoners named Berg", "[demo]")
{
    test::TempWorkspace ws;
    generated(*ws, DemoSize::M, 9);

    const auto rows = ws->inwoners().caseload({QStringLiteral("berg"), {}, -1});
    REQUIRE_FALSE(rows.empty());
    bool naamBerg = false;
    for (const auto& row : rows) {
        const QString gevonden =
            (row.sorteernaam + QLatin1Char(' ') + row.straatregel + QLatin1Char(' ') + row.woonplaats).toLower();
        CHECK(gevonden.contains(QStringLiteral("berg")));
        naamBerg = naamBerg || row.sorteernaam.startsWith(QStringLiteral("Berg, "));
    }
    CHECK(naamBerg);
}

TEST_CASE("most demo inwoners have valid ZRM metingen by their aanspreekpunt, none of them in the future",
          "[demo][zrm]")
{
    test::TempWorkspace ws;
    const auto summary = generated(*ws, DemoSize::S, 1);
    const QDate today = ws.clock.today();
    core::ZrmService zrm(*ws);

    int inwonersMetMeting = 0;
    int metingen = 0;
    for (const auto& row : ws->inwoners().caseload({})) {
        const auto in = ws->inwoners().get(row.id);
        REQUIRE(in);
        const auto eigen = ws->zrm().forInwoner(row.id);
        inwonersMetMeting += eigen.empty() ? 0 : 1;
        metingen += static_cast<int>(eigen.size());
        for (size_t i = 0; i < eigen.size(); ++i) {
            const core::ZrmMeting& m = eigen[i];
            CHECK(zrm.validate(m).empty());
            CHECK(m.datum <= today);
            CHECK(m.door == in->aanspreekpunt.naam);
            CHECK((m.moment == core::ZrmMoment::Intake) == (i == 0));
            if (i > 0) {
                // About six months apart.
                CHECK(eigen[i - 1].datum.daysTo(m.datum) >= 150);
                CHECK(eigen[i - 1].datum.daysTo(m.datum) <= 220);
            }
            int gescoord = 0;
            int nietBeoordeeld = 0;
            for (const auto& score : m.scores) {
                gescoord += score.score ? 1 : 0;
                nietBeoordeeld += score.nietBeoordeeld ? 1 : 0;
            }
            // Data minimisation: never all leefgebieden, and "niet beoordeeld" only now and then.
            CHECK(gescoord >= 5);
            CHECK(gescoord <= 12);
            CHECK(nietBeoordeeld <= 2);
            CHECK(m.scores.size() < 13);
        }
    }
    CHECK(metingen == summary.metingen);
    CHECK(inwonersMetMeting >= 40);
    CHECK(metingen >= 70);
    CHECK(metingen <= 120);
}

TEST_CASE("the same seed gives the same ZRM metingen, ids and scores included", "[demo][zrm]")
{
    test::TempWorkspace first;
    test::TempWorkspace second;
    generated(*first, DemoSize::S, 42);
    generated(*second, DemoSize::S, 42);

    const auto a = alleMetingen(*first);
    const auto b = alleMetingen(*second);
    REQUIRE_FALSE(a.empty());
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].meta.id == b[i].meta.id);
        CHECK(a[i].sameContent(b[i]));
        REQUIRE(a[i].scores.size() == b[i].scores.size());
        for (size_t j = 0; j < a[i].scores.size(); ++j) {
            CHECK(a[i].scores[j].meta.id == b[i].scores[j].meta.id);
            CHECK(a[i].scores[j].sameContent(b[i].scores[j]));
        }
    }
}

TEST_CASE("demo size M shows ZRM movement: mostly stable, some better, some worse", "[demo][zrm]")
{
    test::TempWorkspace ws;
    const auto summary = generated(*ws, DemoSize::M, 5);

    int verbeterd = 0;
    int gelijk = 0;
    int verslechterd = 0;
    int nietBeoordeeld = 0;
    int justitie = 0;
    for (const auto& rij : ws->zrm().voortgang()) {
        verbeterd += rij.verbeterd;
        gelijk += rij.gelijk;
        verslechterd += rij.verslechterd;
        nietBeoordeeld += rij.nietBeoordeeld;
        if (rij.leefgebied == QStringLiteral("justitie"))
            justitie = rij.n;
    }
    CHECK(verbeterd > 0);
    CHECK(verslechterd > 0);
    CHECK(gelijk > verbeterd);
    CHECK(gelijk > verslechterd);
    CHECK(nietBeoordeeld > 0);
    // Justitie is criminal data: scored only rarely.
    CHECK(justitie < summary.inwoners / 20);

    // A few older metingen are in ZRM 2013, so that trends run through the mapping.
    int zrm2013 = 0;
    for (const auto& meting : alleMetingen(*ws))
        zrm2013 += meting.instrument == QStringLiteral("zrm2013") ? 1 : 0;
    CHECK(zrm2013 > 0);
    CHECK(zrm2013 < summary.metingen / 10);
}

TEST_CASE("demo size S has about 1.6 trajecten per inwoner, each passing the services' validation", "[demo][traject]")
{
    test::TempWorkspace ws;
    const auto summary = generated(*ws, DemoSize::S, 1);
    const QDate today = ws.clock.today();
    const core::TrajectService trajecten(*ws);
    const core::GesprekService gesprekken(*ws);

    const auto alle = alleTrajecten(*ws);
    CHECK(static_cast<int>(alle.size()) == summary.trajecten);
    CHECK(ws->trajecten().count() == summary.trajecten);
    CHECK(summary.trajecten >= 65);
    CHECK(summary.trajecten <= 100);
    int gesprekkenGezien = 0;
    for (const auto& [t, eigenGesprekken] : alle) {
        INFO(t.meta.id.toStdString() << ": " << t.hulpvraag.toStdString());
        CHECK(trajecten.validate(t).empty());
        CHECK_FALSE(t.hulpvraag.isEmpty());
        CHECK(core::isKeuze(core::Keuzelijst::MeldingKanaal, t.kanaal));
        CHECK(t.meldingDatum <= today);
        CHECK(t.meldingDatum >= today.addYears(-8));
        for (const auto& g : eigenGesprekken) {
            CHECK(gesprekken.validate(g).empty());
            CHECK(g.datum >= t.meldingDatum);
            ++gesprekkenGezien;
        }
    }
    CHECK(gesprekkenGezien == summary.gesprekken);
    CHECK(gesprekkenGezien >= summary.trajecten);

    // Written without the services, but sound: every foreign key holds.
    const auto problems = ws->integrityProblems();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

TEST_CASE("demo size S puts trajecten in every phase on the dashboard, with steps missing and terms overdue",
          "[demo][traject]")
{
    test::TempWorkspace ws;
    generated(*ws, DemoSize::S, 1);
    const core::TrajectService trajecten(*ws);

    std::set<core::rules::Fase> fasen;
    std::set<core::rules::Ontbrekend> ontbrekend;
    int open = 0;
    int gesloten = 0;
    int metVoorziening = 0;
    int tijdelijk = 0;
    int opgeschort = 0;
    int evaluaties = 0;
    for (const auto& [t, eigenGesprekken] : alleTrajecten(*ws)) {
        const auto stand = trajecten.stand(t);
        fasen.insert(stand.fase);
        ontbrekend.insert(stand.ontbreekt.begin(), stand.ontbreekt.end());
        (t.isOpen() ? open : gesloten) += 1;
        metVoorziening += t.voorzieningen.empty() ? 0 : 1;
        tijdelijk += std::any_of(t.voorzieningen.begin(), t.voorzieningen.end(),
                                 [](const core::Voorziening& v) { return v.eind.isValid(); })
                         ? 1
                         : 0;
        opgeschort += t.opschortingen.empty() ? 0 : 1;
        evaluaties += t.stap(core::StapSoort::EvaluatieGepland) ? 1 : 0;
        for (const auto& o : t.opschortingen)
            CHECK_FALSE(o.reden.isEmpty());
        // Closed with a beschikking that grants, then the voorziening is there.
        if (const auto* besluit = t.stap(core::StapSoort::Beschikking);
            besluit && besluit->uitkomst != QStringLiteral("afgewezen"))
            CHECK(t.voorzieningen.size() == 1);
    }
    // Most older trajecten are closed; a fifth or so is open.
    CHECK(gesloten > 2 * open);
    CHECK(open >= 8);
    CHECK(fasen.count(core::rules::Fase::Onderzoek) == 1);
    CHECK(fasen.count(core::rules::Fase::Verslag) == 1);
    CHECK(fasen.count(core::rules::Fase::Uitvoering) == 1);
    CHECK(fasen.count(core::rules::Fase::Afgesloten) == 1);
    CHECK(ontbrekend.count(core::rules::Ontbrekend::Ontvangstbevestiging) == 1);
    CHECK(ontbrekend.count(core::rules::Ontbrekend::ClientondersteuningInwoner) == 1);
    CHECK(ontbrekend.count(core::rules::Ontbrekend::VerslagOndertekend) == 1);
    CHECK(metVoorziening > open);
    CHECK(tijdelijk > 0);
    CHECK(opgeschort > 0);
    CHECK(evaluaties > 0);

    const auto vandaag = trajecten.vandaag();
    REQUIRE(vandaag.ok());
    CHECK(static_cast<int>(vandaag->regels.size()) >= open);
    CHECK(vandaag->teLaat > 0);
    CHECK(vandaag->stapOntbreekt > 0);
}

TEST_CASE("demo trajecten follow the seeds: mostly Wmo, half the gesprekken a huisbezoek, four in ten alone",
          "[demo][traject]")
{
    test::TempWorkspace ws;
    const auto summary = generated(*ws, DemoSize::M, 5);
    // M is 500 inwoners: about 800 trajecten.
    CHECK(summary.trajecten >= 700);
    CHECK(summary.trajecten <= 900);

    std::map<QString, int> domeinen;
    std::map<QString, int> vormen;
    std::map<QString, int> hulpvragen;
    int gesprekken = 0;
    int alleen = 0;
    int metLeidraad = 0;
    int breed = 0;
    int nietBesproken = 0;
    for (const auto& [t, eigenGesprekken] : alleTrajecten(*ws)) {
        ++domeinen[t.domein];
        ++hulpvragen[t.hulpvraag];
        for (const auto& g : eigenGesprekken) {
            ++gesprekken;
            ++vormen[g.vorm];
            if (g.vorm == QStringLiteral("casusoverleg"))
                continue;
            const auto anderen = std::count_if(g.aanwezigen.begin(), g.aanwezigen.end(), [](const core::Aanwezige& a) {
                return a.rol != QStringLiteral("inwoner") && a.rol != QStringLiteral("tolk");
            });
            alleen += anderen == 0 ? 1 : 0;
            for (const auto& a : g.aanwezigen) {
                // Picked from the netwerk where possible; typed only for who is not in it.
                if (a.rol == QStringLiteral("partner") || a.rol == QStringLiteral("mantelzorger") ||
                    a.rol == QStringLiteral("familie"))
                    CHECK_FALSE(a.netwerkId.isEmpty());
            }
            if (g.leefgebieden.empty())
                continue;
            ++metLeidraad;
            const auto besproken =
                std::count_if(g.leefgebieden.begin(), g.leefgebieden.end(), [](const core::BesprokenLeefgebied& l) {
                    return l.status != QStringLiteral("niet_besproken");
                });
            breed += besproken > 1 ? 1 : 0;
            nietBesproken += besproken < static_cast<long>(g.leefgebieden.size()) ? 1 : 0;
        }
    }
    CHECK(gesprekken == summary.gesprekken);
    CHECK(aandeel(domeinen[QStringLiteral("wmo")], summary.trajecten) > 80);
    CHECK(domeinen[QStringLiteral("schulden")] > 0);
    CHECK(domeinen[QStringLiteral("participatiewet")] > 0);
    CHECK(aandeel(vormen[QStringLiteral("huisbezoek")], gesprekken) > 46);
    CHECK(aandeel(vormen[QStringLiteral("huisbezoek")], gesprekken) < 60);
    CHECK(vormen[QStringLiteral("telefonisch")] > vormen[QStringLiteral("loket")]);
    CHECK(aandeel(alleen, gesprekken) > 33);
    CHECK(aandeel(alleen, gesprekken) < 47);
    CHECK(aandeel(breed, metLeidraad) > 39);
    CHECK(aandeel(breed, metLeidraad) < 53);
    CHECK(nietBesproken > 0);
    // Hulpvragen in the inwoner's own words, many different ones.
    CHECK(hulpvragen.size() >= 30);
}

TEST_CASE("the same seed gives the same trajecten and gesprekken, ids included", "[demo][traject]")
{
    test::TempWorkspace first;
    test::TempWorkspace second;
    test::TempWorkspace other;
    generated(*first, DemoSize::S, 42);
    generated(*second, DemoSize::S, 42);
    generated(*other, DemoSize::S, 43);

    const auto a = alleTrajecten(*first);
    const auto b = alleTrajecten(*second);
    REQUIRE_FALSE(a.empty());
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].traject.meta.id == b[i].traject.meta.id);
        CHECK(a[i].traject.sameContent(b[i].traject));
        checkSameRecords(a[i].traject.stappen, b[i].traject.stappen);
        REQUIRE(a[i].gesprekken.size() == b[i].gesprekken.size());
        for (size_t j = 0; j < a[i].gesprekken.size(); ++j) {
            const auto& g = a[i].gesprekken[j];
            const auto& h = b[i].gesprekken[j];
            CHECK(g.meta.id == h.meta.id);
            CHECK(g.sameContent(h));
            REQUIRE(g.leefgebieden.size() == h.leefgebieden.size());
            for (size_t k = 0; k < g.leefgebieden.size(); ++k)
                CHECK(g.leefgebieden[k].sameContent(h.leefgebieden[k]));
        }
    }
    const auto c = alleTrajecten(*other);
    CHECK((c.size() != a.size() || c.front().traject.hulpvraag != a.front().traject.hulpvraag ||
           c.front().traject.meldingDatum != a.front().traject.meldingDatum));
}
