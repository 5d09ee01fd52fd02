#include "net/ratelimiter.h"

#include <algorithm>

namespace bcs {

RateLimiter::RateLimiter(const Clock &clock, const RateLimitTable &rules) : m_clock(clock)
{
    setRules(rules);
}

qint64 RateLimiter::safetyMarginMs(qint64 windowMs)
{
    // The server stamps arrivals, not our sends: network and scheduling jitter of tens of ms
    // can move two sends one window apart into one server window (practitioners pacing at the
    // documented 16/s still drew 429s, ../API.md §2). 50 ms per second-window costs 5% of a
    // per-second cap that the hourly quota binds long before on every tier that has one; an
    // hour's window gets 1% (36 s).
    return std::max<qint64>(50, windowMs / 100);
}

qint64 RateLimiter::waitLocked(const GroupState &state, qint64 now) const
{
    qint64 earliest = std::max(now, state.blockedUntil);
    // The log as it may be on the wire: the confirmed sends, then every pending grant "now".
    const auto confirmed = static_cast<qsizetype>(state.sent.size());
    const qsizetype size = confirmed + state.pendingTickets.size();
    for (const RateRule &rule : state.rules) {
        if (size < rule.count)
            continue;
        // The window ending at the next send holds the last `count - 1` sends plus the new one, so
        // the send `count` places back must have left the window (plus margin).
        const qsizetype index = size - rule.count;
        const qint64 oldestThatMustExpire =
            index < confirmed ? state.sent[static_cast<size_t>(index)] : now;
        earliest = std::max(earliest,
                            oldestThatMustExpire + rule.windowMs + safetyMarginMs(rule.windowMs));
    }
    return earliest - now;
}

void RateLimiter::pruneLocked(GroupState &state, qint64 now) const
{
    qint64 longest = 0;
    for (const RateRule &rule : state.rules)
        longest = std::max(longest, rule.windowMs + safetyMarginMs(rule.windowMs));
    while (!state.sent.empty() && state.sent.front() <= now - longest)
        state.sent.pop_front();
}

qint64 RateLimiter::grantLocked(EndpointGroup group, qint64 &grantedAt)
{
    GroupState &state = m_groups[group];
    const qint64 now = m_clock.nowMs();
    pruneLocked(state, now);
    const qint64 wait = waitLocked(state, now);
    grantedAt = now;
    return wait > 0 ? wait : 0;
}

void RateLimiter::recordSentLocked(GroupState &state, qint64 now)
{
    // Keep the log sorted even if the wall clock stepped back: never record before the last.
    state.sent.push_back(state.sent.empty() ? now : std::max(now, state.sent.back()));
}

void RateLimiter::notify(EndpointGroup group, qint64 grantedAt) const
{
    if (m_observer)
        m_observer(group, grantedAt);
}

qint64 RateLimiter::tryAcquire(EndpointGroup group)
{
    qint64 grantedAt = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (const qint64 wait = grantLocked(group, grantedAt))
            return wait;
        recordSentLocked(m_groups[group], grantedAt);
    }
    notify(group, grantedAt);
    return 0;
}

RateLimiter::Grant RateLimiter::acquirePending(EndpointGroup group)
{
    Grant grant;
    qint64 grantedAt = 0;
    {
        QMutexLocker lock(&m_mutex);
        grant.waitMs = grantLocked(group, grantedAt);
        if (grant.waitMs > 0)
            return grant;
        grant.ticket = m_nextTicket++;
        m_groups[group].pendingTickets.append(grant.ticket);
    }
    // The hour's log persists the grant: a few ms before the real send is within any margin.
    notify(group, grantedAt);
    return grant;
}

void RateLimiter::confirmSent(EndpointGroup group, quint64 ticket)
{
    QMutexLocker lock(&m_mutex);
    GroupState &state = m_groups[group];
    if (!state.pendingTickets.removeOne(ticket))
        return;
    recordSentLocked(state, m_clock.nowMs());
}

qint64 RateLimiter::msUntilAvailable(EndpointGroup group) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_groups.constFind(group);
    if (it == m_groups.cend())
        return 0;
    return std::max<qint64>(0, waitLocked(*it, m_clock.nowMs()));
}

