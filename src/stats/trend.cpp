#include "stats/trend.h"

#include "stats/dailytotals.h"
#include "stats/statpoints.h"
#include "stats/statstr.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>

namespace bcs {

namespace {

struct Period
{
    qint64 startMs; // local midnight starting the week (Monday) or month
    qint64 endMs;   // the next one's start
    QDate start;
    int games = 0, wins = 0; // every listed game
    int detailedGames = 0;   // what scaledTotal is over
    qint64 scaledTotal = 0;
};

// The user's local weeks or months, made as instants fall in them: one time-zone conversion for
// a period that follows the previous one (games come mostly in date order), three for one after
// a gap, none per game or day, and none for the empty stretches a stray date (a replay dated
// 1970) would otherwise make us walk through.
class Calendar
{
public:
    explicit Calendar(TrendBucket bucket) : m_bucket(bucket) {}

    // The period holding the instant `ms`.
    Period &at(qint64 ms)
    {
        const auto after = std::upper_bound(
            m_periods.begin(), m_periods.end(), ms,
            [](qint64 instant, const Period &period) { return instant < period.startMs; });
        if (after != m_periods.begin()) {
            const Period &previous = *std::prev(after);
            if (ms < previous.endMs)
                return *std::prev(after);
            const QDate start = following(previous.start);
            const qint64 endMs = startMs(following(start));
            if (ms < endMs)
                return *m_periods.insert(after, {previous.endMs, endMs, start});
        }
        const QDate day = QDateTime::fromMSecsSinceEpoch(ms).date();
        const QDate start = m_bucket == TrendBucket::Week ? day.addDays(1 - day.dayOfWeek())
                                                          : QDate(day.year(), day.month(), 1);
        return *m_periods.insert(after, {startMs(start), startMs(following(start)), start});
    }

    void add(const StatPoint &point)
    {
        Period &period = at(point.dateMs);
        ++period.games;
        period.wins += point.goalDifference > 0;
        if (point.detailed) {
            ++period.detailedGames;
            period.scaledTotal += point.scaled;
        }
    }

    QList<TrendPoint> points(const StatDefinition &stat) const
    {
        QList<TrendPoint> points;
        const double scale = double(stat.storageScale());
        for (const Period &period : m_periods) {
            if (period.games == 0)
                continue;
            int isoYear = 0;
            const int week = period.start.weekNumber(&isoYear);
            points.append(
                {m_bucket == TrendBucket::Week
                     ? QStringLiteral("%1-W%2").arg(isoYear).arg(week, 2, 10, QLatin1Char('0'))
                     : period.start.toString(QStringLiteral("yyyy-MM")),
                 period.start, period.games, 100.0 * period.wins / period.games,
                 period.detailedGames,
                 period.detailedGames > 0
                     ? std::optional(double(period.scaledTotal) / scale / period.detailedGames)
                     : std::nullopt});
        }
        return points;
    }

private:
    QDate following(QDate start) const
    {
        return m_bucket == TrendBucket::Week ? start.addDays(7) : start.addMonths(1);
    }
    static qint64 startMs(QDate start) { return start.startOfDay().toMSecsSinceEpoch(); }

    TrendBucket m_bucket;
    QList<Period> m_periods;
};

struct DayTotals
{
    qint64 day;
    int games, wins, detailedGames;
    qint64 scaledTotal;
};

QList<DayTotals> dayTotals(QSqlDatabase &db, const StatDefinition &stat, const QString &role,
                           const StatsFilter &filter, const DailyTotalsPlan &plan)
{
    QVariantList values{role};
    const QString where =
        filter.dailyTotalsSql(values, plan.firstDay, plan.lastDay, plan.minMinutes);
    QSqlQuery query = selectOrThrow(
        db,
        // Listed rows hold the listing's score in core_score: only detailed rows count for a stat.
        QStringLiteral("SELECT t.day, sum(t.games), sum(t.wins), sum(t.games * t.detailed), "
                       "sum(t.%1 * t.detailed) FROM role_day_totals t "
                       "WHERE t.role = ?%2 GROUP BY t.day")
            .arg(stat.columnName(), where),
        values, StatsTr::tr("analysing the cache"));
    QList<DayTotals> days;
    while (query.next())
        days.append({query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toInt(),
                     query.value(3).toInt(), query.value(4).toLongLong()});
    return days;
}

} // namespace

Trend trend(const Database &database, const StatDefinition &stat, const QString &role,
            TrendBucket bucket, const StatsFilter &filter)
{
    QSqlDatabase db = database.connection(Database::Access::ReadOnly);
    // One read transaction, so that the totals and the freshness check see the same snapshot.
    Transaction snapshot(db, StatsTr::tr("analysing the cache"));
    const DailyTotalsPlan plan = planDailyTotals(filter);
    QList<StatPoint> points; // from player rows
    QList<DayTotals> days;   // from the totals
    ShortRangeStatPoints shortRange(db, stat, role, Coverage::Listed);
    if (plan.usable && dailyTotalsAreFresh(db)) {
        days = dayTotals(db, stat, role, filter, plan);
        for (const DailyTotalsPlan::Edge &edge : plan.edges) {
            if (edge.shortDateRange)
                shortRange.read(edge.filter, points);
            else
                points.append(statPoints(database, stat, role, edge.filter, Coverage::Listed));
        }
    } else {
        points = statPoints(database, stat, role, filter, Coverage::Listed);
    }

    Calendar calendar(bucket);
    // A UTC day within one local period adds its totals; a day that a period starts in (local
    // midnight is not UTC midnight) is read game by game, with the same minimum duration as its
    // totals (a plan's mid-minute edge holds the rest).
    for (const DayTotals &day : days) {
        const qint64 startMs = day.day * kDayMs;
        const qint64 lastMs = startMs + kDayMs - 1;
        if (Period &period = calendar.at(startMs); lastMs < period.endMs) {
            period.games += day.games;
            period.wins += day.wins;
            period.detailedGames += day.detailedGames;
            period.scaledTotal += day.scaledTotal;
            continue;
        }
        StatsFilter dayFilter = filter;
        dayFilter.afterMs = startMs;
        dayFilter.beforeMs = lastMs;
        if (plan.minMinutes)
            dayFilter.minDurationSeconds = *plan.minMinutes * 60;
        shortRange.read(dayFilter, points);
    }
    for (const StatPoint &point : points)
        calendar.add(point);
    return {stat.groupName() + QLatin1Char('.') + stat.keyName(), role, bucket,
            calendar.points(stat)};
}

} // namespace bcs
