#pragma once
// Per Scoreline (the seed's analysis, SEED_API.md): one row per final score of my games, with my
// means, my teammates' and the opponents' over the player rows of those games.

#include "stats/rolemeans.h"
#include "stats/statsfilter.h"

#include <QList>
#include <optional>

namespace bcs {

class Database;

struct ScorelineRow
{
    int myGoals = 0;
    int oppGoals = 0;
    int games = 0;            // every listed game of mine with this score
    int gamesWithDetails = 0; // what the means are over; without any, there are none
    std::optional<RoleMeans> me;        // rounded to 1 decimal, as are the others
    std::optional<RoleMeans> teammates; // every non-me player on my team; none in 1v1
    std::optional<RoleMeans> opponents;
};

// Sorted by my goals descending, then the other team's ascending. Teammates are left out when
// the filter asks for 1v1 (team size 1), as the seed does.
QList<ScorelineRow> scorelines(const Database &database, const StatsFilter &filter);

} // namespace bcs
