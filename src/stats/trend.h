#pragma once
// A stat of a role over time, per week or month of the user's local calendar: games and win rate
// over every listed game, the per-game mean over the games whose details are cached
// (`games_with_details`; the value is null in a period without any).

#include "core/statcatalogue.h"
#include "stats/statsfilter.h"

#include <QJsonObject>

namespace bcs {

class Database;

enum class TrendBucket { Week, Month };

// Summed from the daily totals (stats/dailytotals.h) where a UTC day lies within one period, from
// player rows for the days a local period starts in and for the partial days a plan leaves;
// from player rows only while the totals are stale. The same answer either way.
QJsonObject trend(const Database &database, const StatDefinition &stat, const QString &role,
                  TrendBucket bucket, const StatsFilter &filter);

} // namespace bcs
