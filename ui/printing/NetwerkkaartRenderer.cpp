// SPDX-License-Identifier: EUPL-1.2
#include "NetwerkkaartRenderer.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ui {

namespace {

constexpr int kRingCount = 4;
constexpr double kPi = std::numbers::pi;

// Inner rings are wider: they have the least room around them, while the outer ring can spill its labels outward.
constexpr std::array<double, kRingCount> kRingShare = {0.3, 0.275, 0.2375, 0.1875};
constexpr std::array<QRgb, kRingCount> kBandFill = {0xdce7f2, 0xe6eef6, 0xf0f4f9, 0xf8fafc};
constexpr QRgb kText = 0x1f2933;
constexpr QRgb kMutedText = 0x52606d;
constexpr QRgb kRingLine = 0xbccad6;
constexpr QRgb kSectorLine = 0x9aa9b6;
constexpr QRgb kInwoner = 0x1f4e79;

QFont sized(const QFont& base, double pixels, bool bold = false)
{
    QFont font = base;
    font.setPixelSize(std::max(8, qRound(pixels)));
    font.setBold(bold);
    return font;
}

/// The name on one line, or on two when it is too wide; what still does not fit is elided.
QStringList naamRegels(const QString& naam, const QFontMetricsF& fm, double maxWidth)
{
    if (fm.horizontalAdvance(naam) <= maxWidth)
        return {naam};
    QString first;
    QString second;
    double best = -1;
    for (auto i = naam.indexOf(u' '); i > 0; i = naam.indexOf(u' ', i + 1)) {
        const QString a = naam.left(i);
        const QString b = naam.mid(i + 1);
        const double widest = std::max(fm.horizontalAdvance(a), fm.horizontalAdvance(b));
        if (best < 0 || widest < best) {
            best = widest;
            first = a;
            second = b;
        }
    }
    if (best < 0)
        return {fm.elidedText(naam, Qt::ElideRight, maxWidth)};
    return {fm.elidedText(first, Qt::ElideRight, maxWidth), fm.elidedText(second, Qt::ElideRight, maxWidth)};
}

QPointF nearestPoint(const QRectF& rect, const QPointF& point)
{
    return {std::clamp(point.x(), rect.left(), rect.right()), std::clamp(point.y(), rect.top(), rect.bottom())};
}

} // namespace

NetwerkkaartRenderer::NetwerkkaartRenderer(QPainter& painter, const QRectF& area, const QString& inwonerNaam,
                                           const std::vector<core::NetwerkPersoon>& netwerk)
    : m_painter(painter)
    , m_area(area)
    , m_inwonerNaam(inwonerNaam)
    , m_netwerk(netwerk)
{
    m_k = std::min(std::max(area.width(), area.height()) / 800.0, std::min(area.width(), area.height()) / 600.0);
    const QFont base = painter.font();
    m_titleFont = sized(base, 22 * m_k, true);
    m_subtitleFont = sized(base, 13 * m_k);
    m_sectorFont = sized(base, 14 * m_k, true);
    m_ringFont = sized(base, 10 * m_k);
    // A large netwerk gets slightly smaller names, so that more of them fit without overlap.
    const double crowd = netwerk.size() > 16 ? 0.9 : 1.0;
    m_naamFont = sized(base, 12 * m_k * crowd, true);
    m_relatieFont = sized(base, 10.5 * m_k * crowd);
    m_hintFont = sized(base, 15 * m_k);
    m_hintFont.setItalic(true);
    m_legendFont = sized(base, 11.5 * m_k);
    m_legendHeadingFont = sized(base, 12.5 * m_k, true);
    m_legendDetailFont = sized(base, 10.5 * m_k);

    // Busy sectors get more room, most of all for persons on the small inner rings; an empty sector
    // keeps enough to show its title.
    std::array<double, kSectorCount> demand = {2.0, 2.0, 2.0};
    for (const auto& p : netwerk)
        demand[static_cast<size_t>(sectorOf(p.relatie))] += 1.6 - 0.2 * std::clamp(p.nabijheid, 1, kRingCount);
    const double total = demand[0] + demand[1] + demand[2];
    double from = kPi / 2;
    for (size_t i = 0; i < kSectorCount; ++i) {
        const double to = from + 2 * kPi * demand[i] / total;
        m_spans[i] = {from, to};
        from = to;
    }

    layoutFrame();
    layoutPersonen();
}

