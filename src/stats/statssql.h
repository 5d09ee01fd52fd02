#pragma once
// SQL fragments shared by the aggregates and the daily totals summed from the same rows, so that
// both count a win, a loss and a stat the same way.

#include <QString>

namespace bcs {

// Goals of the player's own team and of the other team (player alias `p`, replay alias `x`).
QString ownGoalsSql();
QString otherGoalsSql();

// "sum(alias.core_shots), ..." for every catalogue stat, in catalogue order.
QString statSumsSql(const QString &alias);

// "core_shots, ..." for every catalogue stat, in catalogue order.
QString statColumnsSql();

} // namespace bcs
