// SPDX-License-Identifier: EUPL-1.2
#include "MainWindow.h"

#include "DossierEditor.h"
#include "dialogs/CsvImportDialog.h"
#include "dialogs/MijnGegevensDialog.h"
#include "huisbezoek/HuisbezoekLauncher.h"
#include "printing/DocumentPrinter.h"
#include "services/DossierService.h"
#include "services/InstellingenService.h"
#include "socialekaart/SocialeKaartWindow.h"
#include "sync/SyncActions.h"
#include "vandaag/VandaagView.h"
#include "views/CaseloadView.h"
#include "views/DossierView.h"
#include "views/NoticeBar.h"
#include "zrm/ZrmVoortgangDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <numeric>

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
    , m_splitter(new QSplitter)
    , m_left(new QStackedWidget)
{
    setWindowTitle(tr("Wijkdossier"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/wijkdossier.svg")));
    // The left pane shows the caseload or "Vandaag"; the dossier stays open on the right, so that
    // the consulent can work down the list of deadlines one traject at a time.
    m_left->addWidget(m_caseload);
    m_splitter->addWidget(m_left);
    m_splitter->addWidget(m_dossier);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({560, 800});
    // Notices stay above the content until closed (showNotice); the content fills the rest.
    auto* central = new QWidget;
    m_notices = new QVBoxLayout;
    m_notices->setContentsMargins(0, 0, 0, 0);
    m_notices->setSpacing(2);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addLayout(m_notices);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    // The size it was laid out for, but never larger than the screen (a 1366×768 laptop).
    const QSize wanted(1400, 860);
    resize(screen() ? wanted.boundedTo(screen()->availableGeometry().size()) : wanted);

    createMenus();
    statusBar()->showMessage(tr("Database: %1").arg(databasePath));

    connect(m_caseload, &CaseloadView::currentInwonerChanged, this, &MainWindow::openDossier);
    connect(m_caseload, &CaseloadView::inwonerActivated, this, [this](const QString& id) {
        openDossier(id);
        if (m_dossier->tabs())
            m_dossier->tabs()->setFocus();
    });
    connect(m_dossier, &DossierView::openInwonerRequested, this, &MainWindow::openInwoner);
    connect(m_editor, &DossierEditor::failed, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Not saved"), message); });
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        // After undo or redo the open dossier may have been deleted or restored.
        if (!m_dossier->inwonerId().isEmpty() && !m_dossiers.inwoner(m_dossier->inwonerId()))
            openDossier({});
    });
    // The dossier view closes itself when its inwoner is deleted.
    connect(&m_dossiers, &core::DossierService::inwonerChanged, this, &MainWindow::updateDossierActions);
    connect(&m_instellingen, &core::InstellingenService::mijnGegevensChanged, this, &MainWindow::applyMijnGegevens);
    applyMijnGegevens();
    updateDossierActions();
    m_caseload->focusSearch();

    if (m_instellingen.mijnGegevens().naam.isEmpty())
        QTimer::singleShot(0, this, [this] {
            if (isVisible() && !qEnvironmentVariableIsSet("WIJKDOSSIER_NO_FIRST_RUN"))
                editMijnGegevens();
        });
}

void MainWindow::showNotice(const QString& text)
{
    m_notices->addWidget(new NoticeBar(text));
}

QStringList MainWindow::notices() const
{
    QStringList texts;
    for (const NoticeBar* bar : findChildren<NoticeBar*>())
        texts << bar->text();
    return texts;
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
    if (m_services.sync) {
        m_sync = new SyncActions(m_services, *this);
        file->addSeparator();
        file->addAction(m_sync->exportAction());
        file->addAction(m_sync->importAction());
    }
    file->addSeparator();
    m_printInzageAction = file->addAction(tr("Print inzage-overzicht…"), this, [this] {
        printDocument(this, m_services, core::documents::DocumentSoort::Inzage, m_dossier->inwonerId());
    });
    m_printInzageAction->setObjectName(QStringLiteral("printInzage"));
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
    QAction* find = edit->addAction(tr("&Find inwoner"), this, [this] {
        showCaseload();
        m_caseload->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    QAction* editInwoner =
        edit->addAction(tr("Edit &persoonsgegevens…"), this, [this] { m_editor->editInwoner(m_dossier->inwonerId()); });
    editInwoner->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    edit->addAction(tr("Add person to &netwerk…"), this,
                    [this] { m_editor->addNetwerkPersoon(m_dossier->inwonerId()); });
    QAction* newMeting = edit->addAction(tr("New ZRM &meting…"), this, &MainWindow::newMeting);
    newMeting->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    edit->addSeparator();
    m_huisbezoekAction = edit->addAction(tr("Start &huisbezoek…"), this, &MainWindow::startHuisbezoek);
    m_huisbezoekAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_huisbezoekAction->setStatusTip(tr("Walk through the keukentafelgesprek with the open inwoner; every "
                                        "keystroke is saved."));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    auto* pages = new QActionGroup(this);
    m_caseloadAction = view->addAction(tr("&Caseload"), this, &MainWindow::showCaseload);
    m_caseloadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_caseloadAction->setStatusTip(tr("Find an inwoner in my caseload or among all inwoners."));
    m_vandaagAction = view->addAction(tr("&Today"), this, &MainWindow::showVandaag);
    m_vandaagAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_vandaagAction->setStatusTip(
        tr("Every deadline of the caseload at a glance: overdue, due this week, steps missing."));
    for (QAction* page : {m_caseloadAction, m_vandaagAction}) {
        page->setCheckable(true);
        pages->addAction(page);
    }
    m_caseloadAction->setChecked(true);
    view->addSeparator();
    QAction* socialeKaart = view->addAction(tr("&Sociale kaart…"), this, &MainWindow::showSocialeKaart);
    socialeKaart->setObjectName(QStringLiteral("socialeKaartAction"));
    socialeKaart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    socialeKaart->setStatusTip(tr("Look up voorzieningen and aanbieders, and keep the sociale kaart up to date."));
    if (m_sync)
        view->addAction(m_sync->conflictenAction());

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
    toolbar->addAction(m_caseloadAction);
    toolbar->addAction(m_vandaagAction);
    toolbar->addSeparator();
    toolbar->addAction(newInwoner);
    toolbar->addAction(m_huisbezoekAction);
    toolbar->addSeparator();
    toolbar->addAction(undo);
    toolbar->addAction(redo);
}

void MainWindow::openInwoner(const QString& id)
{
    m_caseload->selectId(id);
    if (m_caseload->currentId() != id || m_dossier->inwonerId() != id)
        openDossier(id);
}

void MainWindow::openTraject(const QString& inwonerId, const QString& trajectId)
{
    openInwoner(inwonerId);
    if (m_dossier->inwonerId() != inwonerId || trajectId.isEmpty())
        return;
    m_dossier->showTraject(trajectId);
    if (m_vandaag)
        m_vandaag->selectTraject(trajectId);
}

void MainWindow::openDossier(const QString& id)
{
    m_dossier->open(id);
    updateDossierActions();
}

void MainWindow::updateDossierActions()
{
    m_huisbezoekAction->setEnabled(!m_dossier->inwonerId().isEmpty());
    m_printInzageAction->setEnabled(!m_dossier->inwonerId().isEmpty());
}

void MainWindow::showCaseload()
{
    showLeftPage(m_caseload);
}

void MainWindow::showVandaag()
{
    if (!m_vandaag) {
        // Built on first use: the start-up budget goes to the caseload.
        m_vandaag = new VandaagView(m_services);
        m_vandaag->setConsulent(m_instellingen.mijnGegevens().naam);
        connect(m_vandaag, &VandaagView::trajectSelected, this, &MainWindow::openTraject);
        connect(m_vandaag, &VandaagView::trajectActivated, this,
                [this](const QString& inwonerId, const QString& trajectId) {
                    openTraject(inwonerId, trajectId);
                    if (m_dossier->inwonerId() == inwonerId && m_dossier->tabs())
                        m_dossier->tabs()->setFocus();
                });
        m_left->addWidget(m_vandaag);
    }
    showLeftPage(m_vandaag);
    m_vandaag->focusList();
}

void MainWindow::showSocialeKaart()
{
    if (!m_socialeKaart)
        m_socialeKaart = new SocialeKaartWindow(m_services.socialeKaart, this);
    m_socialeKaart->show();
    m_socialeKaart->raise();
    m_socialeKaart->activateWindow();
    m_socialeKaart->focusSearch();
}

void MainWindow::showLeftPage(QWidget* page)
{
    QWidget* current = m_left->currentWidget();
    if (current != page) {
        (current == m_caseload ? m_caseloadSizes : m_vandaagSizes) = m_splitter->sizes();
        m_left->setCurrentWidget(page);
        const QList<int>& sizes = page == m_caseload ? m_caseloadSizes : m_vandaagSizes;
        if (!sizes.isEmpty()) {
            m_splitter->setSizes(sizes);
        } else {
            // "Vandaag" has more columns than the caseload, but the traject it opens needs room
            // too: at first both get half.
            const QList<int> now = m_splitter->sizes();
            const int total = std::accumulate(now.begin(), now.end(), 0);
            m_splitter->setSizes({total / 2, total - total / 2});
        }
    }
    m_caseloadAction->setChecked(page == m_caseload);
    m_vandaagAction->setChecked(page == m_vandaag);
}

void MainWindow::startHuisbezoek()
{
    const QString id = m_dossier->inwonerId();
    if (id.isEmpty()) {
        statusBar()->showMessage(tr("Open a dossier first to start a huisbezoek."), 5000);
        return;
    }
    ui::startHuisbezoek(m_services, id, this);
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
    if (m_vandaag)
        m_vandaag->setConsulent(mij.naam);
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