NetwerkkaartRenderer::Sector NetwerkkaartRenderer::sectorOf(core::Relatie relatie)
{
    if (core::isProfessional(relatie))
        return Sector::Professionals;
    switch (relatie) {
    case core::Relatie::Partner:
    case core::Relatie::Kind:
    case core::Relatie::Ouder:
    case core::Relatie::Familie:
        return Sector::Familie;
    default:
        return Sector::VriendenEnBuren;
    }
}

QString NetwerkkaartRenderer::sectorTitle(Sector sector)
{
    switch (sector) {
    case Sector::Familie:
        return tr("Family");
    case Sector::VriendenEnBuren:
        return tr("Friends and neighbours");
    case Sector::Professionals:
        return tr("Professionals");
    }
    return {};
}

QString NetwerkkaartRenderer::ringLabel(int ring)
{
    switch (ring) {
    case 1:
        return tr("1 closest");
    case 2:
        return tr("2 close");
    case 3:
        return tr("3 further away");
    default:
        return tr("4 furthest away");
    }
}

NetwerkkaartLegend NetwerkkaartRenderer::legend() const
{
    return NetwerkkaartLegend(m_legendFont, m_legendHeadingFont, m_legendDetailFont, m_k);
}

void NetwerkkaartRenderer::layoutFrame()
{
    const double margin = 16 * m_k;
    const QRectF inner = m_area.adjusted(margin, margin, -margin, -margin);
    const double titleHeight = QFontMetricsF(m_titleFont, m_painter.device()).height() +
                               QFontMetricsF(m_subtitleFont, m_painter.device()).height() + 8 * m_k;
    QRectF map = inner.adjusted(0, titleHeight, 0, 0);
    if (m_area.width() >= 1.15 * m_area.height()) {
        const double width = std::min(235 * m_k, 0.32 * map.width());
        m_legendRect = QRectF(map.right() - width, map.top(), width, legend().height(m_painter, width));
        map.setRight(m_legendRect.left() - 12 * m_k);
    } else {
        const double height = legend().height(m_painter, map.width());
        m_legendRect = QRectF(map.left(), map.bottom() - height, map.width(), height);
        map.setBottom(m_legendRect.top() - 12 * m_k);
    }
    m_mapRect = map;
    m_centre = map.center();
    const double sectorTitleHeight = QFontMetricsF(m_sectorFont, m_painter.device()).height() + 10 * m_k;
    m_outer = std::max(40 * m_k, std::min(map.height() / 2 - sectorTitleHeight, map.width() / 2 - 30 * m_k));
    m_inner = 0.15 * m_outer;
}

