#include "stats/rankhistory.h"

#include "stats/roleresolver.h"
#include "stats/statstr.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace bcs {

QJsonArray rankHistory(QSqlDatabase db, const StatsFilter &filter)
{
    QVariantList values{role::Me};
    const QString where = filter.sql(values);
    // Every listed game counts: a rank is what the listing shows.
    QSqlQuery query = selectOrThrow(
        db,
        QStringLiteral(
            "SELECT x.date_text, x.id, x.playlist_id, x.playlist_name, p.rank_tier, "
            "p.rank_division, p.rank_name, "
            "(SELECT avg(o.rank_tier) FROM players o WHERE o.rid = x.rid AND o.team <> p.team "
            "AND o.rank_tier IS NOT NULL), "
            "(SELECT count(*) FROM players o WHERE o.rid = x.rid AND o.team <> p.team "
            "AND o.rank_tier IS NOT NULL) "
            "FROM player_roles r JOIN players p ON p.rowid = r.prow JOIN replays x "
            "ON x.rid = r.rid WHERE r.role = ? AND p.rank_tier IS NOT NULL%1 "
            "ORDER BY x.date_ms, x.id")
            .arg(where),
        values, StatsTr::tr("analysing the cache"));
    QJsonArray games;
    while (query.next()) {
        const QString playlistName = query.value(3).toString();
        games.append(QJsonObject{
            {QStringLiteral("date"), query.value(0).toString()},
            {QStringLiteral("replay_id"), query.value(1).toString()},
            {QStringLiteral("playlist"), query.value(2).toString()},
            {QStringLiteral("playlist_name"),
             playlistName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(playlistName)},
            {QStringLiteral("tier"), query.value(4).toInt()},
            {QStringLiteral("division"), query.value(5).toInt()},
            {QStringLiteral("name"), query.value(6).toString()},
            {QStringLiteral("opponents_mean_tier"),
             query.isNull(7) ? QJsonValue(QJsonValue::Null) : QJsonValue(query.value(7).toDouble())},
            {QStringLiteral("opponents_ranked"), query.value(8).toInt()}});
    }
    return games;
}

} // namespace bcs
