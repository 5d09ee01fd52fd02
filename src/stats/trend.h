#pragma once
// A stat of a role over time, per week or month of the user's local calendar: games and win rate
// over every listed game, the per-game mean over the games whose details are cached
// (`games_with_details`; the value is null in a period without any).

#include "core/statcatalogue.h"
#include "stats/statsfilter.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace bcs {

class Database;

enum class TrendBucket { Week, Month };

struct TrendPoint
{
    QString period;     // "2025-W07" (ISO week) or "2025-02"
    QDate start;        // the period's first local day: a Monday, or the 1st
    int games = 0;      // every listed game
    double winRate = 0; // percent, over `games`
    int gamesWithDetails = 0;
    std::optional<double> value; // the per-game mean over gamesWithDetails; none without any
};

struct Trend
{
    QString stat; // group.key
    QString role;
    TrendBucket bucket = TrendBucket::Week;
    QList<TrendPoint> points; // oldest first; periods without games are left out
};

// Summed from the daily totals (stats/dailytotals.h) where a UTC day lies within one period, from
// player rows for the days a local period starts in and for the partial days a plan leaves;
// from player rows only while the totals are stale. The same answer either way.
Trend trend(const Database &database, const StatDefinition &stat, const QString &role,
            TrendBucket bucket, const StatsFilter &filter);

} // namespace bcs
