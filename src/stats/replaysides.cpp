#include "stats/replaysides.h"

#include "stats/statssql.h"
#include "stats/statstr.h"
#include "storage/database.h"
#include "storage/smalltables.h"
#include "storage/sqlhelpers.h"
#include "storage/statcolumns.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <array>
#include <limits>
#include <vector>

namespace bcs {

namespace {

QString prefix(Side side)
{
    switch (side) {
    case Side::Me:
        return QStringLiteral("me_");
    case Side::Teammates:
        return QStringLiteral("mates_");
    case Side::Opponents:
        break;
    }
    return QStringLiteral("opp_");
}

struct SideSums
{
    int rows = 0;
    std::vector<qint64> stats = std::vector<qint64>(sideStatColumns().size(), 0);
    double shootingPercentage = 0; // added in row order, as stats/correlation.cpp adds them
};

struct Game
{
    qint64 rid = -1;
    int myGoals = 0;
    int oppGoals = 0;
    std::array<SideSums, kSides> sides;
};

QStringList insertColumns()
{
    QStringList columns = {QStringLiteral("rid"), QStringLiteral("my_goals"),
                           QStringLiteral("opp_goals")};
    for (int side = 0; side < kSides; ++side)
        columns << prefix(Side(side)) + QStringLiteral("rows");
    for (const QString &column : roleMeansColumns())
        columns << prefix(Side::Me) + column;
    for (const Side side : {Side::Teammates, Side::Opponents}) {
        for (const QString &column : sideStatColumns())
            columns << prefix(side) + column;
        columns << prefix(side) + sideShootingPercentageColumn();
    }
    return columns;
}

void insert(BatchInsert &batch, const Game &game, const QList<qsizetype> &meStats)
{
    QVariantList row = {game.rid, game.myGoals, game.oppGoals};
    for (const SideSums &side : game.sides)
        row << side.rows;
    for (const qsizetype index : meStats)
        row << game.sides[int(Side::Me)].stats[size_t(index)];
    for (const Side side : {Side::Teammates, Side::Opponents}) {
        const SideSums &sums = game.sides[int(side)];
        for (const qint64 sum : sums.stats)
            row << sum;
        row << sums.shootingPercentage;
    }
    batch.add(row);
}

} // namespace

const QStringList &sideStatColumns()
{
    return sideStatColumnsOfVersion5();
}

QString sideShootingPercentageColumn()
{
    return QStringLiteral("shooting_pct");
}

QString sideColumnSql(Side side, const QString &column)
{
    return QStringLiteral("s.") + prefix(side) + column;
}

QString sideRowsSql(Side side)
{
    return sideColumnSql(side, QStringLiteral("rows"));
}

QString sideRoleSumsSql(bool summed)
{
    QStringList columns;
    for (int i = 0; i < kSides; ++i) {
        const Side side = Side(i);
        columns << sideRowsSql(side);
        for (const QString &column : roleMeansColumns())
            columns << sideColumnSql(side, column);
    }
    if (summed) {
        for (QString &column : columns)
            column = QStringLiteral("sum(%1)").arg(column);
    }
    return columns.join(QStringLiteral(", "));
}

QString replaySidesSql()
{
    return QStringLiteral("FROM replay_sides s CROSS JOIN replays x ON x.rid = s.rid "
                          "WHERE x.status = 'ok'");
}

bool replaySidesAreFresh(QSqlDatabase db)
{
    return MetaRepository(std::move(db))
        .builtFromCurrentRoles(MetaRepository::kReplaySidesGeneration);
}

bool refreshReplaySides(const Database &database)
{
    QSqlDatabase db = database.connection();
    if (replaySidesAreFresh(db))
        return false;
    const QString doing = StatsTr::tr("summing the sides of my games");
    // Roles and their generation are read in the same transaction as the sums are written.
    Transaction transaction(db, doing);
    MetaRepository meta(db);
    const QString generation = meta.value(QLatin1String(MetaRepository::kRolesGeneration));
    execOrThrow(db, QStringLiteral("DELETE FROM replay_sides"), doing);
    QList<qsizetype> meStats; // where RoleSums' three are among sideStatColumns()
    for (const QString &column : roleMeansColumns())
        meStats << sideStatColumns().indexOf(column);
    // The very scan the analyses make of the player rows (the same plan, so the same row order
    // within a game, which the sum of doubles depends on).
    QSqlQuery rows = prepareOrThrow(
        db,
        QStringLiteral("SELECT p.rid, %1, %2, %3, %4, p.%5 %6")
            .arg(sideSql(), myTeamGoalsSql(), opposingTeamGoalsSql(), shootingPercentageSql(),
                 sideStatColumns().join(QStringLiteral(", p.")), myGamesPlayerRowsSql()),
        doing);
    rows.setForwardOnly(true);
    rows.addBindValue(std::numeric_limits<qint64>::min());
    rows.addBindValue(std::numeric_limits<qint64>::max());
    execOrThrow(rows, doing);
    BatchInsert batch(db, QStringLiteral("replay_sides"), insertColumns(), doing);
    constexpr int kFirstStat = 5;
    Game game;
    while (rows.next()) {
        const qint64 rid = rows.value(0).toLongLong();
        if (rid != game.rid) {
            if (game.rid >= 0)
                insert(batch, game, meStats);
            game = Game();
            game.rid = rid;
            game.myGoals = rows.value(2).toInt();
            game.oppGoals = rows.value(3).toInt();
        }
        const int side = rows.value(1).toInt();
        if (side < 0 || side >= kSides)
            continue;
        SideSums &sums = game.sides[size_t(side)];
        ++sums.rows;
        sums.shootingPercentage += rows.value(4).toDouble();
        for (size_t i = 0; i < sums.stats.size(); ++i)
            sums.stats[i] += rows.value(kFirstStat + int(i)).toLongLong();
    }
    if (game.rid >= 0)
        insert(batch, game, meStats);
    rows.finish();
    batch.finish();
    meta.setValue(QLatin1String(MetaRepository::kReplaySidesGeneration), generation);
    transaction.commit();
    return true;
}

} // namespace bcs
