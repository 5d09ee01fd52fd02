#include "stats/analyses.h"

#include "stats/roleindex.h"
#include "stats/statssql.h"
#include "stats/statstr.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlQuery>
#include <algorithm>

namespace bcs {

QList<LineupRow> lineups(QSqlDatabase db, const StatsFilter &filter)
{
    QVariantList values;
    const QString where = filter.sql(values);
    // Per listed replay with me: the named teammates on my team, sorted, joined; then count per
    // lineup.
    QSqlQuery query = selectOrThrow(
        db,
        QStringLiteral("SELECT v.lineup, count(*), sum(%1 > %2), sum(%1 < %2) FROM perspectives v "
                       "JOIN replays x ON x.rid = v.rid WHERE 1%3 GROUP BY v.lineup")
            .arg(myTeamGoalsSql(), opposingTeamGoalsSql(), where),
        values, StatsTr::tr("analysing the cache"));
    QMap<QString, LineupRow> byKey;
    while (query.next()) {
        // The lineup string was built sorted and without repeats (stats/roleindex.cpp).
        const QString key = query.value(0).toString();
        LineupRow &lineup = byKey[key];
        const QStringList mates = key.split(kLineupSeparator, Qt::SkipEmptyParts);
        lineup.teammates = mates;
        lineup.games += query.value(1).toInt();
        lineup.wins += query.value(2).toInt();
        lineup.losses += query.value(3).toInt();
    }
    QList<LineupRow> sorted = byKey.values();
    for (LineupRow &lineup : sorted)
        lineup.winRate = 100.0 * lineup.wins / lineup.games;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const LineupRow &a, const LineupRow &b) { return a.games > b.games; });
    return sorted;
}

QStringList lineupReplayIds(QSqlDatabase db, const StatsFilter &filter,
                            const QStringList &teammates)
{
    QVariantList values;
    // As LineupRow holds them (the stored order); alone is '' — not NULL, which an empty
    // QString would bind as.
    values.append(teammates.isEmpty() ? QStringLiteral("") : teammates.join(kLineupSeparator));
    const QString where = filter.sql(values);
    QSqlQuery query = selectOrThrow(
        db,
        QStringLiteral("SELECT x.id FROM perspectives v JOIN replays x ON x.rid = v.rid "
                       "WHERE v.lineup = ?%1 ORDER BY x.date_ms DESC, x.rid DESC")
            .arg(where),
        values, StatsTr::tr("analysing the cache"));
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

} // namespace bcs
