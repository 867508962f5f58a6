// SPDX-License-Identifier: EUPL-1.2
#include "DemoGenerator.h"

#include "Clock.h"
#include "DemoIdSequence.h"
#include "DemoNetwerk.h"
#include "DemoPersonen.h"
#include "DemoPlannen.h"
#include "DemoRandom.h"
#include "DemoSocialeKaart.h"
#include "DemoTrajecten.h"
#include "DemoVocabulary.h"
#include "DemoZrm.h"
#include "Workspace.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "model/Huishouden.h"
#include "model/Inwoner.h"
#include "model/MijnGegevens.h"
#include "model/NetwerkPersoon.h"
#include "repo/HuishoudenRepository.h"
#include "repo/InstellingRepository.h"
#include "repo/InwonerRepository.h"
#include "repo/NetwerkRepository.h"
#include "repo/TrajectRepository.h"
#include "repo/ZrmRepository.h"
#include "rules/Bsn.h"
#include "rules/NameOrder.h"

#include <QSet>
#include <QStringList>

#include <algorithm>
#include <string>
#include <vector>

namespace core::demo {

namespace {

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

// Separate streams for content and ids, and one per `stream` so that a second run on the same
// file with the same seed adds new rows instead of overwriting the first run's.
quint64 streamSeed(quint64 seed, quint64 stream, bool ids)
{
    return seed ^ (stream * 0xD1B54A32D192ED03ULL) ^ (ids ? 0xA0761D6478BD642FULL : 0);
}

// ZRM metingen draw from streams of their own: they arrived later, and a seed still gives the
// inwoners, huishoudens and netwerk it gave before.
quint64 zrmStreamSeed(quint64 seed, quint64 stream, bool ids)
{
    return streamSeed(seed, stream, ids) ^ 0xE7037ED1A0B428DBULL;
}

// Trajecten and gesprekken too: they arrived after the ZRM metingen.
quint64 trajectStreamSeed(quint64 seed, quint64 stream, bool ids)
{
    return streamSeed(seed, stream, ids) ^ 0x8EBC6AF09C88C6E3ULL;
}

// The sociale kaart and the plans too: they arrived after the trajecten.
quint64 planStreamSeed(quint64 seed, quint64 stream, bool ids)
{
    return streamSeed(seed, stream, ids) ^ 0x589965CC75374CC3ULL;
}

QString capitalised(QString text)
{
    if (!text.isEmpty() && text.at(0).isLetter())
        text[0] = text.at(0).toUpper();
    return text;
}

/// Sets an integer SQLite pragma while it lives, then puts the old value back. Made outside a
/// transaction: SQLite ignores foreign_keys inside one.
class ScopedPragma {
public:
    ScopedPragma(db::Database& db, std::string name, int value)
        : m_db(db)
        , m_name(std::move(name))
        , m_before(db.scalar("PRAGMA " + m_name))
    {
        m_db.exec("PRAGMA " + m_name + " = " + std::to_string(value));
    }
    ~ScopedPragma()
    {
        try {
            m_db.exec("PRAGMA " + m_name + " = " + std::to_string(m_before));
        } catch (const db::DatabaseError&) {
            // Only slower or laxer until the connection closes; the next one starts from the defaults.
        }
    }
    ScopedPragma(const ScopedPragma&) = delete;
    ScopedPragma& operator=(const ScopedPragma&) = delete;

private:
    db::Database& m_db;
    std::string m_name;
    qint64 m_before;
};

struct Consulent {
    QString naam;
    QString telefoon;
};

enum class Samenstelling { Alleen, Stel, Gezin, BijOuders, MetKind, Huisgenoot };

/// Builds one run of demo data; lives for one DemoGenerator::generate() call, inside its transaction.
class Builder {
public:
    Builder(Workspace& ws, quint64 seed, quint64 stream)
        : m_ws(ws)
        , m_rng(streamSeed(seed, stream, false))
        , m_ids(streamSeed(seed, stream, true))
        , m_today(ws.clock().today())
        , m_personen(m_rng, m_today)
        , m_netwerk(m_rng, m_ids, m_personen, m_today)
        , m_zrmRng(zrmStreamSeed(seed, stream, false))
        , m_zrmIds(zrmStreamSeed(seed, stream, true))
        , m_zrm(m_zrmRng, m_zrmIds, m_today)
        , m_trajectRng(trajectStreamSeed(seed, stream, false))
        , m_trajectIds(trajectStreamSeed(seed, stream, true))
        , m_trajecten(m_trajectRng, m_trajectIds, m_today)
        , m_planRng(planStreamSeed(seed, stream, false))
        , m_planIds(planStreamSeed(seed, stream, true))
        , m_plannen(m_planRng, m_planIds, m_today)
    {
    }

