// SPDX-License-Identifier: EUPL-1.2
#include "ConfigurationCheck.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using core::ConfigurationCheck;

namespace {

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("no configuration files, or good ones, give no warning", "[configuration]")
{
    QTemporaryDir dir;
    CHECK(ConfigurationCheck::warnings(dir.filePath(QStringLiteral("gelijkgestelde-dagen.json")),
                                       dir.filePath(QStringLiteral("templates")))
              .isEmpty());
}

TEST_CASE("a broken gemeente calendar is named, with what is used instead", "[configuration]")
{
    QTemporaryDir dir;
    const QString calendar = dir.filePath(QStringLiteral("gelijkgestelde-dagen.json"));
    write(calendar, "{ dit is geen json");
    const QStringList warnings = ConfigurationCheck::warnings(calendar, dir.filePath(QStringLiteral("templates")));
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().contains(QStringLiteral("gelijkgestelde-dagen.json")));
    CHECK(warnings.first().contains(QStringLiteral("built-in feestdagen only")));
}

TEST_CASE("a broken gemeente template is named, and the built-in one is used", "[configuration]")
{
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("templates"));
    write(dir.filePath(QStringLiteral("templates/verslag.mustache")), "{{#open zonder einde");
    const QStringList warnings = ConfigurationCheck::warnings(dir.filePath(QStringLiteral("geen-kalender.json")),
                                                              dir.filePath(QStringLiteral("templates")));
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().contains(QStringLiteral("verslag.mustache")));
    CHECK(warnings.first().contains(QStringLiteral("built-in")));
}
