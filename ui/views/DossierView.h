// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Services.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace core {
class DossierService;
class ZrmService;
} // namespace core

namespace ui {

class DossierEditor;
class HuishoudenPanel;
class NetwerkkaartWidget;
class NetwerkPanel;
class PersoonsgegevensPanel;
class PlanEditor;
class PlanPanel;
class TrajectPanel;
class ZrmPanel;

/// The open dossier of one inwoner: persoonsgegevens, trajecten, the ondersteuningsplan, huishouden,
/// netwerk & mantelzorg, zelfredzaamheid (ZRM) and the netwerkkaart. Stays current when the services
/// report changes (including undo and redo).
class DossierView : public QWidget {
    Q_OBJECT
public:
    DossierView(const Services& services, DossierEditor& editor, QWidget* parent = nullptr);

    /// Opens the dossier (recorded in the audit log); an empty id shows the "choose an inwoner" page.
    /// The panels below exist from the first open on.
    void open(const QString& inwonerId);
    QString inwonerId() const { return m_inwonerId; }

    QTabWidget* tabs() const { return m_tabs; }
    PersoonsgegevensPanel* persoonsgegevens() const { return m_persoonsgegevens; }
    HuishoudenPanel* huishouden() const { return m_huishouden; }
    NetwerkPanel* netwerk() const { return m_netwerk; }
    NetwerkkaartWidget* netwerkkaart() const { return m_kaart; }
    ZrmPanel* zrm() const { return m_zrm; }
    TrajectPanel* trajecten() const { return m_trajecten; }
    PlanPanel* plan() const { return m_plan; }
    /// Changes plans through the shared undo stack; exists from the first open on.
    PlanEditor* planEditor() const { return m_planEditor; }
    /// Brings the Zelfredzaamheid tab to the front (when a dossier is open).
    void showZrm();
    /// Brings the Trajecten tab to the front with this traject selected; opens the dossier of the
    /// traject's inwoner first (through openInwonerRequested) when another one is open.
    void showTraject(const QString& trajectId);
    QString title() const;

signals:
    void openInwonerRequested(const QString& id);

private:
    void buildDossierPage();
    void refreshInwoner();
    void refreshNetwerk();
    void refreshHuishouden();
    void exportKaart();

    Services m_services;
    core::DossierService& m_service;
    core::ZrmService& m_zrmService;
    DossierEditor& m_editor;
    QString m_inwonerId;
    QString m_naam;
    QStackedWidget* m_stack;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QTabWidget* m_tabs = nullptr;
    PersoonsgegevensPanel* m_persoonsgegevens = nullptr;
    HuishoudenPanel* m_huishouden = nullptr;
    NetwerkPanel* m_netwerk = nullptr;
    NetwerkkaartWidget* m_kaart = nullptr;
    ZrmPanel* m_zrm = nullptr;
    TrajectPanel* m_trajecten = nullptr;
    PlanEditor* m_planEditor = nullptr;
    PlanPanel* m_plan = nullptr;
};

} // namespace ui
