// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "SyncMeta.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace core {

/// One thing someone does towards a doel. The niveau places it in the order of consideration
/// (Keuzelijst::ActieNiveau): eigen kracht → netwerk → algemene voorziening → maatwerk →
/// professional.
struct PlanActie {
    SyncMeta meta;
    QString niveau = QStringLiteral("eigen_kracht"); ///< Keuzelijst::ActieNiveau
    QString wat;                                     ///< required: what is done
    QString netwerkId;                               ///< niveau netwerk: the netwerk person who does it
    QString voorzieningId;                           ///< niveau algemeen / maatwerk: the sociale kaart entry
    QString beschikkingId; ///< niveau maatwerk: the voorziening row of the traject's beschikking
    QString uitvoerder;    ///< professional (or aanbieder when not on the sociale kaart): who
    QDate van;
    QDate tot;
    std::optional<double> omvang;
    QString eenheid;      ///< Keuzelijst::Eenheid
    QString onderbouwing; ///< maatwerk: why eigen kracht, netwerk and algemene voorzieningen fall short
    /// Asked when the task goes to a mantelzorger whose load is matig or zwaar: respijtzorg or
    /// extra support for the mantelzorger was considered.
    bool respijtOverwogen = false;
    int positie = 0; ///< order within its niveau

    bool sameContent(const PlanActie& other) const;
};

/// What the inwoner wants on one leefgebied, with the acties that get there and, after the
/// plan period, the evaluation.
struct PlanDoel {
    SyncMeta meta;
    QString inwonerId;  ///< whose doel (in a huishouden plan: one of its members)
    QString leefgebied; ///< a ZRM 2017 leefgebied key
    QString wens;       ///< required: in the inwoner's own words
    QString gewensteSituatie;
    QString soort = QStringLiteral("verbeteren"); ///< Keuzelijst::DoelSoort
    std::optional<int> doelscore;                 ///< the ZRM level aimed for, 1–5
    QDate evaluatieDatum;
    QString eigenOplossing;   ///< the inwoner's own proposed solution
    QString redenNietGevolgd; ///< why that solution is not followed, when it is not
    QString evaluatie;        ///< Keuzelijst::DoelEvaluatie, empty until evaluated
    QString evaluatieNotitie;
    int positie = 0;
    std::vector<PlanActie> acties; ///< living acties, in the order of consideration

    bool sameContent(const PlanDoel& other) const; ///< not comparing the acties
};

/// An ondersteuningsplan in one version. A concept is edited freely; vastgesteld (agreed and
/// signed) it is read-only and a change makes the next version; geëvalueerd closes it.
struct Ondersteuningsplan {
    SyncMeta meta;
    QString inwonerId;    ///< whose dossier holds the plan
    QString trajectId;    ///< optional: the traject the plan belongs to
    QString huishoudenId; ///< optional: a plan for the whole huishouden ("1 gezin, 1 plan")
    QString reeksId;      ///< the id of version 1; shared by every version
    int versie = 1;
    QString vorigeId;                           ///< the version this one was made from
    QString status = QStringLiteral("concept"); ///< Keuzelijst::PlanStatus
    QString regisseur;                          ///< who coordinates (name)
    QString regisseurRol;                       ///< and from where: "consulent wijkteam", "dochter" …
    QString wederkerigheid;                     ///< what the inwoner contributes in return
    QDate vastgesteldOp;
    QDate geevalueerdOp;
    QString evaluatieNotitie;
    std::vector<PlanDoel> doelen; ///< living doelen by positie

    bool isConcept() const { return status == QLatin1String("concept"); }
    int aantalActies() const;
    /// Same plan fields (not comparing the doelen).
    bool sameContent(const Ondersteuningsplan& other) const;
};

/// Sorts a doel's acties into the order of consideration, keeping their positie within a niveau.
void sorteerActies(std::vector<PlanActie>& acties);

/// One person or organisation and everything they do for the inwoner (the "wie doet wat").
struct WieDoetWat {
    QString niveau;    ///< the first niveau this one acts on
    QString wie;       ///< "Inwoner", the netwerk person's name, the voorziening with aanbieder, the professional
    QString netwerkId; ///< set for a netwerk person
    QString voorzieningId;
    QString contact;   ///< phone or e-mail, when known
    QStringList taken; ///< "wat" of each actie, with its leefgebied
};

/// A warning that a task goes to a mantelzorger who already carries a lot.
struct MantelzorgSignaal {
    QString actieId;
    QString netwerkId;
    QString naam;
    QString belasting; ///< "matig" or "zwaar"
    std::optional<int> ediz;
    bool respijtOverwogen = false;
    QString tekst; ///< the warning for the user, translated
};

/// A doel at its evaluation, with the ZRM level scored nearest before the evaluation date.
struct DoelVergelijking {
    QString doelId;
    QString leefgebied;
    std::optional<int> doelscore;
    std::optional<int> startscore;   ///< the score of the meting nearest before the plan was agreed
    std::optional<int> gemetenScore; ///< the score of the meting nearest before the evaluation date
    QDate gemetenOp;
};

} // namespace core
