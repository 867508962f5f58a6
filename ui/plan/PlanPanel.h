// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Services.h"
#include "model/Plan.h"

#include <QSet>
#include <QWidget>

#include <optional>
#include <vector>

class QListWidget;
class QPushButton;

namespace ui {

class PlanDetail;
class PlanEditor;

/// The Plan tab of a dossier: the inwoner's ondersteuningsplannen on the left (newest version of
/// each first, older versions indented and greyed), the selected one on the right (PlanDetail).
/// Every change goes through PlanEditor; the panel refreshes itself when the services report a
/// change (plan, netwerk, sociale kaart, traject, huishouden), so undo and redo show at once.
class PlanPanel : public QWidget {
    Q_OBJECT
public:
    /// `services` and `editor` must outlive the panel.
    PlanPanel(const Services& services, PlanEditor& editor, QWidget* parent = nullptr);

    void setInwoner(const QString& inwonerId);
    void refresh();
    /// Selects a plan of this inwoner; false when it is not one of them.
    bool select(const QString& planId);
    /// The selected plan's id, or empty.
    QString currentId() const;

    QListWidget* lijst() const { return m_lijst; }
    PlanDetail* detail() const { return m_detail; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* printButton() const { return m_print; }

private:
    void showDetail();
    void updateButtons();
    const core::Ondersteuningsplan* current() const;
    QString lijstTekst(const core::Ondersteuningsplan& plan) const;

    Services m_services;
    PlanEditor& m_editor;
    QString m_inwonerId;
    QSet<QString> m_leden; ///< inwoners whose plan changes concern this list (the huishouden)
    std::vector<core::Ondersteuningsplan> m_plannen;
    QHash<QString, QString> m_trajecten;               ///< traject id → "Wmo, melding …"
    std::optional<core::Ondersteuningsplan> m_geladen; ///< the selected plan with its doelen
    QListWidget* m_lijst;
    PlanDetail* m_detail;
    QPushButton* m_new;
    QPushButton* m_delete;
    QPushButton* m_print;
};

} // namespace ui
