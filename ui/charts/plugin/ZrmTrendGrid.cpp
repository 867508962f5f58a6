// SPDX-License-Identifier: EUPL-1.2
#include "ZrmTrendGrid.h"

#include "ZrmChartLegend.h"
#include "ZrmChartStyle.h"
#include "ZrmTrendChart.h"

#include <QGraphicsLayout>

#include <algorithm>

namespace ui {

namespace {

constexpr qreal kCellWidth = 300;    ///< the width a chart reads best at, at scale 1
constexpr qreal kCellHeight = 230;   ///< its height in a scrolling view
constexpr qreal kLegendHeight = 110; ///< about, at scale 1
constexpr int kMaxColumns = 4;

} // namespace

ZrmTrendGrid::ZrmTrendGrid(QGraphicsItem* parent)
    : QGraphicsWidget(parent)
    , m_legend(new ZrmChartLegend(this))
{
    m_legend->setEntries({ZrmChartStyle::legendEntry(ZrmChartStyle::Reeks::Laatste, tr("Score per meting")),
                          ZrmChartStyle::legendEntry(ZrmChartStyle::Reeks::Doel, tr("Doelscore"))});
    m_legend->setNote(tr("A score holds until the next meting; a gap means niet beoordeeld.") + QLatin1Char('\n') +
                      ZrmChartStyle::levelNote());
}

void ZrmTrendGrid::setData(const std::vector<ZrmTrendData>& data)
{
    QDate from, to;
    for (const ZrmTrendData& leefgebied : data) {
        for (const auto& punt : leefgebied.punten) {
            if (!punt.first.isValid())
                continue;
            if (!from.isValid() || punt.first < from)
                from = punt.first;
            if (!to.isValid() || punt.first > to)
                to = punt.first;
        }
    }

    while (m_charts.size() > data.size()) {
        delete m_charts.back();
        m_charts.pop_back();
    }
    while (m_charts.size() < data.size())
        m_charts.push_back(new ZrmTrendChart(this));
    for (size_t i = 0; i < data.size(); ++i)
        m_charts[i]->setData(data[i], from, to);
}

int ZrmTrendGrid::columnsFor(qreal width) const
{
    const int fit = qRound(width / kCellWidth);
    return std::clamp(fit, 1, std::clamp(static_cast<int>(m_charts.size()), 1, kMaxColumns));
}

QSizeF ZrmTrendGrid::arrange(const QSizeF& size)
{
    const qreal width = std::max<qreal>(1, size.width());
    const int columns = columnsFor(width);
    const int rows = std::max(
        1, static_cast<int>((m_charts.size() + static_cast<size_t>(columns) - 1) / static_cast<size_t>(columns)));
    const qreal cellWidth = width / columns;
    // An image grows its text with its size (a print at twice the pixels looks the same); a view
    // keeps text at screen size and shows more of it.
    const bool view = size.height() <= 0;
    qreal scale = cellWidth / kCellWidth;
    if (!view) // nor taller than the image
        scale = std::min(scale, size.height() / (rows * kCellHeight + kLegendHeight));
    scale = std::clamp(scale, view ? 0.9 : 0.6, view ? 1.2 : 4.0);
    const qreal margin = 10 * scale;
    const qreal legendHeight = m_legend->layout(width - 2 * margin, scale);

    qreal cellHeight = kCellHeight * scale;
    qreal height = size.height();
    if (height > 0)
        cellHeight = std::max<qreal>(1, (height - legendHeight - 2 * margin) / rows);
    else
        height = rows * cellHeight + legendHeight + 2 * margin;

    for (size_t i = 0; i < m_charts.size(); ++i) {
        const int row = static_cast<int>(i) / columns;
        const int column = static_cast<int>(i) % columns;
        ZrmTrendChart* chart = m_charts[i];
        chart->setScale(scale);
        const QRectF cell(column * cellWidth, row * cellHeight, cellWidth, cellHeight);
        chart->setGeometry(cell.adjusted(margin, margin, -margin, -margin / 2));
        chart->layout()->activate();
    }
    m_legend->setPos(margin, height - margin - legendHeight);
    const QSizeF used(width, height);
    resize(used);
    return used;
}

} // namespace ui
