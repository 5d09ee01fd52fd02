#include "storage/replayrepository.h"

#include "storage/detailcodec.h"
#include "storage/duplicatematches.h"
#include "storage/playerrows.h"
#include "storage/sqlhelpers.h"
#include "storage/storagetr.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <algorithm>

namespace bcs {

namespace {

const QString kSummaryColumns = QStringLiteral(
    "id, status, date_ms, date_text, created_ms, playlist_id, playlist_name, map_code, map_name, team_size, duration, "
    "overtime, season, title, blue_goals, orange_goals, match_guid, rocket_league_id, uploader_steam_id");

void bindSummary(QSqlQuery &query, const ReplaySummary &s)
{
    for (const QVariant &value :
         {QVariant(s.id), QVariant(replayStatusName(s.status)), QVariant(s.dateMs),
          QVariant(s.dateText), QVariant(s.createdMs), QVariant(s.playlistId),
          QVariant(s.playlistName), QVariant(s.mapCode), QVariant(s.mapName), QVariant(s.teamSize),
          QVariant(s.duration), QVariant(s.overtime ? 1 : 0), QVariant(s.season), QVariant(s.title),
          QVariant(s.blueGoals), QVariant(s.orangeGoals), QVariant(s.matchGuid),
          QVariant(s.rocketLeagueId), QVariant(s.uploaderSteamId)})
        query.addBindValue(value);
}

ReplaySummary readSummary(const QSqlQuery &query)
{
    ReplaySummary s;
    s.id = query.value(0).toString();
    s.status = replayStatusFromName(query.value(1).toString()).value_or(ReplayStatus::Missing);
    s.dateMs = query.value(2).toLongLong();
    s.dateText = query.value(3).toString();
    s.createdMs = query.value(4).toLongLong();
    s.playlistId = query.value(5).toString();
    s.playlistName = query.value(6).toString();
    s.mapCode = query.value(7).toString();
    s.mapName = query.value(8).toString();
    s.teamSize = query.value(9).toInt();
    s.duration = query.value(10).toInt();
    s.overtime = query.value(11).toInt() != 0;
    s.season = query.value(12).toInt();
    s.title = query.value(13).toString();
    s.blueGoals = query.value(14).toInt();
    s.orangeGoals = query.value(15).toInt();
    s.matchGuid = query.value(16).toString();
    s.rocketLeagueId = query.value(17).toString();
    s.uploaderSteamId = query.value(18).toString();
    return s;
}

QString placeholders(qsizetype count)
{
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

} // namespace

ReplayRepository::ReplayRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QHash<QString, ReplayStatus> ReplayRepository::statuses(const QStringList &ids) const
{
    QHash<QString, ReplayStatus> result;
    constexpr qsizetype kBatch = 400; // bound twice: below SQLite's historic limit of 999
    for (qsizetype start = 0; start < ids.size(); start += kBatch) {
        const QStringList batch = ids.mid(start, kBatch);
        // Another upload of a replay we keep has that replay's status.
        QSqlQuery query = prepareOrThrow(
            m_db,
            QStringLiteral("SELECT id, status FROM replays WHERE id IN (%1) UNION ALL "
                           "SELECT a.id, x.status FROM replay_aliases a JOIN replays x "
                           "ON x.rid = a.rid WHERE a.id IN (%1)")
                .arg(placeholders(batch.size())),
            StorageTr::tr("looking up cached replays"));
        for (int twice = 0; twice < 2; ++twice) {
            for (const QString &id : batch)
                query.addBindValue(id);
        }
        execOrThrow(query, StorageTr::tr("looking up cached replays"));
        while (query.next())
            result.insert(
                query.value(0).toString(),
                replayStatusFromName(query.value(1).toString()).value_or(ReplayStatus::Missing));
    }
    return result;
}

ListingOutcome ReplayRepository::insertListed(const QList<ListedReplay> &page)
{
    const QString doing = StorageTr::tr("remembering listed replays");
    ListingOutcome outcome;
    Transaction transaction(m_db, doing); // a page at a time: one commit, not one per row
    QSqlQuery replay =
        prepareOrThrow(m_db,
                       QStringLiteral("INSERT OR IGNORE INTO replays (%1) VALUES (%2)")
                           .arg(kSummaryColumns, placeholders(19)),
                       doing);
    PlayerRowWriter players(m_db, doing);
    QSqlQuery seats = prepareOrThrow(
        m_db,
        QStringLiteral("SELECT x.rid, EXISTS (SELECT 1 FROM players p WHERE p.rid = x.rid) "
                       "FROM replays x WHERE x.id = ?"),
        doing);
    for (const ListedReplay &listed : page) {
        // One row that cannot be stored costs only itself.
        execOrThrow(m_db, QStringLiteral("SAVEPOINT listed_row"), doing);
        try {
            ReplaySummary summary = listed.summary;
            if (const auto kept = listedDuplicateOf(m_db, listed, doing)) {
                recordAlias(m_db, summary.id, *kept, doing);
                outcome.duplicates << summary.id;
                execOrThrow(m_db, QStringLiteral("RELEASE listed_row"), doing);
                continue;
            }
            summary.status = ReplayStatus::Missing;
            bindSummary(replay, summary);
            execOrThrow(replay, doing);
            seats.addBindValue(summary.id);
            execOrThrow(seats, doing);
            if (seats.next() && !seats.value(1).toBool())
                players.insertListed(seats.value(0).toLongLong(), listed.players, doing);
            seats.finish();
            execOrThrow(m_db, QStringLiteral("RELEASE listed_row"), doing);
        } catch (const StorageError &error) {
            if (error.stopsEveryWrite())
                throw;
            execOrThrow(m_db, QStringLiteral("ROLLBACK TO listed_row"), doing);
            execOrThrow(m_db, QStringLiteral("RELEASE listed_row"), doing);
            outcome.failures.append({listed.summary.id, error.message});
        }
    }
    transaction.commit();
    return outcome;
}

namespace {

// What storing a detail runs, prepared once per batch.
struct DetailStatements
{
    DetailStatements(QSqlDatabase &db, const QString &doing)
        : replay(prepareOrThrow(db, upsertSql(), doing))
        , key(prepareOrThrow(db, QStringLiteral("SELECT rid FROM replays WHERE id = ?"), doing))
        , clear(prepareOrThrow(db, QStringLiteral("DELETE FROM replay_details WHERE rid = ?"),
                               doing))
        , body(prepareOrThrow(
              db, QStringLiteral("INSERT INTO replay_details (rid, body) VALUES (?, ?)"), doing))
        , players(db, doing)
    {}

