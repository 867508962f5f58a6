// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "sync/Bundle.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace core {
class SyncService;
}

namespace ui {

/// File → Import…: choose a bundle (.wdx or plain .json), give its passphrase when it is
/// encrypted, and merge it off the UI thread with a progress bar and a Cancel button. The report
/// shows per table what was inserted, updated, unchanged, in conflict or rejected; a refused
/// bundle lists its problems and changes nothing.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(core::SyncService& sync, QWidget* parent = nullptr);

    /// Takes the bundle at `path` (what the file chooser does); asks for a passphrase when needed.
    void load(const QString& path);
    /// Imports the loaded bundle; returns the report (also shown), or nullopt when nothing ran.
    std::optional<core::sync::ImportRapport> importLoaded();

    QLineEdit* passphraseField() const { return m_passphrase; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* conflictsButton() const { return m_conflicten; }
    QLabel* summaryLabel() const { return m_samenvatting; }
    QTableWidget* reportTable() const { return m_tabel; }
    QListWidget* problemList() const { return m_problemen; }
    const std::optional<core::sync::ImportRapport>& report() const { return m_rapport; }

signals:
    /// "Show the conflicts" was pressed.
    void conflictenGevraagd();

private:
    void chooseFile();
    void showReport(const core::sync::ImportRapport& rapport);

    core::SyncService& m_sync;
    QString m_path;
    QLabel* m_file;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphrase;
    QLabel* m_samenvatting;
    QTableWidget* m_tabel;
    QListWidget* m_problemen;
    QPushButton* m_import;
    QPushButton* m_conflicten;
    QPushButton* m_sluiten;
    std::optional<core::sync::ImportRapport> m_rapport;
    bool m_busy = false;
};

} // namespace ui
