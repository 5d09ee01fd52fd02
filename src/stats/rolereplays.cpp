#include "stats/rolereplays.h"

#include "stats/statstr.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QDateTime>
#include <QSqlQuery>
#include <algorithm>
#include <limits>

namespace bcs {

QStringList roleReplayIds(const Database &database, const QString &role, const StatsFilter &filter,
                          Coverage coverage)
{
    QSqlDatabase db = database.connection(Database::Access::ReadOnly);
    QVariantList values{role, qint64(0), std::numeric_limits<qint64>::max()};
    const QString where = filter.sql(values);
    // A role such as anon_opponent has several rows in a replay: one id each.
    QSqlQuery query = selectOrThrow(db,
                                    QStringLiteral("SELECT DISTINCT x.id, x.date_ms %1%2 "
                                                   "ORDER BY x.date_ms DESC, x.id")
                                        .arg(roleRowsByReplaySql(coverage), where),
                                    values, StatsTr::tr("listing replays"));
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

StatsFilter periodFilter(const StatsFilter &filter, TrendBucket bucket, const QDate &start)
{
    const QDate next = bucket == TrendBucket::Week ? start.addDays(7) : start.addMonths(1);
    const qint64 fromMs = start.startOfDay().toMSecsSinceEpoch();
    const qint64 lastMs = next.startOfDay().toMSecsSinceEpoch() - 1;
    StatsFilter narrowed = filter;
    narrowed.afterMs = std::max(filter.afterMs.value_or(fromMs), fromMs);
    narrowed.beforeMs = std::min(filter.beforeMs.value_or(lastMs), lastMs);
    return narrowed;
}

} // namespace bcs
