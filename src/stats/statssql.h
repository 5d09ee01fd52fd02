#pragma once
// SQL fragments shared by the aggregates and the daily totals summed from the same rows, so that
// both count a win, a loss and a stat the same way.

#include <QString>

namespace bcs {

// Goals of the player's own team and of the other team (player alias `p`, replay alias `x`).
QString ownGoalsSql();
QString otherGoalsSql();
// The same from my side of a replay with a perspective (alias `v`, replay alias `x`).
QString myTeamGoalsSql();
QString opposingTeamGoalsSql();

// A player row's shooting percentage, goals / shots x 100 (0 without shots), as a double: the
// cache keeps percentages to 5 decimals (statcatalogue.h), this is exact.
QString shootingPercentageSql();

// "sum(alias.core_shots), ..." for every catalogue stat, in catalogue order.
QString statSumsSql(const QString &alias);

// "core_shots, ..." for every catalogue stat, in catalogue order.
QString statColumnsSql();

// Which games a stat is over (DESIGN.md §5): the games whose details are cached (every stat),
// or every listed game (results, score, MVPs, rank: what a listing row shows).
enum class Coverage { Detailed, Listed };

// "FROM ... WHERE ..." of a role's player rows `p` with their replays `x` (ok ones for
// Detailed), to which a filter's " AND ..." conditions are appended. Bound first: the role, then
// the first and last replay id (a range scanned through the role index).
QString roleRowsByReplaySql(Coverage coverage = Coverage::Detailed);
// "FROM ... WHERE ..." of every player row `p` (role `r`) of my games (perspective `v`, ok replay
// `x`) in a replay-id range: bound first, the first and last replay id. Driven from the player
// rows in replay order, so the rows of a game come together and no sorter is needed; SQLite
// sorts every row for a GROUP BY, 6x the cost of this scan at 120,000 rows.
QString myGamesPlayerRowsSql();
// The same for a short date range (the filter has both dates), through the date index; bound
// first: the role.
QString roleRowsByDateSql(Coverage coverage = Coverage::Detailed);

// " AND x.status = 'ok'" for Detailed, nothing for Listed.
QString coverageSql(Coverage coverage);

} // namespace bcs
