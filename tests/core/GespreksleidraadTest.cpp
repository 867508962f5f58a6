// SPDX-License-Identifier: EUPL-1.2
#include "model/Gespreksleidraad.h"
#include "model/Keuzelijst.h"
#include "zrm/ZrmInstrument.h"

#include <catch2/catch.hpp>

using namespace core;

TEST_CASE("Gespreksleidraad leefgebieden each lead to ZRM 2017 leefgebieden that exist", "[gespreksleidraad]")
{
    const ZrmInstrument* zrm2017 = ZrmInstrument::find(ZrmInstrument::kZrm2017);
    REQUIRE(zrm2017);
    for (const QString& leefgebied : keuzeKeys(Keuzelijst::Leefgebied)) {
        INFO(leefgebied.toStdString());
        const QStringList keys = Gespreksleidraad::zrm2017(leefgebied);
        CHECK_FALSE(keys.isEmpty());
        for (const QString& key : keys)
            CHECK(zrm2017->leefgebied(key));
    }
}

TEST_CASE("Gespreksleidraad maps its leefgebieden onto the ZRM 2017 as agreed", "[gespreksleidraad]")
{
    CHECK(Gespreksleidraad::zrm2017(QStringLiteral("woonsituatie")) == QStringList{QStringLiteral("huisvesting")});
    CHECK(Gespreksleidraad::zrm2017(QStringLiteral("gezondheid")) ==
          QStringList{QStringLiteral("lichamelijke_gezondheid"), QStringLiteral("basale_adl"),
                      QStringLiteral("middelengebruik")});
    CHECK(Gespreksleidraad::zrm2017(QStringLiteral("welbevinden")) ==
          QStringList{QStringLiteral("geestelijke_gezondheid")});
    CHECK(Gespreksleidraad::zrm2017(QStringLiteral("schulden")) == QStringList{QStringLiteral("financien")});
    CHECK(Gespreksleidraad::zrm2017(QStringLiteral("onbekend")).isEmpty());
}

TEST_CASE("Gespreksleidraad reaches every ZRM 2017 leefgebied except Justitie", "[gespreksleidraad]")
{
    for (const Leefgebied& lg : ZrmInstrument::find(ZrmInstrument::kZrm2017)->leefgebieden()) {
        INFO(lg.key.toStdString());
        CHECK(Gespreksleidraad::leefgebieden(lg.key).isEmpty() == lg.strafrechtelijk);
    }
    CHECK(Gespreksleidraad::leefgebieden(QStringLiteral("justitie")).isEmpty());
    CHECK(Gespreksleidraad::leefgebieden(QStringLiteral("financien")) ==
          QStringList{QStringLiteral("inkomen"), QStringLiteral("schulden")});
}
