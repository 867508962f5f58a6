// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "charts/ZrmCharts.h"

#include <QChart>

class QDateTimeAxis;
class QGraphicsSimpleTextItem;
class QValueAxis;

namespace ui {

/// One leefgebied over time, as steps: a score holds until the next meting changes it (an ordinal
/// level has nothing in between, so the line is never smoothed or sloped). A meting that did not
/// assess the leefgebied ends the step and leaves a gap; the doelscore is a dotted line.
class ZrmTrendChart : public QChart {
    Q_OBJECT
public:
    explicit ZrmTrendChart(QGraphicsItem* parent = nullptr);

    /// Shows `data` on a date axis from `from` to `to`, shared by all leefgebieden so that the
    /// small multiples line up.
    void setData(const ZrmTrendData& data, const QDate& from, const QDate& to);
    /// Text, lines and markers at `scale` times their size in a chart of about 300 pixels.
    void setScale(qreal scale);

private:
    void restyle();
    /// Keeps "niet beoordeeld" in the middle of an empty chart.
    void placeNote();

    QDateTimeAxis* m_dates = nullptr;
    QValueAxis* m_levels = nullptr;
    QGraphicsSimpleTextItem* m_nietBeoordeeld = nullptr;
    qreal m_scale = 1;
};

} // namespace ui
