// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ZrmChartLegend.h"

#include <QFont>
#include <QPen>
#include <QString>

class QAbstractSeries;

namespace ui {

/// How each kind of series looks in every ZRM chart, told apart by line style and marker as well
/// as colour so that a black-and-white print still reads: the latest scores solid and thick with
/// filled circles, the previous ones dashed with open squares, the doelscores dotted with
/// diamonds. Sizes are for a scale of 1.
class ZrmChartStyle {
public:
    enum class Reeks { Doel, Vorige, Laatste };

    static QPen linePen(Reeks reeks, qreal scale);
    /// Styles a QLineSeries or a QScatterSeries (its markers) as `reeks`.
    static void apply(QAbstractSeries* series, Reeks reeks, qreal scale);
    static ZrmChartLegend::Entry legendEntry(Reeks reeks, const QString& label);
    /// The application font at `pixels` (never below 1).
    static QFont font(qreal pixels, bool bold = false);
    /// What the levels 1 to 5 mean, on one line where it fits; wraps only between levels.
    static QString levelNote();
};

} // namespace ui
