// SPDX-License-Identifier: EUPL-1.2
#include "DemoTrajecten.h"

#include "DemoIdSequence.h"
#include "DemoRandom.h"
#include "DemoTrajectVocabulary.h"
#include "DemoVocabulary.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <span>

namespace core::demo {

namespace {

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

struct Gewogen {
    const char* key;
    int gewicht;
};

// How a melding comes in; most by phone or through the huisarts.
constexpr Gewogen kKanalen[] = {{"telefoon", 35},  {"huisarts", 20}, {"wijkteam", 12}, {"email", 10},
                                {"aanbieder", 10}, {"loket", 8},     {"anders", 5}};
// Seed 000 Table 2 and SCP: about 53 % of all gesprekken is a huisbezoek (first and follow-up together).
constexpr Gewogen kEersteVorm[] = {{"huisbezoek", 58}, {"telefonisch", 28}, {"loket", 10}, {"video", 4}};
constexpr Gewogen kLatereVorm[] = {{"telefonisch", 50}, {"huisbezoek", 40}, {"loket", 5}, {"casusoverleg", 5}};
constexpr Gewogen kClientondersteuning[] = {{"afgewezen", 58}, {"geaccepteerd", 22}, {"aangeboden", 20}};
constexpr Gewogen kIdDocumenten[] = {
    {"identiteitskaart", 45}, {"paspoort", 35}, {"rijbewijs", 15}, {"verblijfsdocument", 5}};
constexpr Gewogen kBesluiten[] = {{"toegekend", 80}, {"deels", 11}, {"afgewezen", 9}};
// How a traject without an aanvraag ends.
constexpr Gewogen kZonderAanvraag[] = {
    {"eigen_kracht", 45}, {"algemene_voorziening", 40}, {"ingetrokken", 8}, {"doorverwezen", 7}};

// The gespreksleidraad, in the order of Keuzelijst::Leefgebied.
constexpr const char* kLeidraad[] = {"woonsituatie", "opleiding",         "gezin",       "huishouden", "gezondheid",
                                     "vervoer",      "sociale_contacten", "welbevinden", "vrije_tijd", "werk",
                                     "inkomen",      "schulden"};

QString kies(DemoRandom& rng, std::span<const Gewogen> items)
{
    return QString::fromLatin1(rng.weighted(items).key);
}

bool isFamilie(const NetwerkPersoon& p)
{
    return p.relatie == Relatie::Partner || p.relatie == Relatie::Kind || p.relatie == Relatie::Ouder ||
           p.relatie == Relatie::Familie;
}

/// A round amount: whole hundreds of euros, kilometres in steps of 250.
int rond(int omvang)
{
    if (omvang >= 1000)
        return omvang / 250 * 250;
    return omvang;
}

} // namespace

DemoTrajecten::DemoTrajecten(DemoRandom& rng, DemoIdSequence& ids, const QDate& today)
    : m_rng(rng)
    , m_ids(ids)
    , m_today(today)
{
}

std::vector<DemoTraject> DemoTrajecten::maak(const QString& inwonerId, const DemoTrajectProfiel& profiel,
                                             const std::vector<NetwerkPersoon>& netwerk)
{
    // About 1.6 trajecten per inwoner: one per need, several over the years for some.
    const int r = m_rng.below(100);
    const size_t aantal = r < 55 ? 1 : (r < 87 ? 2 : (r < 98 ? 3 : 4));
    // The newest melding is recent for about a third, the rest lie up to four years back, and
    // earlier ones lie half a year to two and a half years before the next.
    const int s = m_rng.below(100);
    const int geleden = s < 35 ? m_rng.below(91) : (s < 60 ? m_rng.between(91, 365) : m_rng.between(366, 1460));
    std::vector<QDate> meldingen(aantal);
    meldingen.back() = m_today.addDays(-geleden);
    for (size_t i = aantal - 1; i > 0; --i)
        meldingen[i - 1] = meldingen[i].addDays(-m_rng.between(150, 900));
    // Nothing from before the Wmo 2015 reached this file: at most eight years back.
    const QDate vroegste = m_today.addYears(-8);
    std::erase_if(meldingen, [&](const QDate& d) { return d < vroegste; });

    std::vector<DemoTraject> result;
    result.reserve(meldingen.size());
    for (size_t i = 0; i < meldingen.size(); ++i)
        result.push_back(traject(inwonerId, profiel, netwerk, meldingen[i], i + 1 == meldingen.size()));
    return result;
}

const DemoHulpvraag& DemoTrajecten::kiesHulpvraag(const DemoTrajectProfiel& profiel)
{
    // The domein first: nearly always Wmo for the elderly, jeugd only with children at home.
    const bool oud = profiel.leeftijd >= 67;
    const Gewogen domeinen[] = {{"wmo", oud ? 95 : 68},
                                {"jeugd", !oud && profiel.kinderenThuis ? 12 : 0},
                                {"schulden", oud ? 5 : 10},
                                {"participatiewet", oud ? 0 : 10}};
    const char* domein = m_rng.weighted(std::span<const Gewogen>(domeinen)).key;
    const auto hulpvragen = DemoTrajectVocabulary::hulpvragen();
    int totaal = 0;
    for (const DemoHulpvraag& h : hulpvragen)
        totaal += std::strcmp(h.domein, domein) == 0 ? h.gewicht : 0;
    int k = m_rng.below(totaal);
    for (const DemoHulpvraag& h : hulpvragen) {
        if (std::strcmp(h.domein, domein) != 0)
            continue;
        k -= h.gewicht;
        if (k < 0)
            return h;
    }
    return hulpvragen.front();
}

QString DemoTrajecten::kanaal()
{
    return kies(m_rng, kKanalen);
}

QString DemoTrajecten::verwijzer(const QString& kanaal, const std::vector<NetwerkPersoon>& netwerk)
{
    if (kanaal == QLatin1String("huisarts")) {
        const auto huisarts = std::find_if(netwerk.begin(), netwerk.end(),
                                           [](const NetwerkPersoon& p) { return p.relatie == Relatie::Huisarts; });
        if (huisarts != netwerk.end())
            return huisarts->organisatie;
        return utf8(m_rng.pick(DemoVocabulary::organisaties(Relatie::Huisarts)).naam);
    }
    if (kanaal == QLatin1String("aanbieder"))
        return utf8(m_rng.pick(DemoVocabulary::organisaties(Relatie::Aanbieder)).naam);
    if (kanaal == QLatin1String("wijkteam"))
        return utf8(m_rng.pick(DemoVocabulary::organisaties(Relatie::Wijkverpleegkundige)).naam);
    // By phone or e-mail, now and then the mantelzorger reports the need.
    const bool mantelzorger =
        std::any_of(netwerk.begin(), netwerk.end(), [](const NetwerkPersoon& p) { return p.isMantelzorger(); });
    if (mantelzorger && m_rng.chance(30))
        return QStringLiteral("mantelzorger");
    return {};
}

DemoTraject DemoTrajecten::traject(const QString& inwonerId, const DemoTrajectProfiel& profiel,
                                   const std::vector<NetwerkPersoon>& netwerk, const QDate& melding, bool nieuwste)
{
    const DemoHulpvraag& hv = kiesHulpvraag(profiel);
    DemoTraject result;
    result.hulpvraag = &hv;
    Traject& t = result.traject;
    t.meta.id = m_ids.next();
    t.inwonerId = inwonerId;
    t.domein = QString::fromLatin1(hv.domein);
    t.meldingDatum = melding;
    t.kanaal = kanaal();
    t.verwijzer = verwijzer(t.kanaal, netwerk);
    t.hulpvraag = utf8(m_rng.pick(hv.zinnen));
    const int u = m_rng.below(100);
    t.urgentie = u < 90 ? QStringLiteral("normaal") : (u < 98 ? QStringLiteral("hoog") : QStringLiteral("spoed"));

    // Now and then the inwoner dies or moves away before the traject has run its course.
    QDate einde;
    QString eindReden;
    if (m_rng.chance(2)) {
        einde = melding.addDays(m_rng.between(5, 60));
        eindReden = m_rng.chance(60) ? QStringLiteral("overleden") : QStringLiteral("verhuisd");
    }
    // Some of the last four months got stuck: half after the first gesprek (1), the others after the
    // onderzoek (2) or after sending the verslag (3).
    const int stil =
        nieuwste && melding.daysTo(m_today) <= 120 && m_rng.chance(12) ? std::max(1, m_rng.between(0, 3)) : 0;

    // Only what has happened by today (and before an early end) is recorded.
    const auto gebeurd = [&](const QDate& d) {
        return d.isValid() && d <= m_today && (!einde.isValid() || d <= einde);
    };
    const auto stap = [&](StapSoort soort, const QDate& datum, const QString& uitkomst = {},
                          const QString& toelichting = {}, const QString& betreft = {}) {
        if (!gebeurd(datum))
            return false;
        TrajectStap s;
        s.meta.id = m_ids.next();
        s.soort = soort;
        s.betreft = betreft;
        s.datum = datum;
        s.door = soort == StapSoort::Clientondersteuning ? QString() : profiel.consulent;
        s.uitkomst = uitkomst;
        s.toelichting = toelichting;
        t.stappen.push_back(std::move(s));
        return true;
    };
    const auto opschorting = [&](const char* termijn, const QDate& datum, int dagen) {
        if (!gebeurd(datum))
            return;
        TermijnOpschorting o;
        o.meta.id = m_ids.next();
        o.termijn = QString::fromLatin1(termijn);
        o.datum = datum;
        o.dagen = dagen;
        o.reden = utf8(m_rng.pick(DemoTrajectVocabulary::opschortingRedenen(std::strcmp(termijn, "beschikking") == 0)));
        t.opschortingen.push_back(std::move(o));
    };
    // Closes the traject on `datum` for `reden`, or earlier when the inwoner died or moved away.
    const auto klaar = [&](QDate datum, QString reden) {
        if (einde.isValid() && (!datum.isValid() || einde < datum)) {
            datum = einde;
            reden = eindReden;
        }
        stap(StapSoort::Afgesloten, datum, reden);
        return std::move(result);
    };

    // Melding: the ontvangstbevestiging (missing now and then) with the offer of a persoonlijk plan.
    const QDate ontvangst = m_rng.chance(88) ? melding.addDays(m_rng.below(4)) : QDate();
    stap(StapSoort::Ontvangstbevestiging, ontvangst);
    if (m_rng.chance(88)) {
        const QDate aangeboden = ontvangst.isValid() ? ontvangst : melding.addDays(m_rng.below(6));
        stap(StapSoort::PersoonlijkPlanAangeboden, aangeboden);
        if (m_rng.chance(4))
            stap(StapSoort::PersoonlijkPlanOntvangen, std::max(aangeboden, melding.addDays(m_rng.between(3, 7))));
    }

    // Onderzoek: six weeks, longer for about one in six, and longer still when suspended.
    const bool teLaat = m_rng.chance(16);
    const int duur = teLaat ? m_rng.between(44, 85) : m_rng.between(12, 40);
    int opgeschort = 0;
    if (m_rng.chance(7)) {
        opgeschort = m_rng.between(14, 42);
        const QDate datum = melding.addDays(m_rng.between(1, 10));
        opschorting("onderzoek", datum, opgeschort);
    }
    const QDate eersteGesprek = melding.addDays(m_rng.between(3, std::min(28, duur - 2)) + opgeschort);
    const QDate onderzoekKlaar = melding.addDays(duur + opgeschort);

    // Cliëntondersteuning: offered to most inwoners, and to some of their mantelzorgers.
    QDate coDatum;
    QString clientondersteuner;
    if (m_rng.chance(82)) {
        coDatum = ontvangst.isValid() && m_rng.chance(50) ? ontvangst : eersteGesprek;
        const QString uitkomst = kies(m_rng, kClientondersteuning);
        if (stap(StapSoort::Clientondersteuning, coDatum, uitkomst, {}, kBetreftInwoner) &&
            uitkomst == QLatin1String("geaccepteerd")) {
            const DemoClientondersteuner& co = m_rng.pick(DemoTrajectVocabulary::clientondersteuners());
            clientondersteuner = QStringLiteral("%1 (%2)").arg(utf8(co.naam), utf8(co.organisatie));
        }
    }
    for (const NetwerkPersoon& p : netwerk) {
        if (!p.isMantelzorger() || !m_rng.chance(65))
            continue;
        const QString uitkomst = kies(m_rng, kClientondersteuning);
        stap(StapSoort::Clientondersteuning, eersteGesprek, uitkomst, {}, p.meta.id);
    }

    const auto gesprekOp = [&](const QDate& datum, const QString& vorm, bool eerste) {
        if (!gebeurd(datum))
            return;
        const QString co = coDatum.isValid() && coDatum < datum ? clientondersteuner : QString();
        result.gesprekken.push_back(gesprek(t, datum, vorm, eerste, hv, profiel, netwerk, co));
        // A huisbezoek of the last days may still be open in huisbezoek mode, to resume.
        Gesprek& g = result.gesprekken.back();
        if (eerste && vorm == QLatin1String("huisbezoek") && datum.daysTo(m_today) <= 7 && !gebeurd(onderzoekKlaar) &&
            m_rng.chance(20) && !g.leefgebieden.empty()) {
            g.afgerond = false;
            g.positie = QStringLiteral("leefgebied:") + g.leefgebieden[g.leefgebieden.size() / 2].leefgebied;
        }
    };
    const QString eersteVorm = kies(m_rng, kEersteVorm);
    gesprekOp(eersteGesprek, eersteVorm, true);
    // Identity, PGB and eigen bijdrage are dealt with at the table, seldom on the phone.
    const bool persoonlijk = eersteVorm == QLatin1String("huisbezoek") || eersteVorm == QLatin1String("loket");
    if (persoonlijk && m_rng.chance(75)) {
        const QString document = kies(m_rng, kIdDocumenten);
        stap(StapSoort::Identiteit, eersteGesprek, document);
    }
    if (persoonlijk && (t.domein == QLatin1String("wmo") || t.domein == QLatin1String("jeugd"))) {
        if (m_rng.chance(55))
            stap(StapSoort::PgbUitgelegd, eersteGesprek);
        if (t.domein == QLatin1String("wmo") && m_rng.chance(65))
            stap(StapSoort::EigenBijdrageBesproken, eersteGesprek);
    }
    if (m_rng.chance(22)) {
        const int ruimte = std::max(1, static_cast<int>(eersteGesprek.daysTo(onderzoekKlaar)));
        const QDate tweede = eersteGesprek.addDays(m_rng.between(1, ruimte));
        gesprekOp(tweede, kies(m_rng, kLatereVorm), false);
    }
    if (stil == 1)
        return klaar({}, {});

    // Verslag: sent after the onderzoek, signed back within two weeks by most.
    stap(StapSoort::OnderzoekAfgerond, onderzoekKlaar);
    if (stil == 2)
        return klaar({}, {});
    const QDate verzonden = onderzoekKlaar.addDays(m_rng.between(0, 7));
    stap(StapSoort::VerslagVerzonden, verzonden);
    if (stil == 3)
        return klaar({}, {});
    const QDate ondertekend = verzonden.addDays(m_rng.chance(80) ? m_rng.between(3, 14) : m_rng.between(15, 45));
    const bool akkoord = m_rng.chance(90);
    const QString opmerking = akkoord ? QString() : utf8(m_rng.pick(DemoTrajectVocabulary::verslagOpmerkingen()));
    stap(StapSoort::VerslagOndertekend, ondertekend,
         akkoord ? QStringLiteral("akkoord") : QStringLiteral("voor_gezien"), opmerking);

    if (!m_rng.chance(hv.maatwerk)) {
        const QString reden = kies(m_rng, kZonderAanvraag);
        return klaar(ondertekend.addDays(m_rng.between(0, 14)), reden);
    }
    // The signed verslag is the aanvraag; the beschikking follows within two weeks, mostly.
    const QDate aanvraag = ondertekend;
    stap(StapSoort::Aanvraag, aanvraag);
    int opgeschortBesluit = 0;
    if (m_rng.chance(3)) {
        opgeschortBesluit = m_rng.between(14, 28);
        const QDate datum = aanvraag.addDays(m_rng.between(1, 5));
        opschorting("beschikking", datum, opgeschortBesluit);
    }
    const int besluitDagen = m_rng.chance(10) ? m_rng.between(15, 30) : m_rng.between(3, 13);
    const QDate beschikking = aanvraag.addDays(besluitDagen + opgeschortBesluit);
    const QString besluit = kies(m_rng, kBesluiten);
    const QString reden =
        besluit == QLatin1String("toegekend") ? QString() : utf8(m_rng.pick(DemoTrajectVocabulary::afwijzingRedenen()));
    if (!stap(StapSoort::Beschikking, beschikking, besluit, reden))
        return klaar({}, {});
    if (besluit == QLatin1String("afgewezen"))
        return klaar(beschikking.addDays(m_rng.between(0, 14)), QStringLiteral("afgewezen"));

    Voorziening v;
    v.meta.id = m_ids.next();
    v.soort = QString::fromLatin1(hv.voorziening);
    v.omschrijving = utf8(hv.omschrijving);
    if (*hv.eenheid != '\0') {
        v.eenheid = QString::fromLatin1(hv.eenheid);
        int omvang = m_rng.between(hv.omvangVan, hv.omvangTot);
        if (besluit == QLatin1String("deels"))
            omvang = std::max(hv.omvangVan, omvang - (hv.omvangTot - hv.omvangVan + 1) / 2);
        v.omvang = rond(omvang);
    }
    v.start = beschikking.addDays(m_rng.between(0, 21));
    if (hv.maanden > 0)
        v.eind = v.start.addMonths(hv.maanden).addDays(-1);
    v.levering = m_rng.chance(hv.pgb) ? QStringLiteral("pgb") : QStringLiteral("natura");
    t.voorzieningen.push_back(std::move(v));

    // Mostly closed once the support runs; some stay open until a planned evaluation.
    if (m_rng.chance(18)) {
        const QDate evaluatie = beschikking.addDays(m_rng.between(90, 270));
        TrajectStap gepland;
        gepland.meta.id = m_ids.next();
        gepland.soort = StapSoort::EvaluatieGepland;
        gepland.datum = evaluatie;
        gepland.door = profiel.consulent;
        t.stappen.push_back(std::move(gepland));
        return klaar(evaluatie.addDays(m_rng.between(0, 21)), QStringLiteral("ondersteuning_geregeld"));
    }
    return klaar(beschikking.addDays(m_rng.between(1, 30)), QStringLiteral("ondersteuning_geregeld"));
}

Gesprek DemoTrajecten::gesprek(const Traject& traject, const QDate& datum, const QString& vorm, bool eerste,
                               const DemoHulpvraag& hulpvraag, const DemoTrajectProfiel& profiel,
                               const std::vector<NetwerkPersoon>& netwerk, const QString& clientondersteuner)
{
    Gesprek g;
    g.meta.id = m_ids.next();
    g.trajectId = traject.meta.id;
    g.datum = datum;
    g.vorm = vorm;
    g.afgerond = true;
    g.samenvatting = utf8(m_rng.pick(DemoTrajectVocabulary::samenvattingen()));
    if (m_rng.chance(60))
        g.afspraken = utf8(m_rng.pick(DemoTrajectVocabulary::afspraken()));
    const auto aanwezig = [&](const char* rol, const QString& netwerkId, const QString& naam) {
        Aanwezige a;
        a.meta.id = m_ids.next();
        a.rol = QString::fromLatin1(rol);
        a.netwerkId = netwerkId;
        a.naam = naam;
        g.aanwezigen.push_back(std::move(a));
    };

    if (vorm == QLatin1String("casusoverleg")) {
        aanwezig("collega", {}, QStringLiteral("Collega wijkteam"));
        aanwezig("aanbieder", {}, utf8(m_rng.pick(DemoVocabulary::organisaties(Relatie::Aanbieder)).naam));
        return g;
    }
    aanwezig("inwoner", {}, {});
    // About four in ten sit at the table alone; on the phone more, at home fewer.
    const int alleen = vorm == QLatin1String("huisbezoek") ? 25 : (vorm == QLatin1String("telefonisch") ? 55 : 40);
    std::vector<const NetwerkPersoon*> mee;
    if (!m_rng.chance(alleen)) {
        int plaatsen = m_rng.chance(75) ? 1 : 2;
        if (!clientondersteuner.isEmpty() && m_rng.chance(70)) {
            aanwezig("clientondersteuner", {}, clientondersteuner);
            --plaatsen;
        }
        std::vector<const NetwerkPersoon*> kandidaten;
        for (const NetwerkPersoon& p : netwerk) {
            if (p.isMantelzorger() || isFamilie(p))
                kandidaten.push_back(&p);
        }
        if (kandidaten.empty()) {
            for (const NetwerkPersoon& p : netwerk) {
                if (p.relatie == Relatie::Buur || p.relatie == Relatie::Vriend)
                    kandidaten.push_back(&p);
            }
        }
        for (; plaatsen > 0 && !kandidaten.empty(); --plaatsen) {
            const auto i = static_cast<size_t>(m_rng.below(static_cast<int>(kandidaten.size())));
            const NetwerkPersoon& p = *kandidaten[i];
            const char* rol = p.isMantelzorger()              ? "mantelzorger"
                              : p.relatie == Relatie::Partner ? "partner"
                              : isFamilie(p)                  ? "familie"
                                                              : "anders";
            aanwezig(rol, p.meta.id, {});
            mee.push_back(&p);
            kandidaten.erase(kandidaten.begin() + static_cast<std::ptrdiff_t>(i));
        }
    }
    if (profiel.tolk && m_rng.chance(70))
        aanwezig("tolk", {}, QStringLiteral("Tolk via de tolkentelefoon"));

    // The mantelzorger's own view: asked of most who were there, of a few others separately.
    for (const NetwerkPersoon& p : netwerk) {
        if (!p.isMantelzorger())
            continue;
        const bool erbij = std::find(mee.begin(), mee.end(), &p) != mee.end();
        if (!m_rng.chance(erbij ? 80 : (eerste ? 20 : 0)))
            continue;
        MantelzorgVisie visie;
        visie.meta.id = m_ids.next();
        visie.netwerkId = p.meta.id;
        visie.visie = utf8(m_rng.pick(DemoTrajectVocabulary::mantelzorgVisies()));
        visie.behoefte = p.mantelzorg->eigenBehoefte;
        g.mantelzorg.push_back(std::move(visie));
    }
    if (eerste)
        leefgebieden(g, hulpvraag, profiel);
    return g;
}

void DemoTrajecten::leefgebieden(Gesprek& g, const DemoHulpvraag& hulpvraag, const DemoTrajectProfiel& profiel)
{
    // As in huisbezoek mode, only a leefgebied given a status has a row. The hulpvraag's always
    // needs attention; in a breed gesprek (46 %) two to six others were discussed, in the rest one
    // was deliberately marked as not discussed. School is only a subject for the young,
    // work for those below pension age.
    constexpr size_t kAantal = std::size(kLeidraad);
    std::array<size_t, kAantal> anderen{};
    size_t n = 0;
    for (size_t i = 0; i < kAantal; ++i) {
        const char* key = kLeidraad[i];
        if (std::strcmp(key, hulpvraag.leefgebied) == 0 ||
            (std::strcmp(key, "opleiding") == 0 && profiel.leeftijd >= 30) ||
            (std::strcmp(key, "werk") == 0 && profiel.leeftijd >= 67))
            continue;
        anderen[n++] = i;
    }
    const bool breed = m_rng.chance(46);
    const auto gekozen = static_cast<size_t>(breed ? m_rng.between(2, 6) : 1);
    std::array<bool, kAantal> kies{};
    for (size_t k = 0; k < gekozen && k < n; ++k) {
        const auto j = k + static_cast<size_t>(m_rng.below(static_cast<int>(n - k)));
        std::swap(anderen[k], anderen[j]);
        kies[anderen[k]] = true;
    }
    for (size_t i = 0; i < kAantal; ++i) {
        const char* key = kLeidraad[i];
        const bool hoofd = std::strcmp(key, hulpvraag.leefgebied) == 0;
        if (!hoofd && !kies[i])
            continue;
        BesprokenLeefgebied l;
        l.meta.id = m_ids.next();
        l.leefgebied = QString::fromLatin1(key);
        if (hoofd) {
            l.status = QStringLiteral("aandacht");
            l.notitie = utf8(m_rng.pick(DemoTrajectVocabulary::notities(key, true)));
        } else if (breed) {
            const bool aandacht = m_rng.chance(30);
            l.status = aandacht ? QStringLiteral("aandacht") : QStringLiteral("geen_probleem");
            if (m_rng.chance(60))
                l.notitie = utf8(m_rng.pick(DemoTrajectVocabulary::notities(key, aandacht)));
        } else {
            l.status = QStringLiteral("niet_besproken");
        }
        g.leefgebieden.push_back(std::move(l));
    }
}

} // namespace core::demo
