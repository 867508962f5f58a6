// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "repo/InwonerRepository.h"
#include "repo/TrajectRepository.h"

#include <vector>

namespace test {

/// The demo data of `size` generated with `seed` into `ws`; the test stops when generating fails.
inline core::demo::DemoSummary generated(core::Workspace& ws, core::demo::DemoSize size, quint64 seed)
{
    auto summary = core::demo::DemoGenerator(ws, seed).generate(size);
    REQUIRE(summary.ok());
    return summary.value();
}

/// Every living traject in the file with its gesprekken, per inwoner in name order and then oldest first.
struct TrajectMetGesprekken {
    core::Traject traject;
    std::vector<core::Gesprek> gesprekken;
};

inline std::vector<TrajectMetGesprekken> alleTrajecten(core::Workspace& ws)
{
    std::vector<TrajectMetGesprekken> result;
    for (const auto& row : ws.inwoners().caseload({})) {
        auto trajecten = ws.trajecten().forInwoner(row.id);
        for (auto it = trajecten.rbegin(); it != trajecten.rend(); ++it)
            result.push_back({*it, ws.gesprekken().forTraject(it->meta.id)});
    }
    return result;
}

/// `deel` as a percentage of `geheel`; 0 when `geheel` is 0.
inline double aandeel(int deel, int geheel)
{
    return geheel == 0 ? 0 : 100.0 * deel / geheel;
}

/// Checks that `a` and `b` hold the same records in the same order: the same ids and the same content.
template <typename Record> void checkSameRecords(const std::vector<Record>& a, const std::vector<Record>& b)
{
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].meta.id == b[i].meta.id);
        CHECK(a[i].sameContent(b[i]));
    }
}

} // namespace test
