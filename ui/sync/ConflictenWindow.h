// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "services/SyncService.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace core {
class DossierService;
}

namespace ui {

/// View → Conflicts…: the records that were changed here and on another computer at the same
/// time. The latest change was kept; here the consulent compares both versions field by field
/// (differences marked in colour, bold and with a sign, so it also reads in greyscale) and keeps
/// this version, restores the other, or combines them. The choice is itself synced.
class ConflictenWindow : public QWidget {
    Q_OBJECT
public:
    /// Columns of the side-by-side table.
    enum Kolom { Veld, Huidig, Verliezer, Overnemen };

    ConflictenWindow(core::SyncService& sync, core::DossierService& dossiers, QWidget* parent = nullptr);

    /// Reads the open conflicts again (keeps the selection when it is still open).
    void reload();
    void selectConflict(const QString& id);
    QString currentId() const;

    QTableWidget* conflictList() const { return m_lijst; }
    QTableWidget* fieldTable() const { return m_velden; }
    QLabel* explanation() const { return m_uitleg; }
    QPushButton* keepButton() const { return m_houden; }
    QPushButton* restoreButton() const { return m_terug; }
    QPushButton* combineButton() const { return m_combineren; }
    /// The table row of column `kolom` in the side-by-side table, or -1.
    int fieldRow(const QString& kolom) const;
    /// A readable description of the record a conflict is about ("Inwoner: Anna Jansen").
    QString beschrijving(const core::SyncConflict& conflict) const;

private:
    void showSelected();
    void resolve(core::SyncService::Keuze keuze);
    void updateButtons();

    core::SyncService& m_sync;
    core::DossierService& m_dossiers;
    std::vector<core::SyncConflict> m_open;
    std::optional<core::SyncConflict> m_huidig;
    QLabel* m_kop;
    QTableWidget* m_lijst;
    QLabel* m_uitleg;
    QTableWidget* m_velden;
    QPushButton* m_houden;
    QPushButton* m_terug;
    QPushButton* m_combineren;
    bool m_vullen = false;
};

} // namespace ui
