// SPDX-License-Identifier: EUPL-1.2
#include "ZrmChartLegend.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace ui {

namespace {

/// Draws a marker as the scatter series of the charts draw it, centred on `at`.
void drawMarker(QPainter& painter, QScatterSeries::MarkerShape shape, const QPointF& at, qreal size)
{
    const qreal h = size / 2;
    switch (shape) {
    case QScatterSeries::MarkerShapeRectangle:
        painter.drawRect(QRectF(at.x() - h, at.y() - h, size, size));
        break;
    case QScatterSeries::MarkerShapeRotatedRectangle:
        painter.drawPolygon(
            QPolygonF{{at.x(), at.y() - h}, {at.x() + h, at.y()}, {at.x(), at.y() + h}, {at.x() - h, at.y()}});
        break;
    case QScatterSeries::MarkerShapeTriangle:
        painter.drawPolygon(QPolygonF{{at.x(), at.y() - h}, {at.x() + h, at.y() + h}, {at.x() - h, at.y() + h}});
        break;
    default:
        painter.drawEllipse(at, h, h);
        break;
    }
}

} // namespace

ZrmChartLegend::ZrmChartLegend(QGraphicsItem* parent)
    : QGraphicsItem(parent)
{
}

void ZrmChartLegend::setEntries(std::vector<Entry> entries)
{
    m_entries = std::move(entries);
}

void ZrmChartLegend::setNote(const QString& note)
{
    m_note = note;
}

qreal ZrmChartLegend::sampleWidth() const
{
    return QFontMetricsF(m_font).height() * 3;
}

qreal ZrmChartLegend::entryWidth(const Entry& entry) const
{
    const QFontMetricsF metrics(m_font);
    return sampleWidth() + metrics.averageCharWidth() + metrics.horizontalAdvance(entry.label);
}

qreal ZrmChartLegend::layout(qreal width, qreal scale)
{
    prepareGeometryChange();
    m_scale = scale;
    m_font = QFont();
    m_font.setPixelSize(std::max(1, qRound(14 * scale)));
    m_noteFont = QFont();
    m_noteFont.setPixelSize(std::max(1, qRound(12 * scale)));
    m_placed.assign(m_entries.size(), {});

    const QFontMetricsF metrics(m_font);
    const qreal gap = metrics.height() * 1.5;
    const qreal rowHeight = metrics.height() * 1.4;
    qreal y = 0;
    size_t first = 0;
    while (first < m_entries.size()) {
        // As many entries as fit on this row, then centre the row.
        size_t last = first;
        qreal rowWidth = entryWidth(m_entries[first]);
        while (last + 1 < m_entries.size() && rowWidth + gap + entryWidth(m_entries[last + 1]) <= width) {
            ++last;
            rowWidth += gap + entryWidth(m_entries[last]);
        }
        qreal x = std::max<qreal>(0, (width - rowWidth) / 2);
        for (size_t i = first; i <= last; ++i) {
            const qreal textWidth = entryWidth(m_entries[i]) - sampleWidth() - metrics.averageCharWidth();
            m_placed[i].sample = QRectF(x, y, sampleWidth(), rowHeight);
            m_placed[i].text = QRectF(x + sampleWidth() + metrics.averageCharWidth(), y, textWidth, rowHeight);
            x += entryWidth(m_entries[i]) + gap;
        }
        y += rowHeight;
        first = last + 1;
    }

    m_noteRect = QRectF();
    if (!m_note.isEmpty()) {
        const QFontMetricsF noteMetrics(m_noteFont);
        const QRectF needed =
            noteMetrics.boundingRect(QRectF(0, 0, width, 10000), Qt::AlignHCenter | Qt::TextWordWrap, m_note);
        y += noteMetrics.height() * 0.3;
        m_noteRect = QRectF(0, y, width, needed.height());
        y += needed.height();
    }
    m_bounds = QRectF(0, 0, width, y);
    return y;
}

QRectF ZrmChartLegend::boundingRect() const
{
    return m_bounds;
}

void ZrmChartLegend::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (size_t i = 0; i < m_entries.size() && i < m_placed.size(); ++i) {
        const Entry& entry = m_entries[i];
        const Placed& placed = m_placed[i];
        const qreal y = placed.sample.center().y();
        QPen line = entry.line;
        line.setWidthF(line.widthF() * m_scale);
        painter->setPen(line);
        painter->drawLine(QPointF(placed.sample.left(), y), QPointF(placed.sample.right(), y));
        if (entry.markerPen.style() != Qt::NoPen || entry.markerBrush.style() != Qt::NoBrush) {
            QPen outline = entry.markerPen;
            outline.setWidthF(outline.widthF() * m_scale);
            painter->setPen(outline);
            painter->setBrush(entry.markerBrush);
            drawMarker(*painter, entry.marker, placed.sample.center(), entry.markerSize * m_scale);
        }
        painter->setPen(Qt::black);
        painter->setFont(m_font);
        painter->drawText(placed.text, Qt::AlignLeft | Qt::AlignVCenter, entry.label);
    }
    if (!m_note.isEmpty()) {
        painter->setPen(QColor(0x40, 0x40, 0x40));
        painter->setFont(m_noteFont);
        painter->drawText(m_noteRect, Qt::AlignHCenter | Qt::TextWordWrap, m_note);
    }
    painter->restore();
}

} // namespace ui
