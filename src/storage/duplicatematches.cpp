#include "storage/duplicatematches.h"

#include "storage/sqlhelpers.h"

#include <QMap>
#include <QSet>

namespace bcs {

namespace {

constexpr qint64 kSameMatchWindowMs = 90 * 1000;
constexpr int kSameMatchDurationSeconds = 5; // where both recordings know their duration

std::optional<qint64> firstRid(QSqlQuery &query)
{
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

// "team|platform:id" per player with an account (bots and masked ids are nobody in particular).
QString seatKey(const QString &team, const QString &platform, const QString &platformId)
{
    if (platformId.isEmpty() || platformId.count(QLatin1Char('*')) == platformId.size())
        return {};
    return (team + QLatin1Char('|') + platform + QLatin1Char(':') + platformId).toLower();
}

QSet<QString> accountSeats(const QList<ListedPlayer> &players)
{
    QSet<QString> seats;
    for (const ListedPlayer &player : players) {
        if (const QString key = seatKey(player.team, player.platform, player.platformId);
            !key.isEmpty())
            seats.insert(key);
    }
    return seats;
}

// Another player's recording of the same match, by who played, the score and the time.
std::optional<qint64> sameMatchRecorded(QSqlDatabase &db, const ListedReplay &listed,
                                        const QString &doing)
{
    const QSet<QString> seats = accountSeats(listed.players);
    if (seats.size() < 2)
        return std::nullopt;
    const ReplaySummary &s = listed.summary;
    QSqlQuery candidates = selectOrThrow(
        db,
        QStringLiteral("SELECT x.rid, p.team, p.platform, p.platform_id FROM replays x "
                       "INDEXED BY replays_date JOIN players p ON p.rid = x.rid "
                       "WHERE x.date_ms BETWEEN ? AND ? AND x.blue_goals = ? "
                       "AND x.orange_goals = ? AND x.id <> ? "
                       "AND (x.duration = 0 OR ? = 0 OR abs(x.duration - ?) <= ?) ORDER BY x.rid"),
        {s.dateMs - kSameMatchWindowMs, s.dateMs + kSameMatchWindowMs, s.blueGoals, s.orangeGoals,
         s.id, s.duration, s.duration, kSameMatchDurationSeconds},
        doing);
    QMap<qint64, QSet<QString>> seatsOf;
    while (candidates.next()) {
        const QString key = seatKey(candidates.value(1).toString(),
                                    candidates.value(2).toString(), candidates.value(3).toString());
        QSet<QString> &found = seatsOf[candidates.value(0).toLongLong()];
        if (!key.isEmpty())
            found.insert(key);
    }
    for (auto it = seatsOf.cbegin(); it != seatsOf.cend(); ++it) {
        if (it.value() == seats)
            return it.key();
    }
    return std::nullopt;
}

} // namespace

std::optional<qint64> listedDuplicateOf(QSqlDatabase &db, const ListedReplay &listed,
                                        const QString &doing)
{
    const QString &id = listed.summary.id;
    QSqlQuery alias =
        selectOrThrow(db, QStringLiteral("SELECT rid FROM replay_aliases WHERE id = ?"), {id}, doing);
    if (const auto rid = firstRid(alias))
        return rid;
    if (!listed.summary.rocketLeagueId.isEmpty()) {
        QSqlQuery same = selectOrThrow(
            db,
            QStringLiteral("SELECT rid FROM replays WHERE rocket_league_id = ? AND id <> ? "
                           "ORDER BY rid LIMIT 1"),
            {listed.summary.rocketLeagueId, id}, doing);
        if (const auto rid = firstRid(same))
            return rid;
    }
    return sameMatchRecorded(db, listed, doing);
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
    execOrThrow(db, QStringLiteral("INSERT OR REPLACE INTO replay_aliases (id, rid) VALUES (?, ?)"),
                {id, keptRid}, doing);
}

void mergeInto(QSqlDatabase &db, qint64 rid, const QString &id, qint64 keptRid,
               const QString &doing)
{
    execOrThrow(db, QStringLiteral("UPDATE replay_aliases SET rid = ? WHERE rid = ?"),
                {keptRid, rid}, doing);
    // Derived rows have no foreign key (they are rebuilt whole); the rest goes with the replay.
    for (const QString &sql :
         {QStringLiteral("DELETE FROM player_roles WHERE rid = ?"),
          QStringLiteral("DELETE FROM perspectives WHERE rid = ?"),
          QStringLiteral("DELETE FROM replay_sides WHERE rid = ?"),
          QStringLiteral("DELETE FROM replays WHERE rid = ?")})
        execOrThrow(db, sql, {rid}, doing);
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
