// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "NetwerkkaartLegend.h"
#include "NetwerkkaartMarker.h"
#include "model/NetwerkPersoon.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QStringList>

#include <array>
#include <utility>
#include <vector>

class QPainter;

namespace ui {

/// Lays out and draws one netwerkkaart into an area of a painter: title, rings, sectors, the inwoner
/// in the middle, every netwerk person with a readable label, and the legend. Built for one paint;
/// `painter` and `netwerk` must outlive it.
class NetwerkkaartRenderer {
    Q_DECLARE_TR_FUNCTIONS(ui::NetwerkkaartRenderer)
public:
    NetwerkkaartRenderer(QPainter& painter, const QRectF& area, const QString& inwonerNaam,
                         const std::vector<core::NetwerkPersoon>& netwerk);

    void draw();

private:
    /// In counter-clockwise order from the line straight up: family upper left, professionals below,
    /// friends and neighbours upper right.
    enum class Sector { Familie, Professionals, VriendenEnBuren };
    static constexpr size_t kSectorCount = 3;

    struct Persoon {
        const core::NetwerkPersoon* data = nullptr;
        NetwerkkaartMarker marker{NetwerkkaartMarker::Kind::Persoon};
        int ring = 1;
        Sector sector = Sector::Familie;
        QPointF at;
        QRectF label;
        QStringList naam; ///< one or two lines
        QString relatie;
        bool leader = false; ///< the label stands apart and needs a line to its marker
    };

    static Sector sectorOf(core::Relatie relatie);
    static QString sectorTitle(Sector sector);
    static QString ringLabel(int ring);

    void layoutFrame();
    void layoutPersonen();
    void placeLabel(Persoon& persoon);

    void drawTitle();
    void drawRings();
    void drawCentre();
    void drawLabel(const Persoon& persoon);
    void drawPlate(const QRectF& rect, const QColor& colour);
    NetwerkkaartLegend legend() const;

    /// The outer edge of `ring`; ring 0 is the inwoner's disc.
    double ringEdge(int ring) const;
    double ringRadius(int ring) const { return (ringEdge(ring - 1) + ringEdge(ring)) / 2; }
    QPointF pointAt(double radius, double angle) const;
    QRectF ringLabelRect(int ring) const;
    QRectF sectorTitleRect(Sector sector) const;
    bool touchesCircle(const QRectF& rect) const;
    double penalty(const QRectF& label, const Persoon& self) const;
    int leaderCrossings(const Persoon& persoon, const QRectF& label) const;

    QPainter& m_painter;
    QRectF m_area;
    QString m_inwonerNaam;
    const std::vector<core::NetwerkPersoon>& m_netwerk;
    double m_k = 1; ///< scale: 1 for 800 by 600 pixels
    QFont m_titleFont, m_subtitleFont, m_sectorFont, m_ringFont, m_naamFont, m_relatieFont, m_hintFont;
    QFont m_legendFont, m_legendHeadingFont, m_legendDetailFont;
    QRectF m_mapRect;
    QRectF m_legendRect;
    QPointF m_centre;
    double m_inner = 0;
    double m_outer = 0;
    std::array<std::pair<double, double>, kSectorCount>
        m_spans{}; ///< per sector: from, to (radians, counter-clockwise)
    std::vector<Persoon> m_personen;
    std::vector<QRectF> m_obstacles; ///< text and the inwoner's disc, which labels must not cover
    std::vector<QRectF> m_markers;   ///< per person, with a margin that keeps other labels at a distance
};

} // namespace ui
