// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QtPlugin>

#include <optional>
#include <vector>

class QWidget;

namespace ui {

/// What the ZRM radar shows: per leefgebied (ZRM 2017 order) the latest score, the previous one
/// and the doelscore; a missing value is not drawn.
struct ZrmRadarData {
    QString titel;
    QStringList leefgebieden; ///< names as shown, e.g. "Basale ADL"
    std::vector<std::optional<int>> laatste;
    std::vector<std::optional<int>> vorige;
    std::vector<std::optional<int>> doel;
    /// True where the latest meting deliberately did not assess the leefgebied (with a reason);
    /// a leefgebied without a score and without this flag was simply not part of the meting.
    std::vector<bool> nietBeoordeeld;
    QString laatsteLabel; ///< legend text, e.g. "12-05-2026 (evaluatie)"
    QString vorigeLabel;
};

/// The steps of one leefgebied over all metingen (ordinal: drawn as steps, never smoothed).
struct ZrmTrendData {
    QString leefgebied;
    std::vector<std::pair<QDate, std::optional<int>>> punten; ///< oldest first; nullopt = niet beoordeeld
    std::optional<int> doel;
};

/// The ZRM charts. Qt Charts lives only behind this interface, in a plugin that is loaded the
/// first time a chart is needed, so the program starts without loading Qt Charts at all.
/// All functions must be called on the GUI thread.
class ZrmCharts {
public:
    virtual ~ZrmCharts() = default;

    /// A widget showing the radar; feed it with setRadar().
    virtual QWidget* createRadarView(QWidget* parent) = 0;
    virtual void setRadar(QWidget* radarView, const ZrmRadarData& data) = 0;
    /// The radar drawn on a white image (for PNG export and the printed verslag).
    virtual QImage renderRadar(const ZrmRadarData& data, const QSize& size) = 0;

    /// A widget showing one small step chart per leefgebied; feed it with setTrend().
    virtual QWidget* createTrendView(QWidget* parent) = 0;
    virtual void setTrend(QWidget* trendView, const std::vector<ZrmTrendData>& data) = 0;
    virtual QImage renderTrend(const std::vector<ZrmTrendData>& data, const QSize& size) = 0;
};

/// The charts plugin, loaded on first use; nullptr (with a reason in `error`) when it cannot be
/// found or loaded. The plugin is looked for next to the program and in the build tree.
ZrmCharts* zrmCharts(QString* error = nullptr);

} // namespace ui

#define WIJKDOSSIER_ZRM_CHARTS_IID "nl.wijkdossier.ZrmCharts/1.0"
Q_DECLARE_INTERFACE(ui::ZrmCharts, WIJKDOSSIER_ZRM_CHARTS_IID)
