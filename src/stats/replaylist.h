#pragma once
// The window's list of replays (the Replays page): every listed replay the filter keeps, detail
// cached or not, counted in one query and read a page at a time in the order asked for, so that
// a table of 20,000 rows never reads them all at once; and one replay with every player's role
// and stats for its detail pane. Sorting, searching and "only these ids" are SQL, never done over
// rows in memory.

#include "stats/aggregates.h"
#include "stats/statsfilter.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace bcs {

class Database;

enum class ReplaySort { Date, Playlist, Map, Score, Result, Duration };

struct ReplayQuery
{
    StatsFilter filter;
    // Kept when a player name, the map (code or name), the playlist or the title contains it;
    // any case (names with Unicode folding, the rest ASCII as SQLite's LIKE).
    QString search;
    // Only these replays (a chart's point, a scoreline's games), within the filter.
    std::optional<QStringList> onlyIds;
    ReplaySort sort = ReplaySort::Date;
    bool descending = true;

    friend bool operator==(const ReplayQuery &, const ReplayQuery &) = default;
};

struct ReplayListRow
{
    QString id;
    qint64 dateMs = 0;
    QString title;
    QString playlistName; // display name, else the id
    QString mapName;      // display name, else the code
    int duration = 0;     // seconds, overtime included
    bool overtime = false;
    int blueGoals = 0;
    int orangeGoals = 0;
    QString myTeam; // "blue" or "orange"; empty in a replay without me
    bool detailed = false;
    QStringList blueNames; // by slot
    QStringList orangeNames;

    bool withMe() const { return !myTeam.isEmpty(); }
    int myGoals() const { return myTeam == QLatin1String("orange") ? orangeGoals : blueGoals; }
    int theirGoals() const { return myTeam == QLatin1String("orange") ? blueGoals : orangeGoals; }
    // My team's names and the other team's; blue and orange in a replay without me.
    const QStringList &myNames() const { return myTeam == QLatin1String("orange") ? orangeNames : blueNames; }
    const QStringList &theirNames() const { return myTeam == QLatin1String("orange") ? blueNames : orangeNames; }
};

// How many replays the query keeps: one COUNT. Throws StorageError.
int countReplayList(const Database &database, const ReplayQuery &query);
// Rows offset .. offset + limit - 1 (limit < 0: every row from offset) in the query's order (ties broken newest first, then by
// replay), with every player's name. Throws StorageError.
QList<ReplayListRow> replayListPage(const Database &database, const ReplayQuery &query,
                                    int offset, int limit);

struct ReplayDetail
{
    // As replaysWithRoles() gives it (its players' roles and stored stats) — here for a replay
    // whose detail is not cached yet too: its players from the listing, with the listing's
    // values (score, MVP) and 0 for every other stat.
    ReplayWithRoles replay;
    qint64 dateMs = 0;
    QString playlistName;
    bool detailed = false;
    // The configured aliases in the config's order: teammate:<alias> takes the colour of its index.
    QStringList aliases;
};

// Throws StorageError; nullopt when no replay has this id.
std::optional<ReplayDetail> replayDetail(const Database &database, const QString &id);

} // namespace bcs
