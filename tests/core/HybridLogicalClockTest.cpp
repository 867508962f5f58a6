// SPDX-License-Identifier: EUPL-1.2
#include "HybridLogicalClock.h"
#include "Clock.h"

#include <catch2/catch.hpp>

using core::FixedClock;
using core::HybridLogicalClock;

TEST_CASE("the hybrid logical clock never goes back, even when the wall clock does", "[hlc]")
{
    FixedClock wall(QDateTime(QDate(2026, 11, 10), QTime(14, 0), Qt::UTC));
    HybridLogicalClock hlc(wall);
    const qint64 first = hlc.tick();
    CHECK(HybridLogicalClock::physicalMs(first) == wall.now().toMSecsSinceEpoch());
    const qint64 second = hlc.tick();
    CHECK(second == first + 1);
    wall.advanceMs(-60'000);
    const qint64 third = hlc.tick();
    CHECK(third == second + 1);
    wall.advanceMs(120'000);
    CHECK(HybridLogicalClock::physicalMs(hlc.tick()) == wall.now().toMSecsSinceEpoch());
}

TEST_CASE("a clock value seen from another device orders later ticks after it", "[hlc]")
{
    FixedClock wall(QDateTime(QDate(2026, 11, 10), QTime(14, 0), Qt::UTC));
    HybridLogicalClock hlc(wall);
    const qint64 remote = (wall.now().toMSecsSinceEpoch() + 5'000) << 16;
    hlc.observe(remote);
    CHECK(hlc.tick() == remote + 1);
}
