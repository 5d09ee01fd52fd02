#pragma once
// Collects the send time of every request the limiter grants, from any thread, so the sync side
// can persist them (request_log) and a restart does not exceed an hourly quota. Thread-safe;
// recording is a push under a mutex, never I/O.

#include "core/ratelimits.h"

#include <QList>
#include <QMutex>
#include <QPair>

namespace bcs {

class RequestJournal
{
public:
    void record(EndpointGroup group, qint64 sentMs)
    {
        QMutexLocker lock(&m_mutex);
        m_pending.append({group, sentMs});
    }
    QList<QPair<EndpointGroup, qint64>> take()
    {
        QMutexLocker lock(&m_mutex);
        return std::exchange(m_pending, {});
    }

private:
    QMutex m_mutex;
    QList<QPair<EndpointGroup, qint64>> m_pending;
};

} // namespace bcs
