// SPDX-License-Identifier: EUPL-1.2
// Start-up measurement shared by the GUI's --benchmark-startup and the start-up baseline, so both
// are measured the same way: from the moment the kernel started the process to the first paint.
#pragma once

#include <QEvent>
#include <QFile>
#include <QObject>

#include <ctime>
#include <functional>
#include <unistd.h>

namespace startup {

/// Milliseconds since the kernel started this process (Linux).
inline double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble();
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
}

/// Peak resident memory of this process in kB (VmHWM).
inline double peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble();
    }
    return -1;
}

/// Calls `onFirstPaint` once, after the watched widget has painted for the first time.
class PaintProbe : public QObject {
public:
    explicit PaintProbe(std::function<void()> onFirstPaint, QObject* parent = nullptr)
        : QObject(parent)
        , m_onFirstPaint(std::move(onFirstPaint))
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_onFirstPaint) {
            auto callback = std::move(m_onFirstPaint);
            m_onFirstPaint = nullptr;
            QMetaObject::invokeMethod(this, callback, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onFirstPaint;
};

} // namespace startup
