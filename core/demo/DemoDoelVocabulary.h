// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <span>

namespace core::demo {

/// An algemene voorziening an actie may use: the categorie of the sociale kaart to pick the entry
/// from, and what it does for the inwoner.
struct DemoAlgemeneActie {
    const char* categorie; ///< Keuzelijst::VoorzieningCategorie
    const char* wat;
};

/// A professional an actie may go to. `wie` is "huisarts", "poh_ggz" or "wijkverpleging" (the
/// inwoner's own when the netwerk names one), else the uitvoerder as written.
struct DemoProfessioneleActie {
    const char* wie;
    const char* wat;
};

/// The inwoner's own proposed solution, and why it is not followed (empty when it is).
struct DemoEigenOplossing {
    const char* oplossing;
    const char* redenNietGevolgd;
};

/// A kind of doel in an ondersteuningsplan: the leefgebied, the wens in the inwoner's own words and
/// the acties per niveau of the order of consideration that fit it. Keys are those of core::Keuzelijst
/// and of the ZRM 2017 instrument.
struct DemoDoelSoort {
    const char* key;
    const char* leefgebied; ///< ZRM 2017
    const char* soort;      ///< Keuzelijst::DoelSoort
    std::span<const char* const> wensen;
    std::span<const char* const> situaties; ///< the gewenste situatie, as the consulent writes it
    std::span<const char* const> eigenKracht;
    std::span<const char* const> netwerk;
    std::span<const DemoAlgemeneActie> algemeen;
    std::span<const DemoProfessioneleActie> professioneel;
    std::span<const DemoEigenOplossing> eigenOplossingen;
};

/// The doelen demo ondersteuningsplannen are made of, with the wens in the inwoner's own words and
/// what the inwoner, the netwerk, algemene voorzieningen and professionals do. All text is UTF-8,
/// Dutch and made up. Internal to the demo generator (DemoPlanVocabulary says which doelen fit a
/// hulpvraag).
class DemoDoelVocabulary {
public:
    /// The doel of that key; every key DemoPlanVocabulary names exists.
    static const DemoDoelSoort& doel(const char* key);
};

} // namespace core::demo