void NetwerkkaartRenderer::layoutPersonen()
{
    for (const auto& p : m_netwerk) {
        Persoon persoon;
        persoon.data = &p;
        persoon.marker = NetwerkkaartMarker::voor(p);
        persoon.ring = std::clamp(p.nabijheid, 1, kRingCount);
        persoon.sector = sectorOf(p.relatie);
        m_personen.push_back(persoon);
    }
    std::stable_sort(m_personen.begin(), m_personen.end(), [](const Persoon& a, const Persoon& b) {
        if (a.ring != b.ring)
            return a.ring < b.ring;
        if (a.data->relatie != b.data->relatie)
            return a.data->relatie < b.data->relatie;
        return a.data->naam.localeAwareCompare(b.data->naam) < 0;
    });

    const double largest = NetwerkkaartMarker(NetwerkkaartMarker::Kind::MantelzorgerZwaar).extent(m_k);
    const double padding = largest + 5 * m_k;
    // The angle a person on `ring` keeps from a sector line; on the line straight up also from the ring labels.
    const auto clearance = [&](int ring, bool lineStraightUp) {
        const double radius = ringRadius(ring);
        const QRectF label = ringLabelRect(ring);
        if (!lineStraightUp || m_centre.y() - radius - label.bottom() > padding)
            return padding / radius;
        return (label.width() / 2 + padding) / radius;
    };
    for (size_t s = 0; s < kSectorCount; ++s) {
        const auto sector = static_cast<Sector>(s);
        const auto [from, to] = m_spans[s];
        // Each ring is spread evenly over the sector, and the rings interleave, so that every person in
        // the sector has an angle of their own and no two names line up along a radius.
        std::array<int, kRingCount> perRing{};
        for (const auto& persoon : m_personen)
            perRing[static_cast<size_t>(persoon.ring - 1)] += persoon.sector == sector ? 1 : 0;
        std::array<int, kRingCount> seen{};
        std::vector<std::pair<double, Persoon*>> order;
        for (auto& persoon : m_personen) {
            if (persoon.sector != sector)
                continue;
            const auto r = static_cast<size_t>(persoon.ring - 1);
            order.emplace_back((seen[r]++ + 0.5) / perRing[r] + 0.001 * persoon.ring, &persoon);
        }
        std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (size_t i = 0; i < order.size(); ++i)
            order[i].first = from + (to - from) * (static_cast<double>(i) + 0.5) / static_cast<double>(order.size());

        for (int ring = 1; ring <= kRingCount; ++ring) {
            std::vector<std::pair<double, Persoon*>*> onRing;
            for (auto& entry : order) {
                if (entry.second->ring == ring)
                    onRing.push_back(&entry);
            }
            if (onRing.empty())
                continue;
            const double radius = ringRadius(ring);
            const double lowest = from + clearance(ring, s == 0);
            const double highest = std::max(lowest, to - clearance(ring, s + 1 == kSectorCount));
            const double separation = (2 * largest + 4 * m_k) / radius;
            for (size_t j = 0; j < onRing.size(); ++j) {
                double& angle = onRing[j]->first;
                angle = std::clamp(angle, lowest, highest);
                if (j > 0)
                    angle = std::max(angle, onRing[j - 1]->first + separation);
            }
            for (size_t j = onRing.size(); j-- > 0;) {
                double& angle = onRing[j]->first;
                angle = std::min(angle, j + 1 < onRing.size() ? onRing[j + 1]->first - separation : highest);
            }
            // On a crowded ring, persons alternate between the inner and outer half of their ring.
            const double band = ringEdge(ring) - ringEdge(ring - 1);
            const bool crowded = (highest - lowest) * radius / static_cast<double>(onRing.size()) < 120 * m_k;
            for (size_t j = 0; j < onRing.size(); ++j) {
                const double shift = crowded ? (j % 2 == 0 ? -0.2 : 0.2) * band : 0.0;
                onRing[j]->second->at = pointAt(radius + shift, onRing[j]->first);
            }
        }
    }

    m_obstacles.emplace_back(m_centre.x() - m_inner, m_centre.y() - m_inner, 2 * m_inner, 2 * m_inner);
    for (int ring = 1; ring <= kRingCount; ++ring)
        m_obstacles.push_back(ringLabelRect(ring));
    for (size_t s = 0; s < kSectorCount; ++s)
        m_obstacles.push_back(sectorTitleRect(static_cast<Sector>(s)));
    for (const auto& persoon : m_personen) {
        const double e = persoon.marker.extent(m_k) + 8 * m_k;
        m_markers.emplace_back(persoon.at.x() - e, persoon.at.y() - e, 2 * e, 2 * e);
    }
    for (auto& persoon : m_personen)
        placeLabel(persoon);
}

