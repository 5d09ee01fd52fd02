#pragma once
// The window wired as the app wires it (src/app/application.cpp), over a SyncTestbed: a real
// cache, the real sync thread, the fake ballchasing server; the GUI thread's own network
// manager and client for previews and key tests.

#include "gui/services/queryservice.h"
#include "gui/shell/mainwindow.h"
#include "net/ballchasingclient.h"
#include "secrets/apikeystore.h"
#include "support/synctestbed.h"
#include "sync/syncoverview.h"

#include <QNetworkAccessManager>

namespace bcs::test {

class WindowTestbed : public SyncTestbed
{
public:
    // A key store whose keychain never answers in time here (no D-Bus in the test run) unless
    // the test runs inside a Secret Service session.
    // `refresh`: what the sync runs after storing (the app's is refreshDerivedTables).
    explicit WindowTestbed(std::function<void(const Database &)> refresh = {})
        : keyStore(QStringLiteral("bcstats-test"), 2000)
    {
        afterCacheChanged = std::move(refresh);
        makeSync();
        makeReaders();
    }

    // Swaps the bed's cache for another (a demo copy, a bench cache): `open` fills `database`
    // and returns an error text; everything that held the old cache or its limiter is made anew.
    QString reopenCache(const std::function<QString(std::unique_ptr<Database> &)> &open)
    {
        client.reset();
        queries.reset();
        sync.reset();
        database.reset();
        if (const QString error = open(database); !error.isEmpty())
            return error;
        makeSync();
        makeReaders();
        return {};
    }

    WindowServices windowServices() const
    {
        WindowServices s;
        s.sync = sync.get();
        s.queries = queries.get();
        s.keyStore = &keyStore;
        s.limiter = limiter.get();
        s.tiers = tiers.get();
        s.clock = &clock;
        s.network = const_cast<QNetworkAccessManager *>(&network);
        s.client = client.get();
        s.clientSettings = services().client;
        s.dataDir = directory.path();
        return s;
    }

    ApiKeyState key() const
    {
        ApiKeyState k;
        k.key = services().client.apiKey;
        k.origin = QStringLiteral("environment variable BALLCHASING_API_KEY");
        k.fromConfiguration = true;
        return k;
    }

    std::unique_ptr<MainWindow> makeWindow(const ApiKeyState &withKey)
    {
        LocalApiState api;
        api.enabled = true;
        api.url = QStringLiteral("http://127.0.0.1:8000");
        auto window = std::make_unique<MainWindow>(
            windowServices(), withKey, api,
            readCacheState(database->connection(Database::Access::ReadOnly)));
        QObject::connect(window.get(), &MainWindow::apiKeyChanged, sync.get(),
                         &SyncManager::setApiKey);
        QObject::connect(window.get(), &MainWindow::apiKeyChanged, client.get(),
                         &BallchasingClient::setApiKey);
        return window;
    }

    void makeReaders()
    {
        queries = std::make_unique<QueryService>(database.get());
        client = std::make_unique<BallchasingClient>(&network, limiter.get(), clock,
                                                     services().client);
    }

    ApiKeyStore keyStore;
    QNetworkAccessManager network;
    std::unique_ptr<QueryService> queries;
    std::unique_ptr<BallchasingClient> client;
};

} // namespace bcs::test
