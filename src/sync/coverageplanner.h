#pragma once
// Decides what a sync request still needs (DESIGN.md §5): "already synced" when one completed
// sync with the same listing filter covers [A, B]; else the parts of [A, B] no completed sync
// covers, plus one `created-after` listing for late uploads into the covered parts. A completed
// sync with an open end covers up to its own start; a request with no B means up to now.
// Pure function of its inputs: no clock, no database.

#include "storage/synclogrepository.h"

#include <QList>
#include <optional>

namespace bcs {

struct MatchDateRange
{
    std::optional<qint64> afterMs;  // open start when empty
    std::optional<qint64> beforeMs; // open end when empty
};

struct CoveragePlan
{
    std::optional<SyncLogEntry> coveredBy; // set: nothing to do
    QList<MatchDateRange> gaps;            // uncovered parts, each to be listed by match date
    std::optional<qint64> lateUploadsCreatedAfterMs;
};

// `overlapMs` widens the late-upload listing backwards against clock skew between our start
// time and ballchasing's `created` stamps.
CoveragePlan planCoverage(const MatchDateRange &request, qint64 nowMs,
                          const QList<SyncLogEntry> &completedSameFilter, bool force,
                          qint64 overlapMs = 10 * 60 * 1000);

} // namespace bcs