void NetwerkkaartRenderer::placeLabel(Persoon& persoon)
{
    const core::NetwerkPersoon& p = *persoon.data;
    QString relatie = core::label(p.relatie);
    if (p.mantelzorg && p.mantelzorg->belastingEdiz)
        relatie = tr("%1 · EDIZ %2").arg(relatie, QString::number(*p.mantelzorg->belastingEdiz));
    const QFontMetricsF naamFm(m_naamFont, m_painter.device());
    const QFontMetricsF relatieFm(m_relatieFont, m_painter.device());
    const double near = persoon.marker.extent(m_k) + 3 * m_k;
    const double x = persoon.at.x();
    const double y = persoon.at.y();
    // Outward first: towards the edge of the map there is more room than towards the centre.
    const double out = x < m_centre.x() ? -1 : 1;

    // A crowded spot first tries every side, then shorter names, then a label further away with a line.
    struct Attempt {
        double maxWidth;
        double distance;
    };
    const double far = 2.2 * naamFm.height() + near;
    const double further = 4 * naamFm.height() + near;
    double best = -1;
    for (const auto& attempt :
         {Attempt{170 * m_k, near}, Attempt{120 * m_k, near}, Attempt{120 * m_k, far}, Attempt{85 * m_k, near},
          Attempt{120 * m_k, further}, Attempt{85 * m_k, far}, Attempt{85 * m_k, further}}) {
        const QStringList naam = naamRegels(p.naam.simplified(), naamFm, attempt.maxWidth);
        const QString rel = relatieFm.elidedText(relatie, Qt::ElideRight, attempt.maxWidth);
        double w = relatieFm.horizontalAdvance(rel);
        for (const auto& regel : naam)
            w = std::max(w, naamFm.horizontalAdvance(regel));
        w += 6 * m_k;
        const double h = static_cast<double>(naam.size()) * naamFm.height() + relatieFm.height() + 2 * m_k;
        const double e = attempt.distance;
        const double side = out > 0 ? x + e : x - e - w;
        const double inward = out > 0 ? x - e - w : x + e;
        const double diagonal = out > 0 ? x + 0.8 * e : x - 0.8 * e - w;
        const std::array<QRectF, 8> candidates = {
            QRectF(x - w / 2, y + e, w, h),          QRectF(x - w / 2, y - e - h, w, h),
            QRectF(side, y - h / 2, w, h),           QRectF(diagonal, y + 0.8 * e, w, h),
            QRectF(diagonal, y - 0.8 * e - h, w, h), QRectF(inward, y - h / 2, w, h),
            QRectF(side, y - h + 0.3 * e, w, h),     QRectF(side, y - 0.3 * e, w, h),
        };
        for (const auto& candidate : candidates) {
            double score = penalty(candidate, persoon);
            if (e > near)
                score += leaderCrossings(persoon, candidate) * 400 * m_k * m_k;
            if (best < 0 || score < best) {
                best = score;
                persoon.label = candidate;
                persoon.naam = naam;
                persoon.relatie = rel;
                persoon.leader = e > near;
            }
            if (score <= 0)
                break;
        }
        if (best <= 0)
            break;
    }
    m_obstacles.push_back(persoon.label);
}

/// How bad a place `label` is for the label of `self`: 0 when nothing is in its way.
double NetwerkkaartRenderer::penalty(const QRectF& label, const Persoon& self) const
{
    // Text over text is worst; a label touching a marker is bad but still readable.
    double score = 0;
    for (const auto& obstacle : m_obstacles) {
        const QRectF common = label.intersected(obstacle);
        score += 10 * common.width() * common.height();
    }
    // A label that lies nearer to someone else's marker than to its own is read as theirs.
    const double own = QLineF(self.at, nearestPoint(label, self.at)).length();
    for (size_t i = 0; i < m_markers.size(); ++i) {
        const QPointF other = m_personen[i].at;
        if (&m_personen[i] == &self)
            continue;
        const QRectF common = label.intersected(m_markers[i]);
        score += 3 * common.width() * common.height();
        if (QLineF(other, nearestPoint(label, other)).length() < own + 6 * m_k)
            score += 300 * m_k * m_k;
    }
    const QRectF inside = label.intersected(m_mapRect);
    score += 4 * (label.width() * label.height() - inside.width() * inside.height());
    return score;
}

/// How many other markers and labels a line from `persoon` to `label` would run through.
int NetwerkkaartRenderer::leaderCrossings(const Persoon& persoon, const QRectF& label) const
{
    const QPointF end = nearestPoint(label, persoon.at);
    int crossings = 0;
    for (const auto& other : m_personen) {
        if (&other == &persoon)
            continue;
        const double e = other.marker.extent(m_k) + 2 * m_k;
        const QRectF marker(other.at.x() - e, other.at.y() - e, 2 * e, 2 * e);
        for (int step = 1; step < 16; ++step) {
            const QPointF point = persoon.at + (end - persoon.at) * (step / 16.0);
            if (marker.contains(point) || (!other.label.isNull() && other.label.contains(point))) {
                ++crossings;
                break;
            }
        }
    }
    return crossings;
}

double NetwerkkaartRenderer::ringEdge(int ring) const
{
    double share = 0;
    for (size_t i = 0; i < static_cast<size_t>(ring); ++i)
        share += kRingShare[i];
    return m_inner + share * (m_outer - m_inner);
}

QPointF NetwerkkaartRenderer::pointAt(double radius, double angle) const
{
    return m_centre + QPointF(radius * std::cos(angle), -radius * std::sin(angle));
}

QRectF NetwerkkaartRenderer::ringLabelRect(int ring) const
{
    const QFontMetricsF fm(m_ringFont, m_painter.device());
    const QSizeF size(fm.horizontalAdvance(ringLabel(ring)) + 8 * m_k, fm.height() + 2 * m_k);
    // Along the outer edge of the ring, out of the way of the persons in the middle of the ring.
    const QPointF at = pointAt(ringEdge(ring) - size.height() / 2 - 2 * m_k, kPi / 2);
    return QRectF(at.x() - size.width() / 2, at.y() - size.height() / 2, size.width(), size.height());
}

