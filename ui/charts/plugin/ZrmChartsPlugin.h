// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "charts/ZrmCharts.h"

#include <QObject>

namespace ui {

/// The root object of the charts plugin: makes the Qt Charts widgets and images behind ui::ZrmCharts.
class ZrmChartsPlugin : public QObject, public ZrmCharts {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID WIJKDOSSIER_ZRM_CHARTS_IID)
    Q_INTERFACES(ui::ZrmCharts)
public:
    QWidget* createRadarView(QWidget* parent) override;
    void setRadar(QWidget* radarView, const ZrmRadarData& data) override;
    QImage renderRadar(const ZrmRadarData& data, const QSize& size) override;

    QWidget* createTrendView(QWidget* parent) override;
    void setTrend(QWidget* trendView, const std::vector<ZrmTrendData>& data) override;
    QImage renderTrend(const std::vector<ZrmTrendData>& data, const QSize& size) override;
};

} // namespace ui
