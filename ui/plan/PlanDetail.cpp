// SPDX-License-Identifier: EUPL-1.2
#include "PlanDetail.h"

#include "model/Keuzelijst.h"
#include "plan/PlanModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTextDocument>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {

QString datum(const QDate& d)
{
    return d.toString(QStringLiteral("dd-MM-yyyy"));
}

QHBoxLayout* buttonRow(std::initializer_list<QWidget*> buttons)
{
    auto* row = new QHBoxLayout;
    for (QWidget* b : buttons)
        row->addWidget(b);
    row->addStretch();
    return row;
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

PlanDetail::PlanDetail(QWidget* parent)
    : QWidget(parent)
    , m_header(new QLabel)
    , m_readOnly(new QLabel)
    , m_hint(new QLabel)
    , m_tree(new QTreeView)
    , m_model(new PlanModel(this))
    , m_wie(new QTableWidget(0, WieColumnCount))
    , m_editPlan(new QPushButton(tr("Edit pl&an…")))
    , m_addDoel(new QPushButton(tr("Add &doel…")))
    , m_addActie(new QPushButton(tr("Add a&ctie…")))
    , m_edit(new QPushButton(tr("Ed&it…")))
    , m_remove(new QPushButton(tr("Re&move")))
    , m_stelVast(new QPushButton(tr("A&gree plan…")))
    , m_nieuweVersie(new QPushButton(tr("New versi&on")))
    , m_evalueer(new QPushButton(tr("Eval&uate…")))
{
    m_header->setObjectName(QStringLiteral("planHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readOnly->setObjectName(QStringLiteral("planReadOnly"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setMargin(6);
    m_readOnly->setStyleSheet(QStringLiteral("background: #fff4d6; border: 1px solid #d9a400; color: #5a4500;"));
    m_hint->setWordWrap(true);

    m_editPlan->setToolTip(tr("Regisseur, traject and wederkerigheid"));
    m_addActie->setToolTip(tr("Add an actie to the selected doel (Insert)"));
    m_edit->setToolTip(tr("Edit the selected doel or actie (Enter, or double-click)"));
    m_remove->setToolTip(tr("Remove the selected doel or actie (Delete)"));
    m_stelVast->setToolTip(tr("Record that the plan was agreed and signed; it then becomes read-only"));
    m_nieuweVersie->setToolTip(tr("Copy this plan into a new draft version to change it"));
    m_evalueer->setToolTip(tr("Record per doel whether it was achieved"));

    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    // What is done takes what is left; who does it gets a third of the width and the other columns
    // what they need up to a limit (fitColumns). Long texts are elided and shown in full in the
    // tooltip.
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(PlanModel::OnderwerpColumn, QHeaderView::Stretch);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setIndentation(14);

    m_wie->setObjectName(QStringLiteral("wieDoetWat"));
    m_wie->setHorizontalHeaderLabels({tr("Who"), tr("Contact"), tr("Tasks")});
    m_wie->verticalHeader()->hide();
    m_wie->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_wie->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_wie->setWordWrap(true);
    m_wie->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_wie->horizontalHeader()->setSectionResizeMode(TakenColumn, QHeaderView::Stretch);
    m_wie->setColumnWidth(WieColumn, 200);
    m_wie->setColumnWidth(ContactColumn, 110);
    m_wie->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    connect(m_editPlan, &QPushButton::clicked, this, &PlanDetail::editPlanRequested);
    connect(m_addDoel, &QPushButton::clicked, this, &PlanDetail::addDoelRequested);
    connect(m_addActie, &QPushButton::clicked, this, [this] {
        // On a niveau row the consulent has already said who does it.
        if (!currentDoelId().isEmpty())
            emit addActieRequested(currentDoelId(),
                                   currentKind() == PlanModel::NiveauRow ? currentNiveau() : QString());
    });
    connect(m_edit, &QPushButton::clicked, this, &PlanDetail::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &PlanDetail::removeCurrent);
    connect(m_stelVast, &QPushButton::clicked, this, &PlanDetail::stelVastRequested);
    connect(m_nieuweVersie, &QPushButton::clicked, this, &PlanDetail::nieuweVersieRequested);
    connect(m_evalueer, &QPushButton::clicked, this, &PlanDetail::evalueerRequested);
    connect(m_tree, &QTreeView::activated, this, [this] {
        if (!isReadOnly())
            editCurrent();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PlanDetail::updateButtons);
    const auto shortcut = [this](QKeySequence key, QPushButton* button) {
        auto* s = new QShortcut(key, m_tree);
        s->setContext(Qt::WidgetShortcut);
        connect(s, &QShortcut::activated, button, &QPushButton::click);
    };
    shortcut(QKeySequence::Delete, m_remove);
    shortcut(QKeySequence(Qt::Key_Insert), m_addActie);

    auto* wieTitel = new QLabel(tr("<b>Wie doet wat</b> — everyone who does something in this plan"));
    auto* boven = new QWidget;
    auto* bovenLayout = new QVBoxLayout(boven);
    bovenLayout->setContentsMargins(0, 0, 0, 0);
    bovenLayout->addWidget(m_tree, 1);
    bovenLayout->addLayout(buttonRow({m_addDoel, m_addActie, m_edit, m_remove}));
    auto* onder = new QWidget;
    auto* onderLayout = new QVBoxLayout(onder);
    onderLayout->setContentsMargins(0, 0, 0, 0);
    onderLayout->addWidget(wieTitel);
    onderLayout->addWidget(m_wie, 1);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(boven);
    splitter->addWidget(onder);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_readOnly);
    layout->addLayout(buttonRow({m_editPlan, m_stelVast, m_nieuweVersie, m_evalueer}));
    layout->addWidget(m_hint);
    layout->addWidget(splitter, 1);
    setPlan(nullptr, {});
}

void PlanDetail::setPlan(const core::Ondersteuningsplan* plan, const PlanContext& context, bool nieuwste)
{
    const QString selected = currentActieId().isEmpty() ? currentDoelId() : currentActieId();
    m_nieuwsteVersie = nieuwste;
    if (!plan) {
        m_status.reset();
        m_header->setText(tr("<i>No plan selected. Make one with <b>New plan</b>.</i>"));
        m_readOnly->hide();
        m_hint->hide();
        m_model->clear();
        setWieDoetWat({});
        updateButtons();
        return;
    }
    m_status = plan->status;
    setHeader(*plan, context);
    m_model->setPlan(*plan, context);
    m_tree->setColumnHidden(PlanModel::ZrmColumn, !plan->geevalueerdOp.isValid());
    for (int d = 0; d < m_model->rowCount(); ++d) {
        const QModelIndex doel = m_model->index(d, 0);
        for (int n = 0; n < m_model->rowCount(doel); ++n)
            m_tree->setFirstColumnSpanned(n, doel, true);
    }
    m_tree->expandAll();
    fitColumns();
    if (!select(selected) && m_model->rowCount() > 0)
        m_tree->setCurrentIndex(m_model->index(0, 0));
    setWieDoetWat(context.wieDoetWat);

    if (!plan->isConcept()) {
        const QString wanneer = plan->geevalueerdOp.isValid() ? tr("Evaluated on %1").arg(datum(plan->geevalueerdOp))
                                                              : tr("Agreed on %1").arg(datum(plan->vastgesteldOp));
        m_readOnly->setText(tr("%1 — read-only; make a new version to change anything.").arg(wanneer));
        if (!nieuwste)
            m_readOnly->setText(tr("%1 — read-only; a newer version of this plan exists.").arg(wanneer));
        m_readOnly->show();
    } else {
        m_readOnly->hide();
    }
    m_hint->setText(tr("Start with a doel: what does the inwoner want, in their own words? Then add the acties, "
                       "beginning with what the inwoner and the netwerk can do."));
    m_hint->setVisible(plan->isConcept() && plan->doelen.empty());
    updateButtons();
}

void PlanDetail::fitColumns()
{
    constexpr int kMaxWidth = 120;
    for (const int column : {PlanModel::DetailsColumn, PlanModel::EvaluatieColumn, PlanModel::ZrmColumn}) {
        m_tree->resizeColumnToContents(column);
        m_tree->setColumnWidth(column, std::min(m_tree->columnWidth(column), kMaxWidth));
    }
    m_tree->setColumnWidth(PlanModel::WensColumn, std::max(140, m_tree->viewport()->width() / 4));
}

void PlanDetail::setHeader(const core::Ondersteuningsplan& plan, const PlanContext& context)
{
    QString status = core::keuzeLabel(core::Keuzelijst::PlanStatus, plan.status);
    if (plan.geevalueerdOp.isValid())
        status = tr("evaluated on %1").arg(datum(plan.geevalueerdOp));
    else if (plan.vastgesteldOp.isValid())
        status = tr("agreed on %1").arg(datum(plan.vastgesteldOp));
    else
        status = status.toLower();
    QStringList kop{tr("<b>Plan version %1</b>").arg(plan.versie), escaped(status)};
    if (!plan.huishoudenId.isEmpty())
        kop << escaped(tr("for the whole huishouden"));
    if (!plan.vorigeId.isEmpty())
        kop << escaped(tr("made from version %1").arg(plan.versie - 1));
    QStringList regels{kop.join(QStringLiteral(" · "))};

    QStringList feiten;
    if (plan.regisseur.isEmpty()) {
        feiten << QStringLiteral("<span style=\"color:#8a4b00\">%1</span>")
                      .arg(escaped(tr("Regisseur: not set yet (needed before the plan is agreed)")));
    } else {
        const QString regisseur =
            plan.regisseurRol.isEmpty() ? plan.regisseur : tr("%1 (%2)").arg(plan.regisseur, plan.regisseurRol);
        feiten << QStringLiteral("<b>%1</b> %2").arg(escaped(tr("Regisseur:")), escaped(regisseur));
    }
    feiten << QStringLiteral("<b>%1</b> %2")
                  .arg(escaped(tr("Traject:")),
                       escaped(context.trajectLabel.isEmpty() ? tr("none") : context.trajectLabel));
    regels << feiten.join(QStringLiteral(" · "));
    regels << QStringLiteral("<b>%1</b> %2")
                  .arg(escaped(tr("Wederkerigheid:")),
                       plan.wederkerigheid.isEmpty() ? QStringLiteral("<i>%1</i>").arg(escaped(tr("not recorded")))
                                                     : escaped(plan.wederkerigheid));
    if (!plan.evaluatieNotitie.isEmpty())
        regels << QStringLiteral("<b>%1</b> %2").arg(escaped(tr("Evaluation:")), escaped(plan.evaluatieNotitie));
    m_header->setText(regels.join(QStringLiteral("<br>")));
}

void PlanDetail::setWieDoetWat(const std::vector<core::WieDoetWat>& wie)
{
    m_wie->setRowCount(static_cast<int>(wie.size()));
    for (int row = 0; row < m_wie->rowCount(); ++row) {
        const core::WieDoetWat& w = wie[static_cast<size_t>(row)];
        const QStringList cells{w.wie, w.contact, w.taken.join(QLatin1Char('\n'))};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            m_wie->setItem(row, c, item);
        }
        m_wie->item(row, WieColumn)->setData(Qt::UserRole, w.niveau);
    }
}

QString PlanDetail::headerText() const
{
    QTextDocument document;
    document.setHtml(m_header->text());
    return document.toPlainText();
}

bool PlanDetail::select(const QString& id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

int PlanDetail::currentKind() const
{
    const QModelIndex index = m_tree->currentIndex();
    return index.isValid() ? index.data(PlanModel::KindRole).toInt() : -1;
}

QString PlanDetail::currentDoelId() const
{
    const QModelIndex index = m_tree->currentIndex();
    return index.isValid() ? index.data(PlanModel::DoelIdRole).toString() : QString();
}

QString PlanDetail::currentActieId() const
{
    return currentKind() == PlanModel::ActieRow ? m_tree->currentIndex().data(PlanModel::IdRole).toString() : QString();
}

QString PlanDetail::currentNiveau() const
{
    const QModelIndex index = m_tree->currentIndex();
    return index.isValid() ? index.data(PlanModel::NiveauRole).toString() : QString();
}

bool PlanDetail::isReadOnly() const
{
    return !m_status || *m_status != QLatin1String("concept");
}

void PlanDetail::editCurrent()
{
    if (currentKind() == PlanModel::ActieRow)
        emit editActieRequested(currentActieId());
    else if (currentKind() == PlanModel::DoelRow)
        emit editDoelRequested(currentDoelId());
}

void PlanDetail::removeCurrent()
{
    if (currentKind() == PlanModel::ActieRow)
        emit removeActieRequested(currentActieId());
    else if (currentKind() == PlanModel::DoelRow)
        emit removeDoelRequested(currentDoelId());
}

void PlanDetail::updateButtons()
{
    const bool bewerkbaar = m_status && !isReadOnly();
    const int kind = currentKind();
    const bool item = kind == PlanModel::DoelRow || kind == PlanModel::ActieRow;
    m_editPlan->setEnabled(bewerkbaar);
    m_addDoel->setEnabled(bewerkbaar);
    m_addActie->setEnabled(bewerkbaar && !currentDoelId().isEmpty());
    m_edit->setEnabled(bewerkbaar && item);
    m_remove->setEnabled(bewerkbaar && item);
    m_stelVast->setEnabled(bewerkbaar && m_model->rowCount() > 0);
    m_nieuweVersie->setEnabled(m_status && !bewerkbaar && m_nieuwsteVersie);
    m_evalueer->setEnabled(m_status && *m_status == QLatin1String("vastgesteld"));
}

} // namespace ui
