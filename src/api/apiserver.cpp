#include "api/apiserver.h"

#include "api/apiserverworker.h"
#include "core/config/apiexposure.h"

namespace bcs {

ApiServer::ApiServer(ApiServerSettings settings, ApiServices services, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_services(std::move(services))
{}

ApiServer::~ApiServer()
{
    stop();
}

ApiServerSettings apiServerSettings(const AppConfig &config)
{
    ApiServerSettings settings;
    settings.host = config.apiHost;
    settings.port = config.apiPort;
    settings.token = config.apiToken;
    settings.corsOrigins = config.corsOrigins;
    settings.staticDir = config.staticDir;
    settings.allowedHosts = config.allowedHosts;
    return settings;
}

bool ApiServer::start(QString *error)
{
    if (m_thread.isRunning())
        return m_port != 0;
    if (const QString problem = apiExposureProblem(m_settings.host, m_settings.token);
        !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    auto *worker = new ApiServerWorker(m_settings, m_services);
    m_thread.start(worker);
    QString listenError;
    const quint16 port =
        m_thread.runBlocking([worker, &listenError] { return worker->listen(&listenError); });
    if (port == 0) {
        if (error)
            *error = listenError;
        stop();
        return false;
    }
    m_worker = worker;
    m_port = port;
    return true;
}

void ApiServer::stop()
{
    m_thread.stop(); // quit + wait: the worker finishes the request it is on, then is deleted
    m_worker = nullptr;
    m_port = 0;
}

QList<Router::RouteInfo> ApiServer::routes()
{
    if (!m_worker)
        return {};
    ApiServerWorker *worker = m_worker;
    return m_thread.runBlocking([worker] { return worker->routes(); });
}

void ApiServer::setApiKey(const QString &apiKey)
{
    m_services.client.apiKey = apiKey;
    if (m_worker)
        QMetaObject::invokeMethod(m_worker,
                                  [worker = m_worker, apiKey] { worker->setApiKey(apiKey); });
}

QString ApiServer::url() const
{
    QString host = m_settings.host;
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']'); // IPv6 literal
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port);
}

} // namespace bcs
