// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QDateTime>

namespace core {

/// Source of the current time. Injected everywhere time matters so that deadlines, clocks and
/// validation ("not in the future") are testable.
class Clock {
public:
    virtual ~Clock() = default;
    /// The current time in UTC.
    virtual QDateTime now() const = 0;
    /// Today's date in the local time zone.
    QDate today() const { return now().toLocalTime().date(); }
};

/// The computer's clock.
class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

/// A clock that stands still until moved; for tests.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {
    }
    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace core
