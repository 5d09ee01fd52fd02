#pragma once
// Results per lineup of named teammates ("who do I win with?"), over the role tables. The seed's
// analyses are in stats/scorelines.h, stats/gamerows.h and stats/correlation.h.

#include "stats/statsfilter.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace bcs {

struct LineupRow
{
    QStringList teammates; // the aliases of the named teammates on my team, sorted; none: alone
    int games = 0, wins = 0, losses = 0;
    double winRate = 0; // percent
};

// Most games first (equal counts in the order of their lineup keys). Throws StorageError.
QList<LineupRow> lineups(QSqlDatabase db, const StatsFilter &filter);
// The replays behind one lineup row (its `teammates` as given), newest first.
QStringList lineupReplayIds(QSqlDatabase db, const StatsFilter &filter,
                            const QStringList &teammates);

} // namespace bcs
