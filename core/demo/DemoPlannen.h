// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/NetwerkPersoon.h"
#include "model/Plan.h"

#include <QDate>
#include <QString>

#include <vector>

namespace core {
class Workspace;
}

namespace core::demo {

class DemoIdSequence;
class DemoRandom;
class DemoSocialeKaart;
struct DemoDoelSoort;
struct DemoTraject;
struct DemoTrajectProfiel;

/// Makes up the ondersteuningsplannen of demo trajecten: one for a traject whose beschikking
/// granted a voorziening (in the last two years) and for some still in onderzoek (a concept),
/// with 2–4 doelen on the leefgebieden of the hulpvraag, the wens in the inwoner's own words, and
/// 2–5 acties per doel in the order of consideration: eigen kracht always, the netwerk when there is
/// one (a mantelzorger who carries a lot has respijtzorg considered, mostly), algemene voorzieningen
/// of the sociale kaart, the beschikking's maatwerkvoorziening with its reasons, now and then a
/// professional. About one doel in seven aims to stay stable or to limit decline (older inwoners,
/// a failing memory). The inwoner's own solution is recorded for three doelen in ten, often with why
/// it is not followed; one plan in five says what the inwoner does in return. Plans agreed around
/// the beschikking are vastgesteld; those past their evaluation date (six to twelve months on) are
/// mostly geëvalueerd, often followed by a version 2; recent ones are concepts. The consulent is
/// the regisseur. Every plan passes PlanService::validate on `today`. Draws from the DemoRandom and
/// DemoIdSequence given (not owned).
class DemoPlannen {
public:
    DemoPlannen(DemoRandom& rng, DemoIdSequence& ids, const QDate& today);

    /// The percentage of the trajecten that qualify which get a plan (100 unless set): fewer keeps a
    /// very large demo file quick to make.
    void setAandeel(int percent) { m_aandeel = percent; }

    /// The plans of one traject (none, one, or two versions of one reeks, oldest first); new ids,
    /// version metadata not yet stamped. `netwerk` is the inwoner's netwerk as stored.
    std::vector<Ondersteuningsplan> maak(const DemoTraject& traject, const DemoTrajectProfiel& profiel,
                                         const std::vector<NetwerkPersoon>& netwerk, DemoSocialeKaart& kaart);

    /// Stamps and writes a plan with its doelen and acties through the repository (no audit); the
    /// doelen and acties get the plan's creation time. Throws db::DatabaseError.
    static void bewaar(Workspace& ws, Ondersteuningsplan& plan);

private:
    struct Context;

    PlanDoel doel(const DemoDoelSoort& soort, bool hoofd, const Context& ctx);
    void acties(PlanDoel& doel, const DemoDoelSoort& soort, bool hoofd, const Context& ctx);
    QString uitvoerder(const char* wie, const Context& ctx);
    void evalueer(Ondersteuningsplan& plan, const QDate& datum);
    Ondersteuningsplan volgendeVersie(const Ondersteuningsplan& vorige, const QDate& datum);

    DemoRandom& m_rng;
    DemoIdSequence& m_ids;
    QDate m_today;
    int m_aandeel = 100;
};

} // namespace core::demo