    /// The id the first inwoner of a stream gets; used to find a stream not yet in the file.
    static QString firstId(quint64 seed, quint64 stream)
    {
        return DemoIdSequence(streamSeed(seed, stream, true)).next();
    }

    DemoSummary run(DemoSize size, const std::function<void(int, int)>& progress)
    {
        const int total = inwonerCount(size);
        makeBsnPool();
        m_summary.socialeKaart = m_kaart.laad(m_ws, m_planRng, m_planIds, m_today);
        m_plannen.setAandeel(size == DemoSize::XL ? 50 : 100); // XL stays well within its 30 s
        makeConsulenten(size == DemoSize::S ? 1 : std::max(2, (total + 35) / 70));
        // Progress: the first half for making everything, the second for writing the inwoners.
        const int step = std::max(1, total / 100);
        int nextReport = step;
        auto report = [&](int done) {
            while (progress && done >= nextReport && nextReport < total) {
                progress(nextReport, total);
                nextReport += step;
            }
        };
        m_inwoners.reserve(static_cast<size_t>(total));
        while (m_summary.inwoners < total) {
            makeHuishouden(total - m_summary.inwoners);
            report(m_summary.inwoners / 2);
        }
        // The inwoners go in last and in name order (at XL a third less time, for some 60 MB of memory): the
        // name and search indexes then only append, and SQLite does not flush the search index (FTS5) at the start of
        // every statement that writes another table, as it does once that index is written in a transaction.
        std::vector<std::pair<QString, size_t>> volgorde;
        volgorde.reserve(m_inwoners.size());
        for (size_t i = 0; i < m_inwoners.size(); ++i)
            volgorde.emplace_back(rules::NameOrder::sortKey(m_inwoners[i]), i);
        std::sort(volgorde.begin(), volgorde.end());
        int written = 0;
        for (const auto& [sortKey, index] : volgorde) {
            m_ws.inwoners().save(m_inwoners[index]);
            ++written;
            report((total + written) / 2);
        }
        if (progress)
            progress(total, total);
        return m_summary;
    }

private:
    QString nextId() { return m_ids.next(); }

    void makeBsnPool()
    {
        QSet<QString> taken;
        if (m_ws.inwoners().count() > 0) {
            for (const CaseloadRow& row : m_ws.inwoners().caseload({}))
                taken.insert(row.bsn);
        }
        for (int i = 0; i < 10000; ++i) {
            const QString eight = QStringLiteral("9999%1").arg(i, 4, 10, QLatin1Char('0'));
            const int check = rules::Bsn::checkDigitFor(eight);
            const QString bsn = eight + QString::number(check);
            if (check >= 0 && !taken.contains(bsn))
                m_bsnPool.push_back(bsn);
        }
        for (size_t i = m_bsnPool.size(); i > 1; --i)
            std::swap(m_bsnPool[i - 1], m_bsnPool[static_cast<size_t>(m_rng.below(static_cast<int>(i)))]);
    }

