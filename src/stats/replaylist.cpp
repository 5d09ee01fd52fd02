#include "stats/replaylist.h"

#include "core/statcatalogue.h"
#include "stats/statstr.h"
#include "storage/database.h"
#include "storage/rolerepository.h"
#include "storage/sqlhelpers.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace bcs {

namespace {

// My side's goals minus the other side's; blue's view in a replay without me.
const QString kReplayListGoalDifference = QStringLiteral(
    "(CASE WHEN v.my_team = 'orange' THEN x.orange_goals - x.blue_goals "
    "ELSE x.blue_goals - x.orange_goals END)");

// LIKE's wildcards in what the user typed match themselves.
QString replayListLikePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// "FROM ... WHERE ..." of the query's replays `x` with their perspective `v`; values appended.
QString replayListFromSql(const ReplayQuery &query, QVariantList &values)
{
    QString sql = QStringLiteral("FROM replays x LEFT JOIN perspectives v ON v.rid = x.rid WHERE 1") +
                  query.filter.sql(values);
    const QString search = query.search.trimmed();
    if (!search.isEmpty()) {
        // Names through name_key (trimmed, lower-cased by Qt: Unicode folding) on the covering
        // players_identity index; the replay's own text as LIKE folds it (ASCII).
        const QString pattern = replayListLikePattern(search);
        sql += QStringLiteral(
            " AND (x.title LIKE ? ESCAPE '\\' OR x.map_name LIKE ? ESCAPE '\\'"
            " OR x.map_code LIKE ? ESCAPE '\\' OR x.playlist_name LIKE ? ESCAPE '\\'"
            " OR EXISTS (SELECT 1 FROM players s WHERE s.rid = x.rid AND s.name_key LIKE ? ESCAPE '\\'))");
        values << pattern << pattern << pattern << pattern
               << replayListLikePattern(search.toLower());
    }
    if (query.onlyIds) {
        // One bound JSON array however many ids (SQLite caps bound values per statement).
        sql += QStringLiteral(" AND x.id IN (SELECT value FROM json_each(?))");
        values << QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(*query.onlyIds)).toJson(QJsonDocument::Compact));
    }
    return sql;
}

QString replayListOrderSql(const ReplayQuery &query)
{
    QString key;
    switch (query.sort) {
    case ReplaySort::Date:
        key = QStringLiteral("x.date_ms");
        break;
    case ReplaySort::Playlist:
        key = QStringLiteral("COALESCE(NULLIF(x.playlist_name, ''), x.playlist_id) COLLATE NOCASE");
        break;
    case ReplaySort::Map:
        key = QStringLiteral("COALESCE(NULLIF(x.map_name, ''), x.map_code) COLLATE NOCASE");
        break;
    case ReplaySort::Score:
        // By goal difference, then by my goals: 1–0 before 4–3 before 2–0.
        key = kReplayListGoalDifference + QStringLiteral("%1, CASE WHEN v.my_team = 'orange' "
                                                         "THEN x.orange_goals ELSE x.blue_goals END");
        break;
    case ReplaySort::Result:
        // Games without me below losses, then losses, ties, wins.
        key = QStringLiteral("(CASE WHEN v.my_team IS NULL THEN -2 WHEN %1 > 0 THEN 1 "
                             "WHEN %1 < 0 THEN -1 ELSE 0 END)")
                  .arg(kReplayListGoalDifference);
        break;
    case ReplaySort::Duration:
        key = QStringLiteral("x.duration");
        break;
    }
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    if (key.contains(QLatin1String("%1")))
        key = key.arg(direction);
    // A total order, so that pages read with OFFSET never overlap nor skip a row.
    return QStringLiteral(" ORDER BY ") + key + direction +
           QStringLiteral(", x.date_ms DESC, x.rid DESC");
}

QString replayListDoing()
{
    return StatsTr::tr("listing replays");
}

} // namespace

int countReplayList(const Database &database, const ReplayQuery &query)
{
    QSqlDatabase db = database.connection(Database::Access::ReadOnly);
    QVariantList values;
    const QString from = replayListFromSql(query, values);
    QSqlQuery count =
        selectOrThrow(db, QStringLiteral("SELECT COUNT(*) ") + from, values, replayListDoing());
    return count.next() ? count.value(0).toInt() : 0;
}

