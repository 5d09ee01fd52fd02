#pragma once
// The sync_log table: one row per sync, with the seed's columns plus ours. Coverage decisions,
// /api/sync/history and start-up crash recovery read it; only the sync side writes it.

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace bcs {

// A replay a sync could not store or fetch, and why; the next sync tries it again.
struct SyncFailure
{
    QString id;
    QString reason;
    friend bool operator==(const SyncFailure &, const SyncFailure &) = default;
};

QJsonArray failuresToJson(const QList<SyncFailure> &failures); // [{"id", "reason"}]

struct SyncLogEntry
{
    qint64 id = 0;
    QString dateAfter;  // as requested (RFC 3339); empty = open
    QString dateBefore; // empty = open
    std::optional<qint64> dateAfterMs;
    std::optional<qint64> dateBeforeMs;
    QString startedAt;
    qint64 startedMs = 0;
    QString completedAt;
    QString status = QStringLiteral("running"); // running / completed / failed / cancelled
    QString filter = QStringLiteral("uploader=me");
    int replaysFound = 0;
    int replaysFetched = 0;
    int replaysSkipped = 0;
    int replaysFailed = 0;
    int replaysPending = 0;
    int requests = 0;
    int rateLimited = 0;
    QString error;
    QList<SyncFailure> failures; // in the order they happened
    // Every listing page of the sync arrived and was stored: its range is known even when the
    // sync ended before the details (they stay due as missing replays).
    bool listingComplete = false;

    QJsonObject toJson() const; // the seed's field names, nulls where open/unset
};

class SyncLogRepository
{
public:
    explicit SyncLogRepository(QSqlDatabase db);

    qint64 insert(const SyncLogEntry &entry);
    void update(const SyncLogEntry &entry); // every column but id
    QList<SyncLogEntry> completed(const QString &filter) const;
    // The syncs whose listing of `filter` completed (whatever became of their details): what a
    // new sync need not list again with that filter.
    QList<SyncLogEntry> listed(const QString &filter) const;
    void markListed(qint64 syncId, const QString &filter);
    QList<SyncLogEntry> history(int limit) const; // newest first
    std::optional<SyncLogEntry> find(qint64 id) const;
    // A `running` row at start-up was left by a crash: it becomes `failed` ("interrupted").
    int markInterrupted(const QString &now);

private:
    QList<SyncLogEntry> select(const QString &whereAndOrder, const QVariantList &values) const;
    mutable QSqlDatabase m_db;
};

} // namespace bcs
