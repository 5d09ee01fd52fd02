#include "stats/correlation.h"

#include "core/statcatalogue.h"
#include "stats/replayhalves.h"
#include "stats/replaysides.h"
#include "stats/rounding.h"
#include "stats/statssql.h"
#include "stats/statstr.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <algorithm>

namespace bcs {

namespace {

struct SeedName
{
    const char *name;
    const char *stat; // group.key in the catalogue
};

// The seed's correlation stat names (its STAT_PATHS) and the catalogue stat each one reads.
constexpr SeedName kSeedNames[] = {
    {"percent_behind_ball", "positioning.percent_behind_ball"},
    {"avg_distance_to_ball", "positioning.avg_distance_to_ball"},
    {"time_defensive_third", "positioning.time_defensive_third"},
    {"time_offensive_third", "positioning.time_offensive_third"},
    {"avg_speed", "movement.avg_speed"},
    {"time_supersonic", "movement.time_supersonic_speed"},
    {"time_slow_speed", "movement.time_slow_speed"},
    {"bpm", "boost.bpm"},
    {"avg_boost_amount", "boost.avg_amount"},
    {"amount_stolen", "boost.amount_stolen"},
    {"percent_zero_boost", "boost.percent_zero_boost"},
    {"percent_full_boost", "boost.percent_full_boost"},
    {"score", "core.score"},
    {"shots", "core.shots"},
    {"saves", "core.saves"},
    {"shooting_pct", "core.shooting_percentage"},
    {"demos_inflicted", "demo.inflicted"},
    {"demos_taken", "demo.taken"},
};

CorrelationStat statReading(const StatDefinition &stat, const QString &name)
{
    if (stat.group == StatGroup::Core && stat.keyName() == QLatin1String("shooting_percentage"))
        return {name, shootingPercentageSql(), 1, sideShootingPercentageColumn()};
    return {name, QStringLiteral("p.") + stat.columnName(), double(stat.storageScale()),
            sideStatColumns().contains(stat.columnName()) ? stat.columnName() : QString()};
}

struct DatedPoint
{
    qint64 dateMs;
    CorrelationPoint point;
};

// `sql`'s columns: date, goal difference, value (x scale) and, per game, the replay id; its last
// place is left for the filter's conditions. `perGame`: the rows of a game come together and make
// one point, their mean (exact integers over one division: the true mean) rounded to 1 decimal;
// otherwise each row is a point.
QList<DatedPoint> readPoints(QSqlDatabase db, const QString &sql, QVariantList values,
                             const StatsFilter &filter, double scale, bool perGame)
{
    const QString where = filter.sql(values);
    QSqlQuery query = selectOrThrow(db, sql.arg(where), values, StatsTr::tr("analysing the cache"));
    QList<DatedPoint> points;
    qint64 gameRid = -1;
    double sum = 0; // exact while the values are integers (all but goals / shots)
    int rows = 0;
    const auto endGame = [&] {
        if (rows > 0)
            points.last().point.statValue = roundToDecimals(sum / (scale * rows), 1);
    };
    while (query.next()) {
        const double value = query.value(2).toDouble();
        const qint64 rid = perGame ? query.value(3).toLongLong() : 0;
        if (!perGame || rid != gameRid) {
            if (perGame)
                endGame();
            points.append(
                DatedPoint{query.value(0).toLongLong(), {value / scale, query.value(1).toInt()}});
            gameRid = rid;
            sum = 0;
            rows = 0;
        }
        sum += value;
        ++rows;
    }
    if (perGame)
        endGame();
    return points;
}

// The same per-game points from replay_sides (fresh): a side's sum and row count per game, so the
// mean is the same division of the same double. In replay-id order, as the halves of the rows.
QList<DatedPoint> readSidePoints(QSqlDatabase db, const CorrelationStat &stat, Side side,
                                 const StatsFilter &filter)
{
    QVariantList values;
    const QString where = filter.sql(values);
    QSqlQuery query = selectOrThrow(
        db,
        QStringLiteral("SELECT x.date_ms, s.my_goals - s.opp_goals, %1, %2 %3 AND %2 > 0%4")
            .arg(sideColumnSql(side, stat.sideColumn), sideRowsSql(side), replaySidesSql(), where),
        values, StatsTr::tr("analysing the cache"));
    QList<DatedPoint> points;
    while (query.next()) {
        const double sum = query.value(2).toDouble();
        const int rows = query.value(3).toInt();
        points.append(
            DatedPoint{query.value(0).toLongLong(),
                       {roundToDecimals(sum / (stat.scale * rows), 1), query.value(1).toInt()}});
    }
    return points;
}

} // namespace

QStringList seedCorrelationStatNames()
{
    QStringList names;
    for (const SeedName &seed : kSeedNames)
        names << QLatin1String(seed.name);
    names.sort();
    return names;
}

std::optional<CorrelationStat> findCorrelationStat(QStringView name)
{
    for (const SeedName &seed : kSeedNames) {
        if (name == QLatin1String(seed.name))
            return statReading(*findStat(QString::fromLatin1(seed.stat)), name.toString());
    }
    if (const StatDefinition *stat = findStat(name))
        return statReading(*stat, stat->groupName() + QLatin1Char('.') + stat->keyName());
    return std::nullopt;
}

Correlation correlation(const Database &database, const CorrelationStat &stat, const QString &role,
                        const StatsFilter &filter)
{
    Correlation result;
    result.stat = stat.name;
    result.role = role;
    const bool mates = role == correlationrole::Teammates;
    const bool perGame = mates || role == correlationrole::Opponents;
    if (mates && filter.teamSize == 1)
        return result; // no teammates in 1v1: no points, no buckets, a zero line
    QList<DatedPoint> halves[2];
    int parts = 1;
    QSqlDatabase reader = database.connection(Database::Access::ReadOnly);
    if (perGame && !stat.sideColumn.isEmpty() && replaySidesAreFresh(reader))
        halves[0] = readSidePoints(reader, stat, mates ? Side::Teammates : Side::Opponents, filter);
    else
        parts = forEachReplayHalf(database, [&](QSqlDatabase db, const ReplayRange &range) {
            if (perGame) {
                // My teammates (or the opponents) in each of my games.
                const QString sql =
                    QStringLiteral(
                        "SELECT x.date_ms, %1 - %2, %3, p.rid %4 AND p.team %5 v.my_team "
                        "AND r.role <> 'me'")
                        .arg(myTeamGoalsSql(), opposingTeamGoalsSql(), stat.value,
                             myGamesPlayerRowsSql(),
                             mates ? QStringLiteral("=") : QStringLiteral("<>")) +
                    QStringLiteral("%1");
                halves[range.index] =
                    readPoints(db, sql, {range.firstRid, range.lastRid}, filter, stat.scale, true);
            } else {
                // One point per appearance of the role, found through the role index.
                const QString sql = QStringLiteral("SELECT x.date_ms, %1 - %2, %3 ")
                                        .arg(ownGoalsSql(), otherGoalsSql(), stat.value) +
                                    roleRowsByReplaySql() + QStringLiteral("%1");
                halves[range.index] = readPoints(db, sql, {role, range.firstRid, range.lastRid},
                                                 filter, stat.scale, false);
            }
        });
    QList<DatedPoint> dated = std::move(halves[0]);
    if (parts == 2)
        dated.append(halves[1]);
    // Newest first, as the seed lists them; sorted here rather than by SQLite (see
    // stats/statpoints.cpp), stably, so games at the same instant stay in replay order.
    std::stable_sort(dated.begin(), dated.end(),
                     [](const DatedPoint &a, const DatedPoint &b) { return a.dateMs > b.dateMs; });
    result.points.reserve(dated.size());
    for (const DatedPoint &d : dated)
        result.points.append(d.point);
    result.buckets = correlationBuckets(result.points);
    result.regression = leastSquares(result.points);
    return result;
}

} // namespace bcs