qint64 RateLimiter::msToSend(EndpointGroup group, int count) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_groups.constFind(group);
    if (it == m_groups.cend() || count <= 0)
        return 0;
    const qint64 start = m_clock.nowMs();
    GroupState simulated = *it; // sends are simulated on a copy
    for (qsizetype i = 0; i < simulated.pendingTickets.size(); ++i)
        recordSentLocked(simulated, start); // on their way: sent now
    simulated.pendingTickets.clear();
    qint64 at = start;
    for (int i = 0; i < count; ++i) {
        pruneLocked(simulated, at);
        at += waitLocked(simulated, at);
        recordSentLocked(simulated, at);
    }
    return at - start;
}

void RateLimiter::blockUntil(EndpointGroup group, qint64 untilMs)
{
    QMutexLocker lock(&m_mutex);
    GroupState &state = m_groups[group];
    state.blockedUntil = std::max(state.blockedUntil, untilMs);
}

void RateLimiter::setRules(const RateLimitTable &rules)
{
    QMutexLocker lock(&m_mutex);
    for (EndpointGroup group : kAllEndpointGroups) {
        QList<RateRule> groupRules = rules.value(group);
        std::sort(groupRules.begin(), groupRules.end(),
                  [](const RateRule &a, const RateRule &b) { return a.windowMs < b.windowMs; });
        m_groups[group].rules = groupRules;
    }
}

RateLimitTable RateLimiter::rules() const
{
    QMutexLocker lock(&m_mutex);
    RateLimitTable table;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        table.insert(it.key(), it->rules);
    return table;
}

QList<qint64> RateLimiter::history(EndpointGroup group) const
{
    QMutexLocker lock(&m_mutex);
    const GroupState state = m_groups.value(group);
    return QList<qint64>(state.sent.begin(), state.sent.end());
}

void RateLimiter::restoreHistory(EndpointGroup group, const QList<qint64> &sendTimesMs)
{
    QMutexLocker lock(&m_mutex);
    GroupState &state = m_groups[group];
    QList<qint64> merged(state.sent.begin(), state.sent.end());
    merged.append(sendTimesMs);
    std::sort(merged.begin(), merged.end());
    state.sent.assign(merged.begin(), merged.end());
    pruneLocked(state, m_clock.nowMs());
}

void RateLimiter::setGrantObserver(std::function<void(EndpointGroup, qint64)> observer)
{
    m_observer = std::move(observer);
}

RateLimitUsage RateLimiter::usage(EndpointGroup group) const
{
    QMutexLocker lock(&m_mutex);
    RateLimitUsage result;
    const GroupState state = m_groups.value(group);
    const qint64 now = m_clock.nowMs();
    // Pending grants are on their way to the wire: they are used, and they leave last.
    const auto pending = static_cast<int>(state.pendingTickets.size());
    auto inWindow = [&state, now, pending](qint64 windowMs) {
        return pending +
               static_cast<int>(std::count_if(state.sent.begin(), state.sent.end(),
                                              [&](qint64 t) { return t > now - windowMs; }));
    };
    if (!state.rules.isEmpty()) {
        const RateRule &shortest = state.rules.constFirst();
        result.perSecond = shortest.count;
        result.tokensAvailable = std::max(0, shortest.count - inWindow(shortest.windowMs));
        const auto firstInWindow =
            std::find_if(state.sent.begin(), state.sent.end(),
                         [&](qint64 t) { return t > now - shortest.windowMs; });
        const qint64 firstLeaving = firstInWindow != state.sent.end() ? *firstInWindow
                                    : pending > 0                    ? now
                                                                     : now - shortest.windowMs;
        result.secondsUntilReset =
            std::max<qint64>(0, firstLeaving + shortest.windowMs - now) / 1000.0;
    }
    constexpr qint64 kHourMs = 3600 * 1000;
    for (const RateRule &rule : state.rules) {
        if (rule.windowMs == kHourMs)
            result.perHour = rule.count;
    }
    result.hourUsed = inWindow(kHourMs);
    const auto oldestInHour = std::find_if(state.sent.begin(), state.sent.end(),
                                           [&](qint64 t) { return t > now - kHourMs; });
    if (oldestInHour != state.sent.end())
        result.secondsUntilHourFrees = (*oldestInHour + kHourMs - now) / 1000.0;
    return result;
}

} // namespace bcs
