// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "sync/Bundle.h"

#include <QDialog>
#include <QSet>

#include <map>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace core {
class DossierService;
class SyncService;
} // namespace core

namespace ui {

class SyncTaak;

/// File → Export…: everything, what changed since the last exchange with a colleague or device, or
/// selected dossiers (optionally handed over to a colleague). Encrypted with a passphrase unless
/// the consulent explicitly chooses plain JSON and confirms the warning. The export runs off the UI
/// thread with a progress bar and a Cancel button; a short summary follows.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(core::SyncService& sync, core::DossierService& dossiers, const QString& openInwonerId,
                 QWidget* parent = nullptr);

    QRadioButton* allesKeuze() const { return m_alles; }
    QRadioButton* sindsPeerKeuze() const { return m_sindsPeer; }
    QRadioButton* selectieKeuze() const { return m_selectie; }
    QComboBox* peerField() const { return m_peer; }
    QLineEdit* searchField() const { return m_zoek; }
    QListWidget* inwonerList() const { return m_inwoners; }
    QCheckBox* overdrachtKeuze() const { return m_overdracht; }
    QLineEdit* aanspreekpuntNaamField() const { return m_aanspreekpuntNaam; }
    QLineEdit* aanspreekpuntTelefoonField() const { return m_aanspreekpuntTelefoon; }
    QLineEdit* passphraseField() const { return m_passphrase; }
    QLineEdit* repeatField() const { return m_herhaal; }
    QCheckBox* showPassphrase() const { return m_toon; }
    QCheckBox* plainKeuze() const { return m_plain; }
    QLabel* problemLabel() const { return m_probleem; }
    QLabel* summaryLabel() const { return m_samenvatting; }
    QPushButton* exportButton() const { return m_export; }
    /// The inwoners chosen for a selection export.
    QSet<QString> gekozenInwoners() const { return m_gekozen; }

    /// What the form says, or a message why it cannot be exported yet (shown inline).
    QString problem() const;
    /// Exports to `path` as the form says (no file dialog); true when the file was written.
    bool exportTo(const QString& path);

signals:
    /// After a finished export (the summary is shown).
    void exported(const QString& path);

private:
    void chooseFileAndExport();
    void plainToggled(bool on);
    void fillInwoners();
    void updateState();
    core::sync::ExportKeuze keuze() const;

    core::SyncService& m_sync;
    core::DossierService& m_dossiers;
    QButtonGroup* m_omvang;
    QRadioButton* m_alles;
    QRadioButton* m_sindsPeer;
    QRadioButton* m_selectie;
    QComboBox* m_peer;
    QLabel* m_peerInfo;
    QGroupBox* m_selectieBox;
    QLineEdit* m_zoek;
    QListWidget* m_inwoners;
    QCheckBox* m_overdracht;
    QLineEdit* m_aanspreekpuntNaam;
    QLineEdit* m_aanspreekpuntTelefoon;
    QLineEdit* m_passphrase;
    QLineEdit* m_herhaal;
    QCheckBox* m_toon;
    QCheckBox* m_plain;
    QLabel* m_probleem;
    QLabel* m_samenvatting;
    QPushButton* m_export;
    QPushButton* m_sluiten;
    QSet<QString> m_gekozen;
    std::map<QString, QString> m_namen; ///< id → sorteernaam of the inwoners listed or chosen
    bool m_busy = false;
};

} // namespace ui
