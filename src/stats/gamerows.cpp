#include "stats/gamerows.h"

#include "stats/replayhalves.h"
#include "stats/statssql.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <array>

namespace bcs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::Stats)
};

// The page of my games, newest first, without their players.
QList<GameRow> readPage(QSqlDatabase db, const StatsFilter &filter, int limit, int offset,
                        QList<qint64> &rids)
{
    QVariantList values;
    const QString where = filter.sql(values);
    values << limit << offset;
    QSqlQuery query = prepareOrThrow(
        db,
        QStringLiteral(
            "SELECT x.rid, x.id, x.date_text, x.title, x.map_name, x.map_code, x.playlist_name, "
            "x.duration, x.overtime, v.my_team, %1, %2 "
            "FROM perspectives v JOIN replays x ON x.rid = v.rid WHERE x.status = 'ok'%3 "
            "ORDER BY x.date_ms DESC, x.id LIMIT ? OFFSET ?")
            .arg(myTeamGoalsSql(), opposingTeamGoalsSql(), where),
        Tr::tr("analysing the cache"));
    query.setForwardOnly(true);
    for (const QVariant &value : values)
        query.addBindValue(value);
    execOrThrow(query, Tr::tr("analysing the cache"));
    QList<GameRow> rows;
    while (query.next()) {
        rids << query.value(0).toLongLong();
        GameRow &row = rows.emplace_back();
        row.id = query.value(1).toString();
        row.date = query.value(2).toString();
        row.title = query.value(3).toString();
        row.mapName = query.value(4).toString();
        if (row.mapName.isEmpty())
            row.mapName = query.value(5).toString();
        row.playlistName = query.value(6).toString();
        row.duration = query.value(7).toInt();
        row.overtime = query.value(8).toInt() != 0;
        row.myTeam = query.value(9).toString();
        row.myGoals = query.value(10).toInt();
        row.oppGoals = query.value(11).toInt();
    }
    return rows;
}

} // namespace

QList<GameRow> gameRows(const Database &database, const StatsFilter &filter, int limit, int offset)
{
    QList<qint64> rids;
    QList<GameRow> rows =
        readPage(database.connection(Database::Access::ReadOnly), filter, limit, offset, rids);
    QHash<qint64, qsizetype> indexByRid;
    for (qsizetype i = 0; i < rids.size(); ++i)
        indexByRid.insert(rids[i], i);
    QList<std::array<RoleSums, kSides>> sums(rows.size());
    // The players of the page's games, summed per game and side in each team's order (see
    // stats/rolemeans.h); a long page in two halves on two threads, each writing only its own
    // games' sums.
    constexpr qint64 kSplitAbove = 400;
    forEachHalf(
        database, 0, rows.size() - 1, kSplitAbove, [&](QSqlDatabase db, const ReplayRange &range) {
            if (range.lastRid < range.firstRid)
                return; // no games
            QStringList list;
            for (qint64 i = range.firstRid; i <= range.lastRid; ++i)
                list << QString::number(rids[i]);
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (!query.exec(
                    QStringLiteral("SELECT p.rid, %1, %2 FROM players p "
                                   "JOIN perspectives v ON v.rid = p.rid "
                                   "JOIN player_roles r ON r.prow = p.rowid "
                                   "WHERE p.rid IN (%3) ORDER BY p.rid, p.team, p.slot")
                        .arg(sideSql(), roleMeansColumnsSql(), list.join(QLatin1Char(',')))))
                throw StorageError::fromSql(query.lastError(), Tr::tr("analysing the cache"));
            while (query.next()) {
                const int side = query.value(1).toInt();
                const auto index = indexByRid.constFind(query.value(0).toLongLong());
                if (index != indexByRid.cend() && side >= 0 && side < kSides)
                    sums[*index][side].addRow(query, 2);
            }
        });
    const bool oneVersusOne = filter.teamSize == 1;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        GameRow &row = rows[i];
        row.me = sums[i][int(Side::Me)].means(false);
        const RoleSums &mates = sums[i][int(Side::Teammates)];
        if (!oneVersusOne && mates.rows > 0)
            row.teammates = mates.means(true);
        row.opponents = sums[i][int(Side::Opponents)].means(true);
    }
    return rows;
}

} // namespace bcs
