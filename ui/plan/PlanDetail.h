// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Plan.h"
#include "plan/PlanContext.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeView;

namespace ui {

class PlanModel;

/// The selected ondersteuningsplan: a header (version, status, regisseur, traject,
/// wederkerigheid), the doelen with their acties in the order of consideration, and "wie doet
/// wat". A concept can be changed through the buttons, which go out as requests; a vastgesteld or
/// geëvalueerd plan says it is read-only and offers a new version instead.
class PlanDetail : public QWidget {
    Q_OBJECT
public:
    enum WieColumn { WieColumn, ContactColumn, TakenColumn, WieColumnCount };

    explicit PlanDetail(QWidget* parent = nullptr);

    /// Shows a plan with its doelen (nothing when null). The selected doel or actie stays selected.
    /// `nieuwste`: no later version of the plan exists (only then can a new version be made).
    void setPlan(const core::Ondersteuningsplan* plan, const PlanContext& context, bool nieuwste = true);
    /// Selects the doel or actie with this id; false when it is not in the plan.
    bool select(const QString& id);

    /// The id of the selected doel (also when an actie or niveau row under it is selected).
    QString currentDoelId() const;
    /// The id of the selected actie, or empty.
    QString currentActieId() const;
    /// The niveau of the selected actie or niveau row, or empty.
    QString currentNiveau() const;
    bool isReadOnly() const;

    QString headerText() const;
    QLabel* readOnlyLine() const { return m_readOnly; }
    QTreeView* tree() const { return m_tree; }
    PlanModel* model() const { return m_model; }
    QTableWidget* wieDoetWat() const { return m_wie; }
    QPushButton* editPlanButton() const { return m_editPlan; }
    QPushButton* addDoelButton() const { return m_addDoel; }
    QPushButton* addActieButton() const { return m_addActie; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* stelVastButton() const { return m_stelVast; }
    QPushButton* nieuweVersieButton() const { return m_nieuweVersie; }
    QPushButton* evalueerButton() const { return m_evalueer; }

signals:
    void editPlanRequested();
    void addDoelRequested();
    /// Adds an actie to the doel; `niveau` is the niveau row that was selected (may be empty).
    void addActieRequested(const QString& doelId, const QString& niveau);
    void editDoelRequested(const QString& doelId);
    void editActieRequested(const QString& actieId);
    void removeDoelRequested(const QString& doelId);
    void removeActieRequested(const QString& actieId);
    void stelVastRequested();
    void nieuweVersieRequested();
    void evalueerRequested();

private:
    void editCurrent();
    void removeCurrent();
    void updateButtons();
    /// Sizes the narrow columns to their contents, up to a limit.
    void fitColumns();
    void setHeader(const core::Ondersteuningsplan& plan, const PlanContext& context);
    void setWieDoetWat(const std::vector<core::WieDoetWat>& wie);
    int currentKind() const;

    QLabel* m_header;
    QLabel* m_readOnly;
    QLabel* m_hint;
    QTreeView* m_tree;
    PlanModel* m_model;
    QTableWidget* m_wie;
    QPushButton* m_editPlan;
    QPushButton* m_addDoel;
    QPushButton* m_addActie;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_stelVast;
    QPushButton* m_nieuweVersie;
    QPushButton* m_evalueer;
    std::optional<QString> m_status; ///< of the shown plan; empty when none
    bool m_nieuwsteVersie = false;
};

} // namespace ui
