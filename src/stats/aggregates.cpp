#include "stats/aggregates.h"

#include "core/statcatalogue.h"
#include "stats/dailytotals.h"
#include "stats/replayhalves.h"
#include "stats/rounding.h"
#include "stats/statssql.h"
#include "stats/statstr.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>
#include <limits>

namespace bcs {

namespace {

// Fills `values` and `perGame` (aggregates.h) from the unscaled totals over the games, in
// catalogue order.
void setStatValues(RoleAggregate &aggregate, const QList<double> &totals)
{
    const QList<StatDefinition> &catalogue = statCatalogue();
    const int games = aggregate.games;
    double goals = 0;
    double shots = 0;
    qsizetype shooting = -1;
    for (qsizetype i = 0; i < catalogue.size(); ++i) {
        const StatDefinition &stat = catalogue[i];
        const double total = totals.value(i);
        if (stat.group == StatGroup::Core) {
            if (stat.keyName() == QLatin1String("goals"))
                goals = total;
            else if (stat.keyName() == QLatin1String("shots"))
                shots = total;
            else if (stat.keyName() == QLatin1String("shooting_percentage"))
                shooting = i;
        }
        const double mean = games > 0 ? total / games : 0.0;
        aggregate.perGame << mean;
        aggregate.values << (stat.aggregation == Aggregation::Mean ? roundToDecimals(mean, 1)
                                                                   : total);
    }
    if (shooting >= 0) { // not a mean of per-game percentages: goals over shots across all games
        const double percentage = shots > 0 ? 100.0 * goals / shots : 0.0;
        aggregate.perGame[shooting] = percentage;
        aggregate.values[shooting] = roundToDecimals(percentage, 1);
    }
}

struct RoleTotals
{
    int games = 0, wins = 0, losses = 0, ties = 0, mvps = 0;
    // As stored (x storageScale): integers, so that adding the totals of whole days to those of
    // partial days gives exactly what one sum over the rows gives. Detailed: every catalogue
    // stat in catalogue order; Listed: the score alone.
    QList<qint64> sums;