    static QString upsertSql()
    {
        QStringList updates;
        for (const QString &column : kSummaryColumns.split(QStringLiteral(", ")).mid(1))
            updates << column + QStringLiteral(" = excluded.") + column;
        return QStringLiteral(
                   "INSERT INTO replays (%1, detail_bytes, fetched_ms, attempts, last_error) VALUES (%2, ?, ?, 1, NULL) "
                   "ON CONFLICT(id) DO UPDATE SET %3, detail_bytes = excluded.detail_bytes, "
                   "fetched_ms = excluded.fetched_ms, attempts = attempts + 1, last_error = NULL")
            .arg(kSummaryColumns, placeholders(19), updates.join(QStringLiteral(", ")));
    }

    QSqlQuery replay;
    QSqlQuery key;
    QSqlQuery clear;
    QSqlQuery body;
    PlayerRowWriter players;
};

// One detail of a batch; answers the kept replay's id when it merged into another upload.
QString storeOneDetail(QSqlDatabase &db, DetailStatements &statements, const FetchedDetail &fetched,
                       const QByteArray &compressed, qint64 fetchedMs)
{
    const ParsedReplay &parsed = fetched.parsed;
    const QString doing = StorageTr::tr("storing replay %1").arg(parsed.summary.id);
    const bool ok = parsed.summary.status == ReplayStatus::Ok;
    bindSummary(statements.replay, parsed.summary);
    statements.replay.addBindValue(ok ? fetched.body.size() : 0);
    statements.replay.addBindValue(fetchedMs);
    execOrThrow(statements.replay, doing);
    statements.key.addBindValue(parsed.summary.id);
    execOrThrow(statements.key, doing);
    if (!statements.key.next())
        throw StorageError(StorageError::Kind::Io, doing);
    const qint64 rid = statements.key.value(0).toLongLong();
    statements.key.finish();

    // A pending or failed detail has no players: the listed rows stay.
    if (!ok)
        return {};
    statements.clear.addBindValue(rid);
    execOrThrow(statements.clear, doing);
    statements.body.addBindValue(rid);
    statements.body.addBindValue(compressed);
    execOrThrow(statements.body, doing);
    statements.players.storeDetailed(rid, parsed.players, doing);
    const auto other = detailedDuplicateOf(db, rid, parsed.summary.matchGuid, doing);
    if (!other)
        return {};
    // The upload listed first stays, whichever detail came first: mine before a teammate's,
    // since the uploader listing runs first.
    const qint64 kept = std::min(rid, *other);
    const qint64 merged = std::max(rid, *other);
    QSqlQuery ids = selectOrThrow(
        db, QStringLiteral("SELECT rid, id FROM replays WHERE rid IN (?, ?)"), {kept, merged},
        doing);
    QHash<qint64, QString> idOf;
    while (ids.next())
        idOf.insert(ids.value(0).toLongLong(), ids.value(1).toString());
    mergeInto(db, merged, idOf.value(merged), kept, doing);
    return idOf.value(kept);
}

} // namespace

QString ReplayRepository::storeDetail(const QByteArray &body, const ParsedReplay &parsed,
                                      qint64 fetchedMs, detailcodec::Effort effort)
{
    return storeDetails({{body, parsed}}, fetchedMs, effort).constFirst();
}

QStringList ReplayRepository::storeDetails(const QList<FetchedDetail> &details, qint64 fetchedMs,
                                           detailcodec::Effort effort)
{
    QList<QByteArray> compressed; // outside the transaction
    compressed.reserve(details.size());
    for (const FetchedDetail &fetched : details)
        compressed << (fetched.parsed.summary.status == ReplayStatus::Ok
                           ? detailcodec::compress(fetched.body, effort)
                           : QByteArray());
    const QString doing =
        details.size() == 1
            ? StorageTr::tr("storing replay %1").arg(details.constFirst().parsed.summary.id)
            : StorageTr::tr("storing %1 replays").arg(details.size());
    Transaction transaction(m_db, doing);
    DetailStatements statements(m_db, doing);
    QStringList kept;
    for (qsizetype i = 0; i < details.size(); ++i)
        kept << storeOneDetail(m_db, statements, details[i], compressed[i], fetchedMs);
    transaction.commit();
    return kept;
}

void ReplayRepository::recordFetchFailure(const QString &id, const QString &error)
{
    execOrThrow(m_db,
                QStringLiteral("UPDATE replays SET attempts = attempts + 1, last_error = ? "
                               "WHERE id = ? AND status <> 'ok'"),
                {error, id}, StorageTr::tr("recording a failed fetch"));
}

QStringList ReplayRepository::idsWithStatus(const QList<ReplayStatus> &statuses) const
{
    QStringList ids;
    for (const auto &[id, dateMs] : datedIdsWithStatus(statuses))
        ids << id;
    return ids;
}

QList<QPair<QString, qint64>>
ReplayRepository::datedIdsWithStatus(const QList<ReplayStatus> &statuses) const
{
    QStringList names;
    for (ReplayStatus status : statuses)
        names << QLatin1Char('\'') + replayStatusName(status) + QLatin1Char('\'');
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, date_ms FROM replays WHERE status IN (%1)"
                                   " ORDER BY date_ms DESC, id DESC")
                        .arg(names.join(QLatin1Char(',')))))
        throw StorageError::fromSql(query.lastError(), StorageTr::tr("listing replays to fetch"));
    QList<QPair<QString, qint64>> dated;
    while (query.next())
        dated.append({query.value(0).toString(), query.value(1).toLongLong()});
    return dated;
}