    // About one in ten has no BSN (yet); the rest draw from the test range while it lasts, spread
    // evenly over the run.
    QString takeBsn(int inwonersLeft)
    {
        if (m_bsnPool.empty() || !m_rng.chance(90) || m_rng.below(inwonersLeft) >= static_cast<int>(m_bsnPool.size()))
            return {};
        QString bsn = m_bsnPool.back();
        m_bsnPool.pop_back();
        return bsn;
    }

    void makeConsulenten(int count)
    {
        MijnGegevens mijn = m_ws.instellingen().mijnGegevens();
        QSet<QString> namen;
        if (!mijn.naam.isEmpty()) {
            m_consulenten.push_back({mijn.naam, mijn.telefoon.isEmpty() ? m_personen.vast("030") : mijn.telefoon});
            namen.insert(mijn.naam);
        }
        while (static_cast<int>(m_consulenten.size()) < count) {
            const Herkomst herkomst = m_rng.chance(85) ? Herkomst::Nederlands : m_personen.pickHerkomst(40);
            const bool vrouw = m_rng.chance(70);
            const DemoPersoon p = m_personen.persoon(herkomst, vrouw, m_personen.geborenOp(m_rng.between(25, 60)), {});
            if (namen.contains(p.naam()))
                continue;
            namen.insert(p.naam());
            m_consulenten.push_back({p.naam(), m_personen.vast("030")});
            if (m_consulenten.size() == 1) {
                const QString email = DemoPersonen::ascii(p.voornamen.value(0).left(1)) + QLatin1Char('.') +
                                      DemoPersonen::ascii(p.achternaam.tussenvoegsel + p.achternaam.naam) +
                                      QStringLiteral("@example.nl");
                m_ws.instellingen().setMijnGegevens({p.naam(), QStringLiteral("Wmo-consulent"),
                                                     m_consulenten[0].telefoon, email, QStringLiteral("Wijkteam Noord"),
                                                     QStringLiteral("Gemeente Rijnwaarde")});
            }
        }
        m_summary.consulenten = static_cast<int>(m_consulenten.size());
    }

    // --- a huishouden and everyone in it --------------------------------------------------------

    Samenstelling pickSamenstelling(int leeftijd)
    {
        const int r = m_rng.below(100);
        if (leeftijd >= 65)
            return r < 45
                       ? Samenstelling::Alleen
                       : (r < 90 ? Samenstelling::Stel : (r < 95 ? Samenstelling::MetKind : Samenstelling::Huisgenoot));
        if (leeftijd >= 30)
            return r < 35
                       ? Samenstelling::Alleen
                       : (r < 60 ? Samenstelling::Stel : (r < 90 ? Samenstelling::Gezin : Samenstelling::Huisgenoot));
        return r < 30
                   ? Samenstelling::Alleen
                   : (r < 70 ? Samenstelling::BijOuders : (r < 90 ? Samenstelling::Stel : Samenstelling::Huisgenoot));
    }

    /// A child with a first name not yet used in the family.
    DemoPersoon makeKind(const DemoHuishouden& ctx, Herkomst herkomst, int leeftijd, const DemoAchternaam& familie)
    {
        DemoPersoon kind = m_personen.kennis(herkomst, leeftijd, familie);
        auto bestaat = [&](const DemoPersoon& k) {
            auto zelfde = [&](const DemoPersoon& ander) { return ander.bekendAls == k.bekendAls; };
            return std::any_of(ctx.kinderenThuis.begin(), ctx.kinderenThuis.end(), zelfde) ||
                   std::any_of(ctx.kinderenUitHuis.begin(), ctx.kinderenUitHuis.end(), zelfde);
        };
        for (int attempt = 0; attempt < 5 && bestaat(kind); ++attempt)
            kind = m_personen.kennis(herkomst, leeftijd, familie, kind.vrouw);
        return kind;
    }

