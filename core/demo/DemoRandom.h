// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QtGlobal>

#include <array>
#include <span>

namespace core::demo {

/// A small deterministic random number generator for demo data: xoshiro256**, seeded with
/// splitmix64. Written out rather than taken from <random> because the standard distributions
/// differ between library implementations, and a seed must give the same data everywhere.
///
/// Draw at most once per function argument list: C++ leaves the order of arguments unspecified.
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed);

    quint64 next();
    /// 0 … n-1 (n > 0), without modulo bias.
    int below(int n);
    /// lo … hi, both included.
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }

    template <typename T> const T& pick(std::span<const T> items)
    {
        return items[static_cast<size_t>(below(static_cast<int>(items.size())))];
    }
    /// An item chosen in proportion to its `gewicht` member.
    template <typename T> const T& weighted(std::span<const T> items)
    {
        int total = 0;
        for (const T& item : items)
            total += item.gewicht;
        int r = below(total);
        for (const T& item : items) {
            r -= item.gewicht;
            if (r < 0)
                return item;
        }
        return items.back();
    }

private:
    std::array<quint64, 4> m_state{};
};

} // namespace core::demo
