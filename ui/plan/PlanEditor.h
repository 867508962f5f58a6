// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Services.h"
#include "commands/SaveRecordCommand.h"
#include "model/Plan.h"

#include <QObject>

#include <optional>

class QUndoStack;
class QWidget;

namespace ui {

/// The facade through which the Plan tab changes ondersteuningsplannen: it opens the right dialog
/// and pushes every change of a concept as one undoable command on the shared stack (undo stores
/// the plan as it was; undo of a new plan deletes it). Agreeing (vaststellen) and evaluating are
/// records of what happened and are not undoable: their dialogs say so before anything is stored.
class PlanEditor : public QObject {
    Q_OBJECT
public:
    /// `services` and `undo` must outlive the editor; dialogs open over `dialogParent`.
    PlanEditor(const Services& services, QUndoStack& undo, QWidget* dialogParent);

    /// Asks for the traject (optional), the huishouden and the regisseur; returns the new plan's
    /// id, or empty when cancelled or not saved.
    QString newPlan(const QString& inwonerId);
    /// Regisseur, rol, traject and wederkerigheid of a concept.
    bool editPlan(const QString& planId);
    /// Returns the new doel's id, or empty.
    QString addDoel(const QString& planId);
    bool editDoel(const QString& planId, const QString& doelId);
    /// Asks for confirmation, then removes the doel with its acties (undoable).
    bool removeDoel(const QString& planId, const QString& doelId);
    /// Adds an actie to the doel, `niveau` chosen in advance when set; returns its id, or empty.
    QString addActie(const QString& planId, const QString& doelId, const QString& niveau = {});
    bool editActie(const QString& planId, const QString& actieId);
    /// Asks for confirmation, then removes the actie (undoable).
    bool removeActie(const QString& planId, const QString& actieId);
    /// Asks the date of agreement and agrees the plan (not undoable: the dialog says so).
    bool stelVast(const QString& planId);
    /// Makes a new concept version of a vastgesteld or geëvalueerd plan (undoable); returns its id.
    QString nieuweVersie(const QString& planId);
    /// Records the evaluation of a vastgesteld plan (not undoable: the dialog says so).
    bool evalueer(const QString& planId);
    /// Asks for confirmation, then deletes a concept (undoable).
    bool deletePlan(const QString& planId);

    /// When set, confirmations are answered yes without asking (tests).
    void setConfirmAutomatically(bool yes) { m_autoConfirm = yes; }

signals:
    /// A change could not be saved; the message is for the consulent.
    void failed(const QString& message);

private:
    using Command = SaveRecordCommand<core::Ondersteuningsplan>;
    /// The living concept plan, or nothing (reported when it is no longer a concept).
    std::optional<core::Ondersteuningsplan> livingConcept(const QString& planId);
    /// Pushes one undoable save; returns the command, or nullptr when the save failed.
    Command* push(const QString& text, std::optional<core::Ondersteuningsplan> before, core::Ondersteuningsplan after,
                  Command::Save save = {});
    bool confirm(const QString& question);
    void report(const core::Error& error);

    Services m_services;
    QUndoStack& m_undo;
    QWidget* m_parent;
    bool m_autoConfirm = false;
};

} // namespace ui
