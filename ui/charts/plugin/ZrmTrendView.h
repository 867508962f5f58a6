// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "charts/ZrmCharts.h"

#include <QGraphicsView>

class QGraphicsScene;

namespace ui {

class ZrmTrendGrid;

/// Shows the small multiples of the trend as wide as the view, scrolling down when there are more
/// rows than fit.
class ZrmTrendView : public QGraphicsView {
    Q_OBJECT
public:
    explicit ZrmTrendView(QWidget* parent = nullptr);

    void setData(const std::vector<ZrmTrendData>& trend);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rearrange();

    QGraphicsScene* m_scene = nullptr;
    ZrmTrendGrid* m_grid = nullptr;
};

} // namespace ui
