// SPDX-License-Identifier: EUPL-1.2
#include "NetwerkkaartWidget.h"

#include <QFontMetricsF>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <optional>

namespace ui {

namespace {

constexpr int kRingCount = 4;
constexpr double kPi = std::numbers::pi;

enum class Sector { Familie, VriendenEnBuren, Professionals };
// Counter-clockwise from the line straight up: family upper left, professionals below, the others upper right.
constexpr std::array kSectors = {Sector::Familie, Sector::Professionals, Sector::VriendenEnBuren};

enum class Marker { Persoon, Professional, MantelzorgerLicht, MantelzorgerMatig, MantelzorgerZwaar, MantelzorgerOnbekend };

constexpr QRgb kText = 0x1f2933;
constexpr QRgb kMutedText = 0x52606d;
constexpr QRgb kRingLine = 0xbccad6;
constexpr QRgb kSectorLine = 0x9aa9b6;
constexpr QRgb kInwoner = 0x1f4e79;
constexpr QRgb kPersoon = 0x37474f;
constexpr QRgb kProfessional = 0x607d8b;
// Inner rings are wider: they have the least room around them, while the outer ring can spill its labels outward.
constexpr std::array<double, kRingCount> kRingShare = {0.3, 0.275, 0.2375, 0.1875};
constexpr std::array<QRgb, kRingCount> kBandFill = {0xdce7f2, 0xe6eef6, 0xf0f4f9, 0xf8fafc};

Sector sectorOf(core::Relatie relatie)
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

QString sectorTitle(Sector sector)
{
    switch (sector) {
    case Sector::Familie:
        return NetwerkkaartWidget::tr("Family");
    case Sector::VriendenEnBuren:
        return NetwerkkaartWidget::tr("Friends and neighbours");
    case Sector::Professionals:
        return NetwerkkaartWidget::tr("Professionals");
    }
    return {};
}

QString ringLabel(int nabijheid)
{
    switch (nabijheid) {
    case 1:
        return NetwerkkaartWidget::tr("1 closest");
    case 2:
        return NetwerkkaartWidget::tr("2 close");
    case 3:
        return NetwerkkaartWidget::tr("3 further away");
    default:
        return NetwerkkaartWidget::tr("4 furthest away");
    }
}

Marker markerFor(const core::NetwerkPersoon& persoon)
{
    if (!persoon.mantelzorg)
        return core::isProfessional(persoon.relatie) ? Marker::Professional : Marker::Persoon;
    const auto belasting = persoon.mantelzorg->belasting();
    if (!belasting)
        return Marker::MantelzorgerOnbekend;
    switch (*belasting) {
    case core::Belasting::Geen:
    case core::Belasting::Licht:
        return Marker::MantelzorgerLicht;
    case core::Belasting::Matig:
        return Marker::MantelzorgerMatig;
    case core::Belasting::Zwaar:
        return Marker::MantelzorgerZwaar;
    }
    return Marker::MantelzorgerOnbekend;
}

bool isMantelzorger(Marker marker) { return marker != Marker::Persoon && marker != Marker::Professional; }

double markerRadius(Marker marker, double k) { return (isMantelzorger(marker) ? 11.0 : 6.5) * k; }

/// Radius including the outer ring that marks a heavy belasting.
double markerExtent(Marker marker, double k)
{
    return markerRadius(marker, k) + (marker == Marker::MantelzorgerZwaar ? 5.0 : 1.5) * k;
}

QPainterPath heartPath(const QPointF& c, double s)
{
    QPainterPath path;
    path.moveTo(c.x(), c.y() + 0.42 * s);
    path.cubicTo(c.x() - 0.62 * s, c.y() + 0.02 * s, c.x() - 0.42 * s, c.y() - 0.52 * s, c.x(), c.y() - 0.2 * s);
    path.cubicTo(c.x() + 0.42 * s, c.y() - 0.52 * s, c.x() + 0.62 * s, c.y() + 0.02 * s, c.x(), c.y() + 0.42 * s);
    return path;
}

void drawMarker(QPainter& painter, Marker marker, const QPointF& at, double k)
{
    const double r = markerRadius(marker, k);
    painter.save();
    if (!isMantelzorger(marker)) {
        painter.setPen(QPen(Qt::white, 1.5 * k));
        if (marker == Marker::Professional) {
            painter.setBrush(QColor(kProfessional));
            painter.drawRoundedRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r), 1.5 * k, 1.5 * k);
        } else {
            painter.setBrush(QColor(kPersoon));
            painter.drawEllipse(at, r, r);
        }
        painter.restore();
        return;
    }
    // Each belasting has its own outline as well as its own colour, for black-and-white print.
    QColor fill;
    QPen outline;
    switch (marker) {
    case Marker::MantelzorgerLicht:
        fill = QColor(0x2e7d32);
        outline = QPen(QColor(0x1b5e20), 1.5 * k);
        break;
    case Marker::MantelzorgerMatig:
        fill = QColor(0xef6c00);
        outline = QPen(QColor(0x6d3000), 2.5 * k, Qt::CustomDashLine, Qt::FlatCap);
        outline.setDashPattern({1.6, 1.0});
        break;
    case Marker::MantelzorgerZwaar:
        fill = QColor(0xc62828);
        outline = QPen(QColor(0x7f0000), 2.0 * k);
        break;
    default:
        fill = QColor(0xa0a0a0);
        outline = QPen(QColor(0x424242), 2.0 * k, Qt::DotLine, Qt::RoundCap);
        break;
    }
    painter.setPen(outline);
    painter.setBrush(fill);
    painter.drawEllipse(at, r, r);
    if (marker == Marker::MantelzorgerZwaar) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(0x7f0000), 2.0 * k));
        painter.drawEllipse(at, r + 3.5 * k, r + 3.5 * k);
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawPath(heartPath(at, r * 1.1));
    painter.restore();
}

