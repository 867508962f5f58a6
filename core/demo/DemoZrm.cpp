// SPDX-License-Identifier: EUPL-1.2
#include "DemoZrm.h"

#include "DemoIdSequence.h"
#include "DemoRandom.h"
#include "zrm/ZrmInstrument.h"

#include <algorithm>
#include <span>

namespace core::demo {

namespace {

// The ZRM 2017 leefgebieden, in the instrument's order.
enum Gebied : size_t {
    Financien,
    Werk,
    Tijd,
    Huisvesting,
    Relaties,
    Geestelijk,
    Lichamelijk,
    Middelen,
    BasaleAdl,
    InstrumenteleAdl,
    Netwerk,
    Participatie,
    Justitie,
    kGebieden
};

constexpr const char* kKeys[kGebieden] = {"financien",
                                          "werk_opleiding",
                                          "tijdsbesteding",
                                          "huisvesting",
                                          "huiselijke_relaties",
                                          "geestelijke_gezondheid",
                                          "lichamelijke_gezondheid",
                                          "middelengebruik",
                                          "basale_adl",
                                          "instrumentele_adl",
                                          "sociaal_netwerk",
                                          "maatschappelijke_participatie",
                                          "justitie"};

struct Kandidaat {
    Gebied gebied;
    int gewicht;
};

constexpr int kPensioenleeftijd = 67;

bool kwetsbaar(size_t g)
{
    return g == Lichamelijk || g == BasaleAdl || g == InstrumenteleAdl;
}

} // namespace

DemoZrm::DemoZrm(DemoRandom& rng, DemoIdSequence& ids, const QDate& today)
    : m_rng(rng)
    , m_ids(ids)
    , m_today(today)
{
    for (const char* key : kKeys)
        m_keys2017.push_back(QString::fromLatin1(key));
    if (const ZrmInstrument* zrm2013 = ZrmInstrument::find(QStringLiteral("zrm2013"))) {
        for (const Leefgebied& lg : zrm2013->leefgebieden()) {
            Mapping mapping{lg.key, {}};
            for (const QString& doel : lg.zrm2017) {
                const auto it = std::find(m_keys2017.begin(), m_keys2017.end(), doel);
                if (it != m_keys2017.end())
                    mapping.doelen.push_back(static_cast<size_t>(it - m_keys2017.begin()));
            }
            if (!mapping.doelen.empty())
                m_mapping2013.push_back(std::move(mapping));
        }
    }
}

std::vector<ZrmMeting> DemoZrm::maak(const QString& inwonerId, const DemoZrmProfiel& profiel, const QString& door)
{
    const int r = m_rng.below(100);
    const size_t aantal = r < 5 ? 0 : (r < 20 ? 1 : (r < 88 ? 2 : 3));
    if (aantal == 0)
        return {};
    // Counting back from the latest, which lies in the last five months: about six months apart.
    std::vector<QDate> data(aantal);
    data.back() = m_today.addDays(-m_rng.below(150));
    for (size_t i = aantal - 1; i > 0; --i)
        data[i - 1] = data[i].addDays(-(182 + m_rng.between(-14, 28)));
    const bool eersteIn2013 = aantal >= 2 && !m_mapping2013.empty() && m_rng.chance(5);
    const ZrmMoment tweede = aantal == 2 && m_rng.chance(60) ? ZrmMoment::Evaluatie : ZrmMoment::Tussentijds;

    std::vector<Stand> stand = intake(profiel);
    std::vector<ZrmMeting> metingen;
    metingen.reserve(aantal);
    for (size_t i = 0; i < aantal; ++i) {
        if (i > 0)
            beweeg(stand, profiel);
        ZrmMeting m;
        m.meta.id = m_ids.next();
        m.inwonerId = inwonerId;
        m.instrument = i == 0 && eersteIn2013 ? QStringLiteral("zrm2013") : ZrmInstrument::kZrm2017;
        m.datum = data[i];
        m.moment = i == 0 ? ZrmMoment::Intake : (i == 1 ? tweede : ZrmMoment::Evaluatie);
        m.door = door;
        vulScores(m, stand);
        metingen.push_back(std::move(m));
    }
    return metingen;
}

std::vector<DemoZrm::Stand> DemoZrm::intake(const DemoZrmProfiel& profiel)
{
    // What a Wmo hulpvraag is about is always scored; of the rest only what matters for this inwoner.
    std::vector<bool> gescoord(kGebieden, false);
    for (const Gebied g : {Huisvesting, Lichamelijk, BasaleAdl, InstrumenteleAdl, Netwerk})
        gescoord[g] = true;
    std::vector<Kandidaat> kandidaten = {{Financien, 8}, {Tijd, 7},       {Participatie, 7},
                                         {Relaties, 6},  {Geestelijk, 6}, {Middelen, 2}};
    const bool pensioen = profiel.leeftijd >= kPensioenleeftijd;
    if (!pensioen)
        kandidaten.push_back({Werk, 5});
    std::vector<Gebied> volgorde;
    while (!kandidaten.empty()) {
        const Kandidaat& gekozen = m_rng.weighted(std::span<const Kandidaat>(kandidaten));
        volgorde.push_back(gekozen.gebied);
        kandidaten.erase(kandidaten.begin() + (&gekozen - kandidaten.data()));
    }
    const auto extra = static_cast<size_t>(m_rng.between(7, 11) - 5);
    for (size_t i = 0; i < std::min(extra, volgorde.size()); ++i)
        gescoord[volgorde[i]] = true;
    gescoord[Justitie] = m_rng.chance(3);

    std::vector<Stand> stand(kGebieden);
    // Deliberately not scored, with a reason: for someone retired first of all work.
    std::vector<Gebied> overgeslagen(volgorde.begin() + static_cast<std::ptrdiff_t>(std::min(extra, volgorde.size())),
                                     volgorde.end());
    if (pensioen)
        overgeslagen.insert(overgeslagen.begin(), Werk);
    const int k = m_rng.below(100);
    const size_t nietBeoordeeld = std::min(overgeslagen.size(), static_cast<size_t>(k < 30 ? 0 : (k < 75 ? 1 : 2)));
    for (size_t i = 0; i < nietBeoordeeld; ++i) {
        const Gebied g = overgeslagen[i];
        const int reden = m_rng.below(100);
        if ((g == Werk && pensioen) || reden < 75)
            stand[g].reden = NietBeoordeeld::NietRelevant;
        else
            stand[g].reden = reden < 90 ? NietBeoordeeld::OnvoldoendeInformatie : NietBeoordeeld::InwonerWilNiet;
    }

    for (size_t g = 0; g < kGebieden; ++g) {
        if (!gescoord[g])
            continue;
        Stand& s = stand[g];
        s.niveau = niveauBijIntake(g, profiel);
        const int doel = m_rng.below(100);
        if (g == Justitie)
            continue;
        // For the oldest, staying where they are is the best outcome on health and ADL.
        if (profiel.leeftijd >= 85 && kwetsbaar(g)) {
            if (doel < 50)
                s.doel = s.niveau;
        } else if (doel < (s.niveau <= 2 ? 70 : (s.niveau == 3 ? 45 : (s.niveau == 4 ? 10 : 0)))) {
            s.doel = std::min(5, s.niveau + 1);
        }
    }
    return stand;
}

int DemoZrm::niveauBijIntake(size_t g, const DemoZrmProfiel& profiel)
{
    const int leeftijd = profiel.leeftijd;
    const int netwerk = profiel.netwerk;
    int midden = 4;
    switch (g) {
    case Werk:
        midden = 3;
        break;
    case Tijd:
        midden = netwerk <= 2 ? 2 : 3;
        break;
    case Huisvesting:
        midden = leeftijd >= 75 ? 3 : 4;
        break;
    case Geestelijk:
        midden = netwerk <= 2 && profiel.alleen ? 3 : 4;
        break;
    case Lichamelijk:
        midden = leeftijd >= 85 ? 2 : 3;
        break;
    case BasaleAdl:
        midden = leeftijd >= 90 ? 2 : (leeftijd >= 80 ? 3 : 4);
        break;
    case InstrumenteleAdl:
        midden = leeftijd >= 85 ? 2 : 3;
        break;
    case Netwerk:
        midden = netwerk <= 2 ? 2 : (netwerk <= 4 ? 3 : 4);
        break;
    case Participatie:
        midden = netwerk <= 2 ? 2 : (netwerk >= 7 ? 4 : 3);
        break;
    default:
        break;
    }
    // Acute problems are rare in a Wmo caseload: a 2 seldom drops to 1.
    const int r = m_rng.below(100);
    const int spreiding = r < (midden <= 2 ? 6 : 15) ? -1 : (r < 88 ? 0 : 1);
    return std::clamp(midden + spreiding, 1, 5);
}

void DemoZrm::beweeg(std::vector<Stand>& stand, const DemoZrmProfiel& profiel)
{
    for (size_t g = 0; g < stand.size(); ++g) {
        Stand& s = stand[g];
        if (s.niveau == 0)
            continue;
        const int achteruit = profiel.leeftijd >= 80 && kwetsbaar(g) ? 16 : 4;
        const int vooruit = s.niveau < s.doel.value_or(s.niveau) ? 30 : (s.niveau <= 3 ? 14 : 5);
        const int r = m_rng.below(100);
        if (r < achteruit)
            s.niveau = std::max(1, s.niveau - 1);
        else if (r < achteruit + vooruit)
            s.niveau = std::min(5, s.niveau + 1);
    }
}

void DemoZrm::vulScores(ZrmMeting& meting, const std::vector<Stand>& stand)
{
    auto voegToe = [&](const QString& key, const Stand& s) {
        ZrmScore score;
        score.meta.id = m_ids.next();
        score.leefgebied = key;
        if (s.niveau > 0)
            score.score = s.niveau;
        else
            score.nietBeoordeeld = s.reden;
        score.doelscore = s.doel;
        meting.scores.push_back(std::move(score));
    };
    if (meting.instrument == ZrmInstrument::kZrm2017) {
        for (size_t g = 0; g < stand.size(); ++g) {
            if (stand[g].niveau > 0 || stand[g].reden)
                voegToe(m_keys2017[g], stand[g]);
        }
        return;
    }
    // A ZRM 2013 leefgebied covering two of 2017 (ADL, dagbesteding) gets the lower of their scores.
    for (const Mapping& mapping : m_mapping2013) {
        Stand samen;
        for (const size_t g : mapping.doelen) {
            const Stand& s = stand[g];
            if (s.niveau > 0 && (samen.niveau == 0 || s.niveau < samen.niveau)) {
                samen.niveau = s.niveau;
                samen.doel = s.doel;
            } else if (s.reden && !samen.reden) {
                samen.reden = s.reden;
            }
        }
        if (samen.niveau > 0)
            samen.reden.reset();
        if (samen.niveau > 0 || samen.reden)
            voegToe(mapping.key, samen);
    }
}

} // namespace core::demo
