// SPDX-License-Identifier: EUPL-1.2
#include "NetwerkkaartMarker.h"

#include <QPainter>
#include <QPainterPath>

namespace ui {

namespace {

QPainterPath heartPath(const QPointF& c, double s)
{
    QPainterPath path;
    path.moveTo(c.x(), c.y() + 0.42 * s);
    path.cubicTo(c.x() - 0.62 * s, c.y() + 0.02 * s, c.x() - 0.42 * s, c.y() - 0.52 * s, c.x(), c.y() - 0.2 * s);
    path.cubicTo(c.x() + 0.42 * s, c.y() - 0.52 * s, c.x() + 0.62 * s, c.y() + 0.02 * s, c.x(), c.y() + 0.42 * s);
    return path;
}

} // namespace

NetwerkkaartMarker NetwerkkaartMarker::voor(const core::NetwerkPersoon& persoon)
{
    if (!persoon.mantelzorg)
        return NetwerkkaartMarker(core::isProfessional(persoon.relatie) ? Kind::Professional : Kind::Persoon);
    const auto belasting = persoon.mantelzorg->belasting();
    if (!belasting)
        return NetwerkkaartMarker(Kind::MantelzorgerOnbekend);
    switch (*belasting) {
    case core::Belasting::Geen:
    case core::Belasting::Licht:
        return NetwerkkaartMarker(Kind::MantelzorgerLicht);
    case core::Belasting::Matig:
        return NetwerkkaartMarker(Kind::MantelzorgerMatig);
    case core::Belasting::Zwaar:
        return NetwerkkaartMarker(Kind::MantelzorgerZwaar);
    }
    return NetwerkkaartMarker(Kind::MantelzorgerOnbekend);
}

bool NetwerkkaartMarker::isMantelzorger() const
{
    return m_kind != Kind::Persoon && m_kind != Kind::Professional;
}

double NetwerkkaartMarker::radius(double k) const
{
    return (isMantelzorger() ? 11.0 : 6.5) * k;
}

double NetwerkkaartMarker::extent(double k) const
{
    return radius(k) + (m_kind == Kind::MantelzorgerZwaar ? 5.0 : 1.5) * k;
}

void NetwerkkaartMarker::draw(QPainter& painter, const QPointF& centre, double k) const
{
    const double r = radius(k);
    painter.save();
    if (!isMantelzorger()) {
        painter.setPen(QPen(Qt::white, 1.5 * k));
        if (m_kind == Kind::Professional) {
            painter.setBrush(QColor(0x607d8b));
            painter.drawRoundedRect(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), 1.5 * k, 1.5 * k);
        } else {
            painter.setBrush(QColor(0x37474f));
            painter.drawEllipse(centre, r, r);
        }
        painter.restore();
        return;
    }
    QColor fill;
    QPen outline;
    switch (m_kind) {
    case Kind::MantelzorgerLicht:
        fill = QColor(0x2e7d32);
        outline = QPen(QColor(0x1b5e20), 1.5 * k);
        break;
    case Kind::MantelzorgerMatig:
        fill = QColor(0xef6c00);
        outline = QPen(QColor(0x6d3000), 2.5 * k, Qt::CustomDashLine, Qt::FlatCap);
        outline.setDashPattern({2.6, 1.4});
        break;
    case Kind::MantelzorgerZwaar:
        fill = QColor(0xc62828);
        outline = QPen(QColor(0x7f0000), 2.0 * k);
        break;
    default:
        fill = QColor(0xcfd4d8);
        outline = QPen(QColor(0x424242), 2.0 * k, Qt::DotLine, Qt::RoundCap);
        break;
    }
    // Light with a dark heart where every measured belasting is dark with a white one.
    const QColor heart = m_kind == Kind::MantelzorgerOnbekend ? QColor(0x5f6b73) : QColor(Qt::white);
    painter.setPen(outline);
    painter.setBrush(fill);
    painter.drawEllipse(centre, r, r);
    if (m_kind == Kind::MantelzorgerZwaar) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(0x7f0000), 2.0 * k));
        painter.drawEllipse(centre, r + 3.5 * k, r + 3.5 * k);
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(heart);
    painter.drawPath(heartPath(centre, r * 1.1));
    painter.restore();
}

} // namespace ui
