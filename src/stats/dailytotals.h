#pragma once
// Stats summed per role, UTC day and kind of replay (playlist, team size, tie, whole minutes of
// duration). An aggregate
// whose filters these keys express adds up a few hundred of these rows for the whole days of its
// range and reads player rows only for the partial days at its ends: 20,000 replays x 84 stats is
// ~50 ms of SQLite sums, the daily totals a few ms.
//
// Summing every player row takes ~0.8 s at 20,000 replays, too long to add to each role rebuild
// (the user waits for that one), so the totals are refreshed after it, in the writer thread, and
// record the roles generation they were built from. Until they match the current roles the
// aggregates sum player rows as before: slower for a moment, never wrong.

#include "stats/statsfilter.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace bcs {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

class Database;

// Appearances per (platform, platform_id, name) are summed in the same refresh, for the players
// list and the config suggestion.

// Rebuilds the totals unless they match the current roles. In the writer thread; throws
// StorageError. Returns whether it rebuilt.
bool refreshDailyTotals(const Database &database);
bool dailyTotalsAreFresh(QSqlDatabase db);

struct DailyTotalsPlan
{
    bool usable = false;            // false: a filter (map) needs the player rows
    std::optional<qint64> firstDay; // whole days summed from the totals, inclusive; unset: open
    std::optional<qint64> lastDay;
    std::optional<int> minMinutes; // games of at least this many whole minutes, from the totals
    struct Edge
    {
        StatsFilter filter;
        bool shortDateRange = false; // a partial day: found through the date index
    };
    // From player rows: the partial days at the ends of the range, and the games between a
    // minimum duration and the next whole minute.
    QList<Edge> edges;
};

DailyTotalsPlan planDailyTotals(const StatsFilter &filter);

// A FROM source with columns (platform, platform_id, name, games): the account totals when fresh,
// else the same counted from the player rows.
QString accountTotalsSource(QSqlDatabase db);

// The day a replay date (ms since the epoch, UTC) falls on; rounds down before 1970 too.
constexpr qint64 dayOf(qint64 dateMs)
{
    return dateMs >= 0 ? dateMs / kDayMs : -1 - (-1 - dateMs) / kDayMs;
}

} // namespace bcs
