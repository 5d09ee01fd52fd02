#pragma once
// What callers ask of a sync and what they get back: the request, the answer to "start", and a
// progress snapshot. Plain data shared by the sync thread, the API, the GUI and the CLI.

#include "storage/synclogrepository.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace bcs {

struct SyncRequest
{
    std::optional<QDateTime> after; // match date bounds, already expanded from bare dates
    std::optional<QDateTime> before;
    bool force = false;
};

struct SyncStartResult
{
    enum class Kind { Started, AlreadySynced, Conflict, Refused, Failed };
    Kind kind = Kind::Failed;
    qint64 syncId = 0;
    SyncLogEntry coveredBy;
    QString error;
};

struct SyncStatus
{
    bool running = false;
    qint64 syncId = 0;
    QString phase = QStringLiteral("idle"); // idle, checking, listing, fetching, done
    int found = 0;
    int fetched = 0;
    int skipped = 0;
    int failed = 0;
    int pending = 0;
    int requests = 0;
    int rateLimited = 0;
    int queued = 0;     // details still to fetch
    int listed = 0;     // replays the listings of this sync returned, each once
    // Every listing page arrived and was stored: players, roles and listing-level stats cover
    // the whole range from here on, while details may still be arriving.
    bool listingComplete = false;
    int detailsDue = 0; // details this sync set out to fetch (fetched + failed + pending + queued)
    QString lastStatus; // completed / failed / cancelled of the last finished sync
    QString error;
    QList<SyncFailure> failures; // replays not stored by this sync, and why
    std::optional<double> etaSeconds; // for the queued details at the tier's fastest pace
    double detailsPerSecond = 0;

    QJsonObject toJson() const; // the seed's fields first, then ours
};

} // namespace bcs
