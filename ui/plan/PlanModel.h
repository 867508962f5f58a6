// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Plan.h"
#include "plan/PlanContext.h"

#include <QAbstractItemModel>

#include <vector>

namespace ui {

/// The doelen of a plan as a tree: each doel, under it one row per niveau that has acties (in the
/// order of consideration: eigen kracht → netwerk → algemene voorziening → maatwerk →
/// professional), under that the acties. Read-only; the plan is replaced as a whole.
class PlanModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        OnderwerpColumn, ///< doel: leefgebied · niveau row: niveau · actie: what is done
        WensColumn,      ///< doel: the wens · actie: who does it
        DetailsColumn,   ///< doel: kind of goal and doelscore · actie: from – to, amount and unit
        EvaluatieColumn, ///< doel: evaluation date, or the evaluation once evaluated
        ZrmColumn,       ///< doel: the ZRM score at the start and at the evaluation
        ColumnCount
    };
    enum RowKind { DoelRow, NiveauRow, ActieRow };
    enum Role {
        IdRole = Qt::UserRole, ///< the doel's or actie's id (empty for a niveau row)
        KindRole,              ///< RowKind
        DoelIdRole,            ///< the id of the doel the row belongs to
        NiveauRole,            ///< niveau and actie rows: the niveau key
        SignaalRole,           ///< actie rows: true when a mantelzorger already carries a lot
    };

    explicit PlanModel(QObject* parent = nullptr);

    /// Shows the plan (its doelen with their acties as stored) with what it refers to.
    void setPlan(const core::Ondersteuningsplan& plan, const PlanContext& context);
    void clear();

    /// The index of the doel or actie with this id in column 0, or an invalid index.
    QModelIndex indexOf(const QString& id) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        RowKind kind = DoelRow;
        int parent = -1; ///< index into m_nodes, -1 for a doel
        int row = 0;     ///< position under its parent
        size_t doel = 0;
        size_t actie = 0;
        QString niveau;
        std::vector<int> children;
    };
    const Node* node(const QModelIndex& index) const;
    QVariant doelData(const Node& n, int column, int role) const;
    QVariant actieData(const Node& n, int column, int role) const;
    QVariant niveauData(const Node& n, int column, int role) const;
    QString doelTooltip(const core::PlanDoel& doel) const;
    const core::DoelVergelijking* vergelijking(const QString& doelId) const;

    core::Ondersteuningsplan m_plan;
    PlanContext m_context;
    std::vector<Node> m_nodes;
    std::vector<int> m_doelen; ///< top-level nodes
};

} // namespace ui
