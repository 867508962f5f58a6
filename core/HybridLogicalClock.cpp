// SPDX-License-Identifier: EUPL-1.2
#include "HybridLogicalClock.h"

#include "Clock.h"

#include <algorithm>

namespace core {

HybridLogicalClock::HybridLogicalClock(const Clock& clock, qint64 last)
    : m_clock(clock)
    , m_last(last)
{
}

qint64 HybridLogicalClock::tick()
{
    const qint64 wall = m_clock.now().toMSecsSinceEpoch() << 16;
    m_last = std::max(wall, m_last + 1);
    return m_last;
}

void HybridLogicalClock::observe(qint64 remote)
{
    m_last = std::max(m_last, remote);
}

} // namespace core
