#include "stats/aggregates.h"

#include "core/jsontext.h"
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

using namespace Qt::StringLiterals;

namespace bcs {

namespace {

// `perGame`: every stat as a mean per game at full precision (our `per_game`). Otherwise the
// seed's AggregatedStats: totals, and the per-game means (and the shooting percentage) rounded
// to 1 decimal as the seed rounds them (its stat cards print them as they come).
QJsonObject groupedStats(const QList<double> &values, int games, bool perGame)
{
    // values: catalogue order, already unscaled totals over the games.
    QHash<QString, QJsonObject> groups;
    const QList<StatDefinition> &catalogue = statCatalogue();
    double goals = 0;
    double shots = 0;
    for (qsizetype i = 0; i < catalogue.size(); ++i) {
        const StatDefinition &stat = catalogue[i];
        const double total = values.value(i);
        if (stat.keyName() == QLatin1String("goals") && stat.group == StatGroup::Core)
            goals = total;
        if (stat.keyName() == QLatin1String("shots") && stat.group == StatGroup::Core)
            shots = total;
        double value = total;
        if (perGame || stat.aggregation == Aggregation::Mean)
            value = games > 0 ? total / games : 0.0;
        if (!perGame && stat.aggregation == Aggregation::Mean)
            value = roundToDecimals(value, 1);
        groups[stat.groupName()].insert(stat.keyName(), value);
    }
    // Not a mean of per-game percentages: goals over shots across all games (0 without shots).
    const double shooting = shots > 0 ? 100.0 * goals / shots : 0.0;
    groups[QStringLiteral("core")].insert(QStringLiteral("shooting_percentage"),
                                          perGame ? shooting : roundToDecimals(shooting, 1));
    QJsonObject result;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        result.insert(it.key(), it.value());
    return result;
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
QJsonObject listedStats(const RoleTotals &totals)
{
    const double scale = double(findStat(u"core.score")->storageScale());
    const double score = totals.sums.value(0) / scale;
    return {{QStringLiteral("games"), totals.games},
            {QStringLiteral("wins"), totals.wins},
            {QStringLiteral("losses"), totals.losses},
            {QStringLiteral("ties"), totals.ties},
            {QStringLiteral("win_rate"), winRate(totals.wins, totals.games)},
            {QStringLiteral("score"),
             totals.games > 0 ? roundToDecimals(score / totals.games, 1) : 0.0},
            {QStringLiteral("mvp"), totals.mvps}};
}

} // namespace

QJsonObject aggregateRole(const Database &database, const QString &role, const StatsFilter &filter)
{
    QSqlDatabase db = database.connection(Database::Access::ReadOnly);
    // One read transaction, so that the totals and the freshness check see the same snapshot.
    Transaction snapshot(db, StatsTr::tr("aggregating stats"));
    const RoleTotals totals = roleTotals(database, db, role, filter, Coverage::Detailed);
    const RoleTotals listed = roleTotals(database, db, role, filter, Coverage::Listed);

    QList<double> sums; // unscaled
    for (qsizetype i = 0; i < totals.sums.size(); ++i)
        sums << double(totals.sums[i]) / double(statCatalogue()[i].storageScale());
    QJsonObject stats = groupedStats(sums, totals.games, false);
    stats.insert(QStringLiteral("games"), totals.games);
    stats.insert(QStringLiteral("wins"), totals.wins);
    stats.insert(QStringLiteral("losses"), totals.losses);
    stats.insert(QStringLiteral("ties"), totals.ties);
    stats.insert(QStringLiteral("win_rate"), winRate(totals.wins, totals.games));
    stats.insert(QStringLiteral("per_game"), groupedStats(sums, totals.games, true));
    stats.insert(QStringLiteral("games_with_details"), totals.games);
    stats.insert(QStringLiteral("listed"), listedStats(listed));
    return stats;
}

QByteArray replaysWithRoles(const Database &database, const StatsFilter &filter, int limit,
                            int offset)
{
    QSqlDatabase db = database.connection(Database::Access::ReadOnly);
    QVariantList values;
    const QString where = filter.sql(values);
    QSqlQuery replays = prepareOrThrow(
        db,
        QStringLiteral(
            "SELECT x.rid, x.id, x.title, x.map_name, x.map_code, x.date_text, x.duration, "
            "x.blue_goals, x.orange_goals, x.overtime, v.my_team FROM replays x "
            "LEFT JOIN perspectives v ON v.rid = x.rid WHERE x.status = 'ok'%1 "
            "ORDER BY x.date_ms DESC, x.id LIMIT ? OFFSET ?")
            .arg(where),
        StatsTr::tr("listing replays"));
    for (const QVariant &value : values)
        replays.addBindValue(value);
    replays.addBindValue(limit);
    replays.addBindValue(offset);
    execOrThrow(replays, StatsTr::tr("listing replays"));
    // A replay with six players is ~14 KB of text; reserving it saves the regrowth copies.
    constexpr qsizetype kReplayTextGuess = 16 * 1024;
    QList<JsonText> rows; // each replay up to its "players" key
    QHash<qint64, qsizetype> indexByRid;
    while (replays.next()) {
        indexByRid.insert(replays.value(0).toLongLong(), rows.size());
        JsonText &row = rows.emplace_back();
        row.reserve(kReplayTextGuess);
        const QString mapName = replays.value(3).toString();
        row.beginObject();
        row.key("id"_L1).value(replays.value(1).toString());
        row.key("title"_L1).value(replays.value(2).toString());
        row.key("map_name"_L1).value(mapName.isEmpty() ? replays.value(4).toString() : mapName);
        row.key("date"_L1).value(replays.value(5).toString());
        row.key("duration"_L1).value(replays.value(6).toInt());
        row.key("blue_goals"_L1).value(replays.value(7).toInt());
        row.key("orange_goals"_L1).value(replays.value(8).toInt());
        row.key("overtime"_L1).value(replays.value(9).toInt() != 0);
        if (replays.value(10).isNull())
            row.key("my_team"_L1).null();
        else
            row.key("my_team"_L1).value(replays.value(10).toString());
        row.key("players"_L1).beginArray();
    }
    QList<qint64> ridOfRow(rows.size());
    for (auto it = indexByRid.cbegin(); it != indexByRid.cend(); ++it)
        ridOfRow[it.value()] = it.key();
    QStringList columns;
    for (const StatDefinition &stat : statCatalogue())
        columns << QStringLiteral("p.") + stat.columnName();
    QList<QByteArray> groupNames(statGroups().size()); // indexed by StatGroup
    for (const StatGroup group : statGroups())
        groupNames[qsizetype(group)] = statGroupName(group).toLatin1();
    // Each replay's players, written into that replay's own JsonText; a long page in two halves
    // on two threads (formatting 100,000 numbers is most of the work).
    constexpr qint64 kSplitAbove = 40;
    forEachHalf(
        database, 0, rows.size() - 1, kSplitAbove,
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
            const QList<StatDefinition> &catalogue = statCatalogue();
            while (players.next()) {
                JsonText &row = rows[indexByRid.value(players.value(0).toLongLong())];
                row.beginObject();
                row.key("name"_L1).value(players.value(1).toString());
                row.key("role"_L1).value(players.value(2).toString());
                row.key("team"_L1).value(players.value(3).toString());
                row.key("stats"_L1).beginObject();
                // The catalogue lists each group's stats together (statcatalogue.h).
                std::optional<StatGroup> group;
                for (qsizetype i = 0; i < catalogue.size(); ++i) {
                    const StatDefinition &stat = catalogue[i];
                    if (stat.group != group) {
                        if (group)
                            row.endObject();
                        group = stat.group;
                        row.key(QLatin1StringView(groupNames[qsizetype(stat.group)])).beginObject();
                    }
                    row.key(QLatin1StringView(stat.key))
                        .decimal(players.value(int(4 + i)).toLongLong(), stat.storageScale());
                }
                if (group)
                    row.endObject();
                row.endObject(); // stats
                row.endObject(); // player
            }
        });
    qsizetype size = 2;
    for (const JsonText &row : rows)
        size += row.text().size() + 3; // the closing "]}" and a comma
    JsonText result;
    result.reserve(size); // one 2.8 MB block for 200 replays instead of a dozen regrowths
    result.beginArray();
    for (JsonText &row : rows) {
        row.endArray();  // players
        row.endObject(); // replay
        result.raw(row.text());
    }
    result.endArray();
    return result.text();
}

} // namespace bcs
