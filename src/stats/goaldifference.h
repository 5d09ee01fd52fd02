#pragma once
// Win/Loss by goal difference (the seed's Win/Loss view, which groups the Per Game rows itself):
// one row per final goal difference of my games, most won first, with the games behind it and my
// means over those with details. Pure: game rows in, groups out.

#include "stats/gamerows.h"

namespace bcs {

struct GoalDifferenceRow
{
    int goalDifference = 0; // my team's goals - the other team's
    int games = 0, wins = 0, losses = 0, ties = 0;
    int gamesWithDetails = 0;
    std::optional<RoleMeans> me; // means of my per-game values, rounded to 1 decimal
    std::optional<RoleMeans> teammates;
    std::optional<RoleMeans> opponents;
    QList<int> rows; // indices into the game rows given, in their order
};

// Largest difference first (+5 … −5).
QList<GoalDifferenceRow> goalDifferences(const QList<GameRow> &games);

} // namespace bcs