    void makeHuishouden(int ruimte)
    {
        // The first id drawn in a stream is always the first inwoner's: see firstId().
        const QString hoofdId = nextId();
        const int hoofdLeeftijd = m_personen.pickLeeftijd();
        const Herkomst herkomstHoofd = m_personen.pickHerkomst(hoofdLeeftijd);
        const bool vrouw = m_rng.chance(hoofdLeeftijd >= 75 ? 62 : 55);
        const DemoPersoon hoofd = m_personen.persoon(herkomstHoofd, vrouw, m_personen.geborenOp(hoofdLeeftijd), {});
        const Samenstelling soort = pickSamenstelling(hoofdLeeftijd);

        DemoHuishouden ctx;
        int plaats = 0;
        ctx.leeftijd = hoofdLeeftijd;
        ctx.adres = m_personen.adres(plaats);
        ctx.netnummer = DemoVocabulary::woonplaatsen()[static_cast<size_t>(plaats)].netnummer;
        const Consulent& consulent =
            m_consulenten[static_cast<size_t>(m_rng.below(static_cast<int>(m_consulenten.size())))];
        ctx.huisarts = m_rng.below(static_cast<int>(DemoVocabulary::organisaties(Relatie::Huisarts).size()));
        if (m_rng.chance(hoofdLeeftijd >= 65 ? 55 : 15))
            ctx.vasteLijn = m_personen.vast(ctx.netnummer);

        bool partnerIsInwoner = false;
        if (soort == Samenstelling::Stel || (soort == Samenstelling::Gezin && m_rng.chance(70))) {
            const bool partnerVrouw = m_rng.chance(97) ? !hoofd.vrouw : hoofd.vrouw;
            int verschil = m_rng.between(-5, 5);
            if (partnerVrouw != hoofd.vrouw)
                verschil = partnerVrouw ? -std::abs(verschil) : std::abs(verschil); // usually the man is older
            const Herkomst herkomstPartner = m_rng.chance(90) ? herkomstHoofd : Herkomst::Nederlands;
            const QDate geboren = m_personen.geborenOp(std::clamp(hoofdLeeftijd + verschil, 18, 100));
            ctx.partner = m_personen.persoon(herkomstPartner, partnerVrouw, geboren, {});
            partnerIsInwoner = ruimte >= 2 && m_rng.chance(hoofdLeeftijd >= 65 ? 30 : 10);
        }
        // Children carry the father's name when there is one.
        const DemoAchternaam familie =
            (ctx.partner && hoofd.vrouw && !ctx.partner->vrouw) ? ctx.partner->achternaam : hoofd.achternaam;
        const int jongsteOuder =
            ctx.partner ? std::min(hoofdLeeftijd, m_personen.leeftijdVan(ctx.partner->geboortedatum)) : hoofdLeeftijd;
        if (soort == Samenstelling::Gezin) {
            for (int i = m_rng.between(1, 3); i > 0; --i)
                ctx.kinderenThuis.push_back(
                    makeKind(ctx, herkomstHoofd, m_rng.between(0, std::clamp(jongsteOuder - 20, 0, 25)), familie));
        } else if (soort == Samenstelling::MetKind) {
            ctx.kinderenThuis.push_back(
                makeKind(ctx, herkomstHoofd, std::max(18, hoofdLeeftijd - m_rng.between(25, 38)), familie));
        } else if (soort == Samenstelling::BijOuders) {
            if (m_rng.chance(75))
                ctx.ouders.push_back(
                    m_personen.kennis(herkomstHoofd, hoofdLeeftijd + m_rng.between(24, 35), hoofd.achternaam, false));
            ctx.ouders.push_back(m_personen.kennis(herkomstHoofd, hoofdLeeftijd + m_rng.between(22, 33), {}, true));
        }
        if (hoofdLeeftijd >= 50) {
            static constexpr int kAantal[] = {0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4};
            for (int i = m_rng.pick(std::span<const int>(kAantal)) - static_cast<int>(ctx.kinderenThuis.size()); i > 0;
                 --i)
                ctx.kinderenUitHuis.push_back(
                    makeKind(ctx, herkomstHoofd, std::max(18, jongsteOuder - m_rng.between(22, 38)), familie));
        }

        // Rows
        std::vector<std::pair<QString, DemoPersoon>> inwoners{{hoofdId, hoofd}};
        if (ctx.partner && partnerIsInwoner)
            inwoners.emplace_back(nextId(), *ctx.partner);
        std::vector<bool> tolk;
        for (const auto& [id, p] : inwoners) {
            saveInwoner(id, p, ctx, consulent, ruimte--);
            tolk.push_back(m_inwoners.back().tolkNodig);
        }

        Huishouden h;
        h.meta.id = nextId();
        const bool gezin = ctx.partner || !ctx.kinderenThuis.empty() || !ctx.ouders.empty();
        h.naam = gezin ? QStringLiteral("Familie %1").arg(capitalised(familie.voluit())) : hoofd.naam();
        m_ws.stamp(h.meta);
        m_ws.huishoudens().save(h);
        ++m_summary.huishoudens;

        saveLid(h.meta.id, hoofdId, {}, QStringLiteral("inwoner"));
        if (ctx.partner)
            saveLid(h.meta.id, partnerIsInwoner ? inwoners[1].first : QString(), *ctx.partner,
                    QStringLiteral("partner"));
        for (const DemoPersoon& kind : ctx.kinderenThuis)
            saveLid(h.meta.id, {}, kind, QStringLiteral("kind"));
        for (const DemoPersoon& ouder : ctx.ouders)
            saveLid(h.meta.id, {}, ouder, QStringLiteral("ouder"));
        if (soort == Samenstelling::Huisgenoot)
            saveLid(h.meta.id, {},
                    m_personen.kennis(herkomstHoofd, std::max(18, hoofdLeeftijd + m_rng.between(-10, 10))),
                    QStringLiteral("huisgenoot"));

        const bool alleen = soort == Samenstelling::Alleen;
        const bool kinderen =
            std::any_of(ctx.kinderenThuis.begin(), ctx.kinderenThuis.end(),
                        [&](const DemoPersoon& k) { return m_personen.leeftijdVan(k.geboortedatum) < 18; });
        const auto netwerk = saveNetwerk(inwoners[0].first, hoofd, ctx, alleen, ctx.partner);
        saveZrm(inwoners[0].first, {hoofdLeeftijd, static_cast<int>(netwerk.size()), alleen}, consulent.naam);
        saveTrajecten(inwoners[0].first, {hoofdLeeftijd, tolk[0], kinderen, consulent.naam}, netwerk);
        if (inwoners.size() > 1) {
            const DemoPersoon& partner = inwoners[1].second;
            const int leeftijd = m_personen.leeftijdVan(partner.geboortedatum);
            const auto netwerkPartner = saveNetwerk(inwoners[1].first, partner, ctx, false, hoofd);
            saveZrm(inwoners[1].first, {leeftijd, static_cast<int>(netwerkPartner.size()), false}, consulent.naam);
            saveTrajecten(inwoners[1].first, {leeftijd, tolk[1], kinderen, consulent.naam}, netwerkPartner);
        }
    }

