#include "api/apiserverworker.h"

#include "api/controllers/pingcontroller.h"
#include "api/controllers/playerscontroller.h"
#include "api/controllers/replayscontroller.h"
#include "api/controllers/statscontroller.h"
#include "api/controllers/synccontroller.h"
#include "api/httpcompat.h"
#include "net/ballchasingclient.h"
#include "storage/database.h"
#include "storage/smalltables.h"

#include <QHttpServer>
#include <QNetworkAccessManager>

namespace bcs {

ApiServerWorker::ApiServerWorker(ApiServerSettings settings, ApiServices services)
    : m_settings(std::move(settings))
    , m_services(std::move(services))
{}

ApiServerWorker::~ApiServerWorker() = default;

quint16 ApiServerWorker::listen(QString *error)
{
    // Everything with thread affinity is created here, in the server thread.
    m_network = new QNetworkAccessManager(this);
    ClientSettings clientSettings = m_services.client;
    clientSettings.retry = RetryPolicy::interactive();
    m_client = new BallchasingClient(m_network, m_services.limiter, *m_services.clock,
                                     clientSettings, this);
    m_controllers.push_back(
        std::make_unique<PingController>(m_client, m_services.tiers, m_services.limiter));
    if (m_services.database && m_services.sync) {
        m_controllers.push_back(
            std::make_unique<SyncController>(m_services.sync, m_services.database, m_client));
        m_controllers.push_back(
            std::make_unique<ReplaysController>(m_services.database, m_client, m_services.sync));
        m_controllers.push_back(
            std::make_unique<PlayersController>(m_services.database, m_services.sync));
        m_controllers.push_back(std::make_unique<StatsController>(m_services.database));
    }
    for (const auto &controller : m_controllers)
        controller->registerRoutes(m_router);

    m_http = new QHttpServer(this);
    httpcompat::routeEverythingTo(
        *m_http, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            handle(request, responder);
        });

    QHostAddress address;
    if (m_settings.host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(m_settings.host)) {
        if (error)
            *error = tr("'%1' is not an IP address to listen on").arg(m_settings.host);
        return 0;
    }
    QString listenError;
    const quint16 port = httpcompat::listen(*m_http, address, m_settings.port, &listenError);
    if (port == 0 && error)
        *error = tr("cannot listen on %1:%2: %3")
                     .arg(m_settings.host)
                     .arg(m_settings.port)
                     .arg(listenError);
    return port;
}

void ApiServerWorker::setApiKey(const QString &apiKey)
{
    m_services.client.apiKey = apiKey;
    if (m_client)
        m_client->setApiKey(apiKey);
}

void ApiServerWorker::addCommonHeaders(const QString &path, ApiResponse &response) const
{
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    if (path.startsWith(QLatin1String("/api")))
        response.setHeader("Cache-Control", "no-store");
}

void ApiServerWorker::handle(const QHttpServerRequest &httpRequest,
                             QHttpServerResponder &httpResponder)
{
    const ApiRequest request = ApiRequest::fromHttp(httpRequest);
    const QString path = request.path;
    // Read-only answers are kept until the data changes (see ResponseCache).
    QString cacheKey;
    if (m_services.database && ResponseCache::isCacheable(request.method, path)) {
        try {
            m_cache.setGeneration(
                MetaRepository(m_services.database->connection(Database::Access::ReadOnly))
                    .value(QLatin1String(MetaRepository::kDataGeneration)));
            cacheKey = path + QLatin1Char('?') + request.query.toString(QUrl::FullyEncoded);
        } catch (const StorageError &) {
            cacheKey.clear(); // no cache, answer from the database (which reports its own error)
        }
    }
    const Responder responder(std::move(httpResponder),
                              [this, path, cacheKey](ApiResponse &response) {
                                  if (!cacheKey.isEmpty() && response.status == 200)
                                      m_cache.store(cacheKey, response.body);
                                  addCommonHeaders(path, response);
                              });
    if (!cacheKey.isEmpty()) {
        if (const auto body = m_cache.find(cacheKey)) {
            responder.send({200, *body, "application/json", {}});
            return;
        }
    }

    QStringList allowed;
    switch (m_router.dispatch(request, responder, &allowed)) {
    case Router::Match::Handled:
        return;
    case Router::Match::WrongMethod: {
        ApiResponse response = ApiResponse::error(
            405, tr("Method Not Allowed: %1 %2 accepts %3")
                     .arg(request.method, path, allowed.join(QStringLiteral(", "))));
        response.setHeader("Allow", allowed.join(QStringLiteral(", ")).toLatin1());
        responder.send(response);
        return;
    }
    case Router::Match::NoSuchPath:
        responder.send(ApiResponse::error(
            404, tr("Not Found: %1 %2 is not an API route; GET /api/openapi.json lists them")
                     .arg(request.method, path)));
        return;
    }
}

} // namespace bcs
