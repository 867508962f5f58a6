// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Services.h"

#include <QObject>

class QAction;
class QPushButton;

namespace ui {

class ConflictenWindow;
class MainWindow;

/// Export, import and conflicts in the main window: the menu actions, the "N conflicts" button in
/// the status bar, and reloading the open views after an import or a resolved conflict.
class SyncActions : public QObject {
    Q_OBJECT
public:
    /// `services.sync` must not be null.
    SyncActions(const Services& services, MainWindow& window);

    QAction* exportAction() const { return m_export; }
    QAction* importAction() const { return m_import; }
    QAction* conflictenAction() const { return m_conflicten; }
    /// The status bar's "N conflicts" (hidden when there are none).
    QPushButton* conflictenStatus() const { return m_status; }
    /// The conflicts window, or null until it is first opened.
    ConflictenWindow* conflictenWindow() const { return m_window; }

    void exportBundle();
    void importBundle();
    void showConflicten();

private:
    void gegevensGewijzigd();
    void updateStatus();

    Services m_services;
    core::SyncService& m_sync;
    MainWindow& m_mainWindow;
    QAction* m_export;
    QAction* m_import;
    QAction* m_conflicten;
    QPushButton* m_status;
    ConflictenWindow* m_window = nullptr; ///< a child of the main window
};

} // namespace ui
