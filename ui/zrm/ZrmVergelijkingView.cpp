// SPDX-License-Identifier: EUPL-1.2
#include "ZrmVergelijkingView.h"

#include "services/ZrmService.h"
#include "zrm/ReadOnlyCell.h"
#include "zrm/ZrmChartData.h"
#include "zrm/ZrmInstrument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

ZrmVergelijkingView::ZrmVergelijkingView(QWidget* parent)
    : QWidget(parent)
    , m_eerder(new QComboBox)
    , m_later(new QComboBox)
    , m_note(new QLabel)
    , m_table(new QTableWidget(0, ColumnCount))
{
    m_eerder->setObjectName(QStringLiteral("zrmEerder"));
    m_later->setObjectName(QStringLiteral("zrmLater"));
    m_table->setObjectName(QStringLiteral("zrmVergelijking"));
    m_table->setHorizontalHeaderLabels({tr("Leefgebied"), tr("Earlier"), tr("Later"), tr("Change")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_note->setWordWrap(true);

    auto* earlierLabel = new QLabel(tr("Ear&lier"));
    earlierLabel->setBuddy(m_eerder);
    auto* laterLabel = new QLabel(tr("Later"));
    laterLabel->setBuddy(m_later);
    auto* choose = new QHBoxLayout;
    choose->addWidget(earlierLabel);
    choose->addWidget(m_eerder);
    choose->addSpacing(12);
    choose->addWidget(laterLabel);
    choose->addWidget(m_later);
    choose->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);

    // setMetingen() blocks these signals, so they come from the consulent's own choice.
    for (QComboBox* combo : {m_eerder, m_later}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_chosen = true;
            compare();
        });
    }
}

void ZrmVergelijkingView::setMetingen(const std::vector<core::ZrmMeting>& metingen)
{
    const QString eerderId = m_eerder->currentData().toString();
    const QString laterId = m_later->currentData().toString();
    m_metingen = metingen;
    {
        const QSignalBlocker blockEerder(m_eerder);
        const QSignalBlocker blockLater(m_later);
        m_eerder->clear();
        m_later->clear();
        for (const core::ZrmMeting& m : m_metingen) {
            m_eerder->addItem(ZrmChartData::metingLabel(m), m.meta.id);
            m_later->addItem(ZrmChartData::metingLabel(m), m.meta.id);
        }
        const int count = static_cast<int>(m_metingen.size());
        const int eerder = m_eerder->findData(eerderId);
        const int later = m_later->findData(laterId);
        const bool keep = m_chosen && eerder >= 0 && later >= 0 && eerder != later;
        m_chosen = keep;
        m_eerder->setCurrentIndex(keep ? eerder : std::max(0, count - 2));
        m_later->setCurrentIndex(keep ? later : count - 1);
    }
    compare();
}

const core::ZrmMeting* ZrmVergelijkingView::chosen(const QComboBox* combo) const
{
    const int index = combo->currentIndex();
    return index >= 0 && index < static_cast<int>(m_metingen.size()) ? &m_metingen[static_cast<size_t>(index)]
                                                                     : nullptr;
}

void ZrmVergelijkingView::compare()
{
    m_table->setRowCount(0);
    const core::ZrmMeting* eerder = chosen(m_eerder);
    const core::ZrmMeting* later = chosen(m_later);
    if (m_metingen.size() < 2) {
        m_note->setText(m_metingen.empty() ? tr("There are no metingen yet.")
                                           : tr("Compare appears once there is a second meting."));
        return;
    }
    if (!eerder || !later)
        return;
    const bool mapped =
        eerder->instrument != core::ZrmInstrument::kZrm2017 || later->instrument != core::ZrmInstrument::kZrm2017;
    m_note->setText(eerder == later ? tr("Choose two different metingen.")
                    : mapped        ? tr("Per leefgebied of ZRM 2017; ZRM 2013 scores are carried over.")
                                    : QString());
    const auto nuIn2017 = ZrmChartData::in2017(*later);
    const auto toenIn2017 = ZrmChartData::in2017(*eerder);
    const auto text = [](const std::map<QString, core::ZrmScore>& outcomes, const QString& key) {
        const auto it = outcomes.find(key);
        return it == outcomes.end() ? QStringLiteral("–") : ZrmChartData::scoreText(it->second);
    };
    const core::ZrmInstrument* zrm2017 = core::ZrmInstrument::find(core::ZrmInstrument::kZrm2017);
    for (const core::ZrmVergelijking& v : core::ZrmService::vergelijk(*eerder, *later)) {
        const core::Leefgebied* lg = zrm2017->leefgebied(v.leefgebied);
        QString richting;
        QColor colour;
        switch (v.richting) {
        case core::ZrmRichting::Beter:
            richting = tr("▲ better");
            colour = QColor(0xc8, 0xe8, 0xc0);
            break;
        case core::ZrmRichting::Gelijk:
            richting = tr("= same");
            break;
        case core::ZrmRichting::Slechter:
            richting = tr("▼ worse");
            colour = QColor(0xf4, 0xc4, 0xbe);
            break;
        case core::ZrmRichting::Onbekend:
            richting = tr("not comparable");
            break;
        }
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, LeefgebiedColumn, readOnlyCell(lg ? lg->naam : v.leefgebied));
        m_table->setItem(row, EerderColumn, readOnlyCell(text(toenIn2017, v.leefgebied)));
        m_table->setItem(row, LaterColumn, readOnlyCell(text(nuIn2017, v.leefgebied)));
        m_table->setItem(row, RichtingColumn, readOnlyCell(richting));
        for (const int column : {EerderColumn, LaterColumn})
            m_table->item(row, column)->setTextAlignment(Qt::AlignCenter);
        if (colour.isValid()) {
            for (int column = 0; column < ColumnCount; ++column)
                m_table->item(row, column)->setBackground(colour);
        }
    }
}

} // namespace ui
