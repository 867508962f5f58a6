// SPDX-License-Identifier: EUPL-1.2
#include "DemoGenerator.h"

#include "Clock.h"
#include "DemoVocabulary.h"
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
#include "rules/Bsn.h"
#include "rules/NameOrder.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <array>
#include <vector>

namespace core::demo {

namespace {

QString utf8(const char* text) {
    return QString::fromUtf8(text);
}

quint64 splitmix64(quint64& state) {
    state += 0x9E3779B97F4A7C15ULL;
    quint64 z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// xoshiro256**, seeded with splitmix64. Written out rather than taken from <random> because the
// standard distributions differ between library implementations, and a seed must give the same
// data everywhere.
class Rng {
public:
    explicit Rng(quint64 seed) {
        for (quint64& word : m_state)
            word = splitmix64(seed);
    }

    quint64 next() {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /// 0 … n-1 (n > 0), without modulo bias.
    int below(int n) {
        const auto bound = static_cast<quint64>(n);
        const quint64 threshold = (0 - bound) % bound;
        quint64 r = next();
        while (r < threshold)
            r = next();
        return static_cast<int>(r % bound);
    }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T> const T& pick(std::span<const T> items) {
        return items[static_cast<size_t>(below(static_cast<int>(items.size())))];
    }
    template <typename T> const T& weighted(std::span<const T> items) {
        int total = 0;
        for (const T& item : items)
            total += item.gewicht;
        int r = below(total);
        for (const T& item : items) {
            r -= item.gewicht;
            if (r < 0)
                return item;
        }
        return items.back();
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    std::array<quint64, 4> m_state{};
};

// Separate streams for content and ids, and one per `stream` so that a second run on the same
// file with the same seed adds new rows instead of overwriting the first run's.
quint64 streamSeed(quint64 seed, quint64 stream, bool ids) {
    return seed ^ (stream * 0xD1B54A32D192ED03ULL) ^ (ids ? 0xA0761D6478BD642FULL : 0);
}

/// UUIDs for one run, derived from the seed: a random 48-bit prefix per run, then a counter, then
/// random bits, in the UUID version 8 ("custom") layout. Increasing ids append to the end of the
/// primary-key indexes instead of landing on a random page, which makes XL several times faster.
class IdSequence {
public:
    explicit IdSequence(quint64 seed)
        : m_rng(seed)
        , m_prefix(m_rng.next() >> 16) {}

    QString next() {
        const quint64 counter = m_counter++;
        const quint64 tail = m_rng.next() >> 20;
        std::array<char, 32> d{};
        put(d, 0, 12, m_prefix);
        d[12] = '8';
        put(d, 13, 3, counter >> 16);
        d[16] = '8'; // RFC 9562 variant
        put(d, 17, 4, counter);
        put(d, 21, 11, tail);
        QString id;
        id.reserve(36);
        for (size_t i = 0; i < d.size(); ++i) {
            if (i == 8 || i == 12 || i == 16 || i == 20)
                id.append(QLatin1Char('-'));
            id.append(QLatin1Char(d[i]));
        }
        return id;
    }

private:
    // Writes the low 4*count bits of `value` as `count` hex digits from position `at`.
    static void put(std::array<char, 32>& d, size_t at, int count, quint64 value) {
        static constexpr char kHex[] = "0123456789abcdef";
        for (int i = count - 1; i >= 0; --i, value >>= 4)
            d[at + static_cast<size_t>(i)] = kHex[value & 0xF];
    }

    Rng m_rng;
    quint64 m_prefix;
    quint64 m_counter = 0;
};

/// Lower-case ASCII letters and digits only, for e-mail addresses.
QString ascii(const QString& text) {
    QString out;
    for (QChar c : rules::NameOrder::fold(text)) {
        if (c == QChar(0x0131)) // dotless ı, which has no decomposition
            c = QLatin1Char('i');
        else if (c == QChar(0x0142)) // ł
            c = QLatin1Char('l');
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out.append(c);
    }
    return out;
}

/// "J.H." for "Johannes Hendrikus".
QString voorletters(const QStringList& voornamen) {
    QString letters;
    for (const QString& naam : voornamen)
        letters += naam.left(1) + QLatin1Char('.');
    return letters;
}

QString capitalised(QString text) {
    if (!text.isEmpty() && text.at(0).isLetter())
        text[0] = text.at(0).toUpper();
    return text;
}

QString joined(const QStringList& parts) {
    QStringList present;
    for (const QString& p : parts) {
        if (!p.isEmpty())
            present << p;
    }
    return present.join(QLatin1Char(' '));
}

struct Achternaam {
    QString tussenvoegsel;
    QString naam;
};

struct Persoon {
    bool vrouw = false;
    Herkomst herkomst = Herkomst::Nederlands;
    QDate geboortedatum;
    QStringList voornamen;
    QString roepnaam;
    Achternaam achternaam;

    /// "Jan van der Berg", as written for someone who is not an inwoner in the file.
    QString naam() const {
        return joined({roepnaam.isEmpty() ? voornamen.value(0) : roepnaam, achternaam.tussenvoegsel, achternaam.naam});
    }
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
        , m_today(ws.clock().today()) {}

    /// The id the first inwoner of a stream gets; used to find a stream not yet in the file.
    static QString firstId(quint64 seed, quint64 stream) { return IdSequence(streamSeed(seed, stream, true)).next(); }

    DemoSummary run(DemoSize size, const std::function<void(int, int)>& progress) {
        const int total = inwonerCount(size);
        makeBsnPool();
        makeConsulenten(size == DemoSize::S ? 1 : std::max(2, (total + 35) / 70));
        const int step = std::max(1, total / 100);
        int nextReport = step;
        while (m_summary.inwoners < total) {
            makeHuishouden(total - m_summary.inwoners);
            while (progress && m_summary.inwoners >= nextReport && nextReport < total) {
                progress(nextReport, total);
                nextReport += step;
            }
        }
        if (progress)
            progress(total, total);
        return m_summary;
    }

private:
    QString nextId() { return m_ids.next(); }

    void makeBsnPool() {
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
    QString takeBsn(int inwonersLeft) {
        if (m_bsnPool.empty() || !m_rng.chance(90) || m_rng.below(inwonersLeft) >= static_cast<int>(m_bsnPool.size()))
            return {};
        QString bsn = m_bsnPool.back();
        m_bsnPool.pop_back();
        return bsn;
    }

    void makeConsulenten(int count) {
        MijnGegevens mijn = m_ws.instellingen().mijnGegevens();
        QSet<QString> namen;
        if (!mijn.naam.isEmpty()) {
            m_consulenten.push_back({mijn.naam, mijn.telefoon.isEmpty() ? vast("030") : mijn.telefoon});
            namen.insert(mijn.naam);
        }
        while (static_cast<int>(m_consulenten.size()) < count) {
            const Herkomst herkomst = m_rng.chance(85) ? Herkomst::Nederlands : pickHerkomst(40);
            const bool vrouw = m_rng.chance(70);
            const Persoon p = makePersoon(herkomst, vrouw, geborenOp(m_rng.between(25, 60)), {});
            if (namen.contains(p.naam()))
                continue;
            namen.insert(p.naam());
            m_consulenten.push_back({p.naam(), vast("030")});
            if (m_consulenten.size() == 1) {
                const QString email = ascii(p.voornamen.value(0).left(1)) + QLatin1Char('.') +
                                      ascii(p.achternaam.tussenvoegsel + p.achternaam.naam) +
                                      QStringLiteral("@example.nl");
                m_ws.instellingen().setMijnGegevens({p.naam(), QStringLiteral("Wmo-consulent"),
                                                     m_consulenten[0].telefoon, email, QStringLiteral("Wijkteam Noord"),
                                                     QStringLiteral("Gemeente Rijnwaarde")});
            }
        }
        m_summary.consulenten = static_cast<int>(m_consulenten.size());
    }

    // --- people ---------------------------------------------------------------------------------

    Herkomst pickHerkomst(int leeftijd) {
        const int r = m_rng.below(100);
        if (leeftijd >= 75)
            return r < 90 ? Herkomst::Nederlands
                          : (r < 93 ? Herkomst::Turks : (r < 96 ? Herkomst::Marokkaans : Herkomst::Surinaams));
        if (r < 80)
            return Herkomst::Nederlands;
        if (r < 86)
            return Herkomst::Turks;
        if (r < 92)
            return Herkomst::Marokkaans;
        if (r < 96)
            return Herkomst::Surinaams;
        return r < 99 ? Herkomst::Pools : Herkomst::Eritrees;
    }

    // Wmo clientele is old: a quarter over 85, three quarters over 65.
    int pickLeeftijd() {
        const int r = m_rng.below(100);
        if (r < 10)
            return m_rng.between(18, 44);
        if (r < 25)
            return m_rng.between(45, 64);
        if (r < 45)
            return m_rng.between(65, 74);
        if (r < 75)
            return m_rng.between(75, 84);
        return m_rng.between(85, 99);
    }

    QDate geborenOp(int leeftijd) { return m_today.addYears(-leeftijd).addDays(-m_rng.below(365)); }

    Achternaam pickAchternaam(Herkomst herkomst) {
        const DemoGeslachtsnaam& n = m_rng.weighted(DemoVocabulary::geslachtsnamen(herkomst));
        return {utf8(n.tussenvoegsel), utf8(n.naam)};
    }

    Persoon makePersoon(Herkomst herkomst, bool vrouw, QDate geboortedatum, std::optional<Achternaam> familienaam) {
        Persoon p{vrouw, herkomst, geboortedatum, {}, {}, familienaam ? *familienaam : pickAchternaam(herkomst)};
        const auto generatie = DemoVocabulary::generatie(geboortedatum.year());
        const DemoVoornaam& eerste = m_rng.pick(DemoVocabulary::voornamen(herkomst, vrouw, generatie));
        p.voornamen << utf8(eerste.voluit);
        // Dutch parents gave their children the names of grandparents as second and third names.
        const int r = m_rng.below(100);
        int extra = 0;
        if (herkomst != Herkomst::Nederlands)
            extra = r < 30 ? 1 : 0;
        else if (generatie == DemoVocabulary::Generatie::Oud)
            extra = r < 20 ? 0 : (r < 70 ? 1 : 2);
        else
            extra = r < 45 ? 0 : (r < 92 ? 1 : 2);
        const auto tweede = herkomst == Herkomst::Nederlands ? DemoVocabulary::Generatie::Oud : generatie;
        for (int attempt = 0; extra > 0 && attempt < 6; ++attempt) {
            const QString naam = utf8(m_rng.pick(DemoVocabulary::voornamen(herkomst, vrouw, tweede)).voluit);
            if (!p.voornamen.contains(naam)) {
                p.voornamen << naam;
                --extra;
            }
        }
        if (*eerste.roepnaam != '\0')
            p.roepnaam = m_rng.chance(85) ? utf8(eerste.roepnaam) : QString();
        else if (p.voornamen.size() > 1 || m_rng.chance(40))
            p.roepnaam = m_rng.chance(70) ? p.voornamen.first() : QString();
        return p;
    }

    /// Someone around the inwoner, known by name only; mostly of the same background.
    Persoon makeKennis(Herkomst herkomst, int leeftijd, std::optional<Achternaam> familienaam = {},
                       std::optional<bool> vrouw = {}) {
        const bool isVrouw = vrouw ? *vrouw : m_rng.chance(55);
        const QDate geboren = geborenOp(std::max(0, leeftijd));
        Persoon p = makePersoon(herkomst, isVrouw, geboren, std::move(familienaam));
        if (p.roepnaam.isEmpty())
            p.roepnaam = p.voornamen.first();
        return p;
    }

    int leeftijdVan(const QDate& geboren) const {
        const int jaren = m_today.year() - geboren.year();
        return geboren.addYears(jaren) > m_today ? jaren - 1 : jaren;
    }

    // --- contact details ------------------------------------------------------------------------

    QString digits(int count, int firstMin) {
        QString out = QString::number(m_rng.between(firstMin, 9));
        for (int i = 1; i < count; ++i)
            out += QString::number(m_rng.below(10));
        return out;
    }
    QString mobiel() { return QStringLiteral("06-") + digits(8, 1); }
    QString vast(const char* netnummer) {
        const QString kengetal = utf8(netnummer);
        return kengetal + QLatin1Char('-') + digits(10 - static_cast<int>(kengetal.size()), 2);
    }
    QString makeEmail(const Persoon& p) {
        const QString voornaam = ascii(p.roepnaam.isEmpty() ? p.voornamen.first() : p.roepnaam);
        const QString achter = ascii(p.achternaam.tussenvoegsel + p.achternaam.naam);
        const QString jaar = QString::number(p.geboortedatum.year() % 100).rightJustified(2, QLatin1Char('0'));
        const int r = m_rng.below(10);
        const QString local =
            r < 5 ? voornaam + QLatin1Char('.') + achter : (r < 8 ? voornaam.left(1) + achter + jaar : voornaam + jaar);
        return local + QStringLiteral("@example.nl");
    }

    Adres makeAdres(int& woonplaatsIndex) {
        static constexpr char kLetters[] = "ABCDEGHJKLMNPRSTVWXZ"; // the letters PostNL uses
        const auto plaatsen = DemoVocabulary::woonplaatsen();
        const DemoWoonplaats& plaats = m_rng.weighted(plaatsen);
        woonplaatsIndex = static_cast<int>(&plaats - plaatsen.data());
        const auto straten = DemoVocabulary::straten();
        const int straat = m_rng.below(static_cast<int>(straten.size()));
        const int nummer = m_rng.chance(70) ? m_rng.between(1, 80) : m_rng.between(1, 250);
        static constexpr const char* kToevoegingen[] = {"A", "A", "A", "B", "B", "1", "1", "2", "2", "bis"};
        const QString toevoeging =
            m_rng.chance(8) ? utf8(m_rng.pick(std::span<const char* const>(kToevoegingen))) : QString();
        // The same address always gets the same postcode: digits per street, letters per block of numbers.
        const int cijfers =
            plaats.postcodeVan + (straat * 7 + nummer / 50) % (plaats.postcodeTot - plaats.postcodeVan + 1);
        const QChar eerste = QLatin1Char(kLetters[(straat * 3 + woonplaatsIndex) % 20]);
        QChar tweede = QLatin1Char(kLetters[(nummer / 20 + straat) % 20]);
        if (eerste == QLatin1Char('S') &&
            (tweede == QLatin1Char('A') || tweede == QLatin1Char('D') || tweede == QLatin1Char('S')))
            tweede = QLatin1Char('T'); // SA, SD and SS are not used
        return {utf8(straten[static_cast<size_t>(straat)]), nummer, toevoeging,
                QString::number(cijfers) + QLatin1Char(' ') + eerste + tweede, utf8(plaats.naam)};
    }

    // --- a huishouden and everyone in it --------------------------------------------------------

    struct Context {
        Adres adres;
        const char* netnummer = "030";
        QString vasteLijn;
        const Consulent* consulent = nullptr;
        int huisarts = 0;
        std::optional<Persoon> partner;
        std::vector<Persoon> kinderenThuis;
        std::vector<Persoon> kinderenUitHuis;
        std::vector<Persoon> ouders;
    };

    Samenstelling pickSamenstelling(int leeftijd) {
        const int r = m_rng.below(100);
        if (leeftijd >= 65)
            return r < 50
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

    void makeHuishouden(int ruimte) {
        // The first id drawn in a stream is always the first inwoner's: see firstId().
        const QString hoofdId = nextId();
        const int hoofdLeeftijd = pickLeeftijd();
        const Herkomst herkomstHoofd = pickHerkomst(hoofdLeeftijd);
        const bool vrouw = m_rng.chance(hoofdLeeftijd >= 75 ? 62 : 55);
        const Persoon hoofd = makePersoon(herkomstHoofd, vrouw, geborenOp(hoofdLeeftijd), {});
        const Samenstelling soort = pickSamenstelling(hoofdLeeftijd);

        Context ctx;
        int plaats = 0;
        ctx.adres = makeAdres(plaats);
        ctx.netnummer = DemoVocabulary::woonplaatsen()[static_cast<size_t>(plaats)].netnummer;
        ctx.consulent = &m_consulenten[static_cast<size_t>(m_rng.below(static_cast<int>(m_consulenten.size())))];
        ctx.huisarts = m_rng.below(static_cast<int>(DemoVocabulary::organisaties(Relatie::Huisarts).size()));
        if (m_rng.chance(hoofdLeeftijd >= 65 ? 55 : 15))
            ctx.vasteLijn = vast(ctx.netnummer);

        bool partnerIsInwoner = false;
        if (soort == Samenstelling::Stel || (soort == Samenstelling::Gezin && m_rng.chance(70))) {
            const bool partnerVrouw = m_rng.chance(97) ? !hoofd.vrouw : hoofd.vrouw;
            int verschil = m_rng.between(-5, 5);
            if (partnerVrouw != hoofd.vrouw)
                verschil = partnerVrouw ? -std::abs(verschil) : std::abs(verschil); // usually the man is older
            const Herkomst herkomstPartner = m_rng.chance(90) ? herkomstHoofd : Herkomst::Nederlands;
            const QDate geboren = geborenOp(std::clamp(hoofdLeeftijd + verschil, 18, 101));
            ctx.partner = makePersoon(herkomstPartner, partnerVrouw, geboren, {});
            partnerIsInwoner = ruimte >= 2 && m_rng.chance(hoofdLeeftijd >= 65 ? 30 : 10);
        }
        // Children carry the father's name when there is one.
        const Achternaam familie =
            (ctx.partner && hoofd.vrouw && !ctx.partner->vrouw) ? ctx.partner->achternaam : hoofd.achternaam;
        const int jongsteOuder =
            ctx.partner ? std::min(hoofdLeeftijd, leeftijdVan(ctx.partner->geboortedatum)) : hoofdLeeftijd;
        if (soort == Samenstelling::Gezin) {
            for (int i = m_rng.between(1, 3); i > 0; --i)
                ctx.kinderenThuis.push_back(
                    makeKennis(herkomstHoofd, m_rng.between(0, std::clamp(jongsteOuder - 20, 0, 25)), familie));
        } else if (soort == Samenstelling::MetKind) {
            ctx.kinderenThuis.push_back(
                makeKennis(herkomstHoofd, std::max(18, hoofdLeeftijd - m_rng.between(25, 38)), familie));
        } else if (soort == Samenstelling::BijOuders) {
            if (m_rng.chance(75))
                ctx.ouders.push_back(
                    makeKennis(herkomstHoofd, hoofdLeeftijd + m_rng.between(24, 35), hoofd.achternaam, false));
            ctx.ouders.push_back(makeKennis(herkomstHoofd, hoofdLeeftijd + m_rng.between(22, 33), {}, true));
        }
        if (hoofdLeeftijd >= 50) {
            static constexpr int kAantal[] = {0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4};
            for (int i = m_rng.pick(std::span<const int>(kAantal)) - static_cast<int>(ctx.kinderenThuis.size()); i > 0;
                 --i)
                ctx.kinderenUitHuis.push_back(
                    makeKennis(herkomstHoofd, std::max(18, jongsteOuder - m_rng.between(22, 38)), familie));
        }

        // Rows
        std::vector<std::pair<QString, Persoon>> inwoners{{hoofdId, hoofd}};
        if (ctx.partner && partnerIsInwoner)
            inwoners.emplace_back(nextId(), *ctx.partner);
        for (const auto& [id, p] : inwoners)
            saveInwoner(id, p, ctx, ruimte--);

        Huishouden h;
        h.meta.id = nextId();
        const int leden = 1 + (ctx.partner ? 1 : 0) + static_cast<int>(ctx.kinderenThuis.size() + ctx.ouders.size()) +
                          (soort == Samenstelling::Huisgenoot ? 1 : 0);
        h.naam = leden == 1
                     ? hoofd.naam()
                     : QStringLiteral("Familie %1").arg(joined({capitalised(familie.tussenvoegsel), familie.naam}));
        m_ws.stamp(h.meta);
        m_ws.huishoudens().save(h);
        ++m_summary.huishoudens;

        saveLid(h.meta.id, hoofdId, {}, QStringLiteral("inwoner"));
        if (ctx.partner)
            saveLid(h.meta.id, partnerIsInwoner ? inwoners[1].first : QString(), *ctx.partner,
                    QStringLiteral("partner"));
        for (const Persoon& kind : ctx.kinderenThuis)
            saveLid(h.meta.id, {}, kind, QStringLiteral("kind"));
        for (const Persoon& ouder : ctx.ouders)
            saveLid(h.meta.id, {}, ouder, QStringLiteral("ouder"));
        if (soort == Samenstelling::Huisgenoot)
            saveLid(h.meta.id, {}, makeKennis(herkomstHoofd, std::max(18, hoofdLeeftijd + m_rng.between(-10, 10))),
                    QStringLiteral("huisgenoot"));

        makeNetwerk(inwoners[0].first, hoofd, ctx, soort == Samenstelling::Alleen, ctx.partner);
        if (inwoners.size() > 1)
            makeNetwerk(inwoners[1].first, inwoners[1].second, ctx, false, hoofd);
    }

    void saveInwoner(const QString& id, const Persoon& p, const Context& ctx, int inwonersLeft) {
        Inwoner in;
        in.meta.id = id;
        in.bsn = takeBsn(inwonersLeft);
        in.voornamen = p.voornamen.join(QLatin1Char(' '));
        in.voorletters = voorletters(p.voornamen);
        in.tussenvoegsel = p.achternaam.tussenvoegsel;
        in.geslachtsnaam = p.achternaam.naam;
        in.roepnaam = p.roepnaam;
        in.geboortedatum = p.geboortedatum;
        in.adres = ctx.adres;
        const int leeftijd = in.leeftijdOp(m_today);
        if (!ctx.vasteLijn.isEmpty() && (leeftijd >= 75 || m_rng.chance(50)))
            in.telefoon = ctx.vasteLijn;
        else if (m_rng.chance(95))
            in.telefoon = mobiel();
        if (m_rng.chance(leeftijd < 65 ? 50 : (leeftijd < 80 ? 12 : 3)))
            in.email = makeEmail(p);
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
        in.aanspreekpunt = {ctx.consulent->naam, ctx.consulent->telefoon};
        m_ws.stamp(in.meta);
        m_ws.inwoners().save(in);
        ++m_summary.inwoners;
    }

    void saveLid(const QString& huishoudenId, const QString& inwonerId, const std::optional<Persoon>& p,
                 const QString& rol) {
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

    // --- netwerk and mantelzorg -----------------------------------------------------------------

    void makeNetwerk(const QString& inwonerId, const Persoon& wie, const Context& ctx, bool alleen,
                     const std::optional<Persoon>& partner) {
        const int leeftijd = leeftijdVan(wie.geboortedatum);
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
            personen.push_back(bekende(inwonerId, *partner, Relatie::Partner, ctx));
        if (!eenzaam) {
            for (const auto* kinderen : {&ctx.kinderenThuis, &ctx.kinderenUitHuis}) {
                for (const Persoon& kind : *kinderen) {
                    if (!vol() && leeftijdVan(kind.geboortedatum) >= 18)
                        personen.push_back(bekende(inwonerId, kind, Relatie::Kind, ctx));
                }
            }
            for (const Persoon& ouder : ctx.ouders) {
                if (!vol())
                    personen.push_back(bekende(inwonerId, ouder, Relatie::Ouder, ctx));
            }
            if (ctx.ouders.empty() && leeftijd < 45 && !vol() && m_rng.chance(50))
                personen.push_back(bekende(inwonerId, makeKennis(wie.herkomst, leeftijd + m_rng.between(22, 35)),
                                           Relatie::Ouder, ctx));
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
                personen.push_back(beroepsmatig(inwonerId, relatie, ctx));
            } else {
                const Herkomst herkomst = m_rng.chance(85) ? wie.herkomst : Herkomst::Nederlands;
                const Persoon bekend = makeKennis(herkomst, std::max(18, leeftijd + m_rng.between(-15, 10)));
                personen.push_back(bekende(inwonerId, bekend, relatie, ctx));
            }
        }
        if (!eenzaam && m_rng.chance(37))
            makeMantelzorg(inwonerId, wie, personen, ctx);
        for (NetwerkPersoon& p : personen) {
            m_ws.stamp(p.meta);
            m_ws.netwerk().save(p);
            ++m_summary.netwerkpersonen;
            m_summary.mantelzorgers += p.isMantelzorger() ? 1 : 0;
        }
    }

    NetwerkPersoon basis(const QString& inwonerId, Relatie relatie, int nabijheid, bool persoonlijk) {
        NetwerkPersoon p;
        p.meta.id = nextId();
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

    NetwerkPersoon bekende(const QString& inwonerId, const Persoon& wie, Relatie relatie, const Context& ctx) {
        int nabijheid = 1;
        if (relatie == Relatie::Familie)
            nabijheid = 2;
        else if (relatie == Relatie::Buur || relatie == Relatie::Vriend)
            nabijheid = m_rng.between(2, 3);
        NetwerkPersoon p = basis(inwonerId, relatie, nabijheid, true);
        p.naam = wie.naam();
        const bool huisgenoot = relatie == Relatie::Partner;
        if (huisgenoot && !ctx.vasteLijn.isEmpty() && m_rng.chance(60))
            p.telefoon = ctx.vasteLijn;
        else if (const int r = m_rng.below(100); r < 85)
            p.telefoon = mobiel();
        else if (r < 95)
            p.telefoon = vast(ctx.netnummer);
        if ((relatie == Relatie::Kind && m_rng.chance(40)) || m_rng.chance(8))
            p.email = makeEmail(wie);
        if (relatie == Relatie::Buur) {
            const int nummer = std::max(1, ctx.adres.huisnummer + m_rng.between(-6, 6));
            p.adres = ctx.adres.straat + QLatin1Char(' ') +
                      QString::number(nummer == ctx.adres.huisnummer ? nummer + 1 : nummer);
        } else if (!huisgenoot && relatie != Relatie::Vriend && m_rng.chance(35)) {
            int plaats = 0;
            const Adres elders = makeAdres(plaats);
            p.adres = elders.straatregel() + QStringLiteral(", ") + elders.woonplaats;
        }
        return p;
    }

    NetwerkPersoon beroepsmatig(const QString& inwonerId, Relatie relatie, const Context& ctx) {
        const int nabijheid =
            relatie == Relatie::Huisarts ? 4 : (relatie == Relatie::Vrijwilliger ? 3 : m_rng.between(3, 4));
        NetwerkPersoon p = basis(inwonerId, relatie, nabijheid, false);
        const auto organisaties = DemoVocabulary::organisaties(relatie);
        const DemoOrganisatie& org =
            relatie == Relatie::Huisarts ? organisaties[static_cast<size_t>(ctx.huisarts)] : m_rng.pick(organisaties);
        p.organisatie = utf8(org.naam);
        p.naam =
            *org.persoon != '\0' ? utf8(org.persoon) : makeKennis(Herkomst::Nederlands, m_rng.between(23, 60)).naam();
        if (relatie == Relatie::Vrijwilliger) {
            p.telefoon = mobiel();
        } else {
            QString& telefoon = m_organisatieTelefoon[p.organisatie];
            if (telefoon.isEmpty())
                telefoon = vast("030");
            p.telefoon = telefoon;
        }
        return p;
    }

    void makeMantelzorg(const QString& inwonerId, const Persoon& wie, std::vector<NetwerkPersoon>& personen,
                        const Context& ctx) {
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
            eerste = index(
                {Relatie::Partner, Relatie::Kind, Relatie::Ouder, Relatie::Familie, Relatie::Buur, Relatie::Vriend});
        if (eerste < 0) {
            const int leeftijd = leeftijdVan(wie.geboortedatum);
            const Relatie relatie = leeftijd >= 60 ? Relatie::Kind : Relatie::Familie;
            personen.push_back(bekende(inwonerId, makeKennis(wie.herkomst, std::max(18, leeftijd - 30), wie.achternaam),
                                       relatie, ctx));
            eerste = static_cast<int>(personen.size()) - 1;
        }
        personen[static_cast<size_t>(eerste)].mantelzorg = makeZorg(personen[static_cast<size_t>(eerste)].relatie);
        if (m_rng.chance(15)) {
            const int tweede = index({Relatie::Kind, Relatie::Familie, Relatie::Buur, Relatie::Vriend});
            if (tweede >= 0)
                personen[static_cast<size_t>(tweede)].mantelzorg =
                    makeZorg(personen[static_cast<size_t>(tweede)].relatie);
        }
    }

    Mantelzorg makeZorg(Relatie relatie) {
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
        for (int aantal = std::min(4, 1 + uren / 10 + m_rng.below(2)), attempt = 0;
             gekozen.size() < aantal && attempt < 10; ++attempt) {
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

    Workspace& m_ws;
    Rng m_rng;
    IdSequence m_ids;
    const QDate m_today;
    std::vector<QString> m_bsnPool;
    std::vector<Consulent> m_consulenten;
    QHash<QString, QString> m_organisatieTelefoon;
    DemoSummary m_summary;
};

} // namespace

std::optional<DemoSize> demoSizeFromString(const QString& text) {
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

int inwonerCount(DemoSize size) {
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
    , m_seed(seed) {}

Result<DemoSummary> DemoGenerator::generate(DemoSize size, const std::function<void(int, int)>& progress) {
    try {
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