    void saveInwoner(const QString& id, const DemoPersoon& p, const DemoHuishouden& ctx, const Consulent& consulent,
                     int inwonersLeft)
    {
        Inwoner in;
        in.meta.id = id;
        in.bsn = takeBsn(inwonersLeft);
        in.voornamen = p.voornamen.join(QLatin1Char(' '));
        in.voorletters = p.voorletters();
        in.tussenvoegsel = p.achternaam.tussenvoegsel;
        in.geslachtsnaam = p.achternaam.naam;
        in.roepnaam = p.roepnaam;
        in.geboortedatum = p.geboortedatum;
        in.adres = ctx.adres;
        const int leeftijd = in.leeftijdOp(m_today);
        if (!ctx.vasteLijn.isEmpty() && (leeftijd >= 75 || m_rng.chance(50)))
            in.telefoon = ctx.vasteLijn;
        else if (m_rng.chance(95))
            in.telefoon = m_personen.mobiel();
        if (m_rng.chance(leeftijd < 65 ? 50 : (leeftijd < 80 ? 12 : 3)))
            in.email = m_personen.email(p);
        const QString taal = utf8(DemoVocabulary::taal(p.herkomst));
        if (!taal.isEmpty() && m_rng.chance(leeftijd >= 55 ? 85 : 45)) {
            in.taal = taal;
            in.tolkNodig = m_rng.chance(p.herkomst == Herkomst::Eritrees ? 80 : (leeftijd >= 65 ? 55 : 20));
        }
        const int r = m_rng.below(100);
        if (r < 15 && !in.email.isEmpty())
            in.contactvoorkeur = Contactkanaal::Email;
        else if (r < 45 && !in.telefoon.isEmpty())
            in.contactvoorkeur = Contactkanaal::Telefoon;
        else if (r < 55 && in.telefoon.startsWith(QLatin1String("06")))
            in.contactvoorkeur = Contactkanaal::Sms;
        else if (r < 65)
            in.contactvoorkeur = Contactkanaal::Post;
        else if (r < 75)
            in.contactvoorkeur = Contactkanaal::Huisbezoek;
        in.aanspreekpunt = {consulent.naam, consulent.telefoon};
        m_ws.stamp(in.meta);
        m_inwoners.push_back(std::move(in));
        ++m_summary.inwoners;
    }