QRectF NetwerkkaartRenderer::sectorTitleRect(Sector sector) const
{
    const auto [from, to] = m_spans[static_cast<size_t>(sector)];
    const double angle = (from + to) / 2;
    const QFontMetricsF fm(m_sectorFont, m_painter.device());
    const QSizeF size(fm.horizontalAdvance(sectorTitle(sector)), fm.height());
    const QPointF at = pointAt(m_outer + 8 * m_k, angle);
    const double c = std::cos(angle);
    const double s = std::sin(angle);
    // Anchor the title at the side facing the circle so it never covers the rings.
    const double x = at.x() - size.width() / 2 * (1 - std::clamp(2 * c, -1.0, 1.0));
    const double y = at.y() - size.height() / 2 * (1 + std::clamp(2 * s, -1.0, 1.0));
    const QRectF bounds = m_mapRect.adjusted(0, 0, -size.width(), -size.height());
    QRectF rect(QPointF(std::clamp(x, bounds.left(), std::max(bounds.left(), bounds.right())),
                        std::clamp(y, bounds.top(), std::max(bounds.top(), bounds.bottom()))),
                size);
    // Pushed back into the map, a wide title may cover the rings: move it up or down until clear.
    const double step = s >= 0 ? -2 * m_k : 2 * m_k;
    while (touchesCircle(rect) && rect.top() + step >= bounds.top() && rect.top() + step <= bounds.bottom())
        rect.translate(0, step);
    return rect;
}

bool NetwerkkaartRenderer::touchesCircle(const QRectF& rect) const
{
    return QLineF(nearestPoint(rect, m_centre), m_centre).length() < m_outer + 4 * m_k;
}

void NetwerkkaartRenderer::draw()
{
    drawTitle();
    drawRings();
    drawCentre();
    // Lines first and labels last, so that no marker or line ever covers a name.
    m_painter.setPen(QPen(QColor(kMutedText), 1 * m_k));
    for (const auto& persoon : m_personen) {
        if (persoon.leader)
            m_painter.drawLine(persoon.at, nearestPoint(persoon.label, persoon.at));
    }
    for (const auto& persoon : m_personen)
        persoon.marker.draw(m_painter, persoon.at, m_k);
    for (const auto& persoon : m_personen)
        drawLabel(persoon);
    legend().draw(m_painter, m_legendRect);
}

void NetwerkkaartRenderer::drawPlate(const QRectF& rect, const QColor& colour)
{
    m_painter.save();
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(colour);
    m_painter.drawRoundedRect(rect, 3 * m_k, 3 * m_k);
    m_painter.restore();
}

void NetwerkkaartRenderer::drawTitle()
{
    const double margin = 16 * m_k;
    const QRectF rect = m_area.adjusted(margin, margin, -margin, -margin);
    const QFontMetricsF titleFm(m_titleFont, m_painter.device());
    const QString title = m_inwonerNaam.isEmpty() ? tr("Netwerkkaart") : tr("Netwerkkaart of %1").arg(m_inwonerNaam);
    m_painter.setPen(QColor(kText));
    m_painter.setFont(m_titleFont);
    m_painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleFm.height()), Qt::AlignLeft | Qt::AlignTop,
                       titleFm.elidedText(title, Qt::ElideRight, rect.width()));

    const auto count = static_cast<int>(m_personen.size());
    if (count == 0)
        return;
    const auto mantelzorgers = static_cast<int>(
        std::count_if(m_personen.begin(), m_personen.end(), [](const Persoon& p) { return p.data->isMantelzorger(); }));
    QString subtitle = tr("%n person(s) in the netwerk", nullptr, count);
    if (mantelzorgers > 0)
        subtitle = tr("%1, of whom %2").arg(subtitle, tr("%n mantelzorger(s)", nullptr, mantelzorgers));
    m_painter.setPen(QColor(kMutedText));
    m_painter.setFont(m_subtitleFont);
    m_painter.drawText(QRectF(rect.left(), rect.top() + titleFm.height(), rect.width(), titleFm.height()),
                       Qt::AlignLeft | Qt::AlignTop, subtitle);
}

