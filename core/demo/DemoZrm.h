// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/ZrmMeting.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace core::demo {

class DemoIdSequence;
class DemoRandom;

/// What the ZRM scores of a demo inwoner follow.
struct DemoZrmProfiel {
    int leeftijd = 0;
    int netwerk = 0; ///< persons in the inwoner's netwerk
    bool alleen = false;
};

/// Makes up the ZRM metingen of demo inwoners: usually an intake and a meting about six months later,
/// scoring only the leefgebieden that matter for the hulpvraag (data minimisation), mostly 3 and 4,
/// lower where age or a small netwerk suggests, mostly stable between metingen. A few older metingen
/// are in ZRM 2013. Draws from the DemoRandom and DemoIdSequence given (not owned).
class DemoZrm {
public:
    DemoZrm(DemoRandom& rng, DemoIdSequence& ids, const QDate& today);

    /// The metingen of one inwoner (0–3, oldest first, none after `today`) with their scores, all
    /// scored `door`; new ids, version metadata not yet stamped.
    std::vector<ZrmMeting> maak(const QString& inwonerId, const DemoZrmProfiel& profiel, const QString& door);

private:
    /// One ZRM 2017 leefgebied of one inwoner as it stands at a meting.
    struct Stand {
        int niveau = 0; ///< 0: not scored
        std::optional<NietBeoordeeld> reden;
        std::optional<int> doel;
    };
    /// Per ZRM 2013 leefgebied: its key and the indexes of the ZRM 2017 leefgebieden it maps onto.
    struct Mapping {
        QString key;
        std::vector<size_t> doelen;
    };

    std::vector<Stand> intake(const DemoZrmProfiel& profiel);
    int niveauBijIntake(size_t leefgebied, const DemoZrmProfiel& profiel);
    void beweeg(std::vector<Stand>& stand, const DemoZrmProfiel& profiel);
    void vulScores(ZrmMeting& meting, const std::vector<Stand>& stand);

    DemoRandom& m_rng;
    DemoIdSequence& m_ids;
    QDate m_today;
    std::vector<QString> m_keys2017;
    std::vector<Mapping> m_mapping2013;
};

} // namespace core::demo
