#pragma once
// The three stats the seed's Per Scoreline and Per Game views show per role side (me, my
// teammates, the opponents), summed from player rows and turned into means. Shared by
// stats/scorelines.cpp and stats/gamerows.cpp so both read and round them the same way.

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace bcs {

// The seed's R: `positioning.percent_behind_ball`, `movement.avg_speed`,
// `positioning.avg_distance_to_ball`.
struct RoleMeans
{
    double percentBehindBall = 0;
    double avgSpeed = 0;
    double avgDistanceToBall = 0;
};

// Which side of my game a player row is on; the numbers are what sideSql() yields.
enum class Side { Me = 0, Teammates = 1, Opponents = 2 };
inline constexpr int kSides = 3;

// Player rows `p` with roles `r` in replays with a perspective `v`: the row's Side.
QString sideSql();
// The three stats' columns, in RoleMeans order: "positioning_percent_behind_ball", ...
const QStringList &roleMeansColumns();
// "p.<percent_behind_ball>, p.<avg_speed>, p.<avg_distance_to_ball>", as stored.
QString roleMeansColumnsSql();

// Sums of the three stats over player rows, as stored (integers x storage scale): exact, so
// that the halves of a scan add up to what one pass gives and a mean is the true mean of the
// values ballchasing sent, rounded once. (The seed adds doubles in its row order; on a mean that
// is exactly a decimal half, e.g. 2219.25, its float error can tip the rounding the other way.)
struct RoleSums
{
    int rows = 0;
    qint64 sums[3] = {0, 0, 0};

    // One row: the three columns of roleMeansColumnsSql() from `query`, from `firstColumn`.
    void addRow(const QSqlQuery &query, int firstColumn);
    // Rows already summed: a row count and the three sums from `query`, from `firstColumn`.
    void addSums(const QSqlQuery &query, int firstColumn);
    void add(const RoleSums &other);
    // Means over the rows (0 without rows), rounded to 1 decimal or at full precision.
    RoleMeans means(bool rounded) const;
};

} // namespace bcs
