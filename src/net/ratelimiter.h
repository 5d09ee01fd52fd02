#pragma once
// Client-side pacing for the ballchasing API: one sliding-window log per endpoint group, any
// number of `count per window` rules each. A slot is granted only at the moment a request is
// sent, so no window of any rule ever holds more than its count. A request handed to the network
// stack may reach the wire later than its grant (a busy thread, a loaded machine); such a grant
// stays pending, counted as "sent now", until the caller confirms the real send time, so a late
// request can never squeeze into the window of the requests granted after it. Thread-safe: the sync worker and
// the API server thread share one limiter because the quota belongs to the key, not the thread.
// It never sleeps; callers get the time to wait and schedule themselves.

#include "core/clock.h"
#include "core/ratelimits.h"

#include <QMutex>
#include <deque>
#include <functional>

namespace bcs {

struct RateLimitUsage
{
    int perSecond = 0;              // count of the shortest rule (the burst size)
    int tokensAvailable = 0;        // requests allowed right now by the shortest rule
    std::optional<int> perHour;     // count of the hour rule, if the tier has one
    int hourUsed = 0;               // requests in the last hour
    double secondsUntilReset = 0.0; // until the shortest rule's window frees a slot
    double secondsUntilHourFrees = 0.0; // until the oldest request of the last hour leaves it
};

class RateLimiter
{
public:
    RateLimiter(const Clock &clock, const RateLimitTable &rules);

    // Grants a slot now and records it as sent now (returns 0), or returns how many ms to wait
    // before asking again. A slot granted here must be used for exactly one request.
    qint64 tryAcquire(EndpointGroup group);

    // The same, for a request whose bytes leave later: the grant stays pending (it counts as
    // sent at every moment until confirmed) until confirmSent() records the real send time.
    struct Grant
    {
        qint64 waitMs = 0;  // 0 = granted
        quint64 ticket = 0; // identifies the pending grant (non-zero when granted)
    };
    Grant acquirePending(EndpointGroup group);
    // Records a pending grant as sent now. Idempotent; unknown tickets are ignored.
    void confirmSent(EndpointGroup group, quint64 ticket);
    // How long until tryAcquire would succeed, without taking anything.
    qint64 msUntilAvailable(EndpointGroup group) const;
    // How long `count` more requests take at the fastest pace every rule allows, from now and
    // the log as it is (an hourly quota already spent shows): the lower bound of a sync's ETA.
    qint64 msToSend(EndpointGroup group, int count) const;

    // After a 429: nothing in this group is granted before `untilMs` (epoch ms).
    void blockUntil(EndpointGroup group, qint64 untilMs);

    void setRules(const RateLimitTable &rules);
    RateLimitTable rules() const;

    // The send times still inside the longest window, to persist across restarts, and to restore.
    QList<qint64> history(EndpointGroup group) const;
    void restoreHistory(EndpointGroup group, const QList<qint64> &sendTimesMs);
    // Called (outside the lock) with every granted send time, e.g. to persist it.
    void setGrantObserver(std::function<void(EndpointGroup, qint64)> observer);

    RateLimitUsage usage(EndpointGroup group) const;

    // Extra time added to every window so that transit jitter between our send and the server's
    // arrival stamp cannot squeeze count+1 requests into one server-side window.
    static qint64 safetyMarginMs(qint64 windowMs);

private:
    struct GroupState
    {
        QList<RateRule> rules;
        std::deque<qint64> sent;      // ascending send times, pruned beyond the longest window
        QList<quint64> pendingTickets; // granted, not yet on the wire
        qint64 blockedUntil = 0;
    };
    qint64 waitLocked(const GroupState &state, qint64 now) const;
    void pruneLocked(GroupState &state, qint64 now) const;
    // Grants (returns 0 and records the grant) or returns the wait; the caller holds the lock.
    qint64 grantLocked(EndpointGroup group, qint64 &grantedAt);
    static void recordSentLocked(GroupState &state, qint64 now);
    void notify(EndpointGroup group, qint64 grantedAt) const;

    const Clock &m_clock;
    mutable QMutex m_mutex;
    QMap<EndpointGroup, GroupState> m_groups;
    std::function<void(EndpointGroup, qint64)> m_observer;
    quint64 m_nextTicket = 1;
};

} // namespace bcs
