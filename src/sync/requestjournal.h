#pragma once
// Collects the send time of every request the limiter grants, from any thread, so the sync side
// can persist them (request_log) and a restart does not exceed an hourly quota. Thread-safe;
// recording is a push under a mutex, never I/O.

#include "core/ratelimits.h"

#include <QList>
#include <QMutex>
#include <QPair>

namespace bcs {

class Clock;
class Database;
class RateLimiter;

class RequestJournal
{
public:
    void record(EndpointGroup group, qint64 sentMs)
    {
        QMutexLocker lock(&m_mutex);
        m_pending.append({group, sentMs});
    }
    // How often the sync side writes the journal to request_log: a crash loses at most this much.
    static constexpr qint64 kFlushIntervalMs = 500;

    QList<QPair<EndpointGroup, qint64>> take()
    {
        QMutexLocker lock(&m_mutex);
        return std::exchange(m_pending, {});
    }

private:
    QMutex m_mutex;
    QList<QPair<EndpointGroup, qint64>> m_pending;
};

// At start-up: feeds the last hour of request_log into the limiter. If the previous run did not
// shut down cleanly, requests it sent in its last moments may never have been written down; they
// all happened before now, so each group is held back one shortest window from now. Marks this
// run as not (yet) cleanly shut down. Returns a warning, empty when all went well.
QString restoreLimiterFromLog(const Database &database, RateLimiter &limiter, const Clock &clock);
// At orderly shutdown, after the last flush: the next start needs no hold-back.
void markCleanShutdown(const Database &database);

} // namespace bcs
