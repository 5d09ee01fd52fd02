#pragma once
// Reads and writes cached replays and their player rows. The detail JSON is kept exactly as
// ballchasing sent it, zlib-compressed; the summary columns and the typed player rows beside
// it are what filters and stats use. Use from one thread with that thread's connection.

#include "core/replay.h"
#include "storage/detailcodec.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace bcs {

struct ReplayListFilter
{
    std::optional<qint64> dateAfterMs;
    std::optional<qint64> dateBeforeMs;
    QString map;      // code or display name
    QString playlist; // id or display name
    int limit = 200;
    int offset = 0;
};

struct FetchedDetail
{
    QByteArray body; // as ballchasing sent it
    ParsedReplay parsed;
};

struct ListingFailure
{
    QString id;
    QString reason;
};

struct ListingOutcome
{
    QList<ListingFailure> failures;
    QStringList duplicates; // other uploads of replays we keep (storage/duplicatematches.h)
};

class ReplayRepository
{
public:
    explicit ReplayRepository(QSqlDatabase db);

    // An id that is another upload of a replay we keep has that replay's status.
    QHash<QString, ReplayStatus> statuses(const QStringList &ids) const;
    // A page of listed replays, in one transaction: an id not known yet is remembered (status
    // missing) and a replay without player rows gets the listed ones (storage/playerrows.h).
    // Another upload of a replay we keep (the same file, or another player's recording of the
    // match: storage/duplicatematches.h) becomes its alias. A row that
    // cannot be stored is left out and named in the answer; a full disk or a damaged cache
    // throws.
    ListingOutcome insertListed(const QList<ListedReplay> &page);
    // Stores a fetched detail in one transaction: summary columns, status, and for an ok detail
    // the compressed body and the player rows (filling in the listed ones). A detail of a match
    // we have the detail of already (same match_guid) is merged with it, the one listed first
    // kept: answers the kept replay's id, else empty.
    QString storeDetail(const QByteArray &body, const ParsedReplay &parsed, qint64 fetchedMs,
                        detailcodec::Effort effort = detailcodec::Effort::Smallest);
    // Several details in one transaction, each stored as storeDetail stores it (a cache made in
    // one go: the demo's): answers what storeDetail answers, per detail. A detail that cannot be
    // stored throws, and none of the batch is kept.
    QStringList storeDetails(const QList<FetchedDetail> &details, qint64 fetchedMs,
                             detailcodec::Effort effort = detailcodec::Effort::Smallest);
    // A fetch that failed for good this time: the replay stays `missing` and is tried next sync.
    void recordFetchFailure(const QString &id, const QString &error);
    QStringList idsWithStatus(const QList<ReplayStatus> &statuses) const;
    // The same replays with their match dates (ms), newest match first.
    QList<QPair<QString, qint64>> datedIdsWithStatus(const QList<ReplayStatus> &statuses) const;
    int count(std::optional<ReplayStatus> status = std::nullopt) const;

    // The detail as ballchasing sent it; for another upload's id, the kept replay's.
    std::optional<QByteArray> detailBody(const QString &id) const;
    // Per replay id: the ids of the other uploads of that match.
    QHash<QString, QStringList> alsoUploadedAs(const QStringList &ids) const;
    QList<ReplaySummary> list(const ReplayListFilter &filter) const;
    QMap<QString, int> countsByDay() const; // ok replays per local match day, "YYYY-MM-DD"

private:
    mutable QSqlDatabase m_db;
};

} // namespace bcs
