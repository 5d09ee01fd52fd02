#pragma once
// Per game of mine, the player rows of each side (me; my teammates, named and anonymous; the
// opponents) counted and summed, one row per replay in replay_sides: what the seed's Per
// Scoreline, Per Game and teammates/opponents correlations read. At 20,000 replays reading the
// 120,000 player rows they come from costs ~100 ms in QSqlQuery alone; these are 20,000 rows.
//
// The sums are of the stored integers (exact, as RoleSums adds them), and goals / shots x 100 is
// added up as a double in the order the analyses read the player rows, so a mean from here is
// the very double the rows give. Rebuilt in the writer thread after each role rebuild and keyed
// to its roles generation, as the daily totals are (stats/dailytotals.h); while stale, the
// analyses read player rows: the same answers, slower.

#include "stats/rolemeans.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace bcs {

class Database;

// Rebuilds the table unless it matches the current roles. In the writer thread; throws
// StorageError. Returns whether it rebuilt.
bool refreshReplaySides(const Database &database);
bool replaySidesAreFresh(QSqlDatabase db);

// The catalogue columns summed per side for my teammates and the opponents (the seed's
// correlation stats); me has only the three of RoleSums.
const QStringList &sideStatColumns();
// What sideColumnSql() calls the sum of the players' goals / shots x 100.
QString sideShootingPercentageColumn();

// "s.<side>_<column>": a side's sum of `column` (alias `s`); Teammates or Opponents.
QString sideColumnSql(Side side, const QString &column);
// "s.<side>_rows": how many player rows a side has in the game.
QString sideRowsSql(Side side);
// Per side in Side order, its row count and its three RoleSums sums (RoleSums::addSums() reads
// 4 columns per side), each wrapped in sum() when `summed`.
QString sideRoleSumsSql(bool summed);
// "FROM replay_sides s CROSS JOIN replays x ... WHERE ...", in replay-id order, to which a filter's
// " AND ..." conditions are appended.
QString replaySidesSql();

} // namespace bcs