int ReplayRepository::count(std::optional<ReplayStatus> status) const
{
    QSqlQuery query =
        prepareOrThrow(m_db,
                       status ? QStringLiteral("SELECT count(*) FROM replays WHERE status = ?")
                              : QStringLiteral("SELECT count(*) FROM replays"),
                       StorageTr::tr("counting replays"));
    if (status)
        query.addBindValue(replayStatusName(*status));
    execOrThrow(query, StorageTr::tr("counting replays"));
    return query.next() ? query.value(0).toInt() : 0;
}

std::optional<QByteArray> ReplayRepository::detailBody(const QString &id) const
{
    QSqlQuery query = prepareOrThrow(
        m_db,
        QStringLiteral(
            "SELECT d.body FROM replays r JOIN replay_details d ON d.rid = r.rid WHERE r.status = 'ok' "
            "AND (r.id = ? OR r.rid = (SELECT a.rid FROM replay_aliases a WHERE a.id = ?))"),
        StorageTr::tr("reading replay %1").arg(id));
    query.addBindValue(id);
    query.addBindValue(id);
    execOrThrow(query, StorageTr::tr("reading replay %1").arg(id));
    if (!query.next())
        return std::nullopt;
    return detailcodec::decompress(query.value(0).toByteArray());
}

QList<ReplaySummary> ReplayRepository::list(const ReplayListFilter &filter) const
{
    QStringList where{QStringLiteral("status = 'ok'")};
    QVariantList values;
    if (filter.dateAfterMs) {
        where << QStringLiteral("date_ms >= ?");
        values << *filter.dateAfterMs;
    }
    if (filter.dateBeforeMs) {
        where << QStringLiteral("date_ms <= ?");
        values << *filter.dateBeforeMs;
    }
    if (!filter.map.isEmpty()) {
        where << QStringLiteral("(map_code = ? OR map_name = ? COLLATE NOCASE)");
        values << filter.map << filter.map;
    }
    if (!filter.playlist.isEmpty()) {
        where << QStringLiteral("(playlist_id = ? OR playlist_name = ? COLLATE NOCASE)");
        values << filter.playlist << filter.playlist;
    }
    QSqlQuery query = prepareOrThrow(
        m_db,
        QStringLiteral("SELECT %1 FROM replays WHERE %2 ORDER BY date_ms DESC, id LIMIT ? OFFSET ?")
            .arg(kSummaryColumns, where.join(QStringLiteral(" AND "))),
        StorageTr::tr("listing replays"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(filter.limit);
    query.addBindValue(filter.offset);
    execOrThrow(query, StorageTr::tr("listing replays"));
    QList<ReplaySummary> result;
    while (query.next())
        result.append(readSummary(query));
    return result;
}

QHash<QString, QStringList> ReplayRepository::alsoUploadedAs(const QStringList &ids) const
{
    return aliasesOf(m_db, ids, StorageTr::tr("listing replays"));
}

QMap<QString, int> ReplayRepository::countsByDay() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT date_ms FROM replays WHERE status = 'ok'")))
        throw StorageError::fromSql(query.lastError(), StorageTr::tr("counting replays per day"));
    QMap<QString, int> counts;
    while (query.next()) {
        const QDate day =
            QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong()).date(); // local day
        ++counts[day.toString(Qt::ISODate)];
    }
    return counts;
}

} // namespace bcs
