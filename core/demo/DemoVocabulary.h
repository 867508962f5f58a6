// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Enums.h"

#include <span>

namespace core::demo {

/// Where a demo person's family comes from; decides the names and the language spoken at home.
enum class Herkomst { Nederlands, Turks, Marokkaans, Surinaams, Pools, Eritrees };

/// A first name as the BRP writes it, and the name people use when that differs ("Johannes", "Jan").
struct DemoVoornaam {
    const char* voluit;
    const char* roepnaam; ///< empty when people use the full name
};

/// A surname in BRP parts, with how common it is (a relative weight).
struct DemoGeslachtsnaam {
    const char* tussenvoegsel;
    const char* naam;
    int gewicht;
};

/// A woonplaats with the four digits of its postcodes, its netnummer and its share of the inwoners.
struct DemoWoonplaats {
    const char* naam;
    int postcodeVan;
    int postcodeTot;
    const char* netnummer;
    int gewicht;
};

/// A fictitious organisation around the inwoner; `persoon` is set when it always sends the same person
/// (a huisarts), empty when anyone of the team may come.
struct DemoOrganisatie {
    const char* naam;
    const char* persoon;
};

/// The word lists the demo generator draws from: names, the streets and woonplaatsen of one
/// region, fictitious organisations and the short phrases a consulent writes down. All text is UTF-8.
/// Internal to the demo generator.
class DemoVocabulary {
public:
    /// First names follow the fashion of the birth year.
    enum class Generatie { Oud, Midden, Jong };

    static Generatie generatie(int geboortejaar);
    static std::span<const DemoVoornaam> voornamen(Herkomst herkomst, bool vrouw, Generatie generatie);
    static std::span<const DemoGeslachtsnaam> geslachtsnamen(Herkomst herkomst);
    /// The language spoken at home by those who did not grow up here, as a consulent writes it, or
    /// empty for Dutch.
    static const char* taal(Herkomst herkomst);

    static std::span<const char* const> straten();
    static std::span<const DemoWoonplaats> woonplaatsen();

    /// Organisations for huisarts, wijkverpleegkundige, aanbieder, vrijwilliger and professional.
    static std::span<const DemoOrganisatie> organisaties(Relatie relatie);
    /// What someone with this relation does now / could do more.
    static std::span<const char* const> doetNu(Relatie relatie);
    static std::span<const char* const> kanMeer(Relatie relatie);

    /// "zus", "kleinzoon" …: how a familie member is related, for the start of doetNu.
    static std::span<const char* const> familieRollen(bool vrouw, bool grootouder);

    static std::span<const char* const> mantelzorgTaken();
    /// A mantelzorger's own support need, in their own words.
    static std::span<const char* const> eigenBehoeften();
    static std::span<const char* const> respijtzorgWensen();
};

} // namespace core::demo
