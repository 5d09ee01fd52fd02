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

} // namespace bcs
