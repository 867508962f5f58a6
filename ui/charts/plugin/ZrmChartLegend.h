// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QBrush>
#include <QFont>
#include <QGraphicsItem>
#include <QPen>
#include <QScatterSeries>
#include <QString>

#include <vector>

namespace ui {

/// A legend that shows each series as it is drawn, line style and marker both, long enough to
/// tell solid, dashed and dotted apart on a black-and-white print (the Qt Charts legend shows a
/// short stub). Entries flow into as many centred rows as the width needs; an optional note
/// (the meaning of the levels) follows in smaller type. Sizes are given for a scale of 1 (a chart
/// of 800 pixels) and grow with the scale.
class ZrmChartLegend : public QGraphicsItem {
public:
    struct Entry {
        QString label;
        QPen line;
        QScatterSeries::MarkerShape marker = QScatterSeries::MarkerShapeCircle;
        QPen markerPen = Qt::NoPen; ///< Qt::NoPen with no brush: no marker
        QBrush markerBrush;
        qreal markerSize = 0;
    };

    explicit ZrmChartLegend(QGraphicsItem* parent = nullptr);

    void setEntries(std::vector<Entry> entries);
    void setNote(const QString& note);
    /// Lays the legend out for `width` at `scale`; returns the height it then needs.
    qreal layout(qreal width, qreal scale);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    struct Placed {
        QRectF sample;
        QRectF text;
    };

    qreal sampleWidth() const;
    qreal entryWidth(const Entry& entry) const;

    std::vector<Entry> m_entries;
    std::vector<Placed> m_placed;
    QString m_note;
    QRectF m_noteRect;
    qreal m_scale = 1;
    QFont m_font;
    QFont m_noteFont;
    QRectF m_bounds;
};

} // namespace ui
