#include "stats/aggregates.h"

#include "core/statcatalogue.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QtConcurrent>

namespace bcs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::Stats)
};

const QString kOwnGoals =
    QStringLiteral("(CASE p.team WHEN 'blue' THEN x.blue_goals ELSE x.orange_goals END)");
const QString kOtherGoals =
    QStringLiteral("(CASE p.team WHEN 'blue' THEN x.orange_goals ELSE x.blue_goals END)");

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
        const bool mean = perGame || stat.aggregation == Aggregation::Mean;
        groups[stat.groupName()].insert(stat.keyName(),
                                        mean ? (games > 0 ? total / games : 0.0) : total);
    }
    // Not a mean of per-game percentages: goals over shots across all games (0 without shots).
    groups[QStringLiteral("core")].insert(QStringLiteral("shooting_percentage"),
                                          shots > 0 ? 100.0 * goals / shots : 0.0);
    QJsonObject result;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

QString statSums(const QString &alias)
{
    QStringList sums;
    for (const StatDefinition &stat : statCatalogue())
        sums << QStringLiteral("sum(%1.%2)").arg(alias, stat.columnName());
    return sums.join(QStringLiteral(", "));
}

} // namespace

namespace {

struct RoleTotals
{
    int games = 0, wins = 0, losses = 0, ties = 0;
    QList<double> sums; // catalogue order, unscaled
    QString error;      // a storage error from another thread, rethrown by the caller

