// SPDX-License-Identifier: EUPL-1.2
// wijkdossier-bench-charts: how long the ZRM radar of one inwoner takes to render, for `bench`.
// Opens a database, builds the radar data of about fifty inwoners with metingen as the dossier
// does (ui::ZrmChartData), loads the charts plugin and times renderRadar() per inwoner. Next to it, the same picture
// drawn with plain QPainter: what the radar costs without Qt Charts. Prints `key=value` lines;
// exits non-zero with the reason on stderr when it cannot measure (no plugin, no metingen).
#include "Clock.h"
#include "Translation.h"
#include "Workspace.h"
#include "charts/ZrmCharts.h"
#include "model/Inwoner.h"
#include "repo/InwonerRepository.h"
#include "services/ZrmService.h"
#include "zrm/ZrmChartData.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace {

constexpr int kInwoners = 50;
constexpr int kRounds = 3;
const QSize kSize(800, 800);

int fail(const QString& reason)
{
    std::fprintf(stderr, "%s\n", qPrintable(reason));
    return 1;
}

double elapsedMs(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

/// The baseline: the same radar drawn directly with QPainter on a white image.
QImage paintRadar(const ui::ZrmRadarData& data, const QSize& size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF centre(size.width() / 2.0, size.height() / 2.0 + 20);
    const double radius = std::min(size.width(), size.height()) * 0.33;
    const auto axes = static_cast<int>(data.leefgebieden.size());
    auto point = [&](int axis, double level) {
        const double angle = 2 * M_PI * axis / axes - M_PI / 2;
        return centre + QPointF(std::cos(angle), std::sin(angle)) * radius * level / 5.0;
    };

    painter.setFont(QFont(painter.font().family(), 14, QFont::Bold));
    painter.drawText(QRectF(0, 10, size.width(), 30), Qt::AlignCenter, data.titel);
    painter.setFont(QFont(painter.font().family(), 9));
    painter.setPen(QPen(QColor(200, 200, 200), 1));
    for (int level = 1; level <= 5; ++level) {
        QPolygonF ring;
        for (int axis = 0; axis < axes; ++axis)
            ring << point(axis, level);
        painter.drawPolygon(ring);
    }
    for (int axis = 0; axis < axes; ++axis) {
        painter.setPen(QPen(QColor(200, 200, 200), 1));
        painter.drawLine(centre, point(axis, 5));
        painter.setPen(Qt::black);
        const QPointF at = point(axis, 5.6);
        painter.drawText(QRectF(at.x() - 110, at.y() - 10, 220, 20), Qt::AlignCenter, data.leefgebieden.at(axis));
    }

    auto series = [&](const std::vector<std::optional<int>>& values, const QPen& pen, const QBrush& brush) {
        QPainterPath path;
        bool open = false;
        for (int axis = 0; axis < axes; ++axis) {
            const auto& value = values[static_cast<size_t>(axis)];
            if (!value) {
                open = false;
                continue;
            }
            if (open)
                path.lineTo(point(axis, *value));
            else
                path.moveTo(point(axis, *value));
            open = true;
        }
        painter.setPen(pen);
        painter.setBrush(brush);
        painter.drawPath(path);
        for (int axis = 0; axis < axes; ++axis) {
            if (const auto& value = values[static_cast<size_t>(axis)])
                painter.drawEllipse(point(axis, *value), 4, 4);
        }
    };
    series(data.doel, QPen(QColor(46, 125, 50), 2, Qt::DotLine), Qt::NoBrush);
    series(data.vorige, QPen(QColor(120, 120, 120), 2, Qt::DashLine), Qt::NoBrush);
    series(data.laatste, QPen(QColor(21, 101, 192), 3), QColor(21, 101, 192, 60));

    painter.setPen(Qt::black);
    painter.setBrush(Qt::NoBrush);
    painter.drawText(QRectF(0, size.height() - 40, size.width(), 20), Qt::AlignCenter,
                     data.laatsteLabel + QStringLiteral("   ") + data.vorigeLabel);
    return image;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    core::installTranslations(app);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 2)
        return fail(QStringLiteral("Usage: wijkdossier-bench-charts DATABASE"));

    core::SystemClock clock;
    auto opened = core::Workspace::open(arguments.at(1), clock);
    if (!opened)
        return fail(opened.error().message);
    core::Workspace& ws = *opened.value();

    // About fifty inwoners with metingen, spread over the whole file.
    core::ZrmService zrm(ws);
    const auto all = ws.inwoners().caseload({});
    std::vector<ui::ZrmRadarData> radars;
    const size_t step = std::max<size_t>(1, all.size() / (kInwoners * 2));
    for (size_t i = 0; i < all.size() && radars.size() < kInwoners; i += step) {
        const auto metingen = zrm.metingen(all[i].id);
        if (metingen.empty())
            continue;
        // As the dossier's ZRM panel titles it.
        const auto inwoner = ws.inwoners().get(all[i].id);
        const QString naam = inwoner ? inwoner->weergavenaam() : all[i].sorteernaam;
        radars.push_back(ui::ZrmChartData::radar(
            metingen, QCoreApplication::translate("ui::ZrmPanel", "Zelfredzaamheid-Matrix – %1").arg(naam)));
    }
    if (radars.empty())
        return fail(QStringLiteral("There are no inwoners with ZRM metingen in %1.").arg(arguments.at(1)));

    QElapsedTimer timer;
    timer.start();
    QString error;
    ui::ZrmCharts* charts = ui::zrmCharts(&error);
    const double loadMs = elapsedMs(timer);
    if (!charts)
        return fail(QStringLiteral("The charts plugin could not be loaded: %1").arg(error));

    // The first chart also loads fonts and the Qt Charts theme: counted apart from the rest.
    timer.restart();
    const QImage first = charts->renderRadar(radars.front(), kSize);
    const double warmupMs = elapsedMs(timer);
    if (first.size() != kSize)
        return fail(QStringLiteral("renderRadar returned an image of %1×%2 instead of %3×%4.")
                        .arg(first.width())
                        .arg(first.height())
                        .arg(kSize.width())
                        .arg(kSize.height()));
    paintRadar(radars.front(), kSize);

    std::vector<double> ours;
    std::vector<double> baseline;
    for (int round = 0; round < kRounds; ++round) {
        for (const ui::ZrmRadarData& data : radars) {
            timer.restart();
            charts->renderRadar(data, kSize);
            ours.push_back(elapsedMs(timer));
            timer.restart();
            paintRadar(data, kSize);
            baseline.push_back(elapsedMs(timer));
        }
    }

    std::printf("inwoners=%zu\n", radars.size());
    std::printf("renders=%zu\n", ours.size());
    std::printf("plugin_load_ms=%.2f\n", loadMs);
    std::printf("warmup_ms=%.2f\n", warmupMs);
    std::printf("radar_ms_p50=%.2f\n", percentile(ours, 0.5));
    std::printf("radar_ms_p95=%.2f\n", percentile(ours, 0.95));
    std::printf("baseline_ms_p50=%.2f\n", percentile(baseline, 0.5));
    std::printf("baseline_ms_p95=%.2f\n", percentile(baseline, 0.95));
    return 0;
}
