// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QRectF>

class QPainter;

namespace ui {

/// The legend of the netwerkkaart: the mantelzorger markers by belasting, the other markers and how
/// to read the rings. One column when narrow, the two groups side by side when wide.
class NetwerkkaartLegend {
    Q_DECLARE_TR_FUNCTIONS(ui::NetwerkkaartLegend)
public:
    /// `text` for entries, `heading` for group titles, `detail` for the EDIZ-plus ranges; `k` is the
    /// scale of the map (1 for 800 by 600 pixels).
    NetwerkkaartLegend(const QFont& text, const QFont& heading, const QFont& detail, double k);

    /// The height the legend needs at `width` on the device of `painter`.
    double height(QPainter& painter, double width) const;
    /// Draws the legend on a light panel filling `rect`.
    void draw(QPainter& painter, const QRectF& rect) const;

private:
    double layout(QPainter& painter, const QRectF& rect, bool paint) const;

    QFont m_text;
    QFont m_heading;
    QFont m_detail;
    double m_k;
};

} // namespace ui
