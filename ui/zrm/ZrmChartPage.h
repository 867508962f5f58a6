// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/ZrmMeting.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ui {

/// One ZRM chart of an inwoner, the radar or the trend, with "Save as PNG…". The charts plugin is
/// loaded only when the page is first shown; without it the page says why instead.
class ZrmChartPage : public QWidget {
    Q_OBJECT
public:
    enum class Soort { Radar, Trend };

    explicit ZrmChartPage(Soort soort, QWidget* parent = nullptr);

    /// The metingen to draw, oldest first; `titel` heads the exported image.
    void setMetingen(const std::vector<core::ZrmMeting>& metingen, const QString& titel);
    /// Renders the chart to a PNG file, atomically; false when the plugin is missing or writing failed.
    bool savePng(const QString& path);
    /// Whether the chart (not the explanation) is shown.
    bool hasChart() const { return m_chart != nullptr; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void ensureChart();
    void feed();
    void save();

    Soort m_soort;
    std::vector<core::ZrmMeting> m_metingen;
    QString m_titel;
    QVBoxLayout* m_layout;
    QLabel* m_message;
    QPushButton* m_save;
    QWidget* m_chart = nullptr;
    bool m_tried = false;
};

} // namespace ui
