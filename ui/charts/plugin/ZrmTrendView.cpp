// SPDX-License-Identifier: EUPL-1.2
#include "ZrmTrendView.h"

#include "ZrmTrendGrid.h"

#include <QGraphicsScene>
#include <QResizeEvent>

namespace ui {

ZrmTrendView::ZrmTrendView(QWidget* parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
    , m_grid(new ZrmTrendGrid)
{
    m_scene->addItem(m_grid);
    m_scene->setBackgroundBrush(Qt::white);
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setMinimumSize(320, 260);
}

void ZrmTrendView::setData(const std::vector<ZrmTrendData>& trend)
{
    m_grid->setData(trend);
    rearrange();
}

void ZrmTrendView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    rearrange();
}

void ZrmTrendView::rearrange()
{
    const QSizeF used = m_grid->arrange(QSizeF(viewport()->width(), 0));
    m_scene->setSceneRect(QRectF(QPointF(0, 0), used));
}

} // namespace ui
