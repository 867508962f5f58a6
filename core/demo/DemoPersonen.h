// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "DemoVocabulary.h"
#include "model/Inwoner.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace core::demo {

class DemoRandom;

/// A surname in BRP parts.
struct DemoAchternaam {
    QString tussenvoegsel;
    QString naam;

    /// "van der Berg"
    QString voluit() const;
};

/// A made-up person: an inwoner, a member of a huishouden or someone in the netwerk.
struct DemoPersoon {
    bool vrouw = false;
    Herkomst herkomst = Herkomst::Nederlands;
    QDate geboortedatum;
    QStringList voornamen;
    QString roepnaam;  ///< as the BRP has it: often empty
    QString bekendAls; ///< the name everyone uses: "Jan" for Johannes
    DemoAchternaam achternaam;

    /// "Jan van der Berg", as written for someone who is not an inwoner in the file.
    QString naam() const;
    /// "J.H." for "Johannes Hendrikus".
    QString voorletters() const;
};

/// Makes up people, addresses and contact details for the demo generator, drawing from one
/// DemoRandom (not owned). Ages and birth dates count back from `today`.
class DemoPersonen {
public:
    DemoPersonen(DemoRandom& rng, const QDate& today);

    /// Wmo clientele is old: a quarter over 85, three quarters over 65.
    int pickLeeftijd();
    /// Mostly Dutch; Turkish, Moroccan, Surinamese, Polish and Eritrean families more among the younger.
    Herkomst pickHerkomst(int leeftijd);
    /// A birth date on which someone is exactly `leeftijd` today.
    QDate geborenOp(int leeftijd);
    int leeftijdVan(const QDate& geboortedatum) const;

    /// A person with first names of their generation; with `familienaam` when given, else a surname
    /// of their background.
    DemoPersoon persoon(Herkomst herkomst, bool vrouw, const QDate& geboortedatum,
                        std::optional<DemoAchternaam> familienaam = {});
    /// Someone of `leeftijd` around the inwoner, of either sex unless `vrouw` is given.
    DemoPersoon kennis(Herkomst herkomst, int leeftijd, std::optional<DemoAchternaam> familienaam = {},
                       std::optional<bool> vrouw = {});

    /// 06-12345678
    QString mobiel();
    /// 030-1234567 or 0343-123456: ten digits with the netnummer.
    QString vast(const char* netnummer);
    /// An address at example.nl made from the name.
    QString email(const DemoPersoon& persoon);
    /// An address in one of the woonplaatsen; `woonplaatsIndex` tells which (for its netnummer).
    Adres adres(int& woonplaatsIndex);

    /// Lower-case ASCII letters and digits only, for e-mail addresses.
    static QString ascii(const QString& text);

private:
    DemoAchternaam pickAchternaam(Herkomst herkomst);
    QString cijfers(int count, int firstMin);

    DemoRandom& m_rng;
    QDate m_today;
};

} // namespace core::demo
