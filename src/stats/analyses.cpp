#include "stats/analyses.h"

#include "stats/roleindex.h"
#include "stats/statssql.h"
#include "stats/statstr.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>
#include <algorithm>

namespace bcs {

QJsonArray lineups(QSqlDatabase db, const StatsFilter &filter)
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
    struct Lineup
    {
        QStringList teammates;
        int games = 0, wins = 0, losses = 0;
    };
    QMap<QString, Lineup> byKey;
    while (query.next()) {
        // The lineup string was built sorted and without repeats (stats/roleindex.cpp).
        const QString key = query.value(0).toString();
        Lineup &lineup = byKey[key];
        const QStringList mates = key.split(kLineupSeparator, Qt::SkipEmptyParts);
        lineup.teammates = mates;
        lineup.games += query.value(1).toInt();
        lineup.wins += query.value(2).toInt();
        lineup.losses += query.value(3).toInt();
    }
    QList<Lineup> sorted = byKey.values();
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Lineup &a, const Lineup &b) { return a.games > b.games; });
    QJsonArray rows;
    for (const Lineup &lineup : sorted)
        rows.append(
            QJsonObject{{QStringLiteral("teammates"), QJsonArray::fromStringList(lineup.teammates)},
                        {QStringLiteral("games"), lineup.games},
                        {QStringLiteral("wins"), lineup.wins},
                        {QStringLiteral("losses"), lineup.losses},
                        {QStringLiteral("win_rate"), 100.0 * lineup.wins / lineup.games}});
    return rows;
}

} // namespace bcs
