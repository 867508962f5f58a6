// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "charts/ZrmCharts.h"

#include <QGraphicsWidget>

#include <vector>

namespace ui {

class ZrmChartLegend;
class ZrmTrendChart;

/// The trend of every leefgebied as small multiples: one step chart each, in rows of up to four,
/// all on the same date axis, with one legend underneath. The same item fills the trend view and
/// the rendered image.
class ZrmTrendGrid : public QGraphicsWidget {
    Q_OBJECT
public:
    explicit ZrmTrendGrid(QGraphicsItem* parent = nullptr);

    /// Makes one chart per leefgebied; arrange() then lays them out.
    void setData(const std::vector<ZrmTrendData>& data);
    /// Lays the charts out in `size`, with text that grows with the image; a height of 0 keeps
    /// text at screen size and gives each chart the height it reads best at (for a scrolling view).
    /// Returns the size used.
    QSizeF arrange(const QSizeF& size);

private:
    int columnsFor(qreal width) const;

    std::vector<ZrmTrendChart*> m_charts;
    ZrmChartLegend* m_legend = nullptr;
};

} // namespace ui
