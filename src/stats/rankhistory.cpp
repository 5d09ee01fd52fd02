#include "stats/rankhistory.h"

#include "stats/roleresolver.h"
#include "stats/statstr.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>

namespace bcs {

QList<RankGame> rankHistory(QSqlDatabase db, const StatsFilter &filter)
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
    QList<RankGame> games;
    while (query.next())
        games.append({query.value(0).toString(), query.value(1).toString(),
                      query.value(2).toString(), query.value(3).toString(), query.value(4).toInt(),
                      query.value(5).toInt(), query.value(6).toString(),
                      query.isNull(7) ? std::nullopt : std::optional(query.value(7).toDouble()),
                      query.value(8).toInt()});
    return games;
}

} // namespace bcs
