#include "stats/statsfilter.h"

namespace bcs {

QString StatsFilter::sql(QVariantList &values) const
{
    QString where;
    if (afterMs) {
        where += QStringLiteral(" AND x.date_ms >= ?");
        values << *afterMs;
    }
    if (beforeMs) {
        where += QStringLiteral(" AND x.date_ms <= ?");
        values << *beforeMs;
    }
    if (!playlists.isEmpty()) {
        QStringList alternatives;
        for (const QString &playlist : playlists) {
            alternatives << QStringLiteral(
                "x.playlist_id = ? OR lower(x.playlist_name) = lower(?)");
            values << playlist << playlist;
        }
        where +=
            QStringLiteral(" AND (") + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (teamSize) {
        where += QStringLiteral(" AND x.team_size = ?");
        values << *teamSize;
    }
    if (excludeTies)
        where += QStringLiteral(" AND x.blue_goals <> x.orange_goals");
    if (minDurationSeconds) {
        where += QStringLiteral(" AND x.duration >= ?");
        values << *minDurationSeconds;
    }
    if (!map.isEmpty()) {
        where += QStringLiteral(" AND (x.map_code = ? OR lower(x.map_name) = lower(?))");
        values << map << map;
    }
    return where;
}

} // namespace bcs
