// SPDX-License-Identifier: EUPL-1.2
#include "SyncActions.h"

#include "ConflictenWindow.h"
#include "ExportDialog.h"
#include "ImportDialog.h"

#include "MainWindow.h"
#include "services/DossierService.h"
#include "services/SocialeKaartService.h"
#include "services/SyncService.h"
#include "views/DossierView.h"

#include <QAction>
#include <QPushButton>
#include <QStatusBar>

namespace ui {

SyncActions::SyncActions(const Services& services, MainWindow& window)
    : QObject(&window)
    , m_services(services)
    , m_sync(*services.sync)
    , m_mainWindow(window)
    , m_export(new QAction(tr("&Export…"), this))
    , m_import(new QAction(tr("Im&port…"), this))
    , m_conflicten(new QAction(tr("C&onflicts…"), this))
    , m_status(new QPushButton)
{
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setStatusTip(tr("Save everything, the changes since the last exchange, or selected dossiers in a file "
                              "for another computer or a colleague."));
    m_import->setObjectName(QStringLiteral("importAction"));
    m_import->setStatusTip(tr("Read a file exported from Wijkdossier on another computer."));
    m_conflicten->setObjectName(QStringLiteral("conflictenAction"));
    m_conflicten->setStatusTip(tr("Records changed here and on another computer at the same time."));
    connect(m_export, &QAction::triggered, this, &SyncActions::exportBundle);
    connect(m_import, &QAction::triggered, this, &SyncActions::importBundle);
    connect(m_conflicten, &QAction::triggered, this, &SyncActions::showConflicten);

    // A flat button reads like a label but can be reached with the keyboard too.
    m_status->setObjectName(QStringLiteral("conflictenStatus"));
    m_status->setFlat(true);
    m_status->setCursor(Qt::PointingHandCursor);
    m_status->setToolTip(tr("Open the conflicts screen"));
    connect(m_status, &QPushButton::clicked, this, &SyncActions::showConflicten);
    window.statusBar()->addPermanentWidget(m_status);

    connect(&m_sync, &core::SyncService::gegevensGewijzigd, this, &SyncActions::gegevensGewijzigd);
    updateStatus();
}

void SyncActions::exportBundle()
{
    ExportDialog dialog(m_sync, m_services.dossiers, m_mainWindow.dossier()->inwonerId(), &m_mainWindow);
    dialog.exec();
}

void SyncActions::importBundle()
{
    ImportDialog dialog(m_sync, &m_mainWindow);
    bool conflicten = false;
    connect(&dialog, &ImportDialog::conflictenGevraagd, this, [&conflicten] { conflicten = true; });
    dialog.exec();
    if (conflicten)
        showConflicten();
}

void SyncActions::showConflicten()
{
    if (!m_window)
        m_window = new ConflictenWindow(m_sync, m_services.dossiers, &m_mainWindow);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void SyncActions::gegevensGewijzigd()
{
    // An import or a resolution may have changed any record: the caseload, the open dossier (with
    // its netwerk, trajecten, ZRM and plan) and the sociale kaart read everything again.
    const QString open = m_mainWindow.dossier()->inwonerId();
    emit m_services.dossiers.inwonerChanged(QString());
    if (!open.isEmpty())
        emit m_services.dossiers.netwerkChanged(open);
    emit m_services.socialeKaart.socialeKaartChanged();
    updateStatus();
}

void SyncActions::updateStatus()
{
    const int open = m_sync.aantalOpenConflicten();
    m_status->setText(tr("%n conflict(s)", nullptr, open));
    m_status->setVisible(open > 0);
    m_conflicten->setText(open > 0 ? tr("C&onflicts (%1)…").arg(open) : tr("C&onflicts…"));
}

} // namespace ui
