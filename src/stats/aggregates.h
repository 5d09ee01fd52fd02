#pragma once
// Aggregated stats for a role, computed in SQL over the typed player columns and the role
// tables (never by parsing stored JSON): what the seed's AggregatedStats holds plus ties, the
// win rate, a per-game mean of every catalogue stat and the listing-level record; and the
// replays with every player's role. The API writes them as JSON (api/controllers/aggregatesjson.h).

#include "stats/statsfilter.h"

#include <QList>
#include <QString>

namespace bcs {

class Database;

// What a listing row shows, over every listed game, detail cached or not (DESIGN.md §5).
struct ListedRecord
{
    int games = 0, wins = 0, losses = 0, ties = 0;
    double winRate = 0;   // percent; 0 without games
    double meanScore = 0; // per game, rounded to 1 decimal
    int mvps = 0;
};

struct RoleAggregate
{
    // Over the games whose details are cached.
    int games = 0, wins = 0, losses = 0, ties = 0;
    double winRate = 0; // percent; 0 without games
    // One value per catalogue stat, in catalogue order (core/statcatalogue.h). `values` as the
    // seed's AggregatedStats holds them: a Sum stat's total, a Mean stat's per-game mean rounded
    // to 1 decimal (the seed rounds them so; its stat cards print them as they come). `perGame`:
    // every stat as a mean per game at full precision. In both, core.shooting_percentage is not a
    // mean of per-game percentages but goals over shots across all games (0 without shots),
    // rounded to 1 decimal in `values`.
    QList<double> values;
    QList<double> perGame;
    ListedRecord listed;
};

// One role, e.g. "me", "teammate:alice", "anon_opponent". Large caches are scanned in two
// halves of the replay-id range on two threads (each with its own read connection) and the sums
// merged: the 84 sums per row are CPU-bound and this machine class has two cores.
RoleAggregate aggregateRole(const Database &database, const QString &role,
                            const StatsFilter &filter);

struct ReplayPlayer
{
    QString name;
    QString role; // "unknown" in a replay without me
    QString team; // "blue" or "orange"
    // One value per catalogue stat, in catalogue order, as stored: the value x storageScale()
    // (0 where the detail is not cached), so that a writer can print it exactly.
    QList<qint64> scaledStats;
};

struct ReplayWithRoles
{
    QString id;
    QString title;
    QString mapName;  // display name, else the code
    QString date;     // as ballchasing sent it
    int duration = 0; // seconds
    int blueGoals = 0;
    int orangeGoals = 0;
    bool overtime = false;
    QString myTeam;              // "blue" or "orange"; empty in a replay without me
    QList<ReplayPlayer> players; // by team, then slot
};

// `/api/stats/replays`: newest first, each with my team and every player's role and stats.
QList<ReplayWithRoles> replaysWithRoles(const Database &database, const StatsFilter &filter,
                                        int limit, int offset);

} // namespace bcs
