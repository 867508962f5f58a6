// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Services.h"

#include <QMainWindow>

class QUndoStack;

namespace core {
class DossierService;
class InstellingenService;
class ZrmService;
} // namespace core

namespace ui {

class CaseloadView;
class DossierEditor;
class DossierView;

/// The main window: my caseload on the left, the open dossier on the right. Delegates all work to
/// CaseloadView, DossierView and DossierEditor.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const Services& services, const QString& databasePath, QWidget* parent = nullptr);

    CaseloadView* caseload() const { return m_caseload; }
    DossierView* dossier() const { return m_dossier; }
    DossierEditor* editor() const { return m_editor; }
    QUndoStack* undoStack() const { return m_undo; }

    /// Opens the dossier and selects the inwoner in the list.
    void openInwoner(const QString& id);

private:
    void createMenus();
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
};

} // namespace ui
