// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/NetwerkPersoon.h"

#include <QImage>
#include <QWidget>

#include <vector>

class QPainter;

namespace ui {

/// The netwerkkaart of one inwoner: the inwoner in the middle, every netwerk person on a ring by
/// nabijheid (1 closest … 4 furthest) in the sector of their relation (family, friends and
/// neighbours, professionals). Mantelzorgers stand out and show their belasting in colour and
/// in outline, so the map also reads in black-and-white print. The drawing scales with the widget.
class NetwerkkaartWidget : public QWidget {
    Q_OBJECT
public:
    explicit NetwerkkaartWidget(QWidget* parent = nullptr);

    /// Shows the netwerk of the inwoner named `inwonerNaam`. Persons whose nabijheid lies outside
    /// 1–4 are drawn on the nearest ring.
    void setNetwerk(const QString& inwonerNaam, const std::vector<core::NetwerkPersoon>& netwerk);

    /// The map drawn on a white image of `size` pixels, for export and printing; a null image
    /// when `size` is empty.
    QImage toImage(const QSize& size) const;

    /// Writes the map as a PNG of `size` pixels to `path`. Returns false, and leaves no partial
    /// file behind, when the file cannot be written.
    bool exportPng(const QString& path, const QSize& size = QSize(1600, 1200)) const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void paint(QPainter& painter, const QRectF& area) const;

    QString m_inwonerNaam;
    std::vector<core::NetwerkPersoon> m_netwerk;
};

} // namespace ui