void NetwerkkaartRenderer::drawRings()
{
    for (int ring = kRingCount; ring >= 1; --ring) {
        const double r = ringEdge(ring);
        m_painter.setPen(QPen(QColor(kRingLine), 1.2 * m_k));
        m_painter.setBrush(QColor(kBandFill[static_cast<size_t>(ring - 1)]));
        m_painter.drawEllipse(m_centre, r, r);
    }
    m_painter.setPen(QPen(QColor(kSectorLine), 1.2 * m_k, Qt::DashLine));
    for (const auto& [from, to] : m_spans)
        m_painter.drawLine(pointAt(m_inner, from), pointAt(m_outer + 6 * m_k, from));

    m_painter.setFont(m_sectorFont);
    m_painter.setPen(QColor(kMutedText));
    for (size_t s = 0; s < kSectorCount; ++s) {
        const auto sector = static_cast<Sector>(s);
        m_painter.drawText(sectorTitleRect(sector), Qt::AlignCenter, sectorTitle(sector));
    }

    m_painter.setFont(m_ringFont);
    for (int ring = 1; ring <= kRingCount; ++ring) {
        const QRectF rect = ringLabelRect(ring);
        drawPlate(rect, QColor(kBandFill[static_cast<size_t>(ring - 1)]));
        m_painter.setPen(QColor(kMutedText));
        m_painter.drawText(rect, Qt::AlignCenter, ringLabel(ring));
    }
}

void NetwerkkaartRenderer::drawCentre()
{
    m_painter.setPen(QPen(Qt::white, 2 * m_k));
    m_painter.setBrush(QColor(kInwoner));
    m_painter.drawEllipse(m_centre, m_inner, m_inner);

    // The inwoner's name shrinks until it fits inside the disc.
    const double side = m_inner * 1.5;
    const QRectF box(m_centre.x() - side / 2, m_centre.y() - side / 2, side, side);
    const int flags = Qt::AlignCenter | Qt::TextWordWrap;
    QFont font = m_naamFont;
    QString naam = m_inwonerNaam;
    bool fits = false;
    for (int px = qRound(14 * m_k); px >= 7 && !fits; --px) {
        font.setPixelSize(px);
        const QRectF needed = QFontMetricsF(font, m_painter.device()).boundingRect(box, flags, naam);
        fits = needed.width() <= side && needed.height() <= side;
    }
    if (!fits)
        naam = QFontMetricsF(font, m_painter.device()).elidedText(naam, Qt::ElideRight, side);
    m_painter.setFont(font);
    m_painter.setPen(Qt::white);
    m_painter.drawText(box, flags, naam);

    if (m_personen.empty()) {
        const QString hint = tr("No netwerk recorded yet");
        const QFontMetricsF fm(m_hintFont, m_painter.device());
        const QSizeF size(fm.horizontalAdvance(hint) + 16 * m_k, fm.height() + 8 * m_k);
        const QPointF at(m_centre.x(), m_centre.y() + ringRadius(1));
        const QRectF rect(at.x() - size.width() / 2, at.y() - size.height() / 2, size.width(), size.height());
        drawPlate(rect, Qt::white);
        m_painter.setFont(m_hintFont);
        m_painter.setPen(QColor(kMutedText));
        m_painter.drawText(rect, Qt::AlignCenter, hint);
    }
}

void NetwerkkaartRenderer::drawLabel(const Persoon& persoon)
{
    // An almost opaque plate, so that the ring lines behind the name do not hurt reading.
    drawPlate(persoon.label, QColor(255, 255, 255, 225));
    const QRectF text = persoon.label.adjusted(3 * m_k, 1 * m_k, -3 * m_k, -1 * m_k);
    const double naamHeight = QFontMetricsF(m_naamFont, m_painter.device()).height();
    m_painter.setPen(QColor(kText));
    m_painter.setFont(m_naamFont);
    double y = text.top();
    for (const auto& regel : persoon.naam) {
        m_painter.drawText(QRectF(text.left(), y, text.width(), naamHeight), Qt::AlignHCenter | Qt::AlignTop, regel);
        y += naamHeight;
    }
    m_painter.setPen(QColor(kMutedText));
    m_painter.setFont(m_relatieFont);
    m_painter.drawText(QRectF(text.left(), y, text.width(), text.bottom() - y), Qt::AlignHCenter | Qt::AlignTop,
                       persoon.relatie);
}

} // namespace ui
