#include "storage/synclogrepository.h"

#include "storage/sqlhelpers.h"
#include "storage/storagetr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace bcs {

namespace {

const QString kColumns = QStringLiteral(
    "date_after, date_before, date_after_ms, date_before_ms, started_at, started_ms, completed_at, status, filter, "
    "replays_found, replays_fetched, replays_skipped, replays_failed, replays_pending, requests, rate_limited, error, failures, listing_complete");

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant msOrNull(const std::optional<qint64> &ms)
{
    return ms ? QVariant(*ms) : QVariant(QMetaType::fromType<qint64>());
}

QList<SyncFailure> failuresFromText(const QString &text)
{
    QList<SyncFailure> failures;
    for (const QJsonValue value : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject object = value.toObject();
        failures.append({object.value(QStringLiteral("id")).toString(),
                         object.value(QStringLiteral("reason")).toString()});
    }
    return failures;
}

void bindEntry(QSqlQuery &query, const SyncLogEntry &e)
{
    for (const QVariant &value :
         {textOrNull(e.dateAfter), textOrNull(e.dateBefore), msOrNull(e.dateAfterMs),
          msOrNull(e.dateBeforeMs), QVariant(e.startedAt), QVariant(e.startedMs),
          textOrNull(e.completedAt), QVariant(e.status), QVariant(e.filter),
          QVariant(e.replaysFound), QVariant(e.replaysFetched), QVariant(e.replaysSkipped),
          QVariant(e.replaysFailed), QVariant(e.replaysPending), QVariant(e.requests),
          QVariant(e.rateLimited), textOrNull(e.error),
          QVariant(QString::fromUtf8(
              QJsonDocument(failuresToJson(e.failures)).toJson(QJsonDocument::Compact))),
          QVariant(e.listingComplete ? 1 : 0)})
        query.addBindValue(value);
}

QJsonValue jsonText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonArray failuresToJson(const QList<SyncFailure> &failures)
{
    QJsonArray array;
    for (const SyncFailure &failure : failures)
        array.append(QJsonObject{{QStringLiteral("id"), failure.id},
                                 {QStringLiteral("reason"), failure.reason}});
    return array;
}

QJsonObject SyncLogEntry::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("date_after"), jsonText(dateAfter)},
            {QStringLiteral("date_before"), jsonText(dateBefore)},
            {QStringLiteral("started_at"), startedAt},
            {QStringLiteral("completed_at"), jsonText(completedAt)},
            {QStringLiteral("status"), status},
            {QStringLiteral("replays_found"), replaysFound},
            {QStringLiteral("replays_fetched"), replaysFetched},
            {QStringLiteral("replays_skipped"), replaysSkipped},
            {QStringLiteral("error"), jsonText(error)},
            {QStringLiteral("filter"), filter},
            {QStringLiteral("replays_failed"), replaysFailed},
            {QStringLiteral("replays_pending"), replaysPending},
            {QStringLiteral("requests"), requests},
            {QStringLiteral("rate_limited"), rateLimited},
            {QStringLiteral("failures"), failuresToJson(failures)},
            {QStringLiteral("listing_complete"), listingComplete}};
}

SyncLogRepository::SyncLogRepository(QSqlDatabase db) : m_db(std::move(db)) {}

qint64 SyncLogRepository::insert(const SyncLogEntry &entry)
{
    QSqlQuery query = prepareOrThrow(
        m_db,
        QStringLiteral("INSERT INTO sync_log (%1) VALUES (%2)")
            .arg(kColumns, QStringList(kColumns.count(QLatin1Char(',')) + 1, QStringLiteral("?"))
                               .join(QLatin1Char(','))),
        StorageTr::tr("starting the sync log"));
    bindEntry(query, entry);
    execOrThrow(query, StorageTr::tr("starting the sync log"));
    return query.lastInsertId().toLongLong();
}

void SyncLogRepository::update(const SyncLogEntry &entry)
{
    QStringList assignments;
    for (const QString &column : kColumns.split(QStringLiteral(", ")))
        assignments << column + QStringLiteral(" = ?");
    QSqlQuery query = prepareOrThrow(m_db,
                                     QStringLiteral("UPDATE sync_log SET %1 WHERE id = ?")
                                         .arg(assignments.join(QStringLiteral(", "))),
                                     StorageTr::tr("updating the sync log"));
    bindEntry(query, entry);
    query.addBindValue(entry.id);
    execOrThrow(query, StorageTr::tr("updating the sync log"));
}

QList<SyncLogEntry> SyncLogRepository::select(const QString &whereAndOrder,
                                              const QVariantList &values) const
{
    QSqlQuery query = prepareOrThrow(
        m_db, QStringLiteral("SELECT id, %1 FROM sync_log %2").arg(kColumns, whereAndOrder),
        StorageTr::tr("reading the sync log"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    execOrThrow(query, StorageTr::tr("reading the sync log"));
    QList<SyncLogEntry> entries;
    while (query.next()) {
        SyncLogEntry e;
        int c = 0;
        e.id = query.value(c++).toLongLong();
        e.dateAfter = query.value(c++).toString();
        e.dateBefore = query.value(c++).toString();
        if (!query.isNull(c))
            e.dateAfterMs = query.value(c).toLongLong();
        ++c;
        if (!query.isNull(c))
            e.dateBeforeMs = query.value(c).toLongLong();
        ++c;
        e.startedAt = query.value(c++).toString();
        e.startedMs = query.value(c++).toLongLong();
        e.completedAt = query.value(c++).toString();
        e.status = query.value(c++).toString();
        e.filter = query.value(c++).toString();
        e.replaysFound = query.value(c++).toInt();
        e.replaysFetched = query.value(c++).toInt();
        e.replaysSkipped = query.value(c++).toInt();
        e.replaysFailed = query.value(c++).toInt();
        e.replaysPending = query.value(c++).toInt();
        e.requests = query.value(c++).toInt();
        e.rateLimited = query.value(c++).toInt();
        e.error = query.value(c++).toString();
        e.failures = failuresFromText(query.value(c++).toString());
        e.listingComplete = query.value(c++).toBool();
        entries.append(e);
    }
    return entries;
}

QList<SyncLogEntry> SyncLogRepository::completed(const QString &filter) const
{
    return select(QStringLiteral("WHERE status = 'completed' AND filter = ? ORDER BY id"),
                  {filter});
}

QList<SyncLogEntry> SyncLogRepository::listed(const QString &filter) const
{
    return select(QStringLiteral("WHERE id IN (SELECT sync_id FROM sync_listings "
                                 "WHERE filter = ? AND complete = 1) ORDER BY id"),
                  {filter});
}

void SyncLogRepository::markListed(qint64 syncId, const QString &filter)
{
    execOrThrow(
        m_db,
        QStringLiteral(
            "INSERT OR REPLACE INTO sync_listings (sync_id, filter, complete) VALUES (?, ?, 1)"),
        {syncId, filter}, StorageTr::tr("recording a completed listing"));
}

QList<SyncLogEntry> SyncLogRepository::history(int limit) const
{
    return select(QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit});
}

std::optional<SyncLogEntry> SyncLogRepository::find(qint64 id) const
{
    const QList<SyncLogEntry> found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<SyncLogEntry>(found.first());
}

int SyncLogRepository::markInterrupted(const QString &now)
{
    return execOrThrow(m_db,
                       QStringLiteral("UPDATE sync_log SET status = 'failed', error = 'interrupted', "
                                      "completed_at = ? WHERE status = 'running'"),
                       {now}, StorageTr::tr("recovering the sync log"))
        .numRowsAffected();
}

} // namespace bcs
