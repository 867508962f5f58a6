// SPDX-License-Identifier: EUPL-1.2
#include "DemoNetwerk.h"

#include "DemoIdSequence.h"
#include "DemoRandom.h"

#include <algorithm>
#include <array>

namespace core::demo {

namespace {

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

DemoNetwerk::DemoNetwerk(DemoRandom& rng, DemoIdSequence& ids, DemoPersonen& personen, const QDate& today)
    : m_rng(rng)
    , m_ids(ids)
    , m_personen(personen)
    , m_today(today)
{
}

std::vector<NetwerkPersoon> DemoNetwerk::maak(const QString& inwonerId, const DemoPersoon& wie,
                                              const DemoHuishouden& huishouden, bool alleen,
                                              const std::optional<DemoPersoon>& partner)
{
    const int leeftijd = m_personen.leeftijdVan(wie.geboortedatum);
    const bool eenzaam = alleen && leeftijd >= 65 && m_rng.chance(25);
    int doel = m_rng.below(3);
    if (!eenzaam) {
        doel = 1 + m_rng.below(5);
        doel += m_rng.below(6);
        doel += m_rng.chance(10) ? 2 : 0;
    }
    std::vector<NetwerkPersoon> personen;
    auto vol = [&] { return static_cast<int>(personen.size()) >= doel; };

    if (partner && !vol() && m_rng.chance(92))
        personen.push_back(bekende(inwonerId, *partner, Relatie::Partner, huishouden, true));
    if (!eenzaam) {
        for (const auto* kinderen : {&huishouden.kinderenThuis, &huishouden.kinderenUitHuis}) {
            for (const DemoPersoon& kind : *kinderen) {
                if (!vol() && m_personen.leeftijdVan(kind.geboortedatum) >= 18)
                    personen.push_back(
                        bekende(inwonerId, kind, Relatie::Kind, huishouden, kinderen == &huishouden.kinderenThuis));
            }
        }
        for (const DemoPersoon& ouder : huishouden.ouders) {
            if (!vol())
                personen.push_back(bekende(inwonerId, ouder, Relatie::Ouder, huishouden, true));
        }
        if (huishouden.ouders.empty() && leeftijd < 45 && !vol() && m_rng.chance(50)) {
            const bool vader = m_rng.chance(40);
            const DemoPersoon ouder = m_personen.kennis(wie.herkomst, leeftijd + m_rng.between(22, 35),
                                                        vader ? std::optional(wie.achternaam) : std::nullopt, !vader);
            personen.push_back(bekende(inwonerId, ouder, Relatie::Ouder, huishouden));
        }
    }
    int aanbieders = 0;
    bool huisarts = false, wijkverpleging = false, professional = false;
    while (!vol()) {
        // The lonely have a huisarts and perhaps a neighbour, and nobody else.
        std::array<std::pair<Relatie, int>, 8> gewichten = {{
            {Relatie::Huisarts, huisarts ? 0 : (eenzaam ? 100 : 30)},
            {Relatie::Wijkverpleegkundige, wijkverpleging || eenzaam ? 0 : (leeftijd >= 75 ? 15 : 3)},
            {Relatie::Aanbieder, aanbieders >= 2 || eenzaam ? 0 : 10},
            {Relatie::Familie, eenzaam ? 0 : 14},
            {Relatie::Buur, leeftijd >= 65 ? 16 : 8},
            {Relatie::Vriend, eenzaam ? 0 : (leeftijd >= 85 ? 5 : 12)},
            {Relatie::Vrijwilliger, eenzaam ? 0 : (leeftijd >= 65 ? 6 : 3)},
            {Relatie::Professional, professional || eenzaam ? 0 : 3},
        }};
        int totaal = 0;
        for (const auto& g : gewichten)
            totaal += g.second;
        int r = m_rng.below(totaal);
        Relatie relatie = Relatie::Buur;
        for (const auto& g : gewichten) {
            r -= g.second;
            if (r < 0) {
                relatie = g.first;
                break;
            }
        }
        huisarts = huisarts || relatie == Relatie::Huisarts;
        wijkverpleging = wijkverpleging || relatie == Relatie::Wijkverpleegkundige;
        professional = professional || relatie == Relatie::Professional;
        aanbieders += relatie == Relatie::Aanbieder ? 1 : 0;
        if (isProfessional(relatie) || relatie == Relatie::Vrijwilliger) {
            personen.push_back(beroepsmatig(inwonerId, relatie, huishouden));
        } else {
            const Herkomst herkomst = m_rng.chance(85) ? wie.herkomst : Herkomst::Nederlands;
            const DemoPersoon bekend = m_personen.kennis(herkomst, std::max(18, leeftijd + m_rng.between(-15, 10)));
            personen.push_back(bekende(inwonerId, bekend, relatie, huishouden));
        }
    }
    if (!eenzaam && m_rng.chance(41))
        makeMantelzorg(inwonerId, wie, personen, huishouden);
    return personen;
}

NetwerkPersoon DemoNetwerk::basis(const QString& inwonerId, Relatie relatie, int nabijheid, bool persoonlijk)
{
    NetwerkPersoon p;
    p.meta.id = m_ids.next();
    p.inwonerId = inwonerId;
    p.relatie = relatie;
    p.nabijheid = nabijheid;
    p.doetNu = utf8(m_rng.pick(DemoVocabulary::doetNu(relatie)));
    p.kanMeer = utf8(m_rng.pick(DemoVocabulary::kanMeer(relatie)));
    const int r = m_rng.below(100);
    if (r < (persoonlijk ? 75 : 85))
        p.toestemming = Toestemming::Ja;
    else if (r < (persoonlijk ? 93 : 98))
        p.toestemming = Toestemming::Onbekend;
    else
        p.toestemming = Toestemming::Nee;
    if (p.toestemming != Toestemming::Onbekend)
        p.toestemmingDatum = m_today.addDays(-m_rng.below(730));
    return p;
}

NetwerkPersoon DemoNetwerk::bekende(const QString& inwonerId, const DemoPersoon& wie, Relatie relatie,
                                    const DemoHuishouden& huishouden, bool thuis)
{
    int nabijheid = 1;
    if (relatie == Relatie::Familie)
        nabijheid = 2;
    else if (relatie == Relatie::Buur || relatie == Relatie::Vriend)
        nabijheid = m_rng.between(2, 3);
    NetwerkPersoon p = basis(inwonerId, relatie, nabijheid, true);
    p.naam = wie.naam();
    if (relatie == Relatie::Familie)
        p.doetNu = utf8(m_rng.pick(DemoVocabulary::familieRollen(wie.vrouw, huishouden.leeftijd >= 60))) +
                   QStringLiteral(", ") + p.doetNu;
    if (thuis && !huishouden.vasteLijn.isEmpty() && m_rng.chance(60))
        p.telefoon = huishouden.vasteLijn;
    else if (const int r = m_rng.below(100); r < 85)
        p.telefoon = m_personen.mobiel();
    else if (r < 95)
        p.telefoon = m_personen.vast(huishouden.netnummer);
    if ((relatie == Relatie::Kind && m_rng.chance(40)) || m_rng.chance(8))
        p.email = m_personen.email(wie);
    if (relatie == Relatie::Buur) {
        const int nummer = std::max(1, huishouden.adres.huisnummer + m_rng.between(-6, 6));
        p.adres = huishouden.adres.straat + QLatin1Char(' ') +
                  QString::number(nummer == huishouden.adres.huisnummer ? nummer + 1 : nummer);
    } else if (!thuis && relatie != Relatie::Vriend && m_rng.chance(35)) {
        int plaats = 0;
        const Adres elders = m_personen.adres(plaats);
        p.adres = elders.straatregel() + QStringLiteral(", ") + elders.woonplaats;
    }
    return p;
}

NetwerkPersoon DemoNetwerk::beroepsmatig(const QString& inwonerId, Relatie relatie, const DemoHuishouden& huishouden)
{
    const int nabijheid =
        relatie == Relatie::Huisarts ? 4 : (relatie == Relatie::Vrijwilliger ? 3 : m_rng.between(3, 4));
    NetwerkPersoon p = basis(inwonerId, relatie, nabijheid, false);
    const auto organisaties = DemoVocabulary::organisaties(relatie);
    const DemoOrganisatie& org = relatie == Relatie::Huisarts ? organisaties[static_cast<size_t>(huishouden.huisarts)]
                                                              : m_rng.pick(organisaties);
    p.organisatie = utf8(org.naam);
    p.naam = *org.persoon != '\0' ? utf8(org.persoon)
                                  : m_personen.kennis(Herkomst::Nederlands, m_rng.between(23, 60)).naam();
    if (relatie == Relatie::Vrijwilliger) {
        p.telefoon = m_personen.mobiel();
    } else {
        QString& telefoon = m_organisatieTelefoon[p.organisatie];
        if (telefoon.isEmpty())
            telefoon = m_personen.vast("030");
        p.telefoon = telefoon;
    }
    return p;
}

void DemoNetwerk::makeMantelzorg(const QString& inwonerId, const DemoPersoon& wie,
                                 std::vector<NetwerkPersoon>& personen, const DemoHuishouden& huishouden)
{
    auto index = [&](std::initializer_list<Relatie> relaties) -> int {
        for (size_t i = 0; i < personen.size(); ++i) {
            if (!personen[i].mantelzorg &&
                std::find(relaties.begin(), relaties.end(), personen[i].relatie) != relaties.end())
                return static_cast<int>(i);
        }
        return -1;
    };
    // Usually the partner or a child carries the care, sometimes a neighbour or friend.
    int eerste = m_rng.chance(75) ? index({Relatie::Partner}) : -1;
    if (eerste < 0 && m_rng.chance(80))
        eerste = index({Relatie::Kind, Relatie::Ouder});
    if (eerste < 0)
        eerste =
            index({Relatie::Partner, Relatie::Kind, Relatie::Ouder, Relatie::Familie, Relatie::Buur, Relatie::Vriend});
    if (eerste < 0) {
        const int leeftijd = m_personen.leeftijdVan(wie.geboortedatum);
        const Relatie relatie = leeftijd >= 60 ? Relatie::Kind : Relatie::Familie;
        personen.push_back(bekende(inwonerId,
                                   m_personen.kennis(wie.herkomst, std::max(18, leeftijd - 30), wie.achternaam),
                                   relatie, huishouden));
        eerste = static_cast<int>(personen.size()) - 1;
    }
    personen[static_cast<size_t>(eerste)].mantelzorg = makeZorg(personen[static_cast<size_t>(eerste)].relatie);
    if (m_rng.chance(15)) {
        const int tweede = index({Relatie::Kind, Relatie::Familie, Relatie::Buur, Relatie::Vriend});
        if (tweede >= 0)
            personen[static_cast<size_t>(tweede)].mantelzorg = makeZorg(personen[static_cast<size_t>(tweede)].relatie);
    }
}

Mantelzorg DemoNetwerk::makeZorg(Relatie relatie)
{
    Mantelzorg mz;
    int uren = 0;
    if (relatie == Relatie::Partner || relatie == Relatie::Ouder)
        uren = m_rng.between(8, 40);
    else if (relatie == Relatie::Kind)
        uren = m_rng.between(3, 16);
    else
        uren = m_rng.between(2, 6);
    mz.urenPerWeek = uren;
    mz.sinds = m_today.addYears(-m_rng.between(1, relatie == Relatie::Partner ? 14 : 9)).addDays(-m_rng.below(365));
    const auto taken = DemoVocabulary::mantelzorgTaken();
    QStringList gekozen;
    for (int aantal = std::min(4, 1 + uren / 10 + m_rng.below(2)), attempt = 0; gekozen.size() < aantal && attempt < 10;
         ++attempt) {
        const QString taak = utf8(m_rng.pick(taken));
        if (!gekozen.contains(taak))
            gekozen << taak;
    }
    mz.taken = gekozen.join(QStringLiteral(", "));
    // EDIZ-plus rises with the hours: many hours of care are rarely light.
    if (m_rng.chance(90))
        mz.belastingEdiz = std::clamp((uren * 3 + 5) / 10 + m_rng.between(-3, 3), 0, 15);
    const int ediz = mz.belastingEdiz.value_or(0);
    if (m_rng.chance(ediz >= 9 ? 70 : (ediz >= 4 ? 45 : 15)))
        mz.eigenBehoefte = utf8(m_rng.pick(DemoVocabulary::eigenBehoeften()));
    if (m_rng.chance(ediz >= 9 ? 50 : (ediz >= 4 ? 20 : 5)))
        mz.respijtzorgWens = utf8(m_rng.pick(DemoVocabulary::respijtzorgWensen()));
    return mz;
}

} // namespace core::demo
