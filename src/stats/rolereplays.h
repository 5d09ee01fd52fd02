#pragma once
// The replays behind a number the window shows, so that clicking a bar or a point opens them on
// the Replays page: a role's games under a filter, and the filter narrowed to one period of a
// trend. The same games the aggregates and the trend count, by the same SQL and filter.

#include "stats/statsfilter.h"
#include "stats/statssql.h"
#include "stats/trend.h"

#include <QDate>
#include <QStringList>

namespace bcs {

class Database;

// Ballchasing ids of the replays in which `role` played and `filter` keeps, newest first; over
// the games with details (what a stat is over) or every listed game (what a result is over).
QStringList roleReplayIds(const Database &database, const QString &role, const StatsFilter &filter,
                          Coverage coverage = Coverage::Detailed);

// `filter` narrowed to the local week (from Monday `start`) or month (from the 1st `start`) of a
// trend point (TrendPoint::start), keeping its own dates where they are narrower.
StatsFilter periodFilter(const StatsFilter &filter, TrendBucket bucket, const QDate &start);

} // namespace bcs