QFont sized(const QFont& base, double pixels, bool bold = false)
{
    QFont font = base;
    font.setPixelSize(std::max(8, qRound(pixels)));
    font.setBold(bold);
    return font;
}

/// Text on a light, almost opaque plate so that ring lines behind it do not hurt reading.
void drawPlate(QPainter& painter, const QRectF& rect, double k, QColor colour = QColor(255, 255, 255, 225))
{
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(rect, 3 * k, 3 * k);
    painter.restore();
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

struct Persoon {
    const core::NetwerkPersoon* data = nullptr;
    Marker marker = Marker::Persoon;
    int ring = 1;
    Sector sector = Sector::Familie;
    QPointF at;
    QRectF label;
    QStringList naam; ///< one or two lines
    QString relatie;
    bool leader = false; ///< the label stands apart and needs a line to its marker
};

/// Everything the map needs, computed once per paint for the size of the area.
class Kaart {
public:
    Kaart(QPainter& painter, const QRectF& area, const QString& inwonerNaam,
          const std::vector<core::NetwerkPersoon>& netwerk);
    void draw();

private:
    void layoutFrame();
    void layoutPersonen(const std::vector<core::NetwerkPersoon>& netwerk);
    void placeLabel(Persoon& persoon);
    double legend(const QRectF& rect, bool paint) const;

    void drawTitle();
    void drawRings();
    void drawCentre();
    void drawLabel(const Persoon& persoon);

    /// The outer edge of `ring`; ring 0 is the inwoner's disc.
    double ringEdge(int ring) const
    {
        double share = 0;
        for (size_t i = 0; i < static_cast<size_t>(ring); ++i)
            share += kRingShare[i];
        return m_inner + share * (m_outer - m_inner);
    }
    double ringRadius(int ring) const { return (ringEdge(ring - 1) + ringEdge(ring)) / 2; }
    QPointF pointAt(double radius, double angle) const
    {
        return m_centre + QPointF(radius * std::cos(angle), -radius * std::sin(angle));
    }
    QRectF ringLabelRect(int ring) const;
    QRectF sectorTitleRect(Sector sector) const;
    double overlap(const QRectF& rect, const Persoon& self) const;
    bool touchesCircle(const QRectF& rect) const;
    int leaderCrossings(const Persoon& persoon, const QRectF& label) const;

    QPainter& m_painter;
    QRectF m_area;
    QString m_inwonerNaam;
    double m_k = 1;
    QFont m_titleFont, m_subtitleFont, m_sectorFont, m_ringFont, m_naamFont, m_relatieFont, m_legendFont,
        m_legendHeadingFont, m_hintFont;
    QRectF m_mapRect;
    QRectF m_legendRect;
    QPointF m_centre;
    double m_inner = 0;
    double m_outer = 0;
    std::array<std::pair<double, double>, 3> m_spans{}; ///< per entry of kSectors: from, to (radians)
    std::vector<Persoon> m_personen;
    std::vector<QRectF> m_obstacles;
    std::vector<QRectF> m_markers; ///< per person, with a margin that keeps other labels at a distance
    int m_mantelzorgers = 0;
};

Kaart::Kaart(QPainter& painter, const QRectF& area, const QString& inwonerNaam,
             const std::vector<core::NetwerkPersoon>& netwerk)
    : m_painter(painter)
    , m_area(area)
    , m_inwonerNaam(inwonerNaam)
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
    m_legendFont = sized(base, 11.5 * m_k);
    m_legendHeadingFont = sized(base, 12.5 * m_k, true);
    m_hintFont = sized(base, 15 * m_k);
    m_hintFont.setItalic(true);

    // Busy sectors get more room, most of all for persons on the small inner rings; an empty sector
    // keeps enough to show its title.
    std::array<double, 3> demand = {2.0, 2.0, 2.0};
    for (const auto& p : netwerk) {
        const auto it = std::find(kSectors.begin(), kSectors.end(), sectorOf(p.relatie));
        demand[static_cast<size_t>(it - kSectors.begin())] += 1.6 - 0.2 * std::clamp(p.nabijheid, 1, kRingCount);
    }
    const double total = demand[0] + demand[1] + demand[2];
    double from = kPi / 2;
    for (size_t i = 0; i < kSectors.size(); ++i) {
        const double to = from + 2 * kPi * demand[i] / total;
        m_spans[i] = {from, to};
        from = to;
    }
    layoutFrame();
    layoutPersonen(netwerk);
}

