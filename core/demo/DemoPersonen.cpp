// SPDX-License-Identifier: EUPL-1.2
#include "DemoPersonen.h"

#include "DemoRandom.h"
#include "rules/NameOrder.h"

namespace core::demo {

namespace {

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

QString joined(const QStringList& parts)
{
    QStringList present;
    for (const QString& p : parts) {
        if (!p.isEmpty())
            present << p;
    }
    return present.join(QLatin1Char(' '));
}

} // namespace

QString DemoAchternaam::voluit() const
{
    return joined({tussenvoegsel, naam});
}

QString DemoPersoon::naam() const
{
    return joined({bekendAls, achternaam.tussenvoegsel, achternaam.naam});
}

QString DemoPersoon::voorletters() const
{
    QString letters;
    for (const QString& voornaam : voornamen)
        letters += voornaam.left(1) + QLatin1Char('.');
    return letters;
}

DemoPersonen::DemoPersonen(DemoRandom& rng, const QDate& today)
    : m_rng(rng)
    , m_today(today)
{
}

int DemoPersonen::pickLeeftijd()
{
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

Herkomst DemoPersonen::pickHerkomst(int leeftijd)
{
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

QDate DemoPersonen::geborenOp(int leeftijd)
{
    const QDate vroegst = m_today.addYears(-(leeftijd + 1)).addDays(1);
    return vroegst.addDays(m_rng.below(static_cast<int>(vroegst.daysTo(m_today.addYears(-leeftijd))) + 1));
}

int DemoPersonen::leeftijdVan(const QDate& geboortedatum) const
{
    const int jaren = m_today.year() - geboortedatum.year();
    return geboortedatum.addYears(jaren) > m_today ? jaren - 1 : jaren;
}

DemoAchternaam DemoPersonen::pickAchternaam(Herkomst herkomst)
{
    const DemoGeslachtsnaam& n = m_rng.weighted(DemoVocabulary::geslachtsnamen(herkomst));
    return {utf8(n.tussenvoegsel), utf8(n.naam)};
}

DemoPersoon DemoPersonen::persoon(Herkomst herkomst, bool vrouw, const QDate& geboortedatum,
                                  std::optional<DemoAchternaam> familienaam)
{
    DemoPersoon p{vrouw, herkomst, geboortedatum, {}, {}, {}, familienaam ? *familienaam : pickAchternaam(herkomst)};
    const auto generatie = DemoVocabulary::generatie(geboortedatum.year());
    const DemoVoornaam& eerste = m_rng.pick(DemoVocabulary::voornamen(herkomst, vrouw, generatie));
    const bool heeftKorteNaam = *eerste.roepnaam != '\0';
    p.voornamen << utf8(eerste.voluit);
    p.bekendAls = heeftKorteNaam ? utf8(eerste.roepnaam) : p.voornamen.first();

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

    if (heeftKorteNaam)
        p.roepnaam = m_rng.chance(85) ? p.bekendAls : QString();
    else if (p.voornamen.size() > 1 || m_rng.chance(40))
        p.roepnaam = m_rng.chance(70) ? p.voornamen.first() : QString();
    return p;
}

DemoPersoon DemoPersonen::kennis(Herkomst herkomst, int leeftijd, std::optional<DemoAchternaam> familienaam,
                                 std::optional<bool> vrouw)
{
    const bool isVrouw = vrouw ? *vrouw : m_rng.chance(55);
    const QDate geboren = geborenOp(std::max(0, leeftijd));
    return persoon(herkomst, isVrouw, geboren, std::move(familienaam));
}

QString DemoPersonen::cijfers(int count, int firstMin)
{
    QString out = QString::number(m_rng.between(firstMin, 9));
    for (int i = 1; i < count; ++i)
        out += QString::number(m_rng.below(10));
    return out;
}

QString DemoPersonen::mobiel()
{
    return QStringLiteral("06-") + cijfers(8, 1);
}

QString DemoPersonen::vast(const char* netnummer)
{
    const QString kengetal = utf8(netnummer);
    return kengetal + QLatin1Char('-') + cijfers(10 - static_cast<int>(kengetal.size()), 2);
}

QString DemoPersonen::email(const DemoPersoon& p)
{
    const QString voornaam = ascii(p.bekendAls);
    const QString achter = ascii(p.achternaam.tussenvoegsel + p.achternaam.naam);
    const QString jaar = QString::number(p.geboortedatum.year() % 100).rightJustified(2, QLatin1Char('0'));
    const int r = m_rng.below(10);
    const QString local =
        r < 5 ? voornaam + QLatin1Char('.') + achter : (r < 8 ? voornaam.left(1) + achter + jaar : voornaam + jaar);
    return local + QStringLiteral("@example.nl");
}

Adres DemoPersonen::adres(int& woonplaatsIndex)
{
    static constexpr char kLetters[] = "ABCDEGHJKLMNPRSTVWXZ"; // the letters PostNL uses
    static constexpr const char* kToevoegingen[] = {"A", "A", "A", "B", "B", "1", "1", "2", "2", "bis"};
    const auto plaatsen = DemoVocabulary::woonplaatsen();
    const DemoWoonplaats& plaats = m_rng.weighted(plaatsen);
    woonplaatsIndex = static_cast<int>(&plaats - plaatsen.data());
    const auto straten = DemoVocabulary::straten();
    const int straat = m_rng.below(static_cast<int>(straten.size()));
    const int nummer = m_rng.chance(70) ? m_rng.between(1, 80) : m_rng.between(1, 250);
    const QString toevoeging =
        m_rng.chance(8) ? utf8(m_rng.pick(std::span<const char* const>(kToevoegingen))) : QString();

    // The same address always gets the same postcode: digits per street, letters per block of numbers.
    const int postcodeCijfers =
        plaats.postcodeVan + (straat * 7 + nummer / 50) % (plaats.postcodeTot - plaats.postcodeVan + 1);
    const QChar eerste = QLatin1Char(kLetters[(straat * 3 + woonplaatsIndex) % 20]);
    QChar tweede = QLatin1Char(kLetters[(nummer / 20 + straat) % 20]);
    if (eerste == QLatin1Char('S') &&
        (tweede == QLatin1Char('A') || tweede == QLatin1Char('D') || tweede == QLatin1Char('S')))
        tweede = QLatin1Char('T'); // SA, SD and SS are not used
    return {utf8(straten[static_cast<size_t>(straat)]), nummer, toevoeging,
            QString::number(postcodeCijfers) + QLatin1Char(' ') + eerste + tweede, utf8(plaats.naam)};
}

QString DemoPersonen::ascii(const QString& text)
{
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

} // namespace core::demo
