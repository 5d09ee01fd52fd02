#include "sync/coverageplanner.h"

#include <algorithm>
#include <limits>

namespace bcs {

namespace {

constexpr qint64 kMinusInfinity = std::numeric_limits<qint64>::min();

struct Interval
{
    qint64 from;
    qint64 to;
    const SyncLogEntry *sync;
};

Interval coveredBy(const SyncLogEntry &sync)
{
    // An open end covers only what existed when that sync started.
    return {sync.dateAfterMs.value_or(kMinusInfinity), sync.dateBeforeMs.value_or(sync.startedMs),
            &sync};
}

} // namespace

CoveragePlan planCoverage(const MatchDateRange &request, qint64 nowMs,
                          const QList<SyncLogEntry> &completedSameFilter, bool force,
                          qint64 overlapMs)
{
    const qint64 from = request.afterMs.value_or(kMinusInfinity);
    const qint64 to = request.beforeMs.value_or(nowMs);
    CoveragePlan plan;
    if (force) {
        plan.gaps.append({request.afterMs, to});
        return plan;
    }

    QList<Interval> intervals;
    for (const SyncLogEntry &sync : completedSameFilter) {
        const Interval interval = coveredBy(sync);
        if (interval.to >= from && interval.from <= to) // intersects the request
            intervals.append(interval);
    }
    // The seed's rule: one sync alone covering the whole request means "already synced".
    for (auto it = intervals.crbegin(); it != intervals.crend(); ++it) {
        if (it->from <= from && it->to >= to) {
            plan.coveredBy = *it->sync;
            return plan;
        }
    }

    std::sort(intervals.begin(), intervals.end(),
              [](const Interval &a, const Interval &b) { return a.from < b.from; });
    qint64 cursor = from;
    bool cursorOpen = !request.afterMs.has_value();
    for (const Interval &interval : intervals) {
        if (interval.from > cursor)
            plan.gaps.append(
                {cursorOpen ? std::nullopt : std::optional<qint64>(cursor), interval.from});
        if (interval.to > cursor || (cursorOpen && interval.from == kMinusInfinity)) {
            cursor = std::max(cursor, interval.to);
            cursorOpen = false;
        }
    }
    if (cursor < to || cursorOpen)
        plan.gaps.append({cursorOpen ? std::nullopt : std::optional<qint64>(cursor), to});

    if (intervals.isEmpty())
        return plan;
    if (plan.gaps.isEmpty()) {
        // Covered only by several syncs together: still nothing missing.
        plan.coveredBy = *intervals.constLast().sync;
        return plan;
    }
    // Old games uploaded after a covering sync started are in no gap: list them by upload time.
    qint64 earliestStart = std::numeric_limits<qint64>::max();
    for (const Interval &interval : intervals)
        earliestStart = std::min(earliestStart, interval.sync->startedMs);
    plan.lateUploadsCreatedAfterMs = earliestStart - overlapMs;
    return plan;
}

} // namespace bcs
