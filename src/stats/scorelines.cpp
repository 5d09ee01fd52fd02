#include "stats/scorelines.h"

#include "stats/statssql.h"
#include "storage/database.h"
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

} // namespace

QList<ScorelineRow> scorelines(const Database &database, const StatsFilter &filter)
{
    QSqlDatabase db = database.connection(Database::Access::ReadOnly);
    QVariantList values;
    const QString where = filter.sql(values);
    // Every player row of my games, newest game first and each team in its order: the order in
    // which the seed adds them up (stats/rolemeans.h). One pass, on one thread: two halves would
    // add in another order.
    QSqlQuery query = prepareOrThrow(
        db,
        QStringLiteral("SELECT %1, %2, %3, v.rid, %4 FROM perspectives v "
                       "JOIN replays x ON x.rid = v.rid JOIN players p ON p.rid = v.rid "
                       "JOIN player_roles r ON r.prow = p.rowid WHERE x.status = 'ok'%5 "
                       "ORDER BY x.date_ms DESC, x.id, p.team, p.slot")
            .arg(myTeamGoalsSql(), opposingTeamGoalsSql(), sideSql(), roleMeansColumnsSql(), where),
        Tr::tr("analysing the cache"));
    query.setForwardOnly(true);
    for (const QVariant &value : values)
        query.addBindValue(value);
    execOrThrow(query, Tr::tr("analysing the cache"));
    QMap<std::pair<int, int>, ScoreSums> scores; // (my goals, theirs)
    qint64 previousRid = -1;
    while (query.next()) {
        ScoreSums &score = scores[{query.value(0).toInt(), query.value(1).toInt()}];
        const int side = query.value(2).toInt();
        const qint64 rid = query.value(3).toLongLong();
        if (rid != previousRid)
            ++score.games; // a game's rows come together
        previousRid = rid;
        if (side >= 0 && side < kSides)
            score.sides[side].addRow(query, 4);
    }

    const bool oneVersusOne = filter.teamSize == 1;
    QList<std::pair<int, int>> keys = scores.keys();
    std::stable_sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QList<ScorelineRow> rows;
    for (const auto &key : keys) {
        const ScoreSums &score = scores[key];
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
