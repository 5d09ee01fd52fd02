#include "demo/demostore.h"

#include "core/playerconfig.h"
#include "core/replayparser.h"
#include "core/rfc3339.h"
#include "demo/demotr.h"
#include "demo/listrow.h"
#include "demo/samples.h"
#include "stats/derivedtables.h"
#include "storage/database.h"
#include "storage/detailcodec.h"
#include "storage/replayrepository.h"
#include "storage/rolerepository.h"
#include "storage/smalltables.h"
#include "storage/synclogrepository.h"
#include "sync/listingsources.h"

#include <QJsonDocument>
#include <iterator>

namespace bcs::demo {

namespace {

constexpr int kListPageSize = 200;   // ballchasing's largest page
constexpr int kDetailsPerBatch = 50; // a transaction, and a progress report, each

// As a sync lists them: newest match first, a page per transaction. False when cancelled.
bool listGames(const Database &database, const QList<GeneratedGame> &games,
               const std::function<bool(int listed)> &pageStored)
{
    ReplayRepository replays(database.connection());
    QList<ListedReplay> page;
    int listed = 0;
    for (auto game = games.crbegin(); game != games.crend(); ++game) {
        page.append(parseListedReplay(listRowFromDetail(game->detail)));
        if (page.size() < kListPageSize && std::next(game) != games.crend())
            continue;
        const ListingOutcome outcome = replays.insertListed(page);
        if (!outcome.failures.isEmpty())
            throw StorageError(StorageError::Kind::Io, outcome.failures.constFirst().reason);
        listed += int(page.size());
        page.clear();
        if (!pageStored(listed))
            return false;
    }
    return true;
}

// As a sync stores fetched details, a batch per transaction and compressed for speed: 2,000 at
// once, not one a second.
void storeDetails(ReplayRepository &replays, const QList<GeneratedGame> &batch, qint64 fetchedMs)
{
    QList<FetchedDetail> details;
    details.reserve(batch.size());
    for (const GeneratedGame &game : batch)
        details.append({QJsonDocument(game.detail).toJson(QJsonDocument::Compact),
                        parseReplayDetail(game.detail)});
    replays.storeDetails(details, fetchedMs, detailcodec::Effort::Fast);
}

void saveMaps(const Database &database)
{
    const QJsonObject names = sampleObject(QStringLiteral("maps_response.json"));
    QMap<QString, QString> codeToName;
    for (auto it = names.begin(); it != names.end(); ++it)
        codeToName.insert(it.key(), it.value().toString());
    MapsRepository(database.connection()).replaceAll(codeToName);
}

void savePlayerConfig(const Database &database, qint64 savedMs)
{
    const PlayerConfigParse parse = parsePlayerConfig(MatchHistory::playerConfig());
    if (!parse.config)
        throw StorageError(StorageError::Kind::Io,
                           DemoTr::tr("the demo player config is invalid: %1").arg(parse.error));
    RoleRepository(database.connection()).saveConfig(*parse.config, savedMs);
}

// One completed sync of everything up to `syncedAt` that listed both sources a sync lists
// (my uploads, then the games my accounts played), as if every request had succeeded.
void logCompletedSync(const Database &database, int replays, const QDateTime &syncedAt)
{
    SyncLogEntry entry;
    entry.dateBefore = formatRfc3339(syncedAt);
    entry.dateBeforeMs = syncedAt.toMSecsSinceEpoch();
    entry.startedAt = formatRfc3339(syncedAt);
    entry.startedMs = syncedAt.toMSecsSinceEpoch();
    entry.completedAt = entry.startedAt;
    entry.status = QStringLiteral("completed");
    entry.replaysFound = replays;
    entry.replaysFetched = replays;
    entry.requests = 1 + (replays + kListPageSize - 1) / kListPageSize + replays;
    entry.listingComplete = true;
    SyncLogRepository log(database.connection());
    entry.id = log.insert(entry);
    log.markListed(entry.id, entry.filter);
    if (const QString accounts = accountsListingFilter(database.connection()); !accounts.isEmpty())
        log.markListed(entry.id, accounts);
}

} // namespace

bool storeGames(const Database &database, const QList<GeneratedGame> &games,
                const QDateTime &syncedAt, const DemoBuildProgress &progress)
{
    const int count = int(games.size());
    // A step per game listed and per game stored, and one for the roles and derived tables.
    const int total = 2 * count + 1;
    const qint64 syncedMs = syncedAt.toMSecsSinceEpoch();
    if (!progress(0, total))
        return false;
    saveMaps(database);
    if (!listGames(database, games, [&](int listed) { return progress(listed, total); }))
        return false;
    ReplayRepository replays(database.connection());
    for (int stored = 0; stored < count;) {
        const QList<GeneratedGame> batch = games.mid(stored, kDetailsPerBatch);
        storeDetails(replays, batch, syncedMs);
        stored += int(batch.size());
        if (!progress(count + stored, total))
            return false;
    }
    savePlayerConfig(database, syncedMs);
    refreshDerivedTables(database); // the roles first, then what is built from them
    logCompletedSync(database, count, syncedAt);
    MetaRepository(database.connection()).bumpDataGeneration();
    return progress(total, total);
}

} // namespace bcs::demo
