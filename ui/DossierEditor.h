// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"
#include "Services.h"

#include "commands/SaveRecordCommand.h"
#include "model/Gesprek.h"
#include "model/Inwoner.h"
#include "model/NetwerkPersoon.h"
#include "model/Traject.h"
#include "model/ZrmMeting.h"

#include <QObject>

#include <functional>
#include <optional>

class QUndoStack;
class QWidget;

namespace core {
class DossierService;
class GesprekService;
class InstellingenService;
class TrajectService;
class ZrmService;
struct Huishoudlid;
} // namespace core

namespace ui {

/// The facade every screen uses to change a dossier: it opens the right dialog, and pushes the
/// result as an undoable command. Nothing in the UI writes through the service by another way.
class DossierEditor : public QObject {
    Q_OBJECT
public:
    DossierEditor(const Services& services, QUndoStack& undo, QWidget* dialogParent);

    /// Asks for a new inwoner; returns its id, or empty when cancelled.
    QString newInwoner();
    bool editInwoner(const QString& id);
    /// Asks for confirmation, then deletes (undoable).
    bool deleteInwoner(const QString& id);

    bool addNetwerkPersoon(const QString& inwonerId);
    bool editNetwerkPersoon(const QString& id);
    bool deleteNetwerkPersoon(const QString& id);

    bool addHuishoudlid(const QString& inwonerId);
    bool removeHuishoudlid(const core::Huishoudlid& lid);

    /// Scores a new ZRM meting (door: Mijn gegevens, the previous meting shown alongside); returns
    /// its id, or empty when cancelled or not saved.
    QString newMeting(const QString& inwonerId);
    bool editMeting(const QString& id);
    /// Asks for confirmation, then deletes (undoable).
    bool deleteMeting(const QString& id);

    /// Records a melding as a new traject; returns its id, or empty when cancelled or not saved.
    QString newTraject(const QString& inwonerId);
    /// Edits the melding of a traject (domein, date, kanaal, verwijzer, hulpvraag, urgentie).
    bool editTraject(const QString& id);
    /// Asks for confirmation, then deletes (undoable).
    bool deleteTraject(const QString& id);
    /// Records, changes or clears one statutory step (for cliëntondersteuning: for the inwoner,
    /// kBetreftInwoner, or a netwerk person's id). A new step is done today by Mijn gegevens.
    bool recordStap(const QString& trajectId, core::StapSoort soort, const QString& betreft = {});
    /// Suspends or extends the onderzoek or beschikking term, with a reason.
    bool opschorten(const QString& trajectId);
    /// Asks for confirmation, then removes a suspension (undoable).
    bool removeOpschorting(const QString& trajectId, const QString& opschortingId);
    bool addVoorziening(const QString& trajectId);
    bool editVoorziening(const QString& trajectId, const QString& voorzieningId);
    /// Asks for confirmation, then removes the voorziening from the beschikking (undoable).
    bool removeVoorziening(const QString& trajectId, const QString& voorzieningId);

    /// Records a gesprek in the traject afterwards, with the inwoner present; returns its id, or
    /// empty when cancelled or not saved.
    QString newGesprek(const QString& trajectId);
    bool editGesprek(const QString& id);
    /// Asks for confirmation, then deletes (undoable).
    bool deleteGesprek(const QString& id);

    /// Records a signal about the inwoner from someone else; returns its id, or empty.
    QString newSignaal(const QString& inwonerId);
    bool editSignaal(const core::Signaal& signaal);
    /// Asks for confirmation, then deletes (undoable).
    bool deleteSignaal(const core::Signaal& signaal);

    /// When set, confirmations are answered yes without asking (tests).
    void setConfirmAutomatically(bool yes) { m_autoConfirm = yes; }
    /// The shared undo stack every edit is pushed on (for editors of other areas, e.g. PlanEditor).
    QUndoStack& undoStack() const { return m_undo; }

signals:
    /// A change could not be saved; the message is for the consulent.
    void failed(const QString& message);

private:
    /// Pushes one undoable save; returns the command, or nullptr when the save failed.
    template <typename T>
    SaveRecordCommand<T>* push(const QString& text, std::optional<T> before, T after,
                               std::function<core::Result<T>(const T&)> save);
    std::function<core::Result<core::Inwoner>(const core::Inwoner&)> saveInwoner();
    std::function<core::Result<core::NetwerkPersoon>(const core::NetwerkPersoon&)> saveNetwerkPersoon();
    std::function<core::Result<core::ZrmMeting>(const core::ZrmMeting&)> saveMeting();
    /// Pushes a change of a traject (or its steps, terms, voorzieningen) as one undoable save.
    bool pushTraject(const QString& text, const core::Traject& before, const core::Traject& after);
    std::function<core::Result<core::Gesprek>(const core::Gesprek&)> saveGesprek();
    std::function<core::Result<core::Signaal>(const core::Signaal&)> saveSignaal();
    /// A living traject, or nothing.
    std::optional<core::Traject> livingTraject(const QString& id) const;
    QString inwonerNaam(const QString& inwonerId) const;
    /// The meting just before `id` (or the latest when `id` is empty), for the "previous" column.
    std::optional<core::ZrmMeting> vorigeMeting(const QString& inwonerId, const QString& id) const;
    bool confirm(const QString& question);
    void report(const core::Error& error);

    Services m_services;
    core::DossierService& m_dossiers;
    core::InstellingenService& m_instellingen;
    core::ZrmService& m_zrm;
    core::TrajectService& m_trajecten;
    core::GesprekService& m_gesprekken;
    QUndoStack& m_undo;
    QWidget* m_parent;
    bool m_autoConfirm = false;
};

} // namespace ui
