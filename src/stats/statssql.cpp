#include "stats/statssql.h"

#include "core/statcatalogue.h"

#include <QStringList>

namespace bcs {

QString ownGoalsSql()
{
    return QStringLiteral("(CASE p.team WHEN 'blue' THEN x.blue_goals ELSE x.orange_goals END)");
}

QString otherGoalsSql()
{
    return QStringLiteral("(CASE p.team WHEN 'blue' THEN x.orange_goals ELSE x.blue_goals END)");
}

QString myTeamGoalsSql()
{
    return QStringLiteral("(CASE v.my_team WHEN 'blue' THEN x.blue_goals ELSE x.orange_goals END)");
}

QString opposingTeamGoalsSql()
{
    return QStringLiteral("(CASE v.my_team WHEN 'blue' THEN x.orange_goals ELSE x.blue_goals END)");
}

QString shootingPercentageSql()
{
    return QStringLiteral(
        "(CASE WHEN p.core_shots > 0 THEN 100.0 * p.core_goals / p.core_shots ELSE 0.0 END)");
}

QString statSumsSql(const QString &alias)
{
    QStringList sums;
    for (const StatDefinition &stat : statCatalogue())
        sums << QStringLiteral("sum(%1.%2)").arg(alias, stat.columnName());
    return sums.join(QStringLiteral(", "));
}

QString statColumnsSql()
{
    QStringList columns;
    for (const StatDefinition &stat : statCatalogue())
        columns << stat.columnName();
    return columns.join(QStringLiteral(", "));
}

QString coverageSql(Coverage coverage)
{
    return coverage == Coverage::Detailed ? QStringLiteral(" AND x.status = 'ok'") : QString();
}

QString roleRowsByReplaySql(Coverage coverage)
{
    return QStringLiteral("FROM player_roles r JOIN players p ON p.rowid = r.prow JOIN replays x "
                          "ON x.rid = r.rid WHERE r.role = ? AND r.rid BETWEEN ? AND ?") +
           coverageSql(coverage);
}

QString myGamesPlayerRowsSql()
{
    return QStringLiteral("FROM players p CROSS JOIN perspectives v ON v.rid = p.rid "
                          "CROSS JOIN replays x ON x.rid = p.rid "
                          "CROSS JOIN player_roles r ON r.prow = p.rowid "
                          "WHERE p.rid BETWEEN ? AND ? AND x.status = 'ok'");
}

QString roleRowsByDateSql(Coverage coverage)
{
    return QStringLiteral("FROM replays x INDEXED BY replays_date CROSS JOIN player_roles r "
                          "ON r.role = ? AND r.rid = x.rid JOIN players p ON p.rowid = r.prow "
                          "WHERE 1") +
           coverageSql(coverage);
}

} // namespace bcs
