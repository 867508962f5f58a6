// SPDX-License-Identifier: EUPL-1.2
#include "ImageChecks.h"
#include "views/NetwerkkaartWidget.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>

using core::NetwerkPersoon;
using core::Relatie;

using test::countPixels;
using test::nonWhitePixels;
using test::pixelsNear;

namespace {

NetwerkPersoon persoon(const QString& naam, Relatie relatie, int nabijheid)
{
    NetwerkPersoon p;
    p.naam = naam;
    p.relatie = relatie;
    p.nabijheid = nabijheid;
    return p;
}

NetwerkPersoon mantelzorger(const QString& naam, Relatie relatie, int nabijheid, std::optional<int> ediz)
{
    NetwerkPersoon p = persoon(naam, relatie, nabijheid);
    core::Mantelzorg zorg;
    zorg.urenPerWeek = 20;
    zorg.belastingEdiz = ediz;
    p.mantelzorg = zorg;
    return p;
}

/// Gerda, the partner, is the mantelzorger; her EDIZ-plus score decides her belasting.
std::vector<NetwerkPersoon> netwerkMetGerda(int gerdasEdiz)
{
    return {
        mantelzorger(QStringLiteral("Gerda"), Relatie::Partner, 1, gerdasEdiz),
        persoon(QStringLiteral("Mark"), Relatie::Kind, 2),
        persoon(QStringLiteral("Ans"), Relatie::Buur, 2),
        persoon(QStringLiteral("Kees"), Relatie::Vriend, 3),
        persoon(QStringLiteral("Huisartsenpraktijk De Linde"), Relatie::Huisarts, 3),
        persoon(QStringLiteral("Buurtzorg Team Noord"), Relatie::Wijkverpleegkundige, 4),
    };
}

constexpr QRgb kZwaar = 0xc62828;   // the fill of a heavily burdened mantelzorger
constexpr QRgb kInwoner = 0x1f4e79; // the disc of the inwoner in the middle

} // namespace

TEST_CASE("a netwerkkaart of six persons draws a picture at the requested size", "[netwerkkaart]")
{
    ui::NetwerkkaartWidget kaart;
    kaart.setNetwerk(QStringLiteral("Jan de Vries"), netwerkMetGerda(11));

    const QImage image = kaart.toImage(QSize(800, 600));

    REQUIRE(image.size() == QSize(800, 600));
    CHECK(nonWhitePixels(image) > 800 * 600 / 10);
    CHECK(pixelsNear(image, kInwoner) > 1000);
}

TEST_CASE("a heavily burdened mantelzorger is drawn in red, a lightly burdened one is not", "[netwerkkaart]")
{
    ui::NetwerkkaartWidget kaart;
    kaart.setNetwerk(QStringLiteral("Jan de Vries"), netwerkMetGerda(11));
    const int redWhenZwaar = pixelsNear(kaart.toImage(QSize(800, 600)), kZwaar);
    kaart.setNetwerk(QStringLiteral("Jan de Vries"), netwerkMetGerda(2));
    const int redWhenLicht = pixelsNear(kaart.toImage(QSize(800, 600)), kZwaar);

    // The legend shows the red marker either way; only Gerda's own marker makes the difference.
    CHECK(redWhenLicht > 0);
    CHECK(redWhenZwaar > redWhenLicht + 100);
}

TEST_CASE("an empty netwerk still draws the inwoner in the middle", "[netwerkkaart]")
{
    ui::NetwerkkaartWidget kaart;
    kaart.setNetwerk(QStringLiteral("Jan de Vries"), {});

    const QImage image = kaart.toImage(QSize(800, 600));

    REQUIRE_FALSE(image.isNull());
    CHECK(pixelsNear(image, kInwoner) > 1000);
    CHECK(nonWhitePixels(image) > 800 * 600 / 10);
}

TEST_CASE("a netwerk of twenty-five persons with long names renders", "[netwerkkaart]")
{
    std::vector<NetwerkPersoon> netwerk;
    for (int i = 0; i < 25; ++i) {
        const auto relatie = core::alleRelaties()[static_cast<size_t>(i) % core::alleRelaties().size()];
        netwerk.push_back(
            persoon(QStringLiteral("Persoon met een heel lange naam nummer %1").arg(i), relatie, 1 + i % 4));
    }
    ui::NetwerkkaartWidget kaart;
    kaart.setNetwerk(QStringLiteral("Jan de Vries"), netwerk);

    const QImage image = kaart.toImage(QSize(1600, 1200));

    REQUIRE(image.size() == QSize(1600, 1200));
    CHECK(nonWhitePixels(image) > 1600 * 1200 / 10);
}

TEST_CASE("an empty size gives no image", "[netwerkkaart]")
{
    ui::NetwerkkaartWidget kaart;
    kaart.setNetwerk(QStringLiteral("Jan de Vries"), netwerkMetGerda(11));

    CHECK(kaart.toImage(QSize(0, 0)).isNull());
    CHECK_FALSE(kaart.exportPng(QDir::temp().filePath(QStringLiteral("netwerkkaart-leeg.png")), QSize(0, 600)));
}

TEST_CASE("exportPng writes a PNG of the requested size", "[netwerkkaart]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("netwerkkaart.png"));
    ui::NetwerkkaartWidget kaart;
    kaart.setNetwerk(QStringLiteral("Jan de Vries"), netwerkMetGerda(11));

    REQUIRE(kaart.exportPng(path, QSize(1000, 750)));

    QImageReader reader(path);
    CHECK(reader.format() == QByteArrayLiteral("png"));
    const QImage loaded = reader.read();
    CHECK(loaded.size() == QSize(1000, 750));
}

TEST_CASE("exportPng into a folder that does not exist fails and leaves no file", "[netwerkkaart]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bestaat-niet/netwerkkaart.png"));
    ui::NetwerkkaartWidget kaart;
    kaart.setNetwerk(QStringLiteral("Jan de Vries"), netwerkMetGerda(11));

    CHECK_FALSE(kaart.exportPng(path));
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("the widget paints the map at its own size", "[netwerkkaart]")
{
    ui::NetwerkkaartWidget kaart;
    kaart.setNetwerk(QStringLiteral("Jan de Vries"), netwerkMetGerda(11));
    kaart.resize(640, 480);

    const QImage image = kaart.grab().toImage();

    CHECK(kaart.minimumSize() == QSize(400, 300));
    CHECK(image.size() == QSize(640, 480) * kaart.devicePixelRatio());
    CHECK(pixelsNear(image, kInwoner) > 500);
}
