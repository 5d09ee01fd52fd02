#include "stats/statsfilter.h"

namespace bcs {

namespace {

// Playlists match by id (ranked-doubles) or by display name (Ranked Doubles), any case. NOCASE
// rather than lower() on both sides: the same ASCII folding without a string allocated per row
// (SQLite's allocator takes a global mutex, and two threads scanning halves queued on it).
QString playlistSql(const QStringList &playlists, const QString &alias, QVariantList &values)
{
    QStringList alternatives;
    for (const QString &playlist : playlists) {
        alternatives << QStringLiteral("%1.playlist_id = ? OR %1.playlist_name = ? COLLATE NOCASE")
                            .arg(alias);
        values << playlist << playlist;
    }
    return QStringLiteral(" AND (") + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

} // namespace

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
    if (!playlists.isEmpty())
        where += playlistSql(playlists, QStringLiteral("x"), values);
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
    if (maxDurationSeconds) {
        where += QStringLiteral(" AND x.duration <= ?");
        values << *maxDurationSeconds;
    }
    if (!map.isEmpty()) {
        where += QStringLiteral(" AND (x.map_code = ? OR x.map_name = ? COLLATE NOCASE)");
        values << map << map;
    }
    return where;
}

QString StatsFilter::dailyTotalsSql(QVariantList &values, std::optional<qint64> firstDay,
                                    std::optional<qint64> lastDay,
                                    std::optional<int> minMinutes) const
{
    QString where;
    if (minMinutes) {
        where += QStringLiteral(" AND t.minutes >= ?");
        values << *minMinutes;
    }
    if (firstDay) {
        where += QStringLiteral(" AND t.day >= ?");
        values << *firstDay;
    }
    if (lastDay) {
        where += QStringLiteral(" AND t.day <= ?");
        values << *lastDay;
    }
    if (!playlists.isEmpty())
        where += playlistSql(playlists, QStringLiteral("t"), values);
    if (teamSize) {
        where += QStringLiteral(" AND t.team_size = ?");
        values << *teamSize;
    }
    if (excludeTies)
        where += QStringLiteral(" AND t.tie = 0");
    return where;
}

} // namespace bcs