    void add(const RoleTotals &other)
    {
        games += other.games;
        wins += other.wins;
        losses += other.losses;
        ties += other.ties;
        for (qsizetype i = 0; i < other.sums.size(); ++i)
            sums[i] += other.sums[i];
    }
};

RoleTotals roleTotals(QSqlDatabase db, const QString &role, const StatsFilter &filter,
                      qint64 fromRid, qint64 toRid)
{
    QVariantList values{role, fromRid, toRid};
    const QString where = filter.sql(values);
    const QString sql =
        QStringLiteral(
            "SELECT count(*), sum(%1 > %2), sum(%1 < %2), sum(%1 = %2), %3 "
            "FROM player_roles r JOIN players p ON p.rowid = r.prow JOIN replays x ON x.rid = r.rid "
            "WHERE r.role = ? AND r.rid BETWEEN ? AND ? AND x.status = 'ok'%4")
            .arg(kOwnGoals, kOtherGoals, statSums(QStringLiteral("p")), where);
    QSqlQuery query = prepareOrThrow(db, sql, Tr::tr("aggregating stats"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    execOrThrow(query, Tr::tr("aggregating stats"));
    query.next();
    RoleTotals totals{query.value(0).toInt(),
                      query.value(1).toInt(),
                      query.value(2).toInt(),
                      query.value(3).toInt(),
                      {},
                      {}};
    const QList<StatDefinition> &catalogue = statCatalogue();
    for (qsizetype i = 0; i < catalogue.size(); ++i)
        totals.sums << query.value(int(4 + i)).toDouble() / double(catalogue[i].storageScale());
    return totals;
}

} // namespace

QJsonObject aggregateRole(const Database &database, const QString &role, const StatsFilter &filter)
{
    QSqlDatabase db = database.connection(Database::Access::ReadOnly);
    QSqlQuery range(db);
    if (!range.exec(QStringLiteral("SELECT min(rid), max(rid) FROM replays")) || !range.next())
        throw StorageError::fromSql(range.lastError(), Tr::tr("aggregating stats"));
    const qint64 first = range.value(0).toLongLong();
    const qint64 last = range.value(1).toLongLong();
    range.finish();
    RoleTotals totals;
    constexpr qint64 kSplitAbove = 4000; // below this a second thread costs more than it saves
    if (last - first < kSplitAbove) {
        totals = roleTotals(db, role, filter, first, last);
    } else {
        const qint64 middle = first + (last - first) / 2;
        QFuture<RoleTotals> upper = QtConcurrent::run([&database, &role, &filter, middle, last] {
            try {
                return roleTotals(database.connection(Database::Access::ReadOnly), role, filter,
                                  middle + 1, last);
            } catch (const StorageError &error) {
                RoleTotals failed;
                failed.error = error.message;
                return failed;
            }
        });
        totals = roleTotals(db, role, filter, first, middle);
        const RoleTotals upperTotals = upper.result();
        if (!upperTotals.error.isEmpty())
            throw StorageError(StorageError::Kind::Io, upperTotals.error);
        totals.add(upperTotals);
    }

    QJsonObject stats = groupedStats(totals.sums, totals.games, false);
    stats.insert(QStringLiteral("games"), totals.games);
    stats.insert(QStringLiteral("wins"), totals.wins);
    stats.insert(QStringLiteral("losses"), totals.losses);
    stats.insert(QStringLiteral("ties"), totals.ties);
    stats.insert(QStringLiteral("win_rate"),
                 totals.games > 0 ? 100.0 * totals.wins / totals.games : 0.0);
    stats.insert(QStringLiteral("per_game"), groupedStats(totals.sums, totals.games, true));
    return stats;
}

QJsonArray replaysWithRoles(QSqlDatabase db, const StatsFilter &filter, int limit, int offset)
{
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
        Tr::tr("listing replays"));
    for (const QVariant &value : values)
        replays.addBindValue(value);
    replays.addBindValue(limit);
    replays.addBindValue(offset);
    execOrThrow(replays, Tr::tr("listing replays"));
    QList<QJsonObject> rows;
    QHash<qint64, qsizetype> indexByRid;
    while (replays.next()) {
        indexByRid.insert(replays.value(0).toLongLong(), rows.size());
        const QString mapName = replays.value(3).toString();
        rows.append(
            {{QStringLiteral("id"), replays.value(1).toString()},
             {QStringLiteral("title"), replays.value(2).toString()},
             {QStringLiteral("map_name"),
              mapName.isEmpty() ? replays.value(4).toString() : mapName},
             {QStringLiteral("date"), replays.value(5).toString()},
             {QStringLiteral("duration"), replays.value(6).toInt()},
             {QStringLiteral("blue_goals"), replays.value(7).toInt()},
             {QStringLiteral("orange_goals"), replays.value(8).toInt()},
             {QStringLiteral("overtime"), replays.value(9).toInt() != 0},
             {QStringLiteral("my_team"),
              replays.value(10).isNull() ? QJsonValue() : QJsonValue(replays.value(10).toString())},
             {QStringLiteral("players"), QJsonArray()}});
    }
    if (!rows.isEmpty()) {
        QStringList rids;
        for (auto it = indexByRid.cbegin(); it != indexByRid.cend(); ++it)
            rids << QString::number(it.key());
        QStringList columns;
        for (const StatDefinition &stat : statCatalogue())
            columns << QStringLiteral("p.") + stat.columnName();
        QSqlQuery players(db);
        if (!players.exec(
                QStringLiteral(
                    "SELECT p.rid, p.name, COALESCE(r.role, 'unknown'), p.team, %1 FROM players p "
                    "LEFT JOIN player_roles r ON r.prow = p.rowid WHERE p.rid IN (%2) ORDER BY p.rid, p.team, p.slot")
                    .arg(columns.join(QStringLiteral(", ")), rids.join(QLatin1Char(',')))))
            throw StorageError::fromSql(players.lastError(), Tr::tr("listing players"));
        QHash<qsizetype, QJsonArray> playersByRow;
        const QList<StatDefinition> &catalogue = statCatalogue();
        while (players.next()) {
            QHash<QString, QJsonObject> groups;
            for (qsizetype i = 0; i < catalogue.size(); ++i)
                groups[catalogue[i].groupName()].insert(catalogue[i].keyName(),
                                                        players.value(int(4 + i)).toDouble() /
                                                            double(catalogue[i].storageScale()));
            QJsonObject stats;
            for (auto it = groups.cbegin(); it != groups.cend(); ++it)
                stats.insert(it.key(), it.value());
            playersByRow[indexByRid.value(players.value(0).toLongLong())].append(
                QJsonObject{{QStringLiteral("name"), players.value(1).toString()},
                            {QStringLiteral("role"), players.value(2).toString()},
                            {QStringLiteral("team"), players.value(3).toString()},
                            {QStringLiteral("stats"), stats}});
        }
        for (auto it = playersByRow.cbegin(); it != playersByRow.cend(); ++it)
            rows[it.key()].insert(QStringLiteral("players"), it.value());
    }
    QJsonArray result;
    for (const QJsonObject &row : rows)
        result.append(row);
    return result;
}

} // namespace bcs
