// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"
#include "model/Plan.h"
#include "rules/FieldError.h"

#include <QObject>

#include <optional>
#include <vector>

namespace core {

class Workspace;

/// Ondersteuningsplannen: doelen per leefgebied with acties in the order of consideration, in
/// versions concept → vastgesteld (read-only; a change makes the next version) → geëvalueerd.
/// Writes are validated, run in one transaction, are audited and announced with planChanged.
class PlanService : public QObject {
    Q_OBJECT
public:
    explicit PlanService(Workspace& workspace, QObject* parent = nullptr);

    QDate today() const;

    /// A new concept plan for the inwoner (and traject, when set), not yet stored. The regisseur
    /// is the inwoner's aanspreekpunt, or the consulent in Mijn gegevens.
    Ondersteuningsplan nieuw(const QString& inwonerId, const QString& trajectId = {}) const;
    /// Field keys: "plan", "doel:<index>", "actie:<doel index>:<actie index>" plus the field name
    /// after a dot ("actie:0:2.onderbouwing").
    rules::FieldErrors validate(const Ondersteuningsplan& plan) const;
    /// One doel on its own (not its acties), with bare field keys ("wens") and messages without
    /// a number: for a dialog about that doel.
    rules::FieldErrors validate(const PlanDoel& doel) const;
    /// One actie on its own, as validate(PlanDoel).
    rules::FieldErrors validate(const PlanActie& actie) const;
    /// Creates or updates a concept plan with its doelen and acties (the living children become
    /// exactly those in `plan`). A plan that is stored as vastgesteld or geëvalueerd is refused:
    /// make a new version. Returns the plan as stored.
    Result<Ondersteuningsplan> savePlan(const Ondersteuningsplan& plan);
    /// Deletes a concept (a vastgesteld plan is a record of what was agreed and stays).
    Status deletePlan(const QString& id);
    std::optional<Ondersteuningsplan> plan(const QString& id) const;
    /// Living plans of the inwoner and their huishouden, newest version first (without doelen).
    std::vector<Ondersteuningsplan> plannen(const QString& inwonerId) const;
    /// Every living version of the plan's reeks, version 1 first (without doelen).
    std::vector<Ondersteuningsplan> versies(const QString& reeksId) const;

    /// Agrees the concept on `datum` (signed): from now on it is read-only.
    Result<Ondersteuningsplan> stelVast(const QString& planId, const QDate& datum);
    /// A new concept version copied from a vastgesteld or geëvalueerd plan (new ids, versie + 1,
    /// evaluations cleared); the old version stays unchanged.
    Result<Ondersteuningsplan> nieuweVersie(const QString& planId);
    /// Records the evaluation of a vastgesteld plan: per doel its evaluatie and note (matched on
    /// the doel ids in `evaluatie`; nothing else of the plan may differ), the date and a note.
    /// The plan becomes geëvalueerd.
    Result<Ondersteuningsplan> evalueer(const Ondersteuningsplan& evaluatie, const QDate& datum);

    /// Acties that give a task to a mantelzorger whose load is matig or zwaar.
    std::vector<MantelzorgSignaal> mantelzorgSignalen(const Ondersteuningsplan& plan) const;
    /// The signal for one actie, if it goes to such a mantelzorger (for the actie dialog).
    std::optional<MantelzorgSignaal> mantelzorgSignaal(const QString& inwonerId, const PlanActie& actie) const;
    /// Everyone who does something in the plan, in the order of consideration, with their tasks.
    std::vector<WieDoetWat> wieDoetWat(const Ondersteuningsplan& plan) const;
    /// Per doel: doelscore, the ZRM score when the plan was agreed and at the evaluation date.
    std::vector<DoelVergelijking> vergelijking(const Ondersteuningsplan& plan, const QDate& evaluatieDatum) const;

signals:
    void planChanged(const QString& inwonerId);

private:
    /// Writes the plan and its children in one transaction; throws db::DatabaseError.
    Result<Ondersteuningsplan> store(Ondersteuningsplan plan, const QString& action);

    Workspace& m_ws;
};

} // namespace core
