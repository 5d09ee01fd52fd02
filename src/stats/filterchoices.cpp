#include "stats/filterchoices.h"

#include "stats/statstr.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

namespace bcs {

namespace {
QList<FilterChoice> choices(QSqlDatabase &db, const QString &valueColumn,
                            const QString &nameColumn, const QString &order)
{
    QSqlQuery query = selectOrThrow(
        db,
        QStringLiteral("SELECT %1, COALESCE(NULLIF(MAX(%2), ''), %1), COUNT(*) FROM replays "
                       "WHERE %1 IS NOT NULL AND %1 <> '' GROUP BY %1 ORDER BY %3")
            .arg(valueColumn, nameColumn, order),
        {}, StatsTr::tr("listing the filter's choices"));
    QList<FilterChoice> list;
    while (query.next())
        list.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()});
    return list;
}
} // namespace

FilterChoices filterChoices(QSqlDatabase db)
{
    FilterChoices result;
    result.playlists = choices(db, QStringLiteral("playlist_id"), QStringLiteral("playlist_name"),
                               QStringLiteral("3 DESC, 2"));
    result.maps = choices(db, QStringLiteral("map_code"), QStringLiteral("map_name"),
                          QStringLiteral("2 COLLATE NOCASE"));
    QSqlQuery sizes = selectOrThrow(
        db,
        QStringLiteral("SELECT DISTINCT team_size FROM replays WHERE team_size > 0 ORDER BY 1"), {},
        StatsTr::tr("listing the filter's choices"));
    while (sizes.next())
        result.teamSizes << sizes.value(0).toInt();
    return result;
}

FilteredCount filteredCount(QSqlDatabase db, const StatsFilter &filter)
{
    QVariantList values;
    const QString where = filter.sql(values);
    QSqlQuery query = selectOrThrow(
        db,
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(x.status = 'ok'), 0) FROM replays x "
                       "WHERE 1") +
            where,
        values, StatsTr::tr("counting games"));
    FilteredCount count;
    if (query.next()) {
        count.listed = query.value(0).toInt();
        count.detailed = query.value(1).toInt();
    }
    return count;
}

} // namespace bcs
