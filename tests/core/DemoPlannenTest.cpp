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

/// Every living plan in the file with its doelen and acties, per inwoner in name order, reeksen newest first and
/// within a reeks the newest version first.
std::vector<core::Ondersteuningsplan> allePlannen(core::Workspace& ws)
{
    std::vector<core::Ondersteuningsplan> result;
    for (const auto& row : ws.inwoners().caseload({})) {
        for (const auto& kop : ws.plannen().forInwoner(row.id, {})) {
            auto plan = ws.plannen().get(kop.meta.id);
            REQUIRE(plan);
            result.push_back(std::move(*plan));
        }
    }
    return result;
}

} // namespace

TEST_CASE("demo size S writes a fictitious sociale kaart with every category, algemeen and maatwerk, once per file",
          "[demo][plan]")
{
    test::TempWorkspace ws;
    const auto summary = generated(*ws, DemoSize::S, 1);
    CHECK(summary.socialeKaart >= 35);
    CHECK(summary.socialeKaart <= 50);
    CHECK(ws->socialeKaart().count() == summary.socialeKaart);

    const core::SocialeKaartService service(*ws);
    std::set<QString> categorieen;
    std::set<QString> wetten;
    std::set<QString> vormen;
    for (const auto& item : ws->socialeKaart().zoek({}, {}, false)) {
        INFO(item.naam.toStdString());
        CHECK(service.validate(item).empty());
        CHECK(item.actief);
        categorieen.insert(item.categorie);
        wetten.insert(item.wet);
        vormen.insert(item.vorm);
        if (!item.email.isEmpty())
            CHECK(item.email.endsWith(QStringLiteral("@example.nl")));
    }
    for (const QString& categorie : core::keuzeKeys(core::Keuzelijst::VoorzieningCategorie))
        CHECK(categorieen.count(categorie) == 1);
    CHECK(vormen == std::set<QString>{QStringLiteral("algemeen"), QStringLiteral("maatwerk")});
    for (const char* wet : {"wmo", "jeugdwet", "participatiewet", "schulden", "zvw"})
        CHECK(wetten.count(QString::fromLatin1(wet)) == 1);

    // Every kind of voorziening a beschikking grants has a maatwerk entry, and the demo beschikkingen name theirs.
    core::demo::DemoSocialeKaart kaart;
    core::demo::DemoRandom rng(1);
    core::demo::DemoIdSequence ids(1);
    CHECK(kaart.laad(*ws, rng, ids, ws.clock.today()) == 0);
    CHECK(kaart.size() == summary.socialeKaart);
    for (const QString& soort : core::keuzeKeys(core::Keuzelijst::VoorzieningSoort)) {
        INFO(soort.toStdString());
        const auto* item = kaart.maatwerk(QStringLiteral("wmo"), soort);
        REQUIRE(item);
        CHECK(item->isMaatwerk());
    }
    CHECK(kaart.maatwerk(QStringLiteral("jeugd"), QStringLiteral("begeleiding"))->wet == QStringLiteral("jeugdwet"));
    CHECK(kaart.maatwerk(QStringLiteral("schulden"), QStringLiteral("anders"))->categorie ==
          QStringLiteral("schuldhulp"));
    CHECK(kaart.maatwerk(QStringLiteral("participatiewet"), QStringLiteral("anders"))->categorie ==
          QStringLiteral("werk_inkomen"));
    int voorzieningen = 0;
    for (const auto& [t, eigenGesprekken] : alleTrajecten(*ws)) {
        for (const auto& v : t.voorzieningen) {
            ++voorzieningen;
            const auto item = ws->socialeKaart().get(v.socialeKaartId);
            REQUIRE(item);
            CHECK(item->isMaatwerk());
        }
    }
    CHECK(voorzieningen > 10);

    // A second run on the same file uses the sociale kaart that is there.
    const auto tweede = generated(*ws, DemoSize::S, 1);
    CHECK(tweede.socialeKaart == 0);
    CHECK(tweede.plannen > 0);
    CHECK(ws->socialeKaart().count() == summary.socialeKaart);
    const auto problems = ws->integrityProblems();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

TEST_CASE("every demo plan of size S passes PlanService::validate, with its acties in the order of consideration",
          "[demo][plan]")
{
    test::TempWorkspace ws;
    const auto summary = generated(*ws, DemoSize::S, 1);
    const QDate today = ws.clock.today();
    const core::PlanService service(*ws);

    const auto plannen = allePlannen(*ws);
    CHECK(static_cast<int>(plannen.size()) == summary.plannen);
    CHECK(summary.plannen >= 15);
    std::map<QString, int> statussen;
    int tweedeVersies = 0;
    int metBeschikking = 0;
    for (const auto& plan : plannen) {
        INFO(plan.meta.id.toStdString() << " " << plan.status.toStdString() << " v" << plan.versie);
        CHECK(service.validate(plan).empty());
        ++statussen[plan.status];
        const auto inwoner = ws->inwoners().get(plan.inwonerId);
        REQUIRE(inwoner);
        CHECK(plan.regisseur == inwoner->aanspreekpunt.naam);
        const auto traject = ws->trajecten().get(plan.trajectId);
        REQUIRE(traject);
        CHECK(traject->inwonerId == plan.inwonerId);
        if (plan.versie == 1) {
            CHECK(plan.reeksId == plan.meta.id);
            CHECK(plan.doelen.size() >= 2);
        } else {
            ++tweedeVersies;
            CHECK(plan.reeksId != plan.meta.id);
            CHECK_FALSE(plan.vorigeId.isEmpty());
        }
        CHECK_FALSE(plan.doelen.empty());
        CHECK(plan.doelen.size() <= 4);
        if (!plan.isConcept()) {
            CHECK(plan.vastgesteldOp.isValid());
            CHECK(plan.vastgesteldOp <= today);
        }
        if (plan.status == QStringLiteral("geevalueerd")) {
            CHECK(plan.geevalueerdOp <= today);
            CHECK(plan.geevalueerdOp >= plan.vastgesteldOp);
        }
        QSet<QString> netwerk;
        for (const auto& p : ws->netwerk().forInwoner(plan.inwonerId))
            netwerk.insert(p.meta.id);
        // The evaluation date lies six to twelve months after the plan starts (a concept: today).
        const QDate start = plan.vastgesteldOp.isValid() ? plan.vastgesteldOp : today;
        for (const auto& doel : plan.doelen) {
            CHECK(start.daysTo(doel.evaluatieDatum) >= 182);
            CHECK(start.daysTo(doel.evaluatieDatum) <= 365);
            CHECK(doel.evaluatie.isEmpty() == (plan.status != QStringLiteral("geevalueerd")));
            CHECK_FALSE(doel.wens.isEmpty());
            REQUIRE(doel.acties.size() >= 2);
            CHECK(doel.acties.size() <= 5);
            CHECK(doel.acties.front().niveau == QStringLiteral("eigen_kracht"));
            for (size_t i = 1; i < doel.acties.size(); ++i)
                CHECK(core::keuzeRang(core::Keuzelijst::ActieNiveau, doel.acties[i - 1].niveau) <=
                      core::keuzeRang(core::Keuzelijst::ActieNiveau, doel.acties[i].niveau));
            for (const auto& a : doel.acties) {
                if (a.niveau == QStringLiteral("netwerk"))
                    CHECK(netwerk.contains(a.netwerkId));
                if (a.niveau == QStringLiteral("maatwerk") && !a.beschikkingId.isEmpty()) {
                    ++metBeschikking;
                    const auto v =
                        std::find_if(traject->voorzieningen.begin(), traject->voorzieningen.end(),
                                     [&](const core::Voorziening& x) { return x.meta.id == a.beschikkingId; });
                    REQUIRE(v != traject->voorzieningen.end());
                    CHECK(a.voorzieningId == v->socialeKaartId);
                }
            }
        }
    }
    CHECK(statussen[QStringLiteral("concept")] > 0);
    CHECK(statussen[QStringLiteral("vastgesteld")] > 0);
    CHECK(statussen[QStringLiteral("geevalueerd")] > 0);
    CHECK(tweedeVersies > 0);
    CHECK(metBeschikking > 0);
    const auto problems = ws->integrityProblems();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

TEST_CASE("the same seed gives the same plans and sociale kaart, ids included", "[demo][plan]")
{
    test::TempWorkspace first;
    test::TempWorkspace second;
    test::TempWorkspace other;
    generated(*first, DemoSize::S, 42);
    generated(*second, DemoSize::S, 42);
    generated(*other, DemoSize::S, 43);

    const auto a = allePlannen(*first);
    const auto b = allePlannen(*second);
    REQUIRE_FALSE(a.empty());
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].meta.id == b[i].meta.id);
        CHECK(a[i].sameContent(b[i]));
        REQUIRE(a[i].doelen.size() == b[i].doelen.size());
        for (size_t j = 0; j < a[i].doelen.size(); ++j) {
            const auto& d = a[i].doelen[j];
            const auto& e = b[i].doelen[j];
            CHECK(d.meta.id == e.meta.id);
            CHECK(d.sameContent(e));
            checkSameRecords(d.acties, e.acties);
        }
    }
    const auto kaartA = first->socialeKaart().zoek({}, {}, false);
    const auto kaartB = second->socialeKaart().zoek({}, {}, false);
    checkSameRecords(kaartA, kaartB);
    const auto c = allePlannen(*other);
    CHECK((c.size() != a.size() || c.front().meta.id != a.front().meta.id));
}

