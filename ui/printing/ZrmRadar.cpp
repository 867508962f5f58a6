// SPDX-License-Identifier: EUPL-1.2
#include "ZrmRadar.h"

#include "documents/Brief.h"
#include "services/ZrmService.h"
#include "zrm/ZrmInstrument.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace printing {

namespace {

// Printed in the verslag for a Dutch inwoner, in plain Dutch whatever language the app speaks.
QString moment(core::ZrmMoment moment)
{
    switch (moment) {
    case core::ZrmMoment::Intake:
        return QStringLiteral("eerste meting");
    case core::ZrmMoment::Tussentijds:
        return QStringLiteral("tussentijds");
    case core::ZrmMoment::Evaluatie:
        return QStringLiteral("evaluatie");
    case core::ZrmMoment::Afsluiting:
        break;
    }
    return QStringLiteral("afsluiting");
}

const QColor kInkt(0x1f, 0x3a, 0x5f);   // the headings' blue, nearly black in greyscale
const QColor kVorige(0x6b, 0x6b, 0x6b); // grey: the older meting steps back
const QColor kRaster(0xbb, 0xbb, 0xbb);

/// The angle of axis `i` of `n`, clockwise from straight up (radians, Qt's y points down).
QPointF punt(const QPointF& centre, double radius, size_t i, size_t n)
{
    const double hoek = 2 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(n);
    return centre + QPointF(radius * std::sin(hoek), -radius * std::cos(hoek));
}

/// The name of an axis in at most two lines of at most `breedte`.
QStringList regels(const QString& naam, const QFontMetricsF& fm, double breedte)
{
    if (fm.horizontalAdvance(naam) <= breedte || !naam.contains(QLatin1Char(' ')))
        return {naam};
    // Break at the space that makes the longest line shortest.
    QStringList beste{naam};
    double kortste = fm.horizontalAdvance(naam);
    for (qsizetype i = naam.indexOf(QLatin1Char(' ')); i >= 0; i = naam.indexOf(QLatin1Char(' '), i + 1)) {
        const QStringList twee{naam.left(i), naam.mid(i + 1)};
        const double langste = std::max(fm.horizontalAdvance(twee[0]), fm.horizontalAdvance(twee[1]));
        if (langste < kortste) {
            kortste = langste;
            beste = twee;
        }
    }
    return beste;
}

/// Where the name of the axis at `anker` (just outside the outer ring) goes: away from the centre.
QRectF labelRect(const QPointF& anker, const QPointF& centre, const QSizeF& size)
{
    const double dx = anker.x() - centre.x();
    const double dy = anker.y() - centre.y();
    const double r = std::hypot(dx, dy);
    const double ux = r > 0 ? dx / r : 0;
    const double uy = r > 0 ? dy / r : -1;
    // Centred on the axis direction, pushed out until the rectangle clears the anchor.
    const QPointF middle = anker + QPointF(ux * size.width() / 2, uy * size.height() / 2);
    return QRectF(middle.x() - size.width() / 2, middle.y() - size.height() / 2, size.width(), size.height());
}

} // namespace

ZrmRadar::ZrmRadar(const std::vector<core::ZrmMeting>& metingen)
{
    const size_t van = metingen.size() > 2 ? metingen.size() - 2 : 0;
    std::vector<std::map<QString, int>> scores;
    for (size_t i = van; i < metingen.size(); ++i)
        scores.push_back(core::ZrmService::scoresIn2017(metingen[i]));

    if (const core::ZrmInstrument* zrm = core::ZrmInstrument::find(core::ZrmInstrument::kZrm2017)) {
        for (const core::Leefgebied& lg : zrm->leefgebieden()) {
            const bool gescoord =
                std::any_of(scores.begin(), scores.end(), [&](const auto& s) { return s.count(lg.key) > 0; });
            if (!lg.strafrechtelijk || gescoord)
                m_assen.emplace_back(lg.key, lg.naam);
        }
    }
    for (size_t i = van; i < metingen.size(); ++i) {
        const core::ZrmMeting& m = metingen[i];
        const bool laatste = i + 1 == metingen.size();
        Lijn lijn;
        const QString wanneer = core::documents::brief::datum(m.datum);
        lijn.legenda = laatste ? QStringLiteral("Laatste meting: %1 (%2)").arg(wanneer, moment(m.moment))
                               : QStringLiteral("Meting daarvoor: %1 (%2)").arg(wanneer, moment(m.moment));
        const auto& s = scores[i - van];
        for (const auto& [key, naam] : m_assen) {
            const auto it = s.find(key);
            lijn.scores.push_back(it == s.end() ? std::nullopt : std::optional<int>(it->second));
        }
        m_lijnen.push_back(std::move(lijn));
    }
}

