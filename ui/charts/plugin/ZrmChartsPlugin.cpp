// SPDX-License-Identifier: EUPL-1.2
#include "ZrmChartsPlugin.h"

#include "ZrmRadarChart.h"
#include "ZrmTrendGrid.h"
#include "ZrmTrendView.h"

#include <QChartView>
#include <QGraphicsScene>
#include <QPainter>

namespace ui {

namespace {

/// Draws `item` (which the scene takes over) on a white image of `size`, without a window.
QImage render(QGraphicsWidget* item, const QSize& size)
{
    if (size.isEmpty()) {
        delete item;
        return {};
    }
    QGraphicsScene scene;
    scene.addItem(item);
    const QRectF area(QPointF(0, 0), size);
    scene.setSceneRect(area);

    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    scene.render(&painter, area, area);
    return image;
}

} // namespace

QWidget* ZrmChartsPlugin::createRadarView(QWidget* parent)
{
    auto* view = new QChartView(new ZrmRadarChart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setBackgroundBrush(Qt::white);
    view->setMinimumSize(360, 360);
    return view;
}

void ZrmChartsPlugin::setRadar(QWidget* radarView, const ZrmRadarData& data)
{
    auto* view = qobject_cast<QChartView*>(radarView);
    if (auto* chart = view ? qobject_cast<ZrmRadarChart*>(view->chart()) : nullptr)
        chart->setData(data);
}

QImage ZrmChartsPlugin::renderRadar(const ZrmRadarData& data, const QSize& size)
{
    auto* chart = new ZrmRadarChart;
    chart->resize(size);
    chart->setData(data);
    return render(chart, size);
}

QWidget* ZrmChartsPlugin::createTrendView(QWidget* parent)
{
    return new ZrmTrendView(parent);
}

void ZrmChartsPlugin::setTrend(QWidget* trendView, const std::vector<ZrmTrendData>& data)
{
    if (auto* view = qobject_cast<ZrmTrendView*>(trendView))
        view->setData(data);
}

QImage ZrmChartsPlugin::renderTrend(const std::vector<ZrmTrendData>& data, const QSize& size)
{
    auto* grid = new ZrmTrendGrid;
    grid->setData(data);
    grid->arrange(size);
    return render(grid, size);
}

} // namespace ui
