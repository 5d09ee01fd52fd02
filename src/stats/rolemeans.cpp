#include "stats/rolemeans.h"

#include "core/statcatalogue.h"
#include "stats/rounding.h"

#include <QStringList>

namespace bcs {

namespace {

// In RoleSums::sums order.
const StatDefinition *const *roleMeansStats()
{
    static const StatDefinition *const stats[3] = {
        findStat(u"positioning.percent_behind_ball"),
        findStat(u"movement.avg_speed"),
        findStat(u"positioning.avg_distance_to_ball"),
    };
    return stats;
}

} // namespace

QString sideSql()
{
    return QStringLiteral(
        "(CASE WHEN r.role = 'me' THEN 0 WHEN p.team = v.my_team THEN 1 ELSE 2 END)");
}

const QStringList &roleMeansColumns()
{
    static const QStringList columns = [] {
        QStringList names;
        for (int i = 0; i < 3; ++i)
            names << roleMeansStats()[i]->columnName();
        return names;
    }();
    return columns;
}

QString roleMeansColumnsSql()
{
    return QStringLiteral("p.") + roleMeansColumns().join(QStringLiteral(", p."));
}

void RoleSums::addRow(const QSqlQuery &query, int firstColumn)
{
    ++rows;
    for (int i = 0; i < 3; ++i)
        sums[i] += query.value(firstColumn + i).toLongLong();
}

void RoleSums::addSums(const QSqlQuery &query, int firstColumn)
{
    rows += query.value(firstColumn).toInt();
    for (int i = 0; i < 3; ++i)
        sums[i] += query.value(firstColumn + 1 + i).toLongLong();
}

void RoleSums::add(const RoleSums &other)
{
    rows += other.rows;
    for (int i = 0; i < 3; ++i)
        sums[i] += other.sums[i];
}

RoleMeans RoleSums::means(bool rounded) const
{
    double values[3] = {0, 0, 0};
    for (int i = 0; i < 3; ++i) {
        if (rows > 0)
            values[i] = double(sums[i]) / double(roleMeansStats()[i]->storageScale() * rows);
        if (rounded)
            values[i] = roundToDecimals(values[i], 1);
    }
    return {values[0], values[1], values[2]};
}

} // namespace bcs
