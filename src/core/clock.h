#pragma once
// Time source for everything that measures or schedules (rate limiter, sync, ETA).
// Injected so tests can move time by hand; nothing in src/ may call the system time directly.

#include <QDateTime>
#include <QTimeZone>
#include <QtGlobal>

namespace bcs {

class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch; wall time, so values persist meaningfully across restarts.
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), QTimeZone::utc()); }
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

} // namespace bcs
