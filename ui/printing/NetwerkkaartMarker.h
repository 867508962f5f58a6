// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/NetwerkPersoon.h"

#include <QPointF>

class QPainter;

namespace ui {

/// The symbol of one person on the netwerkkaart and in its legend: a dot for a personal relation, a
/// square for a professional, and for a mantelzorger a larger disc with a heart. A mantelzorger's
/// belasting shows in the colour and, for black-and-white print, in the outline as well.
class NetwerkkaartMarker {
public:
    enum class Kind {
        Persoon,
        Professional,
        MantelzorgerLicht,   ///< geen or licht belast: green, thin solid outline
        MantelzorgerMatig,   ///< orange, dashed outline
        MantelzorgerZwaar,   ///< red, double outline
        MantelzorgerOnbekend ///< belasting not measured: light grey, dotted outline, dark heart
    };

    explicit NetwerkkaartMarker(Kind kind)
        : m_kind(kind)
    {
    }
    /// The marker for `persoon`: mantelzorgers by belasting, everyone else by relation.
    static NetwerkkaartMarker voor(const core::NetwerkPersoon& persoon);

    Kind kind() const { return m_kind; }
    bool isMantelzorger() const;
    /// Half the width of the drawn marker, outlines included, at scale `k`.
    double extent(double k) const;
    /// Draws the marker centred on `centre` at scale `k` (1 for a map of 800 by 600 pixels).
    void draw(QPainter& painter, const QPointF& centre, double k) const;

private:
    double radius(double k) const;

    Kind m_kind;
};

} // namespace ui
