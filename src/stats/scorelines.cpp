#include "stats/scorelines.h"

#include "stats/replayhalves.h"
#include "stats/replaysides.h"
#include "stats/statssql.h"
#include "stats/statstr.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlQuery>
#include <algorithm>

namespace bcs {

namespace {

struct ScoreSums
{
    int games = 0;
    RoleSums sides[kSides];
};
using ByScore = QMap<std::pair<int, int>, ScoreSums>; // (my goals, theirs)

// The player rows of my games in a replay-id range, added up per final score and side. The
// score and side come as one number: (my goals x 1024 + theirs) x 4 + side.
void readScores(QSqlDatabase db, const StatsFilter &filter, const ReplayRange &range,
                ByScore &scores)
{
    QVariantList values{range.firstRid, range.lastRid};
    const QString where = filter.sql(values);
    QSqlQuery query = selectOrThrow(db,
                                    QStringLiteral("SELECT ((%1) * 1024 + (%2)) * 4 + %3, %4 %5%6")
                                        .arg(myTeamGoalsSql(), opposingTeamGoalsSql(), sideSql(),
                                             roleMeansColumnsSql(), myGamesPlayerRowsSql(), where),
                                    values, StatsTr::tr("analysing the cache"));
    while (query.next()) {
        const qint64 key = query.value(0).toLongLong();
        const int side = int(key % 4);
        ScoreSums &score = scores[{int(key / 4 / 1024), int(key / 4 % 1024)}];
        if (side == int(Side::Me))
            ++score.games; // one "me" row per game of mine
        if (side >= 0 && side < kSides)
            score.sides[side].addRow(query, 1);
    }
}

// The same from the per-side sums of my games: SQLite groups ~20,000 narrow rows.
ByScore readScoresFromSides(QSqlDatabase db, const StatsFilter &filter)
{
    QVariantList values;
    const QString where = filter.sql(values);
    QSqlQuery query = selectOrThrow(db,
                                    QStringLiteral("SELECT s.my_goals, s.opp_goals, %1 %2%3 "
                                                   "GROUP BY s.my_goals, s.opp_goals")
                                        .arg(sideRoleSumsSql(true), replaySidesSql(), where),
                                    values, StatsTr::tr("analysing the cache"));
    ByScore scores;
    while (query.next()) {
        ScoreSums &score = scores[{query.value(0).toInt(), query.value(1).toInt()}];
        for (int side = 0; side < kSides; ++side)
            score.sides[side].addSums(query, 2 + 4 * side);
        score.games = score.sides[int(Side::Me)].rows; // one "me" row per game of mine
    }
    return scores;
}

ByScore readScoresFromRows(const Database &database, const StatsFilter &filter)
{
    ByScore halves[2];
    const int parts = forEachReplayHalf(database, [&](QSqlDatabase db, const ReplayRange &range) {
        readScores(db, filter, range, halves[range.index]);
    });
    ByScore &scores = halves[0];
    if (parts == 2) {
        for (auto it = halves[1].cbegin(); it != halves[1].cend(); ++it) {
            ScoreSums &score = scores[it.key()];
            score.games += it->games;
            for (int side = 0; side < kSides; ++side)
                score.sides[side].add(it->sides[side]);
        }
    }
    return scores;
}

// My listed games per final score, with or without details.
QMap<std::pair<int, int>, int> listedGamesByScore(QSqlDatabase db, const StatsFilter &filter)
{
    QVariantList values;
    const QString where = filter.sql(values);
    QSqlQuery query = selectOrThrow(
        db,
        QStringLiteral("SELECT %1, %2, count(*) FROM perspectives v JOIN replays x "
                       "ON x.rid = v.rid WHERE 1%3 GROUP BY 1, 2")
            .arg(myTeamGoalsSql(), opposingTeamGoalsSql(), where),
        values, StatsTr::tr("analysing the cache"));
    QMap<std::pair<int, int>, int> games;
    while (query.next())
        games.insert({query.value(0).toInt(), query.value(1).toInt()}, query.value(2).toInt());
    return games;
}

} // namespace

QList<ScorelineRow> scorelines(const Database &database, const StatsFilter &filter)
{
    QSqlDatabase db = database.connection(Database::Access::ReadOnly);
    const ByScore scores = replaySidesAreFresh(db) ? readScoresFromSides(db, filter)
                                                   : readScoresFromRows(database, filter);
    const QMap<std::pair<int, int>, int> listed = listedGamesByScore(db, filter);
    const bool oneVersusOne = filter.teamSize == 1;
    QList<std::pair<int, int>> keys = listed.keys();
    std::stable_sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QList<ScorelineRow> rows;
    for (const auto &key : keys) {
        ScorelineRow row;
        row.myGoals = key.first;
        row.oppGoals = key.second;
        row.games = listed.value(key);
        const auto found = scores.constFind(key);
        if (found == scores.cend() || found->games == 0) {
            rows.append(row); // no detail of these games yet
            continue;
        }
        const ScoreSums &score = *found;
        row.gamesWithDetails = score.games;
        row.me = score.sides[int(Side::Me)].means(true);
        if (!oneVersusOne)
            row.teammates = score.sides[int(Side::Teammates)].means(true);
        row.opponents = score.sides[int(Side::Opponents)].means(true);
        rows.append(row);
    }
    return rows;
}

} // namespace bcs
