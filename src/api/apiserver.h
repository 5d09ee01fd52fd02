#pragma once
// The embedded HTTP API. ApiServer lives in the thread that creates it and owns a QThread in
// which everything else lives: the QHttpServer, its own network manager and ballchasing client,
// and (later) its own read-only database connection. It never blocks the caller beyond start().
// Shutdown is quit + wait; the thread is never terminated.

#include "api/router.h"
#include "core/clock.h"
#include "core/config/appconfig.h"
#include "core/workerthread.h"
#include "net/ballchasingclient.h"

#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <memory>

namespace bcs {

class Database;
class RateLimiter;
class SyncManager;
class TierSelection;
class ApiServerWorker;

struct ApiServerSettings
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8000;
    QString token;
    QStringList corsOrigins = defaultCorsOrigins();
    QString staticDir;
    QStringList allowedHosts;
};

// The server's part of the configuration.
ApiServerSettings apiServerSettings(const AppConfig &config);

// What the API thread shares with the rest of the app; each piece is thread-safe.
struct ApiServices
{
    const Clock *clock = nullptr;
    RateLimiter *limiter = nullptr;
    TierSelection *tiers = nullptr;
    Database *database = nullptr; // the API thread opens its own read-only connection
    SyncManager *sync = nullptr;
    ClientSettings client; // copied into the API thread's own client
};

class ApiServer : public QObject
{
    Q_OBJECT

public:
    ApiServer(ApiServerSettings settings, ApiServices services, QObject *parent = nullptr);
    ~ApiServer() override;

    // Starts the thread and binds; false with `error` set when the address cannot be used.
    bool start(QString *error);
    void stop();
    // New host, port, token or origins (the window's settings): take effect at the next start().
    void setSettings(const ApiServerSettings &settings) { m_settings = settings; }
    // A key entered in the app after start-up reaches the API thread's client.
    void setApiKey(const QString &apiKey);

    quint16 port() const { return m_port; }
    // Every route the router has (for the OpenAPI test).
    QList<Router::RouteInfo> routes();
    QString url() const;
    bool isRunning() const { return m_port != 0; }

private:
    ApiServerSettings m_settings;
    ApiServices m_services;
    WorkerThread m_thread{QStringLiteral("bcstats-api")};
    ApiServerWorker *m_worker = nullptr;
    quint16 m_port = 0;
};

} // namespace bcs
