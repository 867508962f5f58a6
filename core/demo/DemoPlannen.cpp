// SPDX-License-Identifier: EUPL-1.2
#include "DemoPlannen.h"

#include "Clock.h"
#include "DemoDoelVocabulary.h"
#include "DemoIdSequence.h"
#include "DemoPlanVocabulary.h"
#include "DemoRandom.h"
#include "DemoSocialeKaart.h"
#include "DemoTrajectVocabulary.h"
#include "DemoTrajecten.h"
#include "DemoVocabulary.h"
#include "Workspace.h"
#include "repo/PlanRepository.h"

#include <QDateTime>

#include <algorithm>
#include <cstring>

namespace core::demo {

namespace {

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

template <typename T> const T& kies(DemoRandom& rng, std::span<const T> items)
{
    return rng.pick(items);
}

const NetwerkPersoon* metRelatie(const std::vector<NetwerkPersoon>& netwerk, Relatie relatie)
{
    const auto it =
        std::find_if(netwerk.begin(), netwerk.end(), [&](const NetwerkPersoon& p) { return p.relatie == relatie; });
    return it != netwerk.end() ? &*it : nullptr;
}

bool zwaarBelast(const NetwerkPersoon& p)
{
    const auto belasting = p.mantelzorg ? p.mantelzorg->belasting() : std::nullopt;
    return belasting == Belasting::Matig || belasting == Belasting::Zwaar;
}

/// What the maatwerk actie says it is: the voorziening of the beschikking with its amount.
QString maatwerkWat(const Voorziening& v)
{
    QString wat = v.omschrijving;
    if (!v.omvang)
        return wat;
    if (v.eenheid == QLatin1String("uur_per_week"))
        return wat + QStringLiteral(", %1 uur per week").arg(*v.omvang);
    if (v.eenheid == QLatin1String("km_per_jaar"))
        return wat + QStringLiteral(", %1 km per jaar").arg(*v.omvang);
    if (v.eenheid == QLatin1String("euro"))
        return wat + QStringLiteral(", budget %1 euro").arg(*v.omvang);
    return wat;
}

/// How a doel went at the evaluation; doelen that aim to stay stable mostly stayed so. Seed 000:
/// the solution fits for 40 %, partly for 32.5 %, not for 27.5 %.
const char* evaluatieVan(DemoRandom& rng, const PlanDoel& doel)
{
    const int r = rng.below(100);
    if (doel.soort != QLatin1String("verbeteren"))
        return r < 75 ? "stabiel" : (r < 90 ? "deels" : "niet_behaald");
    return r < 40 ? "behaald" : (r < 73 ? "deels" : "niet_behaald");
}

} // namespace

struct DemoPlannen::Context {
    const Traject& traject;
    const DemoHulpvraag& hulpvraag;
    const DemoTrajectProfiel& profiel;
    const std::vector<NetwerkPersoon>& netwerk;
    const DemoSocialeKaart& kaart;
    const Voorziening* voorziening;   ///< granted by the beschikking; nullptr while in onderzoek
    const SocialeKaartItem* maatwerk; ///< the sociale kaart entry of that voorziening
    QDate start;                      ///< when the acties start
    QDate evaluatie;
};

DemoPlannen::DemoPlannen(DemoRandom& rng, DemoIdSequence& ids, const QDate& today)
    : m_rng(rng)
    , m_ids(ids)
    , m_today(today)
{
}

std::vector<Ondersteuningsplan> DemoPlannen::maak(const DemoTraject& demo, const DemoTrajectProfiel& profiel,
                                                  const std::vector<NetwerkPersoon>& netwerk, DemoSocialeKaart& kaart)
{
    const Traject& t = demo.traject;
    const DemoPlanThema* thema =
        demo.hulpvraag ? DemoPlanVocabulary::thema(demo.hulpvraag->domein, demo.hulpvraag->voorziening) : nullptr;
    if (!thema)
        return {};
    const TrajectStap* besluit = t.stap(StapSoort::Beschikking);
    const Voorziening* voorziening = t.voorzieningen.empty() ? nullptr : &t.voorzieningen.front();
    const bool toegekend = besluit && besluit->uitkomst != QLatin1String("afgewezen") && voorziening;
    const bool inOnderzoek = !besluit && t.isOpen() && !demo.gesprekken.empty();
    // Plans came with this version of the app: older beschikkingen have none.
    if (toegekend && besluit->datum < m_today.addYears(-2))
        return {};
    if (!toegekend && !(inOnderzoek && m_rng.chance(45)))
        return {};
    if (m_aandeel < 100 && !m_rng.chance(m_aandeel))
        return {};
    // An inwoner who died or moved away is not evaluated after that.
    const TrajectStap* afgesloten = t.stap(StapSoort::Afgesloten);
    const bool weg = afgesloten && (afgesloten->uitkomst == QLatin1String("overleden") ||
                                    afgesloten->uitkomst == QLatin1String("verhuisd"));

    const bool ontwerp = !toegekend || (besluit->datum.daysTo(m_today) < 21 && m_rng.chance(60));
    const QDate start = ontwerp ? m_today : std::min(m_today, besluit->datum.addDays(m_rng.between(0, 10)));
    const Context ctx{t,
                      *demo.hulpvraag,
                      profiel,
                      netwerk,
                      kaart,
                      toegekend ? voorziening : nullptr,
                      kaart.maatwerk(t.domein, QString::fromLatin1(demo.hulpvraag->voorziening)),
                      start,
                      start.addDays(m_rng.between(182, 365))};

    Ondersteuningsplan plan;
    plan.meta.id = m_ids.next();
    plan.inwonerId = t.inwonerId;
    plan.trajectId = t.meta.id;
    plan.reeksId = plan.meta.id;
    plan.status = ontwerp ? QStringLiteral("concept") : QStringLiteral("vastgesteld");
    plan.vastgesteldOp = ontwerp ? QDate() : start;
    // Made when it was agreed (a concept: now, when it is stamped), so that reeksen sort by age.
    if (!ontwerp)
        plan.meta.createdAt = QDateTime(start, QTime(9, 0), Qt::UTC);
    plan.regisseur = profiel.consulent;
    plan.regisseurRol =
        t.domein == QLatin1String("wmo") ? QStringLiteral("Wmo-consulent") : QStringLiteral("consulent wijkteam");
    if (m_rng.chance(20))
        plan.wederkerigheid = utf8(kies(m_rng, DemoPlanVocabulary::wederkerigheid()));

    // The doel of the hulpvraag first, then one to three others on other leefgebieden; older
    // inwoners often also want things to stay as they are.
    std::vector<const DemoDoelSoort*> soorten{&DemoDoelVocabulary::doel(
        t.hulpvraag.contains(QLatin1String("vergeet")) ? DemoPlanVocabulary::geheugenDoel() : thema->hoofd)};
    const auto vrij = [&](const DemoDoelSoort& s) {
        return std::none_of(soorten.begin(), soorten.end(),
                            [&](const DemoDoelSoort* d) { return std::strcmp(d->leefgebied, s.leefgebied) == 0; });
    };
    const int r = m_rng.below(100);
    const size_t aantal = r < 40 ? 2 : (r < 85 ? 3 : 4);
    if (profiel.leeftijd >= 75 && m_rng.chance(60)) {
        const DemoDoelSoort& stabiel = DemoDoelVocabulary::doel(kies(m_rng, DemoPlanVocabulary::stabieleDoelen()));
        if (vrij(stabiel))
            soorten.push_back(&stabiel);
    }
    std::vector<const char*> anderen(thema->anderen.begin(), thema->anderen.end());
    while (soorten.size() < aantal && !anderen.empty()) {
        const auto i = static_cast<size_t>(m_rng.below(static_cast<int>(anderen.size())));
        const DemoDoelSoort& s = DemoDoelVocabulary::doel(anderen[i]);
        anderen.erase(anderen.begin() + static_cast<std::ptrdiff_t>(i));
        if (vrij(s))
            soorten.push_back(&s);
    }
    for (size_t i = 0; i < soorten.size(); ++i) {
        plan.doelen.push_back(doel(*soorten[i], i == 0, ctx));
        plan.doelen.back().positie = static_cast<int>(i);
    }

    std::vector<Ondersteuningsplan> result;
    result.push_back(std::move(plan));
    // Past the evaluation date most plans were evaluated, and most of those went on in a version 2.
    const QDate evaluatieDag = ctx.evaluatie.addDays(m_rng.between(0, 21));
    if (ontwerp || weg || evaluatieDag > m_today || !m_rng.chance(75))
        return result;
    evalueer(result.front(), evaluatieDag);
    const bool klaar = std::all_of(result.front().doelen.begin(), result.front().doelen.end(),
                                   [](const PlanDoel& d) { return d.evaluatie == QLatin1String("behaald"); });
    if (!klaar && m_rng.chance(60))
        result.push_back(volgendeVersie(result.front(), evaluatieDag));
    return result;
}

PlanDoel DemoPlannen::doel(const DemoDoelSoort& soort, bool hoofd, const Context& ctx)
{
    PlanDoel d;
    d.meta.id = m_ids.next();
    d.inwonerId = ctx.traject.inwonerId;
    d.leefgebied = QString::fromLatin1(soort.leefgebied);
    d.wens = utf8(kies(m_rng, soort.wensen));
    if (m_rng.chance(60))
        d.gewensteSituatie = utf8(kies(m_rng, soort.situaties));
    d.soort = QString::fromLatin1(soort.soort);
    if (m_rng.chance(45))
        d.doelscore = d.soort == QLatin1String("verbeteren") ? m_rng.between(3, 4) : 3;
    d.evaluatieDatum = ctx.evaluatie;
    if (!soort.eigenOplossingen.empty() && m_rng.chance(40)) {
        const DemoEigenOplossing& o = kies(m_rng, soort.eigenOplossingen);
        d.eigenOplossing = utf8(o.oplossing);
        d.redenNietGevolgd = utf8(o.redenNietGevolgd);
    }
    acties(d, soort, hoofd, ctx);
    return d;
}

void DemoPlannen::acties(PlanDoel& doel, const DemoDoelSoort& soort, bool hoofd, const Context& ctx)
{
    const auto nieuw = [&](const char* niveau, const QString& wat) -> PlanActie& {
        PlanActie a;
        a.meta.id = m_ids.next();
        a.niveau = QString::fromLatin1(niveau);
        a.wat = wat;
        if (m_rng.chance(70))
            a.van = ctx.start;
        if (m_rng.chance(30))
            a.tot = ctx.evaluatie;
        doel.acties.push_back(std::move(a));
        return doel.acties.back();
    };

    // Eigen kracht always; a second one when little else fits.
    std::vector<const char*> eigen(soort.eigenKracht.begin(), soort.eigenKracht.end());
    const auto eigenKracht = [&] {
        const auto i = static_cast<size_t>(m_rng.below(static_cast<int>(eigen.size())));
        nieuw("eigen_kracht", utf8(eigen[i]));
        eigen.erase(eigen.begin() + static_cast<std::ptrdiff_t>(i));
    };
    eigenKracht();

    std::vector<const NetwerkPersoon*> personen;
    std::vector<const NetwerkPersoon*> mantelzorgers;
    for (const NetwerkPersoon& p : ctx.netwerk) {
        if (isProfessional(p.relatie) || soort.netwerk.empty())
            continue;
        personen.push_back(&p);
        if (p.isMantelzorger())
            mantelzorgers.push_back(&p);
    }
    if (!personen.empty() && m_rng.chance(65)) {
        const bool mantelzorger = !mantelzorgers.empty() && m_rng.chance(50);
        const NetwerkPersoon* p = mantelzorger ? kies(m_rng, std::span<const NetwerkPersoon* const>(mantelzorgers))
                                               : kies(m_rng, std::span<const NetwerkPersoon* const>(personen));
        PlanActie& a = nieuw("netwerk", utf8(kies(m_rng, soort.netwerk)));
        a.netwerkId = p->meta.id;
        // The plan dialog asks about respijtzorg when a mantelzorger already carries a lot.
        if (zwaarBelast(*p))
            a.respijtOverwogen = m_rng.chance(80);
        if (m_rng.chance(30)) {
            a.omvang = m_rng.between(1, 4);
            a.eenheid = QStringLiteral("uur_per_week");
        }
    }

    if (!soort.algemeen.empty() && m_rng.chance(hoofd ? 45 : 60)) {
        const DemoAlgemeneActie& keuze = kies(m_rng, soort.algemeen);
        const auto items = ctx.kaart.algemeen(QString::fromLatin1(keuze.categorie));
        if (!items.empty())
            nieuw("algemeen", utf8(keuze.wat)).voorzieningId =
                kies(m_rng, std::span<const SocialeKaartItem* const>(items))->meta.id;
    }

    // The maatwerkvoorziening of the beschikking, or while in onderzoek the one to be asked for.
    const DemoHulpvraag& hv = ctx.hulpvraag;
    if (hoofd && (ctx.voorziening || (ctx.maatwerk && m_rng.chance(hv.maatwerk)))) {
        const bool jeugd = ctx.traject.domein == QLatin1String("jeugd");
        const QString onderbouwing =
            utf8(kies(m_rng, DemoPlanVocabulary::onderbouwingen(jeugd ? "jeugd" : hv.voorziening)));
        PlanActie& a = nieuw("maatwerk", ctx.voorziening ? maatwerkWat(*ctx.voorziening)
                                                         : QStringLiteral("Aanvraag: %1").arg(utf8(hv.omschrijving)));
        a.voorzieningId = ctx.maatwerk ? ctx.maatwerk->meta.id : QString();
        a.onderbouwing = onderbouwing;
        if (const Voorziening* v = ctx.voorziening) {
            a.beschikkingId = v->meta.id;
            a.van = v->start;
            a.tot = v->eind;
            a.omvang = v->omvang;
            a.eenheid = v->eenheid;
        }
    }

    if (!soort.professioneel.empty() && m_rng.chance(25)) {
        const DemoProfessioneleActie& keuze = kies(m_rng, soort.professioneel);
        nieuw("professioneel", utf8(keuze.wat)).uitvoerder = uitvoerder(keuze.wie, ctx);
    }
    if (doel.acties.size() < 2 && !eigen.empty())
        eigenKracht();
    sorteerActies(doel.acties);
    for (size_t i = 0; i < doel.acties.size(); ++i)
        doel.acties[i].positie = static_cast<int>(i);
}

QString DemoPlannen::uitvoerder(const char* wie, const Context& ctx)
{
    const NetwerkPersoon* huisarts = metRelatie(ctx.netwerk, Relatie::Huisarts);
    if (std::strcmp(wie, "huisarts") == 0) {
        if (huisarts)
            return QStringLiteral("Huisarts %1 (%2)").arg(huisarts->naam, huisarts->organisatie);
        return QStringLiteral("Huisarts (%1)")
            .arg(utf8(m_rng.pick(DemoVocabulary::organisaties(Relatie::Huisarts)).naam));
    }
    if (std::strcmp(wie, "poh_ggz") == 0) {
        const QString praktijk =
            huisarts ? huisarts->organisatie : utf8(m_rng.pick(DemoVocabulary::organisaties(Relatie::Huisarts)).naam);
        return QStringLiteral("Praktijkondersteuner GGZ (%1)").arg(praktijk);
    }
    if (std::strcmp(wie, "wijkverpleging") == 0) {
        if (const NetwerkPersoon* p = metRelatie(ctx.netwerk, Relatie::Wijkverpleegkundige))
            return QStringLiteral("Wijkverpleegkundige %1 (%2)").arg(p->naam, p->organisatie);
        return utf8(m_rng.pick(DemoVocabulary::organisaties(Relatie::Wijkverpleegkundige)).naam);
    }
    return utf8(wie);
}

void DemoPlannen::evalueer(Ondersteuningsplan& plan, const QDate& datum)
{
    plan.status = QStringLiteral("geevalueerd");
    plan.geevalueerdOp = datum;
    plan.evaluatieNotitie = utf8(kies(m_rng, DemoPlanVocabulary::planEvaluaties()));
    for (PlanDoel& d : plan.doelen) {
        const char* evaluatie = evaluatieVan(m_rng, d);
        d.evaluatie = QString::fromLatin1(evaluatie);
        if (m_rng.chance(70))
            d.evaluatieNotitie = utf8(kies(m_rng, DemoPlanVocabulary::evaluatieNotities(evaluatie)));
    }
}

Ondersteuningsplan DemoPlannen::volgendeVersie(const Ondersteuningsplan& vorige, const QDate& geevalueerd)
{
    // As PlanService::nieuweVersie: new ids, evaluations cleared; the doelen that were met are done.
    Ondersteuningsplan plan = vorige;
    plan.meta = SyncMeta{};
    plan.meta.id = m_ids.next();
    plan.meta.createdAt = QDateTime(geevalueerd, QTime(9, 0), Qt::UTC);
    plan.versie = vorige.versie + 1;
    plan.vorigeId = vorige.meta.id;
    plan.geevalueerdOp = {};
    plan.evaluatieNotitie.clear();
    const bool ontwerp = geevalueerd.daysTo(m_today) < 30 || m_rng.chance(25);
    plan.status = ontwerp ? QStringLiteral("concept") : QStringLiteral("vastgesteld");
    const QDate start = ontwerp ? m_today : std::min(m_today, geevalueerd.addDays(m_rng.between(0, 14)));
    plan.vastgesteldOp = ontwerp ? QDate() : start;
    const QDate evaluatie = start.addDays(m_rng.between(182, 365));
    std::erase_if(plan.doelen, [](const PlanDoel& d) { return d.evaluatie == QLatin1String("behaald"); });
    for (size_t i = 0; i < plan.doelen.size(); ++i) {
        PlanDoel& d = plan.doelen[i];
        d.meta = SyncMeta{};
        d.meta.id = m_ids.next();
        d.positie = static_cast<int>(i);
        d.evaluatie.clear();
        d.evaluatieNotitie.clear();
        d.evaluatieDatum = evaluatie;
        for (PlanActie& a : d.acties) {
            a.meta = SyncMeta{};
            a.meta.id = m_ids.next();
            if (a.niveau != QLatin1String("maatwerk") && a.van.isValid())
                a.van = start;
            if (a.niveau != QLatin1String("maatwerk") && a.tot.isValid())
                a.tot = evaluatie;
        }
    }
    return plan;
}

void DemoPlannen::bewaar(Workspace& ws, Ondersteuningsplan& plan)
{
    auto& repo = ws.plannen();
    if (plan.meta.createdAt > ws.clock().now())
        plan.meta.createdAt = {};
    ws.stamp(plan.meta);
    repo.save(plan);
    for (PlanDoel& d : plan.doelen) {
        d.meta.createdAt = plan.meta.createdAt;
        ws.stamp(d.meta);
        repo.save(plan.meta.id, d);
        for (PlanActie& a : d.acties) {
            a.meta.createdAt = plan.meta.createdAt;
            ws.stamp(a.meta);
            repo.save(d.meta.id, a);
        }
    }
}

} // namespace core::demo
