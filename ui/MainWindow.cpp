// SPDX-License-Identifier: EUPL-1.2
#include "MainWindow.h"

#include "DossierEditor.h"
#include "dialogs/CsvImportDialog.h"
#include "dialogs/MijnGegevensDialog.h"
#include "services/DossierService.h"
#include "services/InstellingenService.h"
#include "views/CaseloadView.h"
#include "views/DossierView.h"
#include "zrm/ZrmVoortgangDialog.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace ui {

MainWindow::MainWindow(const Services& services, const QString& databasePath, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_dossiers(services.dossiers)
    , m_instellingen(services.instellingen)
    , m_zrm(services.zrm)
    , m_databasePath(databasePath)
    , m_undo(new QUndoStack(this))
    , m_editor(new DossierEditor(services, *m_undo, this))
    , m_caseload(new CaseloadView(services.dossiers))
    , m_dossier(new DossierView(services, *m_editor))
{
    setWindowTitle(tr("Wijkdossier"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/wijkdossier.svg")));
    auto* splitter = new QSplitter;
    splitter->addWidget(m_caseload);
    splitter->addWidget(m_dossier);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({560, 800});
    setCentralWidget(splitter);
    resize(1400, 860);

    createMenus();
    statusBar()->showMessage(tr("Database: %1").arg(databasePath));

    connect(m_caseload, &CaseloadView::currentInwonerChanged, m_dossier, &DossierView::open);
    connect(m_caseload, &CaseloadView::inwonerActivated, this, [this](const QString& id) {
        m_dossier->open(id);
        m_dossier->tabs()->setFocus();
    });
    connect(m_dossier, &DossierView::openInwonerRequested, this, &MainWindow::openInwoner);
    connect(m_editor, &DossierEditor::failed, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Not saved"), message); });
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        // After undo or redo the open dossier may have been deleted or restored.
        if (!m_dossier->inwonerId().isEmpty() && !m_dossiers.inwoner(m_dossier->inwonerId()))
            m_dossier->open({});
    });
    connect(&m_instellingen, &core::InstellingenService::mijnGegevensChanged, this, &MainWindow::applyMijnGegevens);
    applyMijnGegevens();
    m_caseload->focusSearch();

    if (m_instellingen.mijnGegevens().naam.isEmpty())
        QTimer::singleShot(0, this, [this] {
            if (isVisible() && !qEnvironmentVariableIsSet("WIJKDOSSIER_NO_FIRST_RUN"))
                editMijnGegevens();
        });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newInwoner = file->addAction(tr("&New inwoner…"), this, [this] {
        const QString id = m_editor->newInwoner();
        if (!id.isEmpty())
            openInwoner(id);
    });
    newInwoner->setShortcut(QKeySequence::New);
    file->addAction(tr("&Import inwoners from spreadsheet…"), this, &MainWindow::importCsv);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find inwoner"), m_caseload, &CaseloadView::focusSearch);
    find->setShortcut(QKeySequence::Find);
    QAction* editInwoner =
        edit->addAction(tr("Edit &persoonsgegevens…"), this, [this] { m_editor->editInwoner(m_dossier->inwonerId()); });
    editInwoner->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    edit->addAction(tr("Add person to &netwerk…"), this,
                    [this] { m_editor->addNetwerkPersoon(m_dossier->inwonerId()); });
    QAction* newMeting = edit->addAction(tr("New ZRM &meting…"), this, &MainWindow::newMeting);
    newMeting->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));

    QMenu* reports = menuBar()->addMenu(tr("&Reports"));
    reports->addAction(tr("&ZRM progress…"), this, &MainWindow::showZrmVoortgang);

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("&My details…"), this, &MainWindow::editMijnGegevens);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Wijkdossier"), this, &MainWindow::about);

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(newInwoner);
    toolbar->addAction(undo);
    toolbar->addAction(redo);
}

void MainWindow::openInwoner(const QString& id)
{
    m_caseload->selectId(id);
    if (m_caseload->currentId() != id || m_dossier->inwonerId() != id)
        m_dossier->open(id);
}

void MainWindow::newMeting()
{
    const QString id = m_dossier->inwonerId();
    if (id.isEmpty()) {
        statusBar()->showMessage(tr("Open a dossier first to score the Zelfredzaamheid-Matrix."), 5000);
        return;
    }
    m_dossier->showZrm();
    m_editor->newMeting(id);
}

void MainWindow::showZrmVoortgang()
{
    ZrmVoortgangDialog dialog(m_zrm, m_instellingen.mijnGegevens().naam, this);
    dialog.exec();
}

void MainWindow::applyMijnGegevens()
{
    const core::MijnGegevens mij = m_instellingen.mijnGegevens();
    m_caseload->setConsulent(mij.naam);
    setWindowTitle(mij.naam.isEmpty() ? tr("Wijkdossier") : tr("Wijkdossier – %1").arg(mij.naam));
}

void MainWindow::editMijnGegevens()
{
    MijnGegevensDialog dialog(m_instellingen, this);
    dialog.exec();
}

void MainWindow::importCsv()
{
    CsvImportDialog dialog(m_dossiers, this);
    dialog.exec();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Wijkdossier"),
                       tr("<h3>Wijkdossier %1</h3><p>The dossier for wijkteam consulenten: caseload, netwerk and "
                          "mantelzorg, on this computer.</p><p>Database: %2</p><p>Licence: EUPL-1.2</p>")
                           .arg(QApplication::applicationVersion(), m_databasePath.toHtmlEscaped()));
}

} // namespace ui