void Kaart::layoutFrame()
{
    const double margin = 16 * m_k;
    const QRectF inner = m_area.adjusted(margin, margin, -margin, -margin);
    const double titleHeight = QFontMetricsF(m_titleFont, m_painter.device()).height() +
                               QFontMetricsF(m_subtitleFont, m_painter.device()).height() + 8 * m_k;
    QRectF map = inner.adjusted(0, titleHeight, 0, 0);
    if (m_area.width() >= 1.15 * m_area.height()) {
        const double width = std::min(235 * m_k, 0.32 * map.width());
        m_legendRect = QRectF(map.right() - width, map.top(), width, legend(QRectF(0, 0, width, 0), false));
        map.setRight(m_legendRect.left() - 12 * m_k);
    } else {
        const double height = legend(QRectF(0, 0, map.width(), 0), false);
        m_legendRect = QRectF(map.left(), map.bottom() - height, map.width(), height);
        map.setBottom(m_legendRect.top() - 12 * m_k);
    }
    m_mapRect = map;
    m_centre = map.center();
    const double sectorTitleHeight = QFontMetricsF(m_sectorFont, m_painter.device()).height() + 10 * m_k;
    m_outer = std::max(40 * m_k, std::min(map.height() / 2 - sectorTitleHeight, map.width() / 2 - 30 * m_k));
    m_inner = 0.15 * m_outer;
}

