#include "storage/duplicatematches.h"

#include "storage/sqlhelpers.h"

namespace bcs {

namespace {

std::optional<qint64> firstRid(QSqlQuery &query)
{
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

} // namespace

std::optional<qint64> listedDuplicateOf(QSqlDatabase &db, const QString &id,
                                        const QString &rocketLeagueId, const QString &doing)
{
    QSqlQuery alias =
        selectOrThrow(db, QStringLiteral("SELECT rid FROM replay_aliases WHERE id = ?"), {id}, doing);
    if (const auto rid = firstRid(alias))
        return rid;
    if (rocketLeagueId.isEmpty())
        return std::nullopt;
    QSqlQuery same = selectOrThrow(
        db,
        QStringLiteral("SELECT rid FROM replays WHERE rocket_league_id = ? AND id <> ? "
                       "ORDER BY rid LIMIT 1"),
        {rocketLeagueId, id}, doing);
    return firstRid(same);
}

std::optional<qint64> detailedDuplicateOf(QSqlDatabase &db, qint64 rid, const QString &matchGuid,
                                          const QString &doing)
{
    if (matchGuid.isEmpty())
        return std::nullopt;
    QSqlQuery same = selectOrThrow(
        db,
        QStringLiteral("SELECT rid FROM replays WHERE match_guid = ? AND rid <> ? "
                       "AND status = 'ok' ORDER BY rid LIMIT 1"),
        {matchGuid, rid}, doing);
    return firstRid(same);
}

void recordAlias(QSqlDatabase &db, const QString &id, qint64 keptRid, const QString &doing)
{
    QSqlQuery insert = prepareOrThrow(
        db, QStringLiteral("INSERT OR REPLACE INTO replay_aliases (id, rid) VALUES (?, ?)"), doing);
    insert.addBindValue(id);
    insert.addBindValue(keptRid);
    execOrThrow(insert, doing);
}

void mergeInto(QSqlDatabase &db, qint64 rid, const QString &id, qint64 keptRid,
               const QString &doing)
{
    QSqlQuery move = prepareOrThrow(
        db, QStringLiteral("UPDATE replay_aliases SET rid = ? WHERE rid = ?"), doing);
    move.addBindValue(keptRid);
    move.addBindValue(rid);
    execOrThrow(move, doing);
    // Derived rows have no foreign key (they are rebuilt whole); the rest goes with the replay.
    for (const QString &sql :
         {QStringLiteral("DELETE FROM player_roles WHERE rid = ?"),
          QStringLiteral("DELETE FROM perspectives WHERE rid = ?"),
          QStringLiteral("DELETE FROM replay_sides WHERE rid = ?"),
          QStringLiteral("DELETE FROM replays WHERE rid = ?")}) {
        QSqlQuery remove = prepareOrThrow(db, sql, doing);
        remove.addBindValue(rid);
        execOrThrow(remove, doing);
    }
    recordAlias(db, id, keptRid, doing);
}

QHash<QString, QStringList> aliasesOf(QSqlDatabase &db, const QStringList &ids,
                                      const QString &doing)
{
    QHash<QString, QStringList> result;
    constexpr qsizetype kBatch = 500; // below SQLite's bound-parameter limit
    for (qsizetype start = 0; start < ids.size(); start += kBatch) {
        const QStringList batch = ids.mid(start, kBatch);
        QVariantList values;
        for (const QString &id : batch)
            values << id;
        QSqlQuery query = selectOrThrow(
            db,
            QStringLiteral("SELECT x.id, a.id FROM replay_aliases a JOIN replays x ON x.rid = a.rid "
                           "WHERE x.id IN (%1) ORDER BY x.id, a.id")
                .arg(QStringList(batch.size(), QStringLiteral("?")).join(QLatin1Char(','))),
            values, doing);
        while (query.next())
            result[query.value(0).toString()] << query.value(1).toString();
    }
    return result;
}

} // namespace bcs
