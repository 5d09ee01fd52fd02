#pragma once
// Fills a cache with generated games through the intake a sync uses: list pages first
// (ReplayRepository::insertListed), then each detail (ReplayRepository::storeDetail), the preset
// player config, the roles and derived tables, and a completed sync covering the games. Throws
// StorageError when the cache cannot be written.

#include "demo/democache.h"
#include "demo/matchhistory.h"

#include <QDateTime>
#include <QList>

namespace bcs {
class Database;
}

namespace bcs::demo {

// `syncedAt`, after the last game, is when the games were listed and fetched: the sync covers
// every match date before it. False when `progress` cancelled; the cache then holds part of it.
bool storeGames(const Database &database, const QList<GeneratedGame> &games,
                const QDateTime &syncedAt, const DemoBuildProgress &progress);

} // namespace bcs::demo
