#include "stats/gamerows.h"

#include "stats/replayhalves.h"
#include "stats/replaysides.h"
#include "stats/statssql.h"
#include "stats/statstr.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <array>

namespace bcs {

namespace {

using SideSums = std::array<RoleSums, kSides>;

// The page of my games, newest first, without their players; with `sides`, also each game's sums
// per side from replay_sides (when fresh).
QList<GameRow> readPage(QSqlDatabase db, const StatsFilter &filter, int limit, int offset,
                        Coverage coverage, QList<qint64> &rids, QList<SideSums> *sides)
{
    QVariantList values;
    const QString where = filter.sql(values);
    values << limit << offset;
    QSqlQuery query = selectOrThrow(
        db,
        QStringLiteral(
            "SELECT x.rid, x.id, x.date_text, x.title, x.map_name, x.map_code, x.playlist_name, "
            "x.duration, x.overtime, v.my_team, x.status = 'ok', %1, %2%3 "
            "FROM perspectives v JOIN replays x ON x.rid = v.rid %4WHERE 1%5%6 "
            "ORDER BY x.date_ms DESC, x.id LIMIT ? OFFSET ?")
            .arg(myTeamGoalsSql(), opposingTeamGoalsSql(),
                 sides ? QStringLiteral(", ") + sideRoleSumsSql(false) : QString(),
                 sides ? QStringLiteral("LEFT JOIN replay_sides s ON s.rid = x.rid ") : QString(),
                 coverageSql(coverage), where),
        values, StatsTr::tr("analysing the cache"));
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
        row.detailed = query.value(10).toBool();
        row.myGoals = query.value(11).toInt();
        row.oppGoals = query.value(12).toInt();
        if (sides) {
            SideSums &sums = sides->emplace_back();
            for (int side = 0; side < kSides; ++side)
                sums[side].addSums(query, 13 + 4 * side);
        }
    }
    return rows;
}

// Each game's sums per side, from my games' player rows.
QList<SideSums> readSums(const Database &database, int limit, const QList<qint64> &rids)
{
    QHash<qint64, qsizetype> indexByRid;
    for (qsizetype i = 0; i < rids.size(); ++i)
        indexByRid.insert(rids[i], i);
    QList<SideSums> sums(rids.size());
    // Per game and side, only for the page's games; each half writes only its own games' sums.
    const auto addRows = [&](QSqlQuery &query) {
        while (query.next()) {
            const int side = query.value(1).toInt();
            const auto index = indexByRid.constFind(query.value(0).toLongLong());
            if (index != indexByRid.cend() && side >= 0 && side < kSides)
                sums[*index][side].addRow(query, 2);
        }
    };
    const QString columns =
        QStringLiteral("SELECT p.rid, %1, %2 ").arg(sideSql(), roleMeansColumnsSql());
    // A page of a few hundred games names them; every game (the seed's default) or a long page
    // scans my games' player rows in two halves of the replay ids.
    constexpr qsizetype kNamedGames = 1000;
    if (limit >= 0 && rids.size() <= kNamedGames) {
        if (rids.isEmpty())
            return sums;
        QStringList list;
        for (const qint64 rid : std::as_const(rids))
            list << QString::number(rid);
        QSqlQuery query(database.connection(Database::Access::ReadOnly));
        query.setForwardOnly(true);
        if (!query.exec(columns +
                        QStringLiteral("FROM players p CROSS JOIN perspectives v ON v.rid = p.rid "
                                       "CROSS JOIN player_roles r ON r.prow = p.rowid "
                                       "WHERE p.rid IN (%1)")
                            .arg(list.join(QLatin1Char(',')))))
            throw StorageError::fromSql(query.lastError(), StatsTr::tr("analysing the cache"));
        addRows(query);
    } else {
        forEachReplayHalf(database, [&](QSqlDatabase db, const ReplayRange &range) {
            QSqlQuery query = prepareOrThrow(db, columns + myGamesPlayerRowsSql(),
                                             StatsTr::tr("analysing the cache"));
            query.setForwardOnly(true);
            query.addBindValue(range.firstRid);
            query.addBindValue(range.lastRid);
            execOrThrow(query, StatsTr::tr("analysing the cache"));
            addRows(query); // rows of games off the page (filtered out) are skipped
        });
    }
    return sums;
}

} // namespace

QList<GameRow> gameRows(const Database &database, const StatsFilter &filter, int limit, int offset,
                        Coverage coverage)
{
    QSqlDatabase db = database.connection(Database::Access::ReadOnly);
    QList<qint64> rids;
    QList<SideSums> sums;
    const bool fresh = replaySidesAreFresh(db);
    QList<GameRow> rows =
        readPage(db, filter, limit, offset, coverage, rids, fresh ? &sums : nullptr);
    if (!fresh)
        sums = readSums(database, limit, rids);
    const bool oneVersusOne = filter.teamSize == 1;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        GameRow &row = rows[i];
        if (!row.detailed)
            continue; // a listed game's rows hold no stats yet
        row.me = sums[i][int(Side::Me)].means(false);
        const RoleSums &mates = sums[i][int(Side::Teammates)];
        if (!oneVersusOne && mates.rows > 0)
            row.teammates = mates.means(true);
        row.opponents = sums[i][int(Side::Opponents)].means(true);
    }
    return rows;
}

} // namespace bcs
