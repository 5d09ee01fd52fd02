#pragma once
// Per Game (the seed's analysis, SEED_API.md): one row per game of mine, newest first, with my
// own values and my teammates' and the opponents' means in that game. The seed's Win/Loss view
// groups these rows itself. The games whose details are cached, or with Coverage::Listed every
// listed game (the means only where the detail is cached).

#include "stats/rolemeans.h"
#include "stats/statsfilter.h"
#include "stats/statssql.h"

#include <QList>
#include <QString>
#include <optional>

namespace bcs {

class Database;

struct GameRow
{
    QString id;
    QString date; // as ballchasing sent it
    QString title;
    QString mapName; // display name, else the code; empty when neither is known
    QString playlistName;
    int duration = 0; // seconds
    QString myTeam;   // "blue" or "orange"
    int myGoals = 0;
    int oppGoals = 0;
    bool overtime = false;
    bool detailed = false;              // the detail is cached; else no means
    std::optional<RoleMeans> me;        // my row's values, not rounded
    std::optional<RoleMeans> teammates; // rounded to 1 decimal; none in 1v1 or without any
    std::optional<RoleMeans> opponents; // rounded to 1 decimal
};

// `limit` < 0: every game.
QList<GameRow> gameRows(const Database &database, const StatsFilter &filter, int limit, int offset,
                        Coverage coverage = Coverage::Detailed);

} // namespace bcs
