// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Services.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QSplitter;
class QStackedWidget;
class QUndoStack;
class QVBoxLayout;

namespace core {
class DossierService;
class InstellingenService;
class ZrmService;
} // namespace core

namespace ui {

class CaseloadView;
class DossierEditor;
class DossierView;
class SocialeKaartWindow;
class SyncActions;
class VandaagView;

/// The main window: my caseload (or "Vandaag", the deadlines of the caseload) on the left, the open
/// dossier on the right. Delegates all work to CaseloadView, VandaagView, DossierView and
/// DossierEditor.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const Services& services, const QString& databasePath, QWidget* parent = nullptr);

    CaseloadView* caseload() const { return m_caseload; }
    DossierView* dossier() const { return m_dossier; }
    /// "Vandaag", or null until it is first shown: it is built on demand to keep start-up fast.
    VandaagView* vandaag() const { return m_vandaag; }
    DossierEditor* editor() const { return m_editor; }
    QUndoStack* undoStack() const { return m_undo; }

    /// Opens the dossier and selects the inwoner in the list.
    void openInwoner(const QString& id);
    /// Opens the inwoner's dossier at this traject.
    void openTraject(const QString& inwonerId, const QString& trajectId);
    /// Shows the caseload list on the left (the start page).
    void showCaseload();
    /// Shows "Vandaag" on the left, building and computing it the first time.
    void showVandaag();
    /// Opens the sociale kaart window (one, built on first use) or brings it forward.
    void showSocialeKaart();
    /// The sociale kaart window, or null until it is first opened.
    SocialeKaartWindow* socialeKaartWindow() const { return m_socialeKaart; }
    /// Export, import and conflicts; null when the window was built without a SyncService.
    SyncActions* sync() const { return m_sync; }
    /// Shows a notice above the content that stays until the user closes it (NoticeBar).
    void showNotice(const QString& text);
    /// The texts of the notices still shown.
    QStringList notices() const;

private:
    void createMenus();
    void openDossier(const QString& id);
    void updateDossierActions();
    void showLeftPage(QWidget* page);
    void startHuisbezoek();
    void editMijnGegevens();
    void importCsv();
    void newMeting();
    void showZrmVoortgang();
    void applyMijnGegevens();
    void about();

    Services m_services;
    core::DossierService& m_dossiers;
    core::InstellingenService& m_instellingen;
    core::ZrmService& m_zrm;
    QString m_databasePath;
    QUndoStack* m_undo;
    DossierEditor* m_editor;
    CaseloadView* m_caseload;
    DossierView* m_dossier;
    VandaagView* m_vandaag = nullptr;
    SocialeKaartWindow* m_socialeKaart = nullptr;
    SyncActions* m_sync = nullptr;
    QSplitter* m_splitter;
    QStackedWidget* m_left;
    QVBoxLayout* m_notices = nullptr;
    QList<int> m_caseloadSizes; ///< the splitter as the consulent left it on each page
    QList<int> m_vandaagSizes;
    QAction* m_caseloadAction = nullptr;
    QAction* m_vandaagAction = nullptr;
    QAction* m_huisbezoekAction = nullptr;
    QAction* m_printInzageAction = nullptr;
};

} // namespace ui
