// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "rules/AtwKalender.h"
#include "rules/Termijn.h"

#include <QString>

#include <vector>

namespace core::rules {

/// A suspension or extension of a term (opschorting/verlenging), recorded with its reason.
struct Opschorting {
    int dagen = 0; ///< days the end moves; positive
    QString reden;
};

/// The Wmo termijnen, counted as the Algemene termijnenwet prescribes. Pure: no clock, no files.
class Termijnen {
    Q_DECLARE_TR_FUNCTIONS(core::rules::Termijnen)

public:
    static constexpr int kPersoonlijkPlanDagen = 7; ///< Wmo 2.3.2 lid 2
    static constexpr int kOnderzoekDagen = 6 * 7;   ///< Wmo 2.3.2 lid 1: six weeks
    static constexpr int kBeschikkingDagen = 2 * 7; ///< Wmo 2.3.5 lid 2: two weeks

    explicit Termijnen(AtwKalender kalender);

    Termijn persoonlijkPlan(const QDate& melding) const;
    Termijn onderzoek(const QDate& melding, const std::vector<Opschorting>& opschortingen = {}) const;
    Termijn beschikking(const QDate& aanvraag, const std::vector<Opschorting>& opschortingen = {}) const;
    /// A term of `dagen` days after `start`: the end moves by the opschortingen, then runs on past
    /// weekends and feestdagen (Atw art. 1) and, for a term of three days or more, until it holds two
    /// working days (art. 2). An invalid `start` gives an invalid Termijn.
    Termijn termijn(const QDate& start, int dagen, const std::vector<Opschorting>& opschortingen = {}) const;

private:
    AtwKalender m_kalender;
};

} // namespace core::rules
