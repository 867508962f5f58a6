// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QtGlobal>

namespace core {

class Clock;

/// Hybrid logical clock (physical milliseconds in the high bits, a counter in the low 16 bits).
/// Every synced row carries the value of its last write, so that concurrent edits on different
/// devices can be ordered even when their wall clocks disagree.
class HybridLogicalClock {
public:
    explicit HybridLogicalClock(const Clock& clock, qint64 last = 0);

    /// A value greater than every value this clock has issued or observed.
    qint64 tick();
    /// Takes note of a value written elsewhere, so later ticks order after it.
    void observe(qint64 remote);
    qint64 last() const { return m_last; }

    static qint64 physicalMs(qint64 hlc) { return hlc >> 16; }

private:
    const Clock& m_clock;
    qint64 m_last;
};

} // namespace core
