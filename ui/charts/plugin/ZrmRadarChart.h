// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "charts/ZrmCharts.h"

#include <QPolarChart>

#include <vector>

class QCategoryAxis;
class QGraphicsTextItem;

namespace ui {

class ZrmChartLegend;

/// The ZRM radar: one spoke per leefgebied, a ring per level (1 near the centre, 5 at the rim),
/// and the latest scores (solid), the previous ones (dashed) and the doelscores (dotted). A
/// missing score leaves a gap, and a leefgebied without a latest score says "niet beoordeeld":
/// drawn as 0 it would look like acute problematiek. Text and lines grow with the chart, so a
/// print at 1600 pixels looks like the screen at 800.
///
/// The leefgebied names are laid out here rather than by the angular axis: the axis centres each
/// name on its spoke and hides names that touch, which on a small view drops leefgebieden. Here
/// names on the right start at their spoke, names on the left end at it, and the radar shrinks
/// until every name fits.
class ZrmRadarChart : public QPolarChart {
    Q_OBJECT
public:
    explicit ZrmRadarChart(QGraphicsItem* parent = nullptr);

    void setData(const ZrmRadarData& data);

protected:
    void resizeEvent(QGraphicsSceneResizeEvent* event) override;

private:
    void rebuildAxes();
    void rebuildSeries();
    struct Fit {
        QPointF centre;
        qreal radius;
        qreal gap; ///< between the rim and the names
        bool overlaps;
    };

    /// Sizes text, lines and legend for the current size and lays everything out.
    void relayout();
    /// Sets the text at `textScale` and finds the largest radar whose names fit around it.
    Fit fitText(qreal textScale);
    /// Where the name of spoke `i` goes when it is `reach` from `centre`.
    QRectF labelRect(size_t i, const QPointF& centre, qreal reach) const;

    ZrmRadarData m_data;
    QCategoryAxis* m_angular = nullptr;
    QCategoryAxis* m_radial = nullptr;
    QGraphicsTextItem* m_title = nullptr;
    std::vector<QGraphicsTextItem*> m_labels;
    ZrmChartLegend* m_legend = nullptr;
    qreal m_seriesScale = 0; ///< the scale the series were last styled for
};

} // namespace ui
