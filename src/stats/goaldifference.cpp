#include "stats/goaldifference.h"

#include "stats/rounding.h"

#include <QMap>

namespace bcs {

namespace {
struct MeanSum
{
    int count = 0;
    RoleMeans sum;
    void add(const std::optional<RoleMeans> &value)
    {
        if (!value)
            return;
        ++count;
        sum.percentBehindBall += value->percentBehindBall;
        sum.avgSpeed += value->avgSpeed;
        sum.avgDistanceToBall += value->avgDistanceToBall;
    }
    std::optional<RoleMeans> mean() const
    {
        if (count == 0)
            return std::nullopt;
        return RoleMeans{roundToDecimals(sum.percentBehindBall / count, 1),
                         roundToDecimals(sum.avgSpeed / count, 1),
                         roundToDecimals(sum.avgDistanceToBall / count, 1)};
    }
};
} // namespace

QList<GoalDifferenceRow> goalDifferences(const QList<GameRow> &games)
{
    struct Group
    {
        GoalDifferenceRow row;
        MeanSum me, teammates, opponents;
    };
    QMap<int, Group> groups; // ascending difference
    for (int i = 0; i < games.size(); ++i) {
        const GameRow &game = games.at(i);
        const int difference = game.myGoals - game.oppGoals;
        Group &group = groups[difference];
        group.row.goalDifference = difference;
        ++group.row.games;
        group.row.wins += difference > 0;
        group.row.losses += difference < 0;
        group.row.ties += difference == 0;
        group.row.rows.append(i);
        if (game.detailed) {
            ++group.row.gamesWithDetails;
            group.me.add(game.me);
            group.teammates.add(game.teammates);
            group.opponents.add(game.opponents);
        }
    }
    QList<GoalDifferenceRow> rows;
    for (const Group &group : std::as_const(groups)) {
        GoalDifferenceRow row = group.row;
        row.me = group.me.mean();
        row.teammates = group.teammates.mean();
        row.opponents = group.opponents.mean();
        rows.prepend(row); // largest difference first
    }
    return rows;
}

} // namespace bcs
