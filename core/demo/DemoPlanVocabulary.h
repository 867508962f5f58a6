// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <span>

namespace core::demo {

/// The doelen a plan for a hulpvraag has: the main one (which the beschikking serves) and the
/// others to choose from, as keys of DemoDoelVocabulary. Matched on the hulpvraag's domein and
/// VoorzieningSoort (DemoHulpvraag).
struct DemoPlanThema {
    const char* domein;
    const char* voorziening;
    const char* hoofd;
    std::span<const char* const> anderen;
};

/// The word lists for demo ondersteuningsplannen: which doelen fit a hulpvraag, why a
/// maatwerkvoorziening is needed, what the inwoner does in return, evaluations. All text is UTF-8, Dutch and
/// made up. Internal to the demo generator.
class DemoPlanVocabulary {
public:
    /// The thema of a hulpvraag, or nullptr.
    static const DemoPlanThema* thema(const char* domein, const char* voorziening);
    /// Doelen for older inwoners that aim to stay stable or to limit decline.
    static std::span<const char* const> stabieleDoelen();
    /// The doel for a hulpvraag about a failing memory (dementia-like). The keys above are those of
    /// DemoDoelVocabulary.
    static const char* geheugenDoel();

    /// Why a maatwerkvoorziening of this VoorzieningSoort ("jeugd" for jeugdhulp) is needed: what eigen
    /// kracht, netwerk and algemene voorzieningen cannot do.
    static std::span<const char* const> onderbouwingen(const char* soort);
    /// What the inwoner does in return (wederkerigheid).
    static std::span<const char* const> wederkerigheid();
    /// A note on a doel with this evaluation (Keuzelijst::DoelEvaluatie).
    static std::span<const char* const> evaluatieNotities(const char* evaluatie);
    /// A note on the evaluation of a whole plan.
    static std::span<const char* const> planEvaluaties();
};

} // namespace core::demo
