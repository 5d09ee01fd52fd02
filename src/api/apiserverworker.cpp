#include "api/apiserverworker.h"

#include "api/controllers/docscontroller.h"
#include "api/controllers/pingcontroller.h"
#include "api/controllers/playerscontroller.h"
#include "api/controllers/replayscontroller.h"
#include "api/controllers/statscontroller.h"
#include "api/controllers/synccontroller.h"
#include "api/httpcompat.h"
#include "core/printable.h"
#include "api/security/limitedtcpserver.h"
#include "api/security/securityheaders.h"
#include "net/ballchasingclient.h"
#include "storage/database.h"
#include "storage/smalltables.h"

#include <QHttpServer>
#include <QNetworkAccessManager>

namespace bcs {

namespace {

GuardSettings guardSettings(const ApiServerSettings &settings)
{
    GuardSettings guard;
    guard.token = settings.token;
    guard.allowedHosts = settings.allowedHosts;
    guard.allowedHosts << settings.host.toLower(); // the address it listens on, as configured
    guard.corsOrigins = settings.corsOrigins;
    return guard;
}

QString loggable(const QString &path)
{
    return printableExcerpt(path, 200);
}

} // namespace

ApiServerWorker::ApiServerWorker(ApiServerSettings settings, ApiServices services)
    : m_settings(std::move(settings))
    , m_services(std::move(services))
    , m_guard(guardSettings(m_settings))
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
    m_controllers.push_back(std::make_unique<DocsController>());
    for (const auto &controller : m_controllers)
        controller->registerRoutes(m_router);
    m_static = std::make_unique<StaticController>(m_settings.staticDir, m_router.routes());

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
    RequestLimits limits;
    limits.maxBodyBytes = m_guard.maxBodyBytes();
    const quint16 port = httpcompat::listen(*m_http, new LimitedTcpServer(limits), address,
                                            m_settings.port, &listenError);
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

void ApiServerWorker::addCommonHeaders(const ApiRequest &request, ApiResponse &response) const
{
    for (const auto &[name, value] : securityHeaders(request.isApi()))
        response.setHeader(name, value);
    if (response.status == 401)
        response.setHeader("WWW-Authenticate", "Bearer");
    m_guard.addCorsHeaders(request, response);
}

void ApiServerWorker::handle(const QHttpServerRequest &httpRequest,
                             QHttpServerResponder &httpResponder)
{
    const ApiRequest request = ApiRequest::fromHttp(httpRequest);
    const GuardDecision decision = m_guard.check(request);
    const bool isApi = request.isApi();
    // Read-only answers are kept until the data changes (see ResponseCache).
    QString cacheKey;
    if (decision.action == GuardDecision::Action::Continue && isApi && m_services.database &&
        ResponseCache::isCacheable(request.method, request.path)) {
        try {
            m_cache.setGeneration(
                MetaRepository(m_services.database->connection(Database::Access::ReadOnly))
                    .value(QLatin1String(MetaRepository::kDataGeneration)));
            cacheKey = request.path + QLatin1Char('?') + request.query.toString(QUrl::FullyEncoded);
        } catch (const StorageError &) {
            cacheKey.clear(); // no cache, answer from the database (which reports its own error)
        }
    }
    // Every answer, rejections and errors included, leaves through this responder and so gets
    // the same headers. It may answer after this function returned (upstream calls).
    const Responder responder(std::move(httpResponder),
                              [this, request, cacheKey](ApiResponse &response) {
                                  if (!cacheKey.isEmpty() && response.status == 200)
                                      m_cache.store(cacheKey, response.body);
                                  addCommonHeaders(request, response);
                              });
    switch (decision.action) {
    case GuardDecision::Action::Reject:
        qWarning("bcstats: API refused %s %s from %s: %d %s", qPrintable(request.method),
                 qPrintable(loggable(request.path)), qPrintable(request.remoteAddress.toString()),
                 decision.status, qPrintable(decision.detail));
        responder.send(ApiResponse::error(decision.status, decision.detail));
        return;
    case GuardDecision::Action::AnswerPreflight: {
        ApiResponse preflight{204, {}, {}, {}};
        preflight.setHeader("Allow", "GET, POST, PUT, OPTIONS");
        responder.send(preflight);
        return;
    }
    case GuardDecision::Action::Continue:
        break;
    }
    if (!isApi) {
        m_static->serve(request, responder);
        return;
    }
    if (!cacheKey.isEmpty()) {
        if (const auto body = m_cache.find(cacheKey)) {
            responder.send(ApiResponse::json(*body));
            return;
        }
    }
    dispatch(request, responder);
}

void ApiServerWorker::dispatch(const ApiRequest &request, const Responder &responder)
{
    QStringList allowed;
    switch (m_router.dispatch(request, responder, &allowed)) {
    case Router::Match::Handled:
        return;
    case Router::Match::WrongMethod: {
        ApiResponse response = ApiResponse::error(
            405, tr("Method Not Allowed: %1 %2 accepts %3")
                     .arg(request.method, request.path, allowed.join(QStringLiteral(", "))));
        response.setHeader("Allow", allowed.join(QStringLiteral(", ")).toLatin1());
        responder.send(response);
        return;
    }
    case Router::Match::NoSuchPath:
        responder.send(ApiResponse::error(
            404, tr("Not Found: %1 %2 is not an API route; GET /api/openapi.json lists them")
                     .arg(request.method, loggable(request.path))));
        return;
    }
}

} // namespace bcs
