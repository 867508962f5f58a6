// SPDX-License-Identifier: EUPL-1.2
#include "NetwerkkaartLegend.h"

#include "NetwerkkaartMarker.h"
#include "model/Enums.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <optional>
#include <vector>

namespace ui {

namespace {

constexpr QRgb kText = 0x1f2933;
constexpr QRgb kMutedText = 0x52606d;
constexpr QRgb kPanel = 0xf5f7fa;

} // namespace

NetwerkkaartLegend::NetwerkkaartLegend(const QFont& text, const QFont& heading, const QFont& detail, double k)
    : m_text(text)
    , m_heading(heading)
    , m_detail(detail)
    , m_k(k)
{
}

double NetwerkkaartLegend::height(QPainter& painter, double width) const
{
    return layout(painter, QRectF(0, 0, width, 0), false);
}

void NetwerkkaartLegend::draw(QPainter& painter, const QRectF& rect) const
{
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(kPanel));
    painter.drawRoundedRect(rect, 3 * m_k, 3 * m_k);
    layout(painter, rect, true);
    painter.restore();
}

double NetwerkkaartLegend::layout(QPainter& painter, const QRectF& rect, bool paint) const
{
    using Kind = NetwerkkaartMarker::Kind;
    struct Entry {
        std::optional<Kind> marker; ///< empty for a group title
        QString text;
        QString detail;
    };
    const std::vector<Entry> entries = {
        {std::nullopt, tr("Mantelzorgers"), {}},
        {Kind::MantelzorgerLicht, tr("not or lightly burdened"), tr("EDIZ-plus 0–3")},
        {Kind::MantelzorgerMatig, core::label(core::Belasting::Matig), tr("EDIZ-plus 4–8")},
        {Kind::MantelzorgerZwaar, core::label(core::Belasting::Zwaar), tr("EDIZ-plus 9–15")},
        {Kind::MantelzorgerOnbekend, tr("burden not measured"), {}},
        {std::nullopt, tr("Others in the netwerk"), {}},
        {Kind::Persoon, tr("family, friend, neighbour or volunteer"), {}},
        {Kind::Professional, tr("professional"), {}},
    };
    const auto secondGroup = static_cast<size_t>(
        std::find_if(entries.begin() + 1, entries.end(), [](const Entry& e) { return !e.marker; }) - entries.begin());
    const double pad = 12 * m_k;
    const double markerColumn = 34 * m_k;
    const bool twoColumns = rect.width() >= 520 * m_k;
    const double columnWidth = twoColumns ? rect.width() / 2 : rect.width();
    const double textWidth = std::max(20 * m_k, columnWidth - 2 * pad - markerColumn);
    const QFontMetricsF fm(m_text, painter.device());
    const QFontMetricsF detailFm(m_detail, painter.device());
    const QFontMetricsF headingFm(m_heading, painter.device());
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

    double x = rect.left();
    double y = rect.top() + pad;
    double bottom = y;
    for (size_t i = 0; i < entries.size(); ++i) {
        const Entry& entry = entries[i];
        if (twoColumns && i == secondGroup) {
            bottom = y;
            x += columnWidth;
            y = rect.top() + pad;
        }
        if (!entry.marker) {
            if (y > rect.top() + pad)
                y += 10 * m_k;
            if (paint) {
                painter.setFont(m_heading);
                painter.setPen(QColor(kText));
                painter.drawText(QRectF(x + pad, y, columnWidth - 2 * pad, headingFm.height()),
                                 Qt::AlignLeft | Qt::AlignVCenter, entry.text);
            }
            y += headingFm.height() + 6 * m_k;
            continue;
        }
        const NetwerkkaartMarker marker(*entry.marker);
        const double textHeight = fm.boundingRect(QRectF(0, 0, textWidth, 1000 * m_k), flags, entry.text).height();
        const double detailHeight = entry.detail.isEmpty() ? 0.0 : detailFm.height();
        const double rowHeight = std::max(textHeight + detailHeight, 2 * marker.extent(m_k)) + 6 * m_k;
        if (paint) {
            marker.draw(painter, QPointF(x + pad + markerColumn / 2 - 2 * m_k, y + rowHeight / 2 - 3 * m_k), m_k);
            const double textLeft = x + pad + markerColumn;
            const double top = y + (rowHeight - 6 * m_k - textHeight - detailHeight) / 2;
            painter.setFont(m_text);
            painter.setPen(QColor(kText));
            painter.drawText(QRectF(textLeft, top, textWidth, textHeight), flags, entry.text);
            painter.setFont(m_detail);
            painter.setPen(QColor(kMutedText));
            painter.drawText(QRectF(textLeft, top + textHeight, textWidth, detailHeight), flags, entry.detail);
        }
        y += rowHeight;
    }

    const QString note = tr("The closer to the middle, the closer the contact.");
    const QRectF noteRect(x + pad, y + 10 * m_k, columnWidth - 2 * pad, 1000 * m_k);
    const double noteHeight = fm.boundingRect(noteRect, flags, note).height();
    if (paint) {
        painter.setFont(m_text);
        painter.setPen(QColor(kMutedText));
        painter.drawText(noteRect, flags, note);
    }
    return std::max(bottom, y + 10 * m_k + noteHeight) + pad - rect.top();
}

} // namespace ui
