// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Gesprek.h"
#include "model/NetwerkPersoon.h"
#include "model/Traject.h"

#include <QDate>
#include <QString>

#include <vector>

namespace core::demo {

class DemoIdSequence;
class DemoRandom;
struct DemoHulpvraag;

/// What the trajecten of a demo inwoner follow.
struct DemoTrajectProfiel {
    int leeftijd = 0;
    bool tolk = false;          ///< needs an interpreter
    bool kinderenThuis = false; ///< has children under 18 at home (a jeugd hulpvraag is possible)
    QString consulent;          ///< the vaste aanspreekpunt, who records the steps
};

/// One demo traject with its gesprekken; new ids, version metadata not yet stamped.
struct DemoTraject {
    Traject traject;
    std::vector<Gesprek> gesprekken;
    const DemoHulpvraag* hulpvraag = nullptr; ///< what it was about (DemoTrajectVocabulary::hulpvragen())
};

/// Makes up the Wmo trajecten of demo inwoners and the gesprekken in them, after the seeds
/// (DOMAIN.md §5): mostly Wmo with some jeugd, schulden and participatiewet; reasons for contact
/// weighted as in seed 000 Table 1 and written in the inwoner's own words; about half the
/// gesprekken a huisbezoek, four in ten inwoners alone at the table, other leefgebieden discussed
/// in 46 %. Each traject runs its course from the melding (ontvangstbevestiging, cliëntondersteuning,
/// onderzoek, verslag, aanvraag, beschikking, afsluiting) as far as `today` allows: older ones are
/// closed, recent ones are open in every phase, some overdue, some waiting for the signed verslag,
/// some without an ontvangstbevestiging or cliëntondersteuning. Every traject passes
/// TrajectService::validate and every gesprek GesprekService::validate on `today`. Draws from the
/// DemoRandom and DemoIdSequence given (not owned).
class DemoTrajecten {
public:
    DemoTrajecten(DemoRandom& rng, DemoIdSequence& ids, const QDate& today);

    /// The trajecten of one inwoner (1–4, oldest melding first). `netwerk` is the inwoner's
    /// netwerk as stored: mantelzorgers are offered cliëntondersteuning and people join gesprekken.
    std::vector<DemoTraject> maak(const QString& inwonerId, const DemoTrajectProfiel& profiel,
                                  const std::vector<NetwerkPersoon>& netwerk);

private:
    DemoTraject traject(const QString& inwonerId, const DemoTrajectProfiel& profiel,
                        const std::vector<NetwerkPersoon>& netwerk, const QDate& melding, bool nieuwste);
    const DemoHulpvraag& kiesHulpvraag(const DemoTrajectProfiel& profiel);
    QString kanaal();
    QString verwijzer(const QString& kanaal, const std::vector<NetwerkPersoon>& netwerk);
    /// `eerste`: the gesprek of the onderzoek, which walks the gespreksleidraad. `clientondersteuner`:
    /// who may join, empty when nobody.
    Gesprek gesprek(const Traject& traject, const QDate& datum, const QString& vorm, bool eerste,
                    const DemoHulpvraag& hulpvraag, const DemoTrajectProfiel& profiel,
                    const std::vector<NetwerkPersoon>& netwerk, const QString& clientondersteuner);
    void leefgebieden(Gesprek& gesprek, const DemoHulpvraag& hulpvraag, const DemoTrajectProfiel& profiel);

    DemoRandom& m_rng;
    DemoIdSequence& m_ids;
    QDate m_today;
};

} // namespace core::demo
