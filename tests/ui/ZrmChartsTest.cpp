// SPDX-License-Identifier: EUPL-1.2
#include "charts/ZrmCharts.h"
#include "ImageChecks.h"

#include <QColor>
#include <QImage>
#include <QWidget>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <memory>
#include <optional>

using test::countPixels;
using test::nonWhitePixels;
using test::pixelsNear;

namespace {

using Score = std::optional<int>;

constexpr QRgb kLaatste = 0x1f4e79; // the latest scores
constexpr QRgb kVorige = 0xb3541e;  // the previous scores

ui::ZrmCharts& charts()
{
    QString error;
    ui::ZrmCharts* loaded = ui::zrmCharts(&error);
    INFO(error.toStdString());
    REQUIRE(loaded != nullptr);
    return *loaded;
}

/// Jan's ZRM 2017 at the evaluatie: Werk & opleiding and Justitie were not assessed.
ui::ZrmRadarData jansRadar()
{
    ui::ZrmRadarData data;
    data.titel = QStringLiteral("ZRM van Jan de Vries");
    data.leefgebieden = QStringList{QStringLiteral("Financiën"),
                                    QStringLiteral("Werk & opleiding"),
                                    QStringLiteral("Tijdsbesteding"),
                                    QStringLiteral("Huisvesting"),
                                    QStringLiteral("Huiselijke relaties"),
                                    QStringLiteral("Geestelijke gezondheid"),
                                    QStringLiteral("Lichamelijke gezondheid"),
                                    QStringLiteral("Middelengebruik"),
                                    QStringLiteral("Basale ADL"),
                                    QStringLiteral("Instrumentele ADL"),
                                    QStringLiteral("Sociaal netwerk"),
                                    QStringLiteral("Maatschappelijke participatie"),
                                    QStringLiteral("Justitie")};
    data.laatste = {3, {}, 2, 4, 3, 2, 4, 5, 5, 3, 2, 2, {}};
    data.vorige = {2, {}, 2, 3, 3, 1, 4, 5, 5, 3, 1, 2, {}};
    data.doel = {4, {}, 3, 4, 4, 3, {}, {}, {}, 4, 3, 3, {}};
    data.laatsteLabel = QStringLiteral("12-05-2026 (evaluatie)");
    data.vorigeLabel = QStringLiteral("10-11-2025 (start)");
    return data;
}

std::vector<ui::ZrmTrendData> drieLeefgebieden()
{
    const QDate start(2025, 11, 10), tussen(2026, 2, 9), evaluatie(2026, 5, 12);
    return {
        {QStringLiteral("Financiën"), {{start, 1}, {tussen, 2}, {evaluatie, 3}}, 4},
        {QStringLiteral("Huisvesting"), {{start, 2}, {tussen, std::nullopt}, {evaluatie, 3}}, std::nullopt},
        {QStringLiteral("Justitie"), {{start, std::nullopt}, {tussen, std::nullopt}, {evaluatie, std::nullopt}}, {}},
    };
}

} // namespace

TEST_CASE("the charts plugin loads on first use and stays loaded", "[zrm][charts]")
{
    QString error;
    ui::ZrmCharts* first = ui::zrmCharts(&error);

    INFO(error.toStdString());
    REQUIRE(first != nullptr);
    CHECK(error.isEmpty());
    CHECK(ui::zrmCharts() == first);
}

TEST_CASE("a radar of thirteen leefgebieden with two not assessed fills an image of the requested size",
          "[zrm][charts]")
{
    const QImage image = charts().renderRadar(jansRadar(), QSize(800, 800));

    REQUIRE(image.size() == QSize(800, 800));
    CHECK(nonWhitePixels(image) > 800 * 800 / 20);
    CHECK(pixelsNear(image, kLaatste) > 2000);
    CHECK(pixelsNear(image, kVorige) > 300);
}

TEST_CASE("the radar shows the previous meting only when there is one", "[zrm][charts]")
{
    ui::ZrmRadarData zonderVorige = jansRadar();
    zonderVorige.vorige.clear();

    const QImage met = charts().renderRadar(jansRadar(), QSize(800, 800));
    const QImage zonder = charts().renderRadar(zonderVorige, QSize(800, 800));

    CHECK(met != zonder);
    CHECK(pixelsNear(zonder, kVorige) < 20);
    CHECK(pixelsNear(met, kVorige) > pixelsNear(zonder, kVorige) + 300);
}

TEST_CASE("a meting without any score draws no line, not a ring of zeroes", "[zrm][charts]")
{
    ui::ZrmRadarData data = jansRadar();
    data.laatste.assign(data.leefgebieden.size(), std::nullopt);

    const QImage image = charts().renderRadar(data, QSize(800, 800));

    CHECK(pixelsNear(image, kLaatste) < 20);
    CHECK(pixelsNear(image, kVorige) > 300);
}

TEST_CASE("the radar is drawn the same way every time", "[zrm][charts]")
{
    CHECK(charts().renderRadar(jansRadar(), QSize(640, 480)) == charts().renderRadar(jansRadar(), QSize(640, 480)));
}

TEST_CASE("an empty size gives no chart image", "[zrm][charts]")
{
    CHECK(charts().renderRadar(jansRadar(), QSize(0, 0)).isNull());
    CHECK(charts().renderTrend(drieLeefgebieden(), QSize(900, 0)).isNull());
}

TEST_CASE("the trend of three leefgebieden renders as steps on a white image", "[zrm][charts]")
{
    const QImage image = charts().renderTrend(drieLeefgebieden(), QSize(1200, 500));

    REQUIRE(image.size() == QSize(1200, 500));
    CHECK(image.pixelColor(0, 0) == QColor(Qt::white));
    CHECK(nonWhitePixels(image) > 1200 * 500 / 40);
    CHECK(pixelsNear(image, kLaatste) > 500);
}

TEST_CASE("the radar view shows the radar it is given", "[zrm][charts]")
{
    std::unique_ptr<QWidget> view(charts().createRadarView(nullptr));
    REQUIRE(view != nullptr);
    charts().setRadar(view.get(), jansRadar());
    view->resize(600, 600);

    const QImage image = view->grab().toImage();

    CHECK(image.size() == QSize(600, 600) * view->devicePixelRatio());
    CHECK(nonWhitePixels(image) > 600 * 600 / 20);
    CHECK(pixelsNear(image, kLaatste) > 1000);
}

TEST_CASE("the trend view shows the trend it is given", "[zrm][charts]")
{
    std::unique_ptr<QWidget> view(charts().createTrendView(nullptr));
    REQUIRE(view != nullptr);
    charts().setTrend(view.get(), drieLeefgebieden());
    view->resize(900, 400);

    const QImage image = view->grab().toImage();

    CHECK(nonWhitePixels(image) > 900 * 400 / 40);
    CHECK(pixelsNear(image, kLaatste) > 300);
}
