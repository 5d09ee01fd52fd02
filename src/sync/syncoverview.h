#pragma once
// What the window's Sync page shows about the cache, read in one go on the query thread: how
// many replays are cached, the sync history, replays per match day, and where the newest season
// began (the "This season" preset). Plain reads; throws StorageError.

#include "storage/synclogrepository.h"

#include <QDate>
#include <QMap>
#include <QSqlDatabase>
#include <optional>

namespace bcs {

struct SyncOverview
{
    int cachedReplays = 0;  // with details
    int listedReplays = 0;  // every replay the listings returned (details or not)
    QList<SyncLogEntry> history; // newest first
    QMap<QDate, int> replaysPerDay; // local match day → replays with details
    std::optional<QDate> seasonStart;
    std::optional<SyncLogEntry> lastCompleted;
};

SyncOverview readSyncOverview(QSqlDatabase db, int historyLimit = 50);

// What the pages need to know before they can show anything: is there a cache, and does it
// know which names are mine.
struct CacheState
{
    int cachedReplays = 0; // with details
    int listedReplays = 0;
    int playerNames = 0;
    bool meConfigured = false;
};

CacheState readCacheState(QSqlDatabase db);

// What a sync brought: replays whose details arrived at or after `sinceMs`, and my results in
// them (games without me are neither).
struct Arrivals
{
    int replays = 0;
    int wins = 0;
    int losses = 0;
};

Arrivals readArrivals(QSqlDatabase db, qint64 sinceMs);

// Replays with details whose match date lies in the range (open ends allowed): the preview's
// "already cached".
int cachedReplaysBetween(QSqlDatabase db, std::optional<qint64> afterMs,
                         std::optional<qint64> beforeMs);

} // namespace bcs
