// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <span>

namespace core::demo {

/// A kind of hulpvraag: how often it comes in, the leefgebied it is about, and what a beschikking
/// for it usually grants. Keys are those of core::Keuzelijst.
struct DemoHulpvraag {
    const char* domein;
    int gewicht;              ///< relative weight within the domein (DOMAIN.md §5 for wmo)
    const char* leefgebied;   ///< the leefgebied of the gespreksleidraad the need is about
    const char* voorziening;  ///< the VoorzieningSoort a beschikking grants
    const char* omschrijving; ///< how the beschikking names it
    const char* eenheid;      ///< empty when the voorziening has no amount
    int omvangVan;
    int omvangTot;
    int maanden;  ///< how long a grant usually runs; 0 when it does not end
    int maatwerk; ///< percent of these trajecten that end in an aanvraag (the rest: eigen kracht, algemeen)
    int pgb;      ///< percent of the grants delivered as a persoonlijk budget
    std::span<const char* const> zinnen; ///< the hulpvraag in the inwoner's own words
};

/// A cliëntondersteuner (made up) and the independent organisation they work for.
struct DemoClientondersteuner {
    const char* naam;
    const char* organisatie;
};

/// The word lists for demo trajecten and gesprekken: hulpvragen in the inwoner's own words, what a
/// consulent writes in a gespreksverslag, reasons for an opschorting or a refusal. All text is
/// UTF-8 and made up. Internal to the demo generator.
class DemoTrajectVocabulary {
public:
    static std::span<const DemoHulpvraag> hulpvragen();
    static std::span<const DemoClientondersteuner> clientondersteuners();

    /// Why a term was suspended with the inwoner's agreement.
    static std::span<const char* const> opschortingRedenen(bool beschikking);
    /// Why an aanvraag was refused or only partly granted.
    static std::span<const char* const> afwijzingRedenen();
    /// What an inwoner adds to a verslag seen but not agreed.
    static std::span<const char* const> verslagOpmerkingen();

    /// A note on a leefgebied that was discussed, as the consulent types it.
    static std::span<const char* const> notities(const char* leefgebied, bool aandacht);
    /// A mantelzorger's own view of the situation.
    static std::span<const char* const> mantelzorgVisies();
    /// The summary and agreements of a gesprek.
    static std::span<const char* const> samenvattingen();
    static std::span<const char* const> afspraken();
};

} // namespace core::demo
