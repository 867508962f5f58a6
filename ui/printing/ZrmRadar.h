// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/ZrmMeting.h"

#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

class QPainter;

namespace printing {

/// The radar of one or two ZRM metingen on paper, for the verslag: an axis per ZRM 2017 leefgebied
/// with its name, rings for the levels 1 (middle) to 5 (outside), the latest meting as a solid line
/// with filled dots, the one before it dashed with open squares, and a legend with their dates.
/// Readable in greyscale (solid against dashed, dots against squares), Dutch like the verslag. A
/// leefgebied not scored breaks the line there. Justitie (criminal data) only gets an axis when one
/// of the metingen scored it.
class ZrmRadar {
public:
    /// `metingen` oldest first (see core::documents::radarMetingen); the last two are drawn.
    explicit ZrmRadar(const std::vector<core::ZrmMeting>& metingen);

    /// Draws into `area` (about 12 by 10 cm for A4; the text scales with the area).
    void draw(QPainter& painter, const QRectF& area) const;

    /// The ZRM 2017 leefgebieden on the axes, clockwise from the top: key and name.
    const std::vector<std::pair<QString, QString>>& assen() const { return m_assen; }

private:
    struct Lijn {
        QString legenda;                        ///< "Laatste meting: 3 maart 2026 (intake)"
        std::vector<std::optional<int>> scores; ///< per axis
    };

    void drawLijn(QPainter& painter, const Lijn& lijn, bool laatste, const QPointF& centre, double radius,
                  double k) const;

    std::vector<std::pair<QString, QString>> m_assen;
    std::vector<Lijn> m_lijnen; ///< oldest first, at most two
};

} // namespace printing