void Kaart::layoutPersonen(const std::vector<core::NetwerkPersoon>& netwerk)
{
    for (const auto& p : netwerk) {
        Persoon persoon;
        persoon.data = &p;
        persoon.marker = markerFor(p);
        persoon.ring = std::clamp(p.nabijheid, 1, kRingCount);
        persoon.sector = sectorOf(p.relatie);
        m_mantelzorgers += p.isMantelzorger() ? 1 : 0;
        m_personen.push_back(persoon);
    }
    std::stable_sort(m_personen.begin(), m_personen.end(), [](const Persoon& a, const Persoon& b) {
        if (a.ring != b.ring)
            return a.ring < b.ring;
        if (a.data->relatie != b.data->relatie)
            return a.data->relatie < b.data->relatie;
        return a.data->naam.localeAwareCompare(b.data->naam) < 0;
    });

    const double padding = markerExtent(Marker::MantelzorgerZwaar, m_k) + 5 * m_k;
    // The angle a person on `ring` keeps from a sector line; on the line straight up also from the ring labels.
    const auto clearance = [&](int ring, bool lineStraightUp) {
        const double radius = ringRadius(ring);
        const QRectF label = ringLabelRect(ring);
        if (!lineStraightUp || m_centre.y() - radius - label.bottom() > padding)
            return padding / radius;
        return (label.width() / 2 + padding) / radius;
    };
    for (size_t s = 0; s < kSectors.size(); ++s) {
        const auto [from, to] = m_spans[s];
        // Each ring is spread evenly over the sector, and the rings interleave, so that every person in
        // the sector has an angle of their own and no two names line up along a radius.
        std::array<int, kRingCount> perRing{};
        for (const auto& persoon : m_personen)
            perRing[static_cast<size_t>(persoon.ring - 1)] += persoon.sector == kSectors[s] ? 1 : 0;
        std::array<int, kRingCount> seen{};
        std::vector<std::pair<double, Persoon*>> order;
        for (auto& persoon : m_personen) {
            if (persoon.sector != kSectors[s])
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
            const double highest = std::max(lowest, to - clearance(ring, s + 1 == kSectors.size()));
            const double separation = (2 * markerExtent(Marker::MantelzorgerZwaar, m_k) + 4 * m_k) / radius;
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

    const double centreSide = m_inner * 2;
    m_obstacles.push_back(QRectF(m_centre.x() - m_inner, m_centre.y() - m_inner, centreSide, centreSide));
    for (int ring = 1; ring <= kRingCount; ++ring)
        m_obstacles.push_back(ringLabelRect(ring));
    for (const auto sector : kSectors)
        m_obstacles.push_back(sectorTitleRect(sector));
    for (const auto& persoon : m_personen) {
        const double e = markerExtent(persoon.marker, m_k) + 8 * m_k;
        m_markers.push_back(QRectF(persoon.at.x() - e, persoon.at.y() - e, 2 * e, 2 * e));
    }
    for (auto& persoon : m_personen)
        placeLabel(persoon);
}

QRectF Kaart::ringLabelRect(int ring) const
{
    const QFontMetricsF fm(m_ringFont, m_painter.device());
    const QSizeF size(fm.horizontalAdvance(ringLabel(ring)) + 8 * m_k, fm.height() + 2 * m_k);
    // Along the outer edge of the ring, out of the way of the persons in the middle of the ring.
    const QPointF at = pointAt(ringEdge(ring) - size.height() / 2 - 2 * m_k, kPi / 2);
    return QRectF(at.x() - size.width() / 2, at.y() - size.height() / 2, size.width(), size.height());
}

QRectF Kaart::sectorTitleRect(Sector sector) const
{
    const auto index = static_cast<size_t>(std::find(kSectors.begin(), kSectors.end(), sector) - kSectors.begin());
    const double angle = (m_spans[index].first + m_spans[index].second) / 2;
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

/// How many other markers and labels a line from `persoon` to `label` would run through.
int Kaart::leaderCrossings(const Persoon& persoon, const QRectF& label) const
{
    const QPointF end(std::clamp(persoon.at.x(), label.left(), label.right()),
                      std::clamp(persoon.at.y(), label.top(), label.bottom()));
    int crossings = 0;
    for (size_t i = 0; i < m_personen.size(); ++i) {
        const Persoon& other = m_personen[i];
        if (&other == &persoon)
            continue;
        const double e = markerExtent(other.marker, m_k) + 2 * m_k;
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

bool Kaart::touchesCircle(const QRectF& rect) const
{
    const QPointF nearest(std::clamp(m_centre.x(), rect.left(), rect.right()),
                          std::clamp(m_centre.y(), rect.top(), rect.bottom()));
    return QLineF(nearest, m_centre).length() < m_outer + 4 * m_k;
}

double Kaart::overlap(const QRectF& rect, const Persoon& self) const
{
    // Text over text is worst; a label touching a marker is bad but still readable.
    double area = 0;
    for (const auto& obstacle : m_obstacles) {
        const QRectF common = rect.intersected(obstacle);
        area += 3 * common.width() * common.height();
    }
    for (size_t i = 0; i < m_markers.size(); ++i) {
        if (&m_personen[i] == &self)
            continue;
        const QRectF common = rect.intersected(m_markers[i]);
        area += 3 * common.width() * common.height();
    }
    const QRectF inside = rect.intersected(m_mapRect);
    area += 4 * (rect.width() * rect.height() - inside.width() * inside.height());
    return area;
}

void Kaart::placeLabel(Persoon& persoon)
{
    const core::NetwerkPersoon& p = *persoon.data;
    QString relatie = core::label(p.relatie);
    if (p.mantelzorg && p.mantelzorg->belastingEdiz)
        relatie = NetwerkkaartWidget::tr("%1 · EDIZ %2").arg(relatie).arg(*p.mantelzorg->belastingEdiz);
    const QFontMetricsF naamFm(m_naamFont, m_painter.device());
    const QFontMetricsF relatieFm(m_relatieFont, m_painter.device());
    const double d = markerExtent(persoon.marker, m_k) + 3 * m_k;
    const double x = persoon.at.x();
    const double y = persoon.at.y();
    // Outward first: towards the edge of the map there is more room than towards the centre.
    const double out = x < m_centre.x() ? -1 : 1;

    double best = -1;
    // A crowded spot first tries every side, then shorter names, then a label further away with a line.
    struct Attempt {
        double maxWidth;
        double distance;
    };
    const double far = 2.2 * naamFm.height() + d;
    const double further = 4 * naamFm.height() + d;
    for (const auto& attempt : {Attempt{170 * m_k, d}, Attempt{120 * m_k, d}, Attempt{120 * m_k, far},
                                Attempt{85 * m_k, d}, Attempt{120 * m_k, further}, Attempt{85 * m_k, far},
                                Attempt{85 * m_k, further}}) {
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
            QRectF(x - w / 2, y + e, w, h),         QRectF(x - w / 2, y - e - h, w, h),
            QRectF(side, y - h / 2, w, h),          QRectF(diagonal, y + 0.8 * e, w, h),
            QRectF(diagonal, y - 0.8 * e - h, w, h), QRectF(inward, y - h / 2, w, h),
            QRectF(side, y - h + 0.3 * e, w, h),     QRectF(side, y - 0.3 * e, w, h),
        };
        for (const auto& candidate : candidates) {
            double score = overlap(candidate, persoon);
            if (e > d)
                score += leaderCrossings(persoon, candidate) * 400 * m_k * m_k;
            if (best < 0 || score < best) {
                best = score;
                persoon.label = candidate;
                persoon.naam = naam;
                persoon.relatie = rel;
                persoon.leader = e > d;
            }
            if (score <= 0)
                break;
        }
        if (best <= 0)
            break;
    }
    m_obstacles.push_back(persoon.label);
}

void Kaart::draw()
{
    drawTitle();
    drawRings();
    drawCentre();
    // Lines first and labels last, so that no marker or line ever covers a name.
    m_painter.setPen(QPen(QColor(kMutedText), 1 * m_k));
    for (const auto& persoon : m_personen) {
        if (persoon.leader) {
            const QRectF& label = persoon.label;
            m_painter.drawLine(persoon.at, QPointF(std::clamp(persoon.at.x(), label.left(), label.right()),
                                                   std::clamp(persoon.at.y(), label.top(), label.bottom())));
        }
    }
    for (const auto& persoon : m_personen)
        drawMarker(m_painter, persoon.marker, persoon.at, m_k);
    for (const auto& persoon : m_personen)
        drawLabel(persoon);
    drawPlate(m_painter, m_legendRect, m_k, QColor(0xf5f7fa));
    legend(m_legendRect, true);
}

void Kaart::drawTitle()
{
    const double margin = 16 * m_k;
    const QRectF rect = m_area.adjusted(margin, margin, -margin, -margin);
    const QFontMetricsF titleFm(m_titleFont, m_painter.device());
    const QString title = m_inwonerNaam.isEmpty() ? NetwerkkaartWidget::tr("Netwerkkaart")
                                                  : NetwerkkaartWidget::tr("Netwerkkaart of %1").arg(m_inwonerNaam);
    m_painter.setPen(QColor(kText));
    m_painter.setFont(m_titleFont);
    m_painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleFm.height()), Qt::AlignLeft | Qt::AlignTop,
                       titleFm.elidedText(title, Qt::ElideRight, rect.width()));

    const auto count = static_cast<int>(m_personen.size());
    QString subtitle = NetwerkkaartWidget::tr("%n person(s) in the netwerk", nullptr, count);
    if (m_mantelzorgers > 0)
        subtitle = NetwerkkaartWidget::tr("%1, of whom %2")
                       .arg(subtitle, NetwerkkaartWidget::tr("%n mantelzorger(s)", nullptr, m_mantelzorgers));
    m_painter.setPen(QColor(kMutedText));
    m_painter.setFont(m_subtitleFont);
    m_painter.drawText(QRectF(rect.left(), rect.top() + titleFm.height(), rect.width(), titleFm.height()),
                       Qt::AlignLeft | Qt::AlignTop, subtitle);
}

void Kaart::drawRings()
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
    for (const auto sector : kSectors)
        m_painter.drawText(sectorTitleRect(sector), Qt::AlignCenter, sectorTitle(sector));

    m_painter.setFont(m_ringFont);
    for (int ring = 1; ring <= kRingCount; ++ring) {
        const QRectF rect = ringLabelRect(ring);
        drawPlate(m_painter, rect, m_k, QColor(kBandFill[static_cast<size_t>(ring - 1)]));
        m_painter.setPen(QColor(kMutedText));
        m_painter.drawText(rect, Qt::AlignCenter, ringLabel(ring));
    }
}

void Kaart::drawCentre()
{
    m_painter.setPen(QPen(Qt::white, 2 * m_k));
    m_painter.setBrush(QColor(kInwoner));
    m_painter.drawEllipse(m_centre, m_inner, m_inner);

    // The inwoner's name shrinks until it fits inside the disc.
    const double side = m_inner * 1.5;
    const QRectF box(m_centre.x() - side / 2, m_centre.y() - side / 2, side, side);
    const int flags = Qt::AlignCenter | Qt::TextWordWrap;
    QFont font = m_naamFont;
    for (double px = 14 * m_k; px >= 8; px -= 0.5 * m_k + 0.1) {
        font = sized(m_naamFont, px, true);
        const QRectF needed = QFontMetricsF(font, m_painter.device()).boundingRect(box, flags, m_inwonerNaam);
        if (needed.width() <= side && needed.height() <= side)
            break;
    }
    m_painter.setFont(font);
    m_painter.setPen(Qt::white);
    m_painter.drawText(box, flags, m_inwonerNaam);

    if (m_personen.empty()) {
        const QString hint = NetwerkkaartWidget::tr("No netwerk recorded yet");
        const QFontMetricsF fm(m_hintFont, m_painter.device());
        const QSizeF size(fm.horizontalAdvance(hint) + 16 * m_k, fm.height() + 8 * m_k);
        const QPointF at(m_centre.x(), m_centre.y() + (m_inner + m_outer) / 2);
        const QRectF rect(at.x() - size.width() / 2, at.y() - size.height() / 2, size.width(), size.height());
        drawPlate(m_painter, rect, m_k, Qt::white);
        m_painter.setFont(m_hintFont);
        m_painter.setPen(QColor(kMutedText));
        m_painter.drawText(rect, Qt::AlignCenter, hint);
    }
}

void Kaart::drawLabel(const Persoon& persoon)
{
    drawPlate(m_painter, persoon.label, m_k);
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

/// Lays out (and with `paint`, draws) the legend inside `rect`; returns the height it needs.
double Kaart::legend(const QRectF& rect, bool paint) const
{
    struct Entry {
        std::optional<Marker> marker; ///< empty for a heading
        QString text;
        QString detail;
    };
    const std::vector<Entry> entries = {
        {std::nullopt, NetwerkkaartWidget::tr("Mantelzorgers"), {}},
        {Marker::MantelzorgerLicht, NetwerkkaartWidget::tr("not or lightly burdened"),
         NetwerkkaartWidget::tr("EDIZ-plus 0–3")},
        {Marker::MantelzorgerMatig, core::label(core::Belasting::Matig), NetwerkkaartWidget::tr("EDIZ-plus 4–8")},
        {Marker::MantelzorgerZwaar, core::label(core::Belasting::Zwaar), NetwerkkaartWidget::tr("EDIZ-plus 9–15")},
        {Marker::MantelzorgerOnbekend, NetwerkkaartWidget::tr("burden not measured"), {}},
        {std::nullopt, NetwerkkaartWidget::tr("Others in the netwerk"), {}},
        {Marker::Persoon, NetwerkkaartWidget::tr("family, friend, neighbour or volunteer"), {}},
        {Marker::Professional, NetwerkkaartWidget::tr("professional"), {}},
    };
    const double pad = 12 * m_k;
    const double markerColumn = 34 * m_k;
    const double textLeft = rect.left() + pad + markerColumn;
    const double textWidth = std::max(20 * m_k, rect.width() - 2 * pad - markerColumn);
    const QFontMetricsF fm(m_legendFont, m_painter.device());
    const QFontMetricsF detailFm(m_relatieFont, m_painter.device());
    const QFontMetricsF headingFm(m_legendHeadingFont, m_painter.device());
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    double y = rect.top() + pad;
    for (const auto& entry : entries) {
        if (!entry.marker) {
            if (y > rect.top() + pad)
                y += 10 * m_k;
            if (paint) {
                m_painter.setFont(m_legendHeadingFont);
                m_painter.setPen(QColor(kText));
                m_painter.drawText(QRectF(rect.left() + pad, y, rect.width() - 2 * pad, headingFm.height()),
                                   Qt::AlignLeft | Qt::AlignVCenter, entry.text);
            }
            y += headingFm.height() + 6 * m_k;
            continue;
        }
        const double textHeight = fm.boundingRect(QRectF(0, 0, textWidth, 1000 * m_k), flags, entry.text).height();
        const double detailHeight = entry.detail.isEmpty() ? 0.0 : detailFm.height();
        const double rowHeight =
            std::max(textHeight + detailHeight, 2 * markerExtent(*entry.marker, m_k)) + 6 * m_k;
        if (paint) {
            drawMarker(m_painter, *entry.marker, QPointF(rect.left() + pad + markerColumn / 2 - 2 * m_k,
                                                         y + rowHeight / 2 - 3 * m_k), m_k);
            const double top = y + (rowHeight - 6 * m_k - textHeight - detailHeight) / 2;
            m_painter.setFont(m_legendFont);
            m_painter.setPen(QColor(kText));
            m_painter.drawText(QRectF(textLeft, top, textWidth, textHeight), flags, entry.text);
            m_painter.setFont(m_relatieFont);
            m_painter.setPen(QColor(kMutedText));
            m_painter.drawText(QRectF(textLeft, top + textHeight, textWidth, detailHeight), flags, entry.detail);
        }
        y += rowHeight;
    }
    const QString note = NetwerkkaartWidget::tr("The closer to the middle, the closer the contact.");
    const QRectF noteRect(rect.left() + pad, y + 10 * m_k, rect.width() - 2 * pad, 1000 * m_k);
    const double noteHeight = fm.boundingRect(noteRect, flags, note).height();
    if (paint) {
        m_painter.setFont(m_legendFont);
        m_painter.setPen(QColor(kMutedText));
        m_painter.drawText(noteRect, flags, note);
    }
    return y + 10 * m_k + noteHeight + pad - rect.top();
}

} // namespace

NetwerkkaartWidget::NetwerkkaartWidget(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(400, 300);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Netwerkkaart"));
}

void NetwerkkaartWidget::setNetwerk(const QString& inwonerNaam, const std::vector<core::NetwerkPersoon>& netwerk)
{
    m_inwonerNaam = inwonerNaam;
    m_netwerk = netwerk;
    update();
}

QImage NetwerkkaartWidget::toImage(const QSize& size) const
{
    if (size.isEmpty())
        return {};
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(font());
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

bool NetwerkkaartWidget::exportPng(const QString& path, const QSize& size) const
{
    const QImage image = toImage(size);
    if (image.isNull())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

QSize NetwerkkaartWidget::sizeHint() const { return {900, 675}; }

void NetwerkkaartWidget::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    paint(painter, QRectF(rect()));
}

void NetwerkkaartWidget::paint(QPainter& painter, const QRectF& area) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(area, Qt::white);
    Kaart kaart(painter, area, m_inwonerNaam, m_netwerk);
    kaart.draw();
    painter.restore();
}

} // namespace ui
