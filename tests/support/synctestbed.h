#pragma once
// Everything a sync needs, wired as the app wires it, against the fake ballchasing server and a
// cache in a temporary directory: for sync tests, sync API tests and bench_sync.

#include "api/apiserver.h"
#include "fakes/fakeballchasingserver.h"
#include "net/ratelimiter.h"
#include "net/tierselection.h"
#include "storage/database.h"
#include "sync/requestjournal.h"
#include "sync/syncmanager.h"

#include <QTemporaryDir>
#include <memory>

namespace bcs::test {

class SyncTestbed
{
public:
    SyncTestbed()
    {
        fake.start();
        database = std::make_unique<Database>(directory.filePath(QStringLiteral("cache.sqlite")));
        openError = database->open();
    }

    // (Re)creates the limiter, the tier selection (auto, as in the app) and the sync manager,
    // with the fake reporting and enforcing `tier`.
    void makeSync(const QString &tier = QStringLiteral("gc"))
    {
        sync.reset();
        fake.setTier(tier);
        limiter = std::make_unique<RateLimiter>(clock, RateLimitTable{});
        limiter->setGrantObserver(
            [this](EndpointGroup group, qint64 ms) { journal.record(group, ms); });
        tiers =
            std::make_unique<TierSelection>(QStringLiteral("auto"), std::nullopt, limiter.get());
        sync = std::make_unique<SyncManager>(services());
        sync->startThread();
    }

    SyncServices services() const
    {
        SyncServices s;
        s.database = database.get();
        s.limiter = limiter.get();
        s.tiers = tiers.get();
        s.journal = const_cast<RequestJournal *>(&journal);
        s.clock = &clock;
        s.client.baseUrl = fake.baseUrl();
        s.client.apiKey = QStringLiteral("test-key");
        s.client.timeoutMs = 1500;
        s.client.retry.initialBackoffMs = 20;
        s.afterCacheChanged = afterCacheChanged;
        s.syncAccounts = syncAccounts;
        return s;
    }

    // Starts the embedded API on a free port over this bed's cache and sync; returns an error.
    QString startApi(ApiServerSettings settings = {})
    {
        settings.port = 0;
        ApiServices api;
        api.clock = &clock;
        api.limiter = limiter.get();
        api.tiers = tiers.get();
        api.database = database.get();
        api.sync = sync.get();
        api.client = services().client;
        server = std::make_unique<ApiServer>(settings, api);
        QString error;
        server->start(&error);
        return error;
    }
    QUrl apiUrl(const QString &pathAndQuery) const { return QUrl(server->url() + pathAndQuery); }

    // What the sync runs when it stored player rows; the app's is refreshDerivedTables.
    std::function<void(const Database &)> afterCacheChanged;
    bool syncAccounts = false; // the app's default is on (BCSTATS_SYNC_SOURCES)
    QTemporaryDir directory;
    FakeBallchasingServer fake;
    std::unique_ptr<Database> database;
    QString openError;
    SystemClock clock;
    RequestJournal journal;
    std::unique_ptr<RateLimiter> limiter;
    std::unique_ptr<TierSelection> tiers;
    std::unique_ptr<SyncManager> sync;
    std::unique_ptr<ApiServer> server; // declared last: stopped first
};

} // namespace bcs::test