    void add(const RoleTotals &other)
    {
        games += other.games;
        wins += other.wins;
        losses += other.losses;
        ties += other.ties;
        mvps += other.mvps;
        sums.resize(std::max(sums.size(), other.sums.size()));
        for (qsizetype i = 0; i < other.sums.size(); ++i)
            sums[i] += other.sums[i];
    }
};

// Reads one row of games, wins, losses, ties, MVPs and the sums.
RoleTotals queryTotals(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query = selectOrThrow(db, sql, values, StatsTr::tr("aggregating stats"));
    query.next();
    RoleTotals totals{query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt(),
                      query.value(3).toInt(), query.value(4).toInt(), {}};
    for (int i = 5; i < query.record().count(); ++i)
        totals.sums << query.value(i).toLongLong();
    return totals;
}

// The sums a coverage needs, over alias `alias`.
QString sumsSql(Coverage coverage, const QString &alias)
{
    return coverage == Coverage::Detailed ? statSumsSql(alias)
                                          : QStringLiteral("sum(%1.core_score)").arg(alias);
}

QString rowTotalsColumns(Coverage coverage)
{
    return QStringLiteral("count(*), sum(%1 > %2), sum(%1 < %2), sum(%1 = %2), sum(p.mvp), %3")
        .arg(ownGoalsSql(), otherGoalsSql(), sumsSql(coverage, QStringLiteral("p")));
}

// From the player rows of a range of replay ids, found through the role index.
RoleTotals rowTotals(QSqlDatabase db, const QString &role, const StatsFilter &filter,
                     qint64 fromRid, qint64 toRid, Coverage coverage)
{
    QVariantList values{role, fromRid, toRid};
    const QString where = filter.sql(values);
    return queryTotals(db,
                       QStringLiteral("SELECT %1 %2%3")
                           .arg(rowTotalsColumns(coverage), roleRowsByReplaySql(coverage), where),
                       values);
}

// From the player rows of a short date range, found through the date index.
RoleTotals shortRangeTotals(QSqlDatabase db, const QString &role, const StatsFilter &filter,
                            Coverage coverage)
{
    QVariantList values{role};
    const QString where = filter.sql(values);
    return queryTotals(db,
                       QStringLiteral("SELECT %1 %2%3")
                           .arg(rowTotalsColumns(coverage), roleRowsByDateSql(coverage), where),
                       values);
}

RoleTotals dailyTotals(QSqlDatabase db, const QString &role, const StatsFilter &filter,
                       const DailyTotalsPlan &plan, Coverage coverage)
{
    QVariantList values{role};
    const QString where =
        filter.dailyTotalsSql(values, plan.firstDay, plan.lastDay, plan.minMinutes);
    RoleTotals totals = queryTotals(
        db,
        QStringLiteral("SELECT sum(games), sum(wins), sum(losses), sum(ties), sum(mvps), %1 "
                       "FROM role_day_totals t WHERE t.role = ?%2%3")
            .arg(sumsSql(coverage, QStringLiteral("t")),
                 coverage == Coverage::Detailed ? QStringLiteral(" AND t.detailed = 1")
                                                : QString(),
                 where),
        values);
    for (const DailyTotalsPlan::Edge &edge : plan.edges)
        totals.add(edge.shortDateRange ? shortRangeTotals(db, role, edge.filter, coverage)
                                       : rowTotals(db, role, edge.filter, 0,
                                                   std::numeric_limits<qint64>::max(), coverage));
    return totals;
}

// Every player row of the role that the filter keeps.
RoleTotals scannedTotals(const Database &database, const QString &role, const StatsFilter &filter,
                         Coverage coverage)
{
    RoleTotals halves[2];
    const int parts = forEachReplayHalf(database, [&](QSqlDatabase db, const ReplayRange &range) {
        halves[range.index] =
            rowTotals(db, role, filter, range.firstRid, range.lastRid, coverage);
    });
    if (parts == 2)
        halves[0].add(halves[1]);
    return halves[0];
}

// Within the caller's read transaction on `db`.
RoleTotals roleTotals(const Database &database, QSqlDatabase db, const QString &role,
                      const StatsFilter &filter, Coverage coverage)
{
    const DailyTotalsPlan plan = planDailyTotals(filter);
    if (plan.usable && dailyTotalsAreFresh(db))
        return dailyTotals(db, role, filter, plan, coverage);
    if (filter.afterMs && filter.beforeMs && *filter.beforeMs - *filter.afterMs < 2 * kDayMs)
        return shortRangeTotals(db, role, filter, coverage);
    return scannedTotals(database, role, filter, coverage);
}

double winRate(int wins, int games)
{
    return games > 0 ? 100.0 * wins / games : 0.0;
}

// What a listing row shows, over every listed game (DESIGN.md §5).
ListedRecord listedRecord(const RoleTotals &totals)
{
    const double scale = double(findStat(u"core.score")->storageScale());
    const double score = totals.sums.value(0) / scale;
    return {totals.games,
            totals.wins,
            totals.losses,
            totals.ties,
            winRate(totals.wins, totals.games),
            totals.games > 0 ? roundToDecimals(score / totals.games, 1) : 0.0,
            totals.mvps};
}

} // namespace

RoleAggregate aggregateRole(const Database &database, const QString &role,
                            const StatsFilter &filter)
{
    QSqlDatabase db = database.connection(Database::Access::ReadOnly);
    // One read transaction, so that the totals and the freshness check see the same snapshot.
    Transaction snapshot(db, StatsTr::tr("aggregating stats"));
    const RoleTotals totals = roleTotals(database, db, role, filter, Coverage::Detailed);
    const RoleTotals listed = roleTotals(database, db, role, filter, Coverage::Listed);

    QList<double> sums; // unscaled
    for (qsizetype i = 0; i < totals.sums.size(); ++i)
        sums << double(totals.sums[i]) / double(statCatalogue()[i].storageScale());
    RoleAggregate aggregate;
    aggregate.games = totals.games;
    aggregate.wins = totals.wins;
    aggregate.losses = totals.losses;
    aggregate.ties = totals.ties;
    aggregate.winRate = winRate(totals.wins, totals.games);
    setStatValues(aggregate, sums);
    aggregate.listed = listedRecord(listed);
    return aggregate;
}

QList<ReplayWithRoles> replaysWithRoles(const Database &database, const StatsFilter &filter,
                                        int limit, int offset)
{
    QSqlDatabase db = database.connection(Database::Access::ReadOnly);
    QVariantList values;
    const QString where = filter.sql(values);
    QSqlQuery query = prepareOrThrow(
        db,
        QStringLiteral(
            "SELECT x.rid, x.id, x.title, x.map_name, x.map_code, x.date_text, x.duration, "
            "x.blue_goals, x.orange_goals, x.overtime, v.my_team FROM replays x "
            "LEFT JOIN perspectives v ON v.rid = x.rid WHERE x.status = 'ok'%1 "
            "ORDER BY x.date_ms DESC, x.id LIMIT ? OFFSET ?")
            .arg(where),
        StatsTr::tr("listing replays"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    execOrThrow(query, StatsTr::tr("listing replays"));
    QList<ReplayWithRoles> replays;
    QList<qint64> ridOfRow;
    QHash<qint64, qsizetype> indexByRid;
    while (query.next()) {
        indexByRid.insert(query.value(0).toLongLong(), replays.size());
        ridOfRow << query.value(0).toLongLong();
        const QString mapName = query.value(3).toString();
        replays.append({query.value(1).toString(),
                        query.value(2).toString(),
                        mapName.isEmpty() ? query.value(4).toString() : mapName,
                        query.value(5).toString(),
                        query.value(6).toInt(),
                        query.value(7).toInt(),
                        query.value(8).toInt(),
                        query.value(9).toInt() != 0,
                        query.value(10).toString(),
                        {}});
    }
    QStringList columns;
    for (const StatDefinition &stat : statCatalogue())
        columns << QStringLiteral("p.") + stat.columnName();
    const qsizetype statCount = statCatalogue().size();
    // Each replay's players, read into that replay's own row; a long page in two halves on two
    // threads (reading 100,000 values is most of the work).
    constexpr qint64 kSplitAbove = 40;
    forEachHalf(
        database, 0, replays.size() - 1, kSplitAbove,
        [&](QSqlDatabase halfDb, const ReplayRange &range) {
            if (range.lastRid < range.firstRid)
                return; // no replays
            QStringList rids;
            for (qint64 i = range.firstRid; i <= range.lastRid; ++i)
                rids << QString::number(ridOfRow[i]);
            QSqlQuery players(halfDb);
            players.setForwardOnly(true);
            if (!players.exec(
                    QStringLiteral(
                        "SELECT p.rid, p.name, COALESCE(r.role, 'unknown'), p.team, %1 FROM players p "
                        "LEFT JOIN player_roles r ON r.prow = p.rowid WHERE p.rid IN (%2) ORDER BY p.rid, p.team, p.slot")
                        .arg(columns.join(QStringLiteral(", ")), rids.join(QLatin1Char(',')))))
                throw StorageError::fromSql(players.lastError(), StatsTr::tr("listing players"));
            while (players.next()) {
                ReplayWithRoles &replay = replays[indexByRid.value(players.value(0).toLongLong())];
                ReplayPlayer &player = replay.players.emplace_back();
                player.name = players.value(1).toString();
                player.role = players.value(2).toString();
                player.team = players.value(3).toString();
                player.scaledStats.reserve(statCount);
                for (qsizetype i = 0; i < statCount; ++i)
                    player.scaledStats << players.value(int(4 + i)).toLongLong();
            }
        });
    return replays;
}

} // namespace bcs
