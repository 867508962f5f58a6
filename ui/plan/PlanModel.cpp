// SPDX-License-Identifier: EUPL-1.2
#include "PlanModel.h"

#include "model/Keuzelijst.h"
#include "zrm/ZrmInstrument.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QStyle>

#include <algorithm>

namespace ui {

namespace {

QString datum(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

const core::ZrmInstrument* zrm2017()
{
    return core::ZrmInstrument::find(core::ZrmInstrument::kZrm2017);
}

QString leefgebiedNaam(const QString& key)
{
    const core::ZrmInstrument* zrm = zrm2017();
    const core::Leefgebied* l = zrm ? zrm->leefgebied(key) : nullptr;
    return l ? l->naam : key;
}

QString score(const std::optional<int>& s)
{
    return s ? QString::number(*s) : QStringLiteral("–");
}

QString enkeleRegel(const QString& text)
{
    return text.simplified();
}

} // namespace

PlanModel::PlanModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void PlanModel::clear()
{
    beginResetModel();
    m_plan = {};
    m_context = {};
    m_nodes.clear();
    m_doelen.clear();
    endResetModel();
}

void PlanModel::setPlan(const core::Ondersteuningsplan& plan, const PlanContext& context)
{
    beginResetModel();
    m_plan = plan;
    m_context = context;
    m_nodes.clear();
    m_doelen.clear();
    for (size_t d = 0; d < m_plan.doelen.size(); ++d) {
        core::PlanDoel& doel = m_plan.doelen[d];
        core::sorteerActies(doel.acties);
        const int doelNode = static_cast<int>(m_nodes.size());
        m_nodes.push_back({DoelRow, -1, static_cast<int>(m_doelen.size()), d, 0, {}, {}});
        m_doelen.push_back(doelNode);
        int niveauNode = -1;
        for (size_t a = 0; a < doel.acties.size(); ++a) {
            const QString& niveau = doel.acties[a].niveau;
            if (niveauNode < 0 || m_nodes[static_cast<size_t>(niveauNode)].niveau != niveau) {
                niveauNode = static_cast<int>(m_nodes.size());
                Node& parent = m_nodes[static_cast<size_t>(doelNode)];
                const int row = static_cast<int>(parent.children.size());
                parent.children.push_back(niveauNode);
                m_nodes.push_back({NiveauRow, doelNode, row, d, 0, niveau, {}});
            }
            const int actieNode = static_cast<int>(m_nodes.size());
            Node& groep = m_nodes[static_cast<size_t>(niveauNode)];
            const int row = static_cast<int>(groep.children.size());
            groep.children.push_back(actieNode);
            m_nodes.push_back({ActieRow, niveauNode, row, d, a, niveau, {}});
        }
    }
    endResetModel();
}

const PlanModel::Node* PlanModel::node(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[static_cast<size_t>(index.internalId())];
}

QModelIndex PlanModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const std::vector<int>& rows = parent.isValid() ? node(parent)->children : m_doelen;
    if (row >= static_cast<int>(rows.size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>(rows[static_cast<size_t>(row)]));
}

QModelIndex PlanModel::parent(const QModelIndex& child) const
{
    const Node* n = node(child);
    if (!n || n->parent < 0)
        return {};
    const Node& p = m_nodes[static_cast<size_t>(n->parent)];
    return createIndex(p.row, 0, static_cast<quintptr>(n->parent));
}

int PlanModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return static_cast<int>(m_doelen.size());
    const Node* n = node(parent);
    return n ? static_cast<int>(n->children.size()) : 0;
}

int PlanModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QModelIndex PlanModel::indexOf(const QString& id) const
{
    if (id.isEmpty())
        return {};
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const Node& n = m_nodes[i];
        const core::PlanDoel& doel = m_plan.doelen[n.doel];
        const bool hit =
            (n.kind == DoelRow && doel.meta.id == id) || (n.kind == ActieRow && doel.acties[n.actie].meta.id == id);
        if (hit)
            return createIndex(n.row, 0, static_cast<quintptr>(i));
    }
    return {};
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OnderwerpColumn:
        return tr("Doel / actie");
    case WensColumn:
        return tr("Wens / who");
    case DetailsColumn:
        return tr("Details");
    case EvaluatieColumn:
        return tr("Evaluation");
    case ZrmColumn:
        return tr("ZRM");
    default:
        return {};
    }
}

