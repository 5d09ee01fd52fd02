#include "stats/scorelines.h"

#include "stats/replayhalves.h"
#include "stats/statssql.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlQuery>
#include <algorithm>

namespace bcs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::Stats)
};

struct ScoreSums
{
    int games = 0;
    RoleSums sides[kSides];
};
using ByScore = QMap<std::pair<int, int>, ScoreSums>; // (my goals, theirs)

// Every player row of my games in a replay-id range, summed per final score and side.
void readScores(QSqlDatabase db, const StatsFilter &filter, const ReplayRange &range,
                ByScore &scores)
{
    QVariantList values{range.firstRid, range.lastRid};
    const QString where = filter.sql(values);
    QSqlQuery query = prepareOrThrow(
        db,
        QStringLiteral(
            "SELECT %1 AS mine, %2 AS theirs, %3 AS side, count(*), count(DISTINCT v.rid), %4 "
            "FROM perspectives v "
            "JOIN replays x ON x.rid = v.rid JOIN players p ON p.rid = v.rid "
            "JOIN player_roles r ON r.prow = p.rowid "
            "WHERE v.rid BETWEEN ? AND ? AND x.status = 'ok'%5 GROUP BY mine, theirs, side")
            .arg(myTeamGoalsSql(), opposingTeamGoalsSql(), sideSql(), roleMeansSumsSql(), where),
        Tr::tr("analysing the cache"));
    query.setForwardOnly(true);
    for (const QVariant &value : values)
        query.addBindValue(value);
    execOrThrow(query, Tr::tr("analysing the cache"));
    while (query.next()) {
        ScoreSums &score = scores[{query.value(0).toInt(), query.value(1).toInt()}];
        const int side = query.value(2).toInt();
        if (side < 0 || side >= kSides)
            continue;
        if (side == int(Side::Me))
            score.games += query.value(4).toInt(); // a replay with a perspective has a "me" row
        RoleSums &sums = score.sides[side];
        sums.rows += query.value(3).toInt();
        for (int i = 0; i < 3; ++i)
            sums.sums[i] += query.value(5 + i).toLongLong();
    }
}

} // namespace

QList<ScorelineRow> scorelines(const Database &database, const StatsFilter &filter)
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
    const bool oneVersusOne = filter.teamSize == 1;
    QList<ScorelineRow> rows;
    QList<std::pair<int, int>> keys = scores.keys();
    std::stable_sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (const auto &key : keys) {
        const ScoreSums &score = scores[key];
        if (score.games == 0)
            continue;
        ScorelineRow row;
        row.myGoals = key.first;
        row.oppGoals = key.second;
        row.games = score.games;
        row.me = score.sides[int(Side::Me)].means(true);
        if (!oneVersusOne)
            row.teammates = score.sides[int(Side::Teammates)].means(true);
        row.opponents = score.sides[int(Side::Opponents)].means(true);
        rows.append(row);
    }
    return rows;
}

} // namespace bcs