    void saveLid(const QString& huishoudenId, const QString& inwonerId, const std::optional<DemoPersoon>& p,
                 const QString& rol)
    {
        Huishoudlid lid;
        lid.meta.id = nextId();
        lid.huishoudenId = huishoudenId;
        lid.inwonerId = inwonerId;
        if (inwonerId.isEmpty() && p) {
            lid.naam = p->naam();
            lid.geboortedatum = p->geboortedatum;
        }
        lid.rol = rol;
        m_ws.stamp(lid.meta);
        m_ws.huishoudens().save(lid);
    }

    /// Returns the persons in the netwerk as stored.
    std::vector<NetwerkPersoon> saveNetwerk(const QString& inwonerId, const DemoPersoon& wie,
                                            const DemoHuishouden& huishouden, bool alleen,
                                            const std::optional<DemoPersoon>& partner)
    {
        std::vector<NetwerkPersoon> personen = m_netwerk.maak(inwonerId, wie, huishouden, alleen, partner);
        for (NetwerkPersoon& p : personen) {
            m_ws.stamp(p.meta);
            m_ws.netwerk().save(p);
            m_summary.mantelzorgers += p.isMantelzorger() ? 1 : 0;
        }
        m_summary.netwerkpersonen += static_cast<int>(personen.size());
        return personen;
    }

    void saveZrm(const QString& inwonerId, const DemoZrmProfiel& profiel, const QString& door)
    {
        for (ZrmMeting& meting : m_zrm.maak(inwonerId, profiel, door)) {
            m_ws.stamp(meting.meta);
            m_ws.zrm().save(meting);
            for (ZrmScore& score : meting.scores) {
                m_ws.stamp(score.meta);
                m_ws.zrm().save(meting.meta.id, score);
            }
            ++m_summary.metingen;
        }
    }