void ZrmRadar::draw(QPainter& painter, const QRectF& area) const
{
    const size_t n = m_assen.size();
    if (n < 3)
        return;
    painter.save();
    const double k = area.width() / 454.0; // 1 for 12 cm in CSS pixels
    QFont tekst = painter.font();
    tekst.setPixelSize(std::max(6, qRound(11 * k)));
    QFont klein = tekst;
    klein.setPixelSize(std::max(6, qRound(9.5 * k)));
    const QFontMetricsF fm(tekst, painter.device());
    const QFontMetricsF fmKlein(klein, painter.device());

    // The legend below, a line per meting.
    const double regel = fm.height() * 1.35;
    const double legendaHoogte = regel * static_cast<double>(m_lijnen.size()) + 10 * k;
    const QRectF kaart(area.left(), area.top(), area.width(), area.height() - legendaHoogte);

    // The largest radar whose names fit the area.
    const double labelBreedte = std::min(115.0 * k, kaart.width() / 4);
    std::vector<QStringList> namen;
    std::vector<QSizeF> maten;
    for (const auto& [key, naam] : m_assen) {
        namen.push_back(regels(naam, fm, labelBreedte));
        double w = 0;
        for (const QString& r : namen.back())
            w = std::max(w, fm.horizontalAdvance(r));
        maten.emplace_back(w + 4 * k, fm.height() * static_cast<double>(namen.back().size()) + 2 * k);
    }
    const QPointF centre = kaart.center();
    const double gat = 6 * k; // between the outer ring and a name
    double radius = std::min(kaart.width(), kaart.height()) / 2;
    const auto past = [&](double r) {
        for (size_t i = 0; i < n; ++i) {
            if (!kaart.contains(labelRect(punt(centre, r + gat, i, n), centre, maten[i])))
                return false;
        }
        return true;
    };
    while (radius > 20 * k && !past(radius))
        radius -= 2 * k;

    // The rings of the levels and the axes.
    painter.setBrush(Qt::NoBrush);
    for (int niveau = 1; niveau <= 5; ++niveau) {
        QPolygonF ring;
        for (size_t i = 0; i < n; ++i)
            ring << punt(centre, radius * niveau / 5.0, i, n);
        painter.setPen(QPen(niveau == 5 ? kVorige : kRaster, (niveau == 5 ? 1.0 : 0.6) * k));
        painter.drawPolygon(ring);
    }
    painter.setPen(QPen(kRaster, 0.6 * k));
    for (size_t i = 0; i < n; ++i)
        painter.drawLine(centre, punt(centre, radius, i, n));

    // The level numbers along the first axis, on a white patch so the lines do not cross them.
    painter.setFont(klein);
    for (int niveau = 1; niveau <= 5; ++niveau) {
        const QPointF p = punt(centre, radius * niveau / 5.0, 0, n);
        const QString getal = QString::number(niveau);
        const QRectF r(p.x() + 2 * k, p.y() - fmKlein.height() / 2, fmKlein.horizontalAdvance(getal) + 2 * k,
                       fmKlein.height());
        painter.fillRect(r, Qt::white);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        painter.drawText(r, Qt::AlignCenter, getal);
    }

    // The names of the leefgebieden; a name no meting scored is grey.
    painter.setFont(tekst);
    for (size_t i = 0; i < n; ++i) {
        const bool gescoord =
            std::any_of(m_lijnen.begin(), m_lijnen.end(), [i](const Lijn& l) { return l.scores[i].has_value(); });
        painter.setPen(gescoord ? QColor(0x1a, 0x1a, 0x1a) : QColor(0x88, 0x88, 0x88));
        const QPointF anker = punt(centre, radius + gat, i, n);
        const QRectF r = labelRect(anker, centre, maten[i]);
        Qt::Alignment align = Qt::AlignHCenter;
        if (anker.x() > centre.x() + 1)
            align = Qt::AlignLeft;
        else if (anker.x() < centre.x() - 1)
            align = Qt::AlignRight;
        painter.drawText(r, static_cast<int>(align | Qt::AlignVCenter), namen[i].join(QLatin1Char('\n')));
    }

    // The metingen: the older one first, so the latest is drawn on top.
    for (size_t l = 0; l < m_lijnen.size(); ++l)
        drawLijn(painter, m_lijnen[l], l + 1 == m_lijnen.size(), centre, radius, k);

    // The legend: a sample of each line with its marker, then the meting.
    double y = kaart.bottom() + 10 * k;
    for (size_t l = m_lijnen.size(); l-- > 0;) {
        const bool laatste = l + 1 == m_lijnen.size();
        const double midden = y + regel / 2;
        const double x = area.left() + area.width() * 0.12;
        QPen pen(laatste ? kInkt : kVorige, (laatste ? 2.0 : 1.6) * k, laatste ? Qt::SolidLine : Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(x, midden), QPointF(x + 36 * k, midden));
        painter.setPen(QPen(laatste ? kInkt : kVorige, 1.2 * k));
        painter.setBrush(laatste ? QBrush(kInkt) : QBrush(Qt::white));
        const double m = 3.2 * k;
        if (laatste)
            painter.drawEllipse(QPointF(x + 18 * k, midden), m, m);
        else
            painter.drawRect(QRectF(x + 18 * k - m, midden - m, 2 * m, 2 * m));
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QColor(0x1a, 0x1a, 0x1a));
        painter.drawText(QRectF(x + 44 * k, y, area.right() - x - 44 * k, regel), Qt::AlignLeft | Qt::AlignVCenter,
                         m_lijnen[l].legenda);
        y += regel;
    }
    painter.restore();
}

