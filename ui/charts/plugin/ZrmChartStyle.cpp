// SPDX-License-Identifier: EUPL-1.2
#include "ZrmChartStyle.h"

#include <QCoreApplication>
#include <QLineSeries>
#include <QScatterSeries>

#include <algorithm>

namespace ui {

namespace {

struct Style {
    QColor colour;
    qreal lineWidth;
    QList<qreal> dashes; ///< empty: solid
    QScatterSeries::MarkerShape marker;
    bool filled;
    qreal markerSize;
};

Style styleOf(ZrmChartStyle::Reeks reeks)
{
    switch (reeks) {
    case ZrmChartStyle::Reeks::Laatste:
        return {QColor(0x1f4e79), 3.5, {}, QScatterSeries::MarkerShapeCircle, true, 13};
    case ZrmChartStyle::Reeks::Vorige:
        return {QColor(0xb3541e), 2.2, {4, 2.5}, QScatterSeries::MarkerShapeRectangle, false, 10};
    case ZrmChartStyle::Reeks::Doel:
        return {QColor(0x2e7d32), 2.4, {0.01, 2.6}, QScatterSeries::MarkerShapeRotatedRectangle, true, 10};
    }
    return {};
}

QPen markerPen(const Style& style, qreal scale)
{
    return style.filled ? QPen(Qt::white, 1.5 * scale) : QPen(style.colour, 2 * scale);
}

QBrush markerBrush(const Style& style)
{
    return style.filled ? QBrush(style.colour) : QBrush(Qt::white);
}

} // namespace

QPen ZrmChartStyle::linePen(Reeks reeks, qreal scale)
{
    const Style style = styleOf(reeks);
    QPen pen(style.colour, style.lineWidth * scale);
    pen.setJoinStyle(Qt::RoundJoin);
    if (style.dashes.isEmpty()) {
        pen.setCapStyle(Qt::RoundCap);
    } else {
        // Round caps turn a pattern of (almost) zero-length dashes into round dots.
        pen.setCapStyle(style.dashes.front() < 1 ? Qt::RoundCap : Qt::FlatCap);
        pen.setDashPattern(style.dashes);
    }
    return pen;
}

void ZrmChartStyle::apply(QAbstractSeries* series, Reeks reeks, qreal scale)
{
    const Style style = styleOf(reeks);
    if (auto* markers = qobject_cast<QScatterSeries*>(series)) {
        markers->setMarkerShape(style.marker);
        markers->setMarkerSize(style.markerSize * scale);
        markers->setPen(markerPen(style, scale));
        markers->setBrush(markerBrush(style));
    } else if (auto* line = qobject_cast<QLineSeries*>(series)) {
        line->setPen(linePen(reeks, scale));
    }
}

ZrmChartLegend::Entry ZrmChartStyle::legendEntry(Reeks reeks, const QString& label)
{
    const Style style = styleOf(reeks);
    return {label, linePen(reeks, 1), style.marker, markerPen(style, 1), markerBrush(style), style.markerSize};
}

QFont ZrmChartStyle::font(qreal pixels, bool bold)
{
    QFont font;
    font.setPixelSize(std::max(1, qRound(pixels)));
    font.setBold(bold);
    return font;
}

QString ZrmChartStyle::levelNote()
{
    QStringList levels{QCoreApplication::translate("ui::ZrmChartStyle", "1 acute problematiek"),
                       QCoreApplication::translate("ui::ZrmChartStyle", "2 niet zelfredzaam"),
                       QCoreApplication::translate("ui::ZrmChartStyle", "3 beperkt zelfredzaam"),
                       QCoreApplication::translate("ui::ZrmChartStyle", "4 voldoende zelfredzaam"),
                       QCoreApplication::translate("ui::ZrmChartStyle", "5 volledig zelfredzaam")};
    for (QString& level : levels)
        level.replace(QLatin1Char(' '), QChar(QChar::Nbsp));
    return levels.join(QStringLiteral(" · "));
}

} // namespace ui