QList<ReplayListRow> replayListPage(const Database &database, const ReplayQuery &query,
                                    int offset, int limit)
{
    QSqlDatabase db = database.connection(Database::Access::ReadOnly);
    QVariantList values;
    const QString from = replayListFromSql(query, values);
    values << limit << offset;
    QSqlQuery select = selectOrThrow(
        db,
        QStringLiteral("SELECT x.rid, x.id, x.date_ms, x.title, "
                       "COALESCE(NULLIF(x.playlist_name, ''), x.playlist_id), "
                       "COALESCE(NULLIF(x.map_name, ''), x.map_code), x.duration, x.overtime, "
                       "x.blue_goals, x.orange_goals, v.my_team, x.status = 'ok' ") +
            from + replayListOrderSql(query) + QStringLiteral(" LIMIT ? OFFSET ?"),
        values, replayListDoing());
    QList<ReplayListRow> rows;
    QHash<qint64, qsizetype> indexByRid;
    QStringList rids;
    while (select.next()) {
        const qint64 rid = select.value(0).toLongLong();
        indexByRid.insert(rid, rows.size());
        rids << QString::number(rid);
        ReplayListRow &row = rows.emplace_back();
        row.id = select.value(1).toString();
        row.dateMs = select.value(2).toLongLong();
        row.title = select.value(3).toString();
        row.playlistName = select.value(4).toString();
        row.mapName = select.value(5).toString();
        row.duration = select.value(6).toInt();
        row.overtime = select.value(7).toInt() != 0;
        row.blueGoals = select.value(8).toInt();
        row.orangeGoals = select.value(9).toInt();
        row.myTeam = select.value(10).toString();
        row.detailed = select.value(11).toBool();
    }
    if (rows.isEmpty())
        return rows;
    // Every listed replay has its player rows (listings first, DESIGN.md §5); the page's in one
    // query through the covering players_identity index.
    QSqlQuery players = selectOrThrow(
        db,
        QStringLiteral("SELECT rid, team, name FROM players WHERE rid IN (%1) ORDER BY rid, team, slot")
            .arg(rids.join(QLatin1Char(','))),
        {}, replayListDoing());
    while (players.next()) {
        ReplayListRow &row = rows[indexByRid.value(players.value(0).toLongLong())];
        (players.value(1).toString() == QLatin1String("orange") ? row.orangeNames : row.blueNames)
            << players.value(2).toString();
    }
    return rows;
}

std::optional<ReplayDetail> replayDetail(const Database &database, const QString &id)
{
    QSqlDatabase db = database.connection(Database::Access::ReadOnly);
    QSqlQuery head = selectOrThrow(
        db,
        QStringLiteral("SELECT x.rid, x.title, COALESCE(NULLIF(x.map_name, ''), x.map_code), "
                       "x.date_text, x.duration, x.blue_goals, x.orange_goals, x.overtime, "
                       "v.my_team, x.date_ms, COALESCE(NULLIF(x.playlist_name, ''), x.playlist_id), "
                       "x.status = 'ok' "
                       "FROM replays x LEFT JOIN perspectives v ON v.rid = x.rid WHERE x.id = ?"),
        {id}, replayListDoing());
    if (!head.next())
        return std::nullopt;
    ReplayDetail detail;
    const qint64 rid = head.value(0).toLongLong();
    ReplayWithRoles &replay = detail.replay;
    replay.id = id;
    replay.title = head.value(1).toString();
    replay.mapName = head.value(2).toString();
    replay.date = head.value(3).toString();
    replay.duration = head.value(4).toInt();
    replay.blueGoals = head.value(5).toInt();
    replay.orangeGoals = head.value(6).toInt();
    replay.overtime = head.value(7).toInt() != 0;
    replay.myTeam = head.value(8).toString();
    detail.dateMs = head.value(9).toLongLong();
    detail.playlistName = head.value(10).toString();
    detail.detailed = head.value(11).toBool();

    // The players as replaysWithRoles() reads them, for this one replay.
    QStringList columns;
    for (const StatDefinition &stat : statCatalogue())
        columns << QStringLiteral("p.") + stat.columnName();
    const qsizetype statCount = statCatalogue().size();
    QSqlQuery players = selectOrThrow(
        db,
        QStringLiteral("SELECT p.name, COALESCE(r.role, 'unknown'), p.team, %1 FROM players p "
                       "LEFT JOIN player_roles r ON r.prow = p.rowid WHERE p.rid = ? "
                       "ORDER BY p.team, p.slot")
            .arg(columns.join(QStringLiteral(", "))),
        {rid}, StatsTr::tr("listing players"));
    while (players.next()) {
        ReplayPlayer &player = replay.players.emplace_back();
        player.name = players.value(0).toString();
        player.role = players.value(1).toString();
        player.team = players.value(2).toString();
        player.scaledStats.reserve(statCount);
        for (qsizetype i = 0; i < statCount; ++i)
            player.scaledStats << players.value(int(3 + i)).toLongLong();
    }
    for (const auto &teammate : RoleRepository(db).config().teammates)
        detail.aliases << teammate.first;
    return detail;
}

} // namespace bcs