void ZrmRadar::drawLijn(QPainter& painter, const Lijn& lijn, bool laatste, const QPointF& centre, double radius,
                        double k) const
{
    const size_t n = lijn.scores.size();
    const QColor kleur = laatste ? kInkt : kVorige;
    const auto at = [&](size_t i) { return punt(centre, radius * *lijn.scores[i] / 5.0, i, n); };
    const bool volledig = std::all_of(lijn.scores.begin(), lijn.scores.end(), [](const auto& s) { return s; });

    // A light fill for the latest, complete meting: the shape reads at a glance.
    if (laatste && volledig) {
        QPolygonF vlak;
        for (size_t i = 0; i < n; ++i)
            vlak << at(i);
        QColor vul = kInkt;
        vul.setAlpha(28);
        painter.setPen(Qt::NoPen);
        painter.setBrush(vul);
        painter.drawPolygon(vlak);
    }
    // Lines between neighbouring axes that were both scored: a gap where a leefgebied was not.
    QPen pen(kleur, (laatste ? 2.0 : 1.6) * k, laatste ? Qt::SolidLine : Qt::DashLine);
    pen.setCapStyle(Qt::FlatCap);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    for (size_t i = 0; i < n; ++i) {
        const size_t j = (i + 1) % n;
        if (lijn.scores[i] && lijn.scores[j])
            painter.drawLine(at(i), at(j));
    }
    // The markers: filled dots for the latest, open squares for the one before.
    painter.setPen(QPen(kleur, 1.2 * k));
    painter.setBrush(laatste ? QBrush(kleur) : QBrush(Qt::white));
    const double m = (laatste ? 3.2 : 3.0) * k;
    for (size_t i = 0; i < n; ++i) {
        if (!lijn.scores[i])
            continue;
        if (laatste)
            painter.drawEllipse(at(i), m, m);
        else
            painter.drawRect(QRectF(at(i).x() - m, at(i).y() - m, 2 * m, 2 * m));
    }
}

} // namespace printing
