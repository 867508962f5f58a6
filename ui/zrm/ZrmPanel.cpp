// SPDX-License-Identifier: EUPL-1.2
#include "ZrmPanel.h"

#include "services/ZrmService.h"
#include "zrm/ReadOnlyCell.h"
#include "zrm/ZrmChartData.h"
#include "zrm/ZrmChartPage.h"
#include "zrm/ZrmInstrument.h"
#include "zrm/ZrmVergelijkingView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

ZrmPanel::ZrmPanel(core::ZrmService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_summary(new QLabel)
    , m_history(new QTableWidget(0, ColumnCount))
    , m_edit(new QPushButton(tr("Ed&it…")))
    , m_delete(new QPushButton(tr("&Delete")))
    , m_views(new QTabWidget)
    , m_vergelijking(new ZrmVergelijkingView)
    , m_radar(new ZrmChartPage(ZrmChartPage::Soort::Radar))
    , m_trend(new ZrmChartPage(ZrmChartPage::Soort::Trend))
{
    m_history->setObjectName(QStringLiteral("zrmHistory"));
    m_history->setHorizontalHeaderLabels(
        {tr("Date"), tr("Moment"), tr("Scored by"), tr("Instrument"), tr("Scored"), tr("niet beoordeeld")});
    m_history->verticalHeader()->hide();
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(DoorColumn, QHeaderView::Stretch);
    m_summary->setWordWrap(true);

    auto* add = new QPushButton(tr("New &meting…"));
    add->setToolTip(tr("Score the Zelfredzaamheid-Matrix (Ctrl+M)"));
    connect(add, &QPushButton::clicked, this, &ZrmPanel::newRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            emit editRequested(currentId());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            emit deleteRequested(currentId());
    });
    connect(m_history, &QAbstractItemView::activated, this, [this] {
        if (!currentId().isEmpty())
            emit editRequested(currentId());
    });
    connect(m_history, &QTableWidget::itemSelectionChanged, this, &ZrmPanel::updateButtons);
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_history);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, m_delete, &QPushButton::click);

    m_views->addTab(m_vergelijking, tr("&Compare"));
    m_views->addTab(m_radar, tr("R&adar"));
    m_views->addTab(m_trend, tr("&Trend"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_summary);
    topLayout->addWidget(m_history, 1);
    topLayout->addLayout(buttons);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(m_views);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({220, 560});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(&m_service, &core::ZrmService::zrmChanged, this, [this](const QString& inwonerId) {
        if (inwonerId == m_inwonerId)
            refresh();
    });
    updateButtons();
}

void ZrmPanel::setInwoner(const QString& inwonerId, const QString& naam)
{
    m_inwonerId = inwonerId;
    m_naam = naam;
    refresh();
}

void ZrmPanel::refresh()
{
    const QString selected = currentId();
    m_metingen = m_inwonerId.isEmpty() ? std::vector<core::ZrmMeting>{} : m_service.metingen(m_inwonerId);
    const int count = static_cast<int>(m_metingen.size());
    m_history->setRowCount(count);
    for (int row = 0; row < count; ++row) {
        // Newest on top: the list grows downwards into the past.
        const core::ZrmMeting& m = m_metingen[static_cast<size_t>(count - 1 - row)];
        const core::ZrmInstrument* instrument = core::ZrmInstrument::find(m.instrument);
        int gescoord = 0;
        int nietBeoordeeld = 0;
        for (const core::ZrmScore& s : m.scores) {
            gescoord += s.score ? 1 : 0;
            nietBeoordeeld += !s.score && s.nietBeoordeeld ? 1 : 0;
        }
        const int total = instrument ? static_cast<int>(instrument->leefgebieden().size()) : 0;
        m_history->setItem(row, DatumColumn, readOnlyCell(m.datum.toString(QStringLiteral("dd-MM-yyyy"))));
        m_history->setItem(row, MomentColumn, readOnlyCell(core::label(m.moment)));
        m_history->setItem(row, DoorColumn, readOnlyCell(m.door));
        m_history->setItem(row, InstrumentColumn, readOnlyCell(instrument ? instrument->naam() : m.instrument));
        m_history->setItem(row, GescoordColumn, readOnlyCell(tr("%1 of %2").arg(gescoord).arg(total)));
        m_history->setItem(row, NietBeoordeeldColumn, readOnlyCell(QString::number(nietBeoordeeld)));
        m_history->item(row, DatumColumn)->setData(Qt::UserRole, m.meta.id);
        for (const int column : {GescoordColumn, NietBeoordeeldColumn})
            m_history->item(row, column)->setTextAlignment(Qt::AlignCenter);
    }
    for (int row = 0; row < count; ++row) {
        if (m_history->item(row, DatumColumn)->data(Qt::UserRole).toString() == selected)
            m_history->selectRow(row);
    }
    m_summary->setText(
        count == 0
            ? tr("No metingen yet. Score the Zelfredzaamheid-Matrix with New meting… "
                 "(Ctrl+M); only the leefgebieden that matter for the hulpvraag.")
            : tr("%n meting(s); the latest on %1.", nullptr, count).arg(ZrmChartData::metingLabel(m_metingen.back())));
    const bool mixed = std::any_of(m_metingen.begin(), m_metingen.end(), [this](const core::ZrmMeting& m) {
        return m.instrument != m_metingen.front().instrument;
    });
    if (mixed)
        m_summary->setText(m_summary->text() + QLatin1Char(' ') +
                           tr("These metingen use ZRM 2013 and ZRM 2017: comparison, radar and trend show ZRM 2013 "
                              "scores at the ZRM 2017 leefgebieden they map onto (ADL counts for basale and "
                              "instrumentele ADL, Dagbesteding for werk & opleiding and tijdsbesteding)."));
    const QString titel = tr("Zelfredzaamheid-Matrix – %1").arg(m_naam);
    m_vergelijking->setMetingen(m_metingen);
    m_radar->setMetingen(m_metingen, titel);
    m_trend->setMetingen(m_metingen, titel);
    updateButtons();
}

QString ZrmPanel::currentId() const
{
    const auto selected = m_history->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return {};
    return m_history->item(selected.first().row(), DatumColumn)->data(Qt::UserRole).toString();
}

void ZrmPanel::updateButtons()
{
    const bool any = !currentId().isEmpty();
    m_edit->setEnabled(any);
    m_delete->setEnabled(any);
}

} // namespace ui