TEST_CASE("demo plans of size M use every niveau, ask about respijtzorg and keep some doelen stable", "[demo][plan]")
{
    test::TempWorkspace ws;
    generated(*ws, DemoSize::M, 5);

    std::map<QString, int> niveaus;
    std::set<QString> evaluaties;
    int doelen = 0;
    int stabiel = 0;
    int eigenOplossing = 0;
    int nietGevolgd = 0;
    int metDoelscore = 0;
    int plannen = 0;
    int wederkerig = 0;
    int zwaarBelast = 0;
    int respijt = 0;
    for (const auto& plan : allePlannen(*ws)) {
        ++plannen;
        wederkerig += plan.wederkerigheid.isEmpty() ? 0 : 1;
        std::map<QString, core::NetwerkPersoon> netwerk;
        for (auto& p : ws->netwerk().forInwoner(plan.inwonerId))
            netwerk.emplace(p.meta.id, std::move(p));
        for (const auto& doel : plan.doelen) {
            ++doelen;
            stabiel += doel.soort == QStringLiteral("verbeteren") ? 0 : 1;
            eigenOplossing += doel.eigenOplossing.isEmpty() ? 0 : 1;
            nietGevolgd += doel.redenNietGevolgd.isEmpty() ? 0 : 1;
            metDoelscore += doel.doelscore ? 1 : 0;
            if (!doel.evaluatie.isEmpty())
                evaluaties.insert(doel.evaluatie);
            for (const auto& a : doel.acties) {
                ++niveaus[a.niveau];
                const auto p = netwerk.find(a.netwerkId);
                if (a.niveau != QStringLiteral("netwerk") || p == netwerk.end() || !p->second.mantelzorg)
                    continue;
                const auto belasting = p->second.mantelzorg->belasting();
                if (belasting == core::Belasting::Matig || belasting == core::Belasting::Zwaar) {
                    ++zwaarBelast;
                    respijt += a.respijtOverwogen ? 1 : 0;
                }
            }
        }
    }
    CHECK(plannen > 150);
    for (const QString& niveau : core::keuzeKeys(core::Keuzelijst::ActieNiveau))
        CHECK(niveaus[niveau] > 0);
    CHECK(niveaus[QStringLiteral("eigen_kracht")] > niveaus[QStringLiteral("maatwerk")]);
    CHECK(evaluaties == std::set<QString>{QStringLiteral("behaald"), QStringLiteral("deels"),
                                          QStringLiteral("niet_behaald"), QStringLiteral("stabiel")});
    // About one doel in seven aims to stay stable or to limit decline; the inwoner's own solution is
    // recorded for about three in ten, and sometimes not followed, with the reason.
    CHECK(aandeel(stabiel, doelen) > 8);
    CHECK(aandeel(stabiel, doelen) < 25);
    CHECK(aandeel(eigenOplossing, doelen) > 20);
    CHECK(aandeel(eigenOplossing, doelen) < 40);
    CHECK(nietGevolgd > 0);
    CHECK(nietGevolgd < eigenOplossing);
    CHECK(metDoelscore > 0);
    CHECK(metDoelscore < doelen);
    CHECK(aandeel(wederkerig, plannen) > 12);
    CHECK(aandeel(wederkerig, plannen) < 30);
    // A task for a mantelzorger who already carries a lot: respijtzorg was considered in most cases.
    CHECK(zwaarBelast > 0);
    CHECK(aandeel(respijt, zwaarBelast) > 60);
    CHECK(respijt < zwaarBelast);
}
