#pragma once
// The part of the API server that lives in the server thread: creates the HTTP server, the
// router and the controllers there, and handles every request through one entry point so the
// same checks and headers apply to all of them. Only ApiServer talks to it.

#include "api/apiserver.h"
#include "api/controllers/staticcontroller.h"
#include "api/responsecache.h"
#include "api/router.h"
#include "api/security/requestguard.h"

#include <QObject>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QNetworkAccessManager;

namespace bcs {

class ApiController;
class BallchasingClient;

class ApiServerWorker : public QObject
{
    Q_OBJECT

public:
    ApiServerWorker(ApiServerSettings settings, ApiServices services);
    ~ApiServerWorker() override;

    // Runs in the server thread (ApiServer calls it with a blocking queued connection).
    Q_INVOKABLE quint16 listen(QString *error);
    void setApiKey(const QString &apiKey);
    QList<Router::RouteInfo> routes() const { return m_router.routes(); }

private:
    void handle(const QHttpServerRequest &httpRequest, QHttpServerResponder &httpResponder);
    void addCommonHeaders(const ApiRequest &request, ApiResponse &response) const;
    void dispatch(const ApiRequest &request, const Responder &responder);

    ApiServerSettings m_settings;
    ApiServices m_services;
    QHttpServer *m_http = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    BallchasingClient *m_client = nullptr;
    Router m_router;
    ResponseCache m_cache;
    std::vector<std::unique_ptr<ApiController>> m_controllers;
    RequestGuard m_guard;
    std::unique_ptr<StaticController> m_static;
};

} // namespace bcs