QVariant PlanModel::data(const QModelIndex& index, int role) const
{
    const Node* n = node(index);
    if (!n)
        return {};
    const core::PlanDoel& doel = m_plan.doelen[n->doel];
    switch (role) {
    case IdRole:
        return n->kind == DoelRow ? doel.meta.id : n->kind == ActieRow ? doel.acties[n->actie].meta.id : QString();
    case KindRole:
        return n->kind;
    case DoelIdRole:
        return doel.meta.id;
    case NiveauRole:
        return n->niveau;
    case SignaalRole:
        return n->kind == ActieRow && m_context.signalen.contains(doel.acties[n->actie].meta.id);
    default:
        break;
    }
    switch (n->kind) {
    case DoelRow:
        return doelData(*n, index.column(), role);
    case NiveauRow:
        return niveauData(*n, index.column(), role);
    case ActieRow:
        return actieData(*n, index.column(), role);
    }
    return {};
}

QString PlanModel::doelTooltip(const core::PlanDoel& doel) const
{
    QStringList regels;
    const auto add = [&regels](const QString& label, const QString& value) {
        if (!value.trimmed().isEmpty())
            regels << QStringLiteral("<b>%1</b> %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    add(tr("Wens:"), doel.wens);
    add(tr("Desired situation:"), doel.gewensteSituatie);
    add(tr("The inwoner's own solution:"), doel.eigenOplossing);
    add(tr("Why it is not followed:"), doel.redenNietGevolgd);
    add(tr("Evaluation note:"), doel.evaluatieNotitie);
    return regels.join(QStringLiteral("<br>"));
}

const core::DoelVergelijking* PlanModel::vergelijking(const QString& doelId) const
{
    const auto& v = m_context.vergelijking;
    const auto it =
        std::find_if(v.begin(), v.end(), [&](const core::DoelVergelijking& d) { return d.doelId == doelId; });
    return it == v.end() ? nullptr : &*it;
}

QVariant PlanModel::doelData(const Node& n, int column, int role) const
{
    const core::PlanDoel& doel = m_plan.doelen[n.doel];
    if (role == Qt::FontRole && column == OnderwerpColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && column != ZrmColumn)
        return doelTooltip(doel);
    const core::DoelVergelijking* v = vergelijking(doel.meta.id);
    if (role == Qt::ToolTipRole && v)
        return tr("ZRM score when the plan was agreed: %1; measured on %2: %3; target: %4")
            .arg(score(v->startscore), v->gemetenOp.isValid() ? datum(v->gemetenOp) : tr("(no meting)"),
                 score(v->gemetenScore), score(v->doelscore));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case OnderwerpColumn: {
        const QString naam = leefgebiedNaam(doel.leefgebied);
        if (!doel.inwonerId.isEmpty() && doel.inwonerId != m_plan.inwonerId)
            return tr("%1 — %2").arg(naam, m_context.leden.value(doel.inwonerId));
        return naam;
    }
    case WensColumn:
        return tr("“%1”").arg(enkeleRegel(doel.wens));
    case DetailsColumn: {
        const QString soort = core::keuzeLabel(core::Keuzelijst::DoelSoort, doel.soort);
        return doel.doelscore ? tr("%1 · target %2").arg(soort).arg(*doel.doelscore) : soort;
    }
    case EvaluatieColumn:
        if (!doel.evaluatie.isEmpty()) {
            const QString uitkomst = core::keuzeLabel(core::Keuzelijst::DoelEvaluatie, doel.evaluatie);
            return doel.evaluatieNotitie.isEmpty() ? uitkomst
                                                   : tr("%1 — %2").arg(uitkomst, enkeleRegel(doel.evaluatieNotitie));
        }
        return doel.evaluatieDatum.isValid() ? tr("by %1").arg(datum(doel.evaluatieDatum)) : QString();
    case ZrmColumn:
        if (!v)
            return QString();
        // The dates are in the tooltip.
        return tr("%1 → %2").arg(score(v->startscore), score(v->gemetenScore));
    default:
        return {};
    }
}

QVariant PlanModel::niveauData(const Node& n, int column, int role) const
{
    if (column != OnderwerpColumn)
        return {};
    if (role == Qt::DisplayRole)
        return tr("%1. %2")
            .arg(core::keuzeRang(core::Keuzelijst::ActieNiveau, n.niveau) + 1)
            .arg(core::keuzeLabel(core::Keuzelijst::ActieNiveau, n.niveau));
    if (role == Qt::FontRole) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ForegroundRole)
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

QVariant PlanModel::actieData(const Node& n, int column, int role) const
{
    const core::PlanDoel& doel = m_plan.doelen[n.doel];
    const core::PlanActie& actie = doel.acties[n.actie];
    const auto signaal = m_context.signalen.constFind(actie.meta.id);
    const bool gesignaleerd = signaal != m_context.signalen.constEnd();
    if (role == Qt::DecorationRole && column == OnderwerpColumn && gesignaleerd)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::ToolTipRole) {
        QStringList regels;
        regels << QStringLiteral("<b>%1</b>").arg(actie.wat.toHtmlEscaped());
        if (gesignaleerd) {
            regels << QStringLiteral("<span style=\"color:#8a4b00\">%1</span>").arg(signaal->tekst.toHtmlEscaped());
            regels << (actie.respijtOverwogen ? tr("Respite care or extra support was considered.")
                                              : tr("Respite care or extra support has not been considered yet."))
                          .toHtmlEscaped();
        }
        if (actie.niveau == QLatin1String("maatwerk") && !actie.onderbouwing.isEmpty())
            regels << QStringLiteral("<b>%1</b> %2")
                          .arg(tr("Onderbouwing:").toHtmlEscaped(), actie.onderbouwing.toHtmlEscaped());
        if (!actie.beschikkingId.isEmpty())
            regels
                << tr("In the beschikking: %1").arg(m_context.beschikking.value(actie.beschikkingId)).toHtmlEscaped();
        return regels.join(QStringLiteral("<br>"));
    }
    if (role != Qt::DisplayRole)
        return {};
    const QString inwonerId = doel.inwonerId.isEmpty() ? m_plan.inwonerId : doel.inwonerId;
    switch (column) {
    case OnderwerpColumn:
        return enkeleRegel(actie.wat);
    case WensColumn: {
        const QString wie = m_context.wie(actie, inwonerId);
        return m_context.mantelzorgers.contains(actie.netwerkId) ? tr("%1 (mantelzorger)").arg(wie) : wie;
    }
    case DetailsColumn: {
        QStringList delen;
        if (actie.van.isValid() && actie.tot.isValid())
            delen << tr("%1 – %2").arg(datum(actie.van), datum(actie.tot));
        else if (actie.van.isValid())
            delen << tr("from %1").arg(datum(actie.van));
        else if (actie.tot.isValid())
            delen << tr("until %1").arg(datum(actie.tot));
        if (actie.omvang)
            delen << (actie.eenheid.isEmpty()
                          ? QString::number(*actie.omvang, 'g', 6)
                          : tr("%1 %2").arg(QString::number(*actie.omvang, 'g', 6),
                                            core::keuzeLabel(core::Keuzelijst::Eenheid, actie.eenheid)));
        return delen.join(QStringLiteral(" · "));
    }
    default:
        return {};
    }
}

} // namespace ui
