#include "sync/syncoverview.h"

#include "stats/roles.h"
#include "storage/replayrepository.h"
#include "storage/rolerepository.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace bcs {

namespace {
struct OverviewTr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::SyncOverview)
};

QVariant singleValue(QSqlDatabase db, const QString &sql, const QVariantList &values,
                     const QString &doing)
{
    QSqlQuery query = selectOrThrow(db, sql, values, doing);
    return query.next() ? query.value(0) : QVariant();
}
} // namespace

SyncOverview readSyncOverview(QSqlDatabase db, int historyLimit)
{
    SyncOverview overview;
    const ReplayRepository replays(db);
    overview.cachedReplays = replays.count(ReplayStatus::Ok);
    overview.listedReplays = replays.count();
    const QMap<QString, int> perDay = replays.countsByDay();
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it)
        overview.replaysPerDay.insert(QDate::fromString(it.key(), Qt::ISODate), it.value());
    const SyncLogRepository log(db);
    overview.history = log.history(historyLimit);
    for (const SyncLogEntry &entry : overview.history) {
        if (entry.status == QLatin1String("completed")) {
            overview.lastCompleted = entry;
            break;
        }
    }
    // Season 0 means ballchasing did not say.
    const QVariant seasonStartMs = singleValue(
        db,
        QStringLiteral("SELECT MIN(date_ms) FROM replays WHERE status = 'ok' AND season = "
                       "(SELECT MAX(season) FROM replays WHERE status = 'ok' AND season > 0)"),
        {}, OverviewTr::tr("finding where the season began"));
    if (!seasonStartMs.isNull())
        overview.seasonStart = QDateTime::fromMSecsSinceEpoch(seasonStartMs.toLongLong()).date();
    return overview;
}

CacheState readCacheState(QSqlDatabase db)
{
    CacheState state;
    const ReplayRepository replays(db);
    state.cachedReplays = replays.count(ReplayStatus::Ok);
    state.listedReplays = replays.count();
    state.playerNames = singleValue(db, QStringLiteral("SELECT COUNT(DISTINCT name) FROM players"),
                                    {}, OverviewTr::tr("counting player names"))
                            .toInt();
    state.meConfigured = meIsConfigured(RoleRepository(db).config());
    return state;
}

Arrivals readArrivals(QSqlDatabase db, qint64 sinceMs)
{
    QSqlQuery query = selectOrThrow(
        db,
        QStringLiteral(
            "SELECT COUNT(*),"
            " COALESCE(SUM(CASE WHEN p.my_team = 'blue' AND r.blue_goals > r.orange_goals THEN 1"
            "  WHEN p.my_team = 'orange' AND r.orange_goals > r.blue_goals THEN 1 ELSE 0 END), 0),"
            " COALESCE(SUM(CASE WHEN p.my_team = 'blue' AND r.blue_goals < r.orange_goals THEN 1"
            "  WHEN p.my_team = 'orange' AND r.orange_goals < r.blue_goals THEN 1 ELSE 0 END), 0)"
            " FROM replays r LEFT JOIN perspectives p ON p.rid = r.rid"
            " WHERE r.status = 'ok' AND r.fetched_ms >= ?"),
        {sinceMs}, OverviewTr::tr("reading what the sync brought"));
    Arrivals arrivals;
    if (query.next()) {
        arrivals.replays = query.value(0).toInt();
        arrivals.wins = query.value(1).toInt();
        arrivals.losses = query.value(2).toInt();
    }
    return arrivals;
}

int cachedReplaysBetween(QSqlDatabase db, std::optional<qint64> afterMs,
                         std::optional<qint64> beforeMs)
{
    return singleValue(db,
                       QStringLiteral("SELECT COUNT(*) FROM replays WHERE status = 'ok' "
                                      "AND date_ms >= ? AND date_ms <= ?"),
                       {afterMs.value_or(std::numeric_limits<qint64>::min()),
                        beforeMs.value_or(std::numeric_limits<qint64>::max())},
                       OverviewTr::tr("counting cached replays"))
        .toInt();
}

} // namespace bcs
