#include "stats/dailytotals.h"

#include "stats/statssql.h"
#include "stats/statstr.h"
#include "storage/database.h"
#include "storage/smalltables.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>

#include <algorithm>

namespace bcs {

namespace {
// Streams the account index in its order, without sorting 120,000 rows; every listed replay
// counts (its listed player rows).
QString accountCountsSql()
{
    return QStringLiteral("SELECT platform, platform_id, name, count(*) AS games FROM players "
                          "INDEXED BY players_account GROUP BY platform, platform_id, name");
}

} // namespace

QString accountTotalsSource(QSqlDatabase db)
{
    return dailyTotalsAreFresh(std::move(db))
               ? QStringLiteral("account_totals")
               : QLatin1Char('(') + accountCountsSql() + QLatin1Char(')');
}

bool dailyTotalsAreFresh(QSqlDatabase db)
{
    return MetaRepository(std::move(db))
        .builtFromCurrentRoles(MetaRepository::kDailyTotalsGeneration);
}

bool refreshDailyTotals(const Database &database)
{
    QSqlDatabase db = database.connection();
    if (dailyTotalsAreFresh(db))
        return false;
    const QString doing = StatsTr::tr("summing stats per day");
    // Roles and their generation are read in the same transaction as the totals are written.
    Transaction transaction(db, doing);
    MetaRepository meta(db);
    const QString generation = meta.value(QLatin1String(MetaRepository::kRolesGeneration));
    execOrThrow(db, QStringLiteral("DELETE FROM role_day_totals"), doing);
    // The day is dayOf() in SQL: integer division rounds towards zero, dates before 1970 down.
    execOrThrow(
        db,
        QStringLiteral(
            "INSERT INTO role_day_totals (role, day, playlist_id, playlist_name, team_size, tie, "
            "minutes, detailed, games, wins, losses, ties, mvps, %1) "
            "SELECT r.role, CASE WHEN x.date_ms >= 0 THEN x.date_ms / %2 "
            "ELSE -1 - (-1 - x.date_ms) / %2 END, x.playlist_id, x.playlist_name, x.team_size, "
            "x.blue_goals = x.orange_goals, x.duration / 60, x.status = 'ok', count(*), "
            "sum(%3 > %4), sum(%3 < %4), sum(%3 = %4), sum(p.mvp), %5 "
            "FROM player_roles r JOIN players p ON p.rowid = r.prow JOIN replays x ON x.rid = r.rid "
            "WHERE r.role <> 'unknown' GROUP BY 1, 2, 3, 4, 5, 6, 7, 8")
            .arg(statColumnsSql())
            .arg(kDayMs)
            .arg(ownGoalsSql(), otherGoalsSql(), statSumsSql(QStringLiteral("p"))),
        doing);
    execOrThrow(db, QStringLiteral("DELETE FROM account_totals"), doing);
    execOrThrow(db, QStringLiteral("INSERT INTO account_totals %1").arg(accountCountsSql()), doing);
    meta.setValue(QLatin1String(MetaRepository::kDailyTotalsGeneration), generation);
    transaction.commit();
    return true;
}

DailyTotalsPlan planDailyTotals(const StatsFilter &filter)
{
    DailyTotalsPlan plan;
    if (!filter.map.isEmpty() || filter.maxDurationSeconds)
        return plan;
    if (filter.afterMs) {
        const qint64 day = dayOf(*filter.afterMs);
        plan.firstDay = day * kDayMs == *filter.afterMs ? day : day + 1;
    }
    if (filter.beforeMs) {
        const qint64 day = dayOf(*filter.beforeMs);
        plan.lastDay = (day + 1) * kDayMs - 1 == *filter.beforeMs ? day : day - 1;
    }
    if (plan.firstDay && plan.lastDay && *plan.firstDay > *plan.lastDay)
        return {}; // within one day (or two partial ones): the player rows are few
    plan.usable = true;
    if (plan.firstDay && *filter.afterMs < *plan.firstDay * kDayMs) {
        StatsFilter edge = filter;
        edge.beforeMs = *plan.firstDay * kDayMs - 1;
        plan.edges.append({edge, true});
    }
    if (plan.lastDay && *filter.beforeMs > (*plan.lastDay + 1) * kDayMs - 1) {
        StatsFilter edge = filter;
        edge.afterMs = (*plan.lastDay + 1) * kDayMs;
        plan.edges.append({edge, true});
    }
    if (filter.minDurationSeconds) {
        const int minimum = std::max(0, *filter.minDurationSeconds);
        plan.minMinutes = (minimum + 59) / 60;
        if (minimum % 60 != 0) { // the games from the minimum up to the next whole minute
            StatsFilter edge = filter;
            edge.maxDurationSeconds = *plan.minMinutes * 60 - 1;
            edge.afterMs =
                plan.firstDay ? std::optional<qint64>(*plan.firstDay * kDayMs) : std::nullopt;
            edge.beforeMs = plan.lastDay ? std::optional<qint64>((*plan.lastDay + 1) * kDayMs - 1)
                                         : std::nullopt;
            plan.edges.append({edge, false});
        }
    }
    return plan;
}

} // namespace bcs
