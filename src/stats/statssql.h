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

// "sum(alias.core_shots), ..." for every catalogue stat, in catalogue order.
QString statSumsSql(const QString &alias);

// "core_shots, ..." for every catalogue stat, in catalogue order.
QString statColumnsSql();

// "FROM ... WHERE ..." of a role's player rows `p` with their ok replays `x`, to which a filter's
// " AND ..." conditions are appended. Bound first: the role, then the first and last replay id
// (a range scanned through the role index).
QString roleRowsByReplaySql();
// The same for a short date range (the filter has both dates), through the date index; bound
// first: the role.
QString roleRowsByDateSql();

} // namespace bcs
