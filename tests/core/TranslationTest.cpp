// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "TranslationGuard.h"
#include "db/Database.h"
#include "db/DatabaseFile.h"
#include "model/Enums.h"
#include "rules/Validation.h"

#include <QFile>

TEST_CASE("messages from core are Dutch by default", "[vertaling]")
{
    test::TranslationGuard dutch{QString()};
    CHECK(core::rules::Validation::checkPostcode(QStringLiteral("12345"))->message ==
          QStringLiteral("Een postcode bestaat uit vier cijfers en twee letters, zoals 1234 AB."));
    CHECK(core::label(core::Relatie::Huisarts) == QStringLiteral("Huisarts"));
    CHECK(core::label(core::Belasting::Zwaar) == QStringLiteral("zwaar belast"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tekst.sqlite"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("geen database");
    f.close();
    auto opened = core::db::DatabaseFile::open(path, QDateTime::currentDateTimeUtc());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.endsWith(
        QStringLiteral("is geen database van Wijkdossier. Het bestand is niet gewijzigd.")));
}

TEST_CASE("English is available as a second language", "[vertaling]")
{
    test::TranslationGuard english{QStringLiteral("en")};
    CHECK(core::label(core::Relatie::Huisarts) == QStringLiteral("GP"));
}
