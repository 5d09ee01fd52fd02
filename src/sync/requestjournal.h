#pragma once
// Collects the send time of every request the limiter grants, from any thread, so the sync side
// can persist them (request_log) and a restart does not exceed an hourly quota. Thread-safe.
// Grants made on the writer thread (every request of a sync) are written at once, before the
// request goes out, so that a kill loses none of them; grants on other threads (the API's ping
// and preview) are a push under a mutex, written by the next flush.

#include "core/ratelimits.h"

#include <QList>
#include <QMutex>
#include <QPair>
#include <QThread>
#include <functional>

namespace bcs {

class Clock;
class Database;
class RateLimiter;

class RequestJournal
{
public:
    using Writer = std::function<bool(EndpointGroup, qint64)>; // false: not written

    void record(EndpointGroup group, qint64 sentMs)
    {
        QMutexLocker lock(&m_mutex);
        if (m_writerThread && QThread::currentThread() == m_writerThread &&
            m_write(group, sentMs))
            return;
        m_pending.append({group, sentMs});
    }
    // Grants on `thread` are written by `write` at once; nullptr stops it (before the thread or
    // what `write` uses goes away).
    void setDirectWriter(QThread *thread, Writer write)
    {
        QMutexLocker lock(&m_mutex);
        m_writerThread = thread;
        m_write = std::move(write);
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
    QThread *m_writerThread = nullptr;
    Writer m_write;
};

// At start-up: feeds the last hour of request_log into the limiter. If the previous run did not
// shut down cleanly, requests it sent in its last moments may never have been written down; they
// all happened before now, so each group is held back one shortest window from now. Marks this
// run as not (yet) cleanly shut down. Returns a warning, empty when all went well.
QString restoreLimiterFromLog(const Database &database, RateLimiter &limiter, const Clock &clock);
// At orderly shutdown, after the last flush: the next start needs no hold-back.
void markCleanShutdown(const Database &database);

} // namespace bcs