    void saveTrajecten(const QString& inwonerId, const DemoTrajectProfiel& profiel,
                       const std::vector<NetwerkPersoon>& netwerk)
    {
        auto& trajecten = m_ws.trajecten();
        auto& gesprekken = m_ws.gesprekken();
        for (DemoTraject& d : m_trajecten.maak(inwonerId, profiel, netwerk)) {
            Traject& t = d.traject;
            m_ws.stamp(t.meta);
            trajecten.save(t);
            for (TrajectStap& s : t.stappen) {
                m_ws.stamp(s.meta);
                trajecten.save(t.meta.id, s);
            }
            for (TermijnOpschorting& o : t.opschortingen) {
                m_ws.stamp(o.meta);
                trajecten.save(t.meta.id, o);
            }
            for (Voorziening& v : t.voorzieningen) {
                if (const SocialeKaartItem* item = m_kaart.maatwerk(t.domein, v.soort))
                    v.socialeKaartId = item->meta.id;
                m_ws.stamp(v.meta);
                trajecten.save(t.meta.id, v);
            }
            for (Gesprek& g : d.gesprekken) {
                m_ws.stamp(g.meta);
                gesprekken.save(g);
                for (Aanwezige& a : g.aanwezigen) {
                    m_ws.stamp(a.meta);
                    gesprekken.save(g.meta.id, a);
                }
                for (BesprokenLeefgebied& l : g.leefgebieden) {
                    m_ws.stamp(l.meta);
                    gesprekken.save(g.meta.id, l);
                }
                for (MantelzorgVisie& v : g.mantelzorg) {
                    m_ws.stamp(v.meta);
                    gesprekken.save(g.meta.id, v);
                }
                ++m_summary.gesprekken;
            }
            ++m_summary.trajecten;
            for (Ondersteuningsplan& plan : m_plannen.maak(d, profiel, netwerk, m_kaart)) {
                DemoPlannen::bewaar(m_ws, plan);
                ++m_summary.plannen;
            }
        }
    }

    Workspace& m_ws;
    DemoRandom m_rng;
    DemoIdSequence m_ids;
    const QDate m_today;
    DemoPersonen m_personen;
    DemoNetwerk m_netwerk;
    DemoRandom m_zrmRng;
    DemoIdSequence m_zrmIds;
    DemoZrm m_zrm;
    DemoRandom m_trajectRng;
    DemoIdSequence m_trajectIds;
    DemoTrajecten m_trajecten;
    DemoRandom m_planRng;
    DemoIdSequence m_planIds;
    DemoPlannen m_plannen;
    DemoSocialeKaart m_kaart;
    std::vector<QString> m_bsnPool;
    std::vector<Inwoner> m_inwoners; ///< made, stamped, not yet written
    std::vector<Consulent> m_consulenten;
    DemoSummary m_summary;
};

} // namespace

std::optional<DemoSize> demoSizeFromString(const QString& text)
{
    const QString size = text.trimmed().toUpper();
    if (size == QLatin1String("S"))
        return DemoSize::S;
    if (size == QLatin1String("M"))
        return DemoSize::M;
    if (size == QLatin1String("L"))
        return DemoSize::L;
    if (size == QLatin1String("XL"))
        return DemoSize::XL;
    return std::nullopt;
}

int inwonerCount(DemoSize size)
{
    switch (size) {
    case DemoSize::S:
        return 50;
    case DemoSize::M:
        return 500;
    case DemoSize::L:
        return 5000;
    case DemoSize::XL:
        break;
    }
    return 50000;
}

DemoGenerator::DemoGenerator(Workspace& workspace, quint64 seed)
    : m_ws(workspace)
    , m_seed(seed)
{
}

Result<DemoSummary> DemoGenerator::generate(DemoSize size, const std::function<void(int, int)>& progress)
{
    try {
        // Statement journals in memory (temp_store = MEMORY): every upsert in the one long
        // transaction first journals the pages it touches for its own rollback; on disk that is a
        // write to a temporary file per page, at XL some ten million system calls and nearly half
        // the run. Foreign keys off: the inwoners go in last (see Builder::run), so SQLite would
        // count an open reference for every netwerk person, meting and traject and look them all up
        // again per inwoner, at L a quarter of the run. The tests check the keys of generated files.
        const ScopedPragma journals(m_ws.db(), "temp_store", 2);
        const ScopedPragma foreignKeys(m_ws.db(), "foreign_keys", 0);
        db::Transaction tx(m_ws.db());
        quint64 stream = 0;
        while (m_ws.inwoners().get(Builder::firstId(m_seed, stream)))
            ++stream;
        Builder builder(m_ws, m_seed, stream);
        const DemoSummary summary = builder.run(size, progress);
        tx.commit();
        return summary;
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

} // namespace core::demo
