#include "api/security/requestguard.h"

#include "api/apitr.h"
#include "api/security/bearertoken.h"
#include "core/printable.h"

#include <QCoreApplication>

namespace bcs {

namespace {

bool changesState(const QString &method)
{
    return method != QLatin1String("GET") && method != QLatin1String("HEAD") &&
           method != QLatin1String("OPTIONS");
}

bool isJsonType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    return type == "application/json" ||
           (type.startsWith("application/") && type.endsWith("+json"));
}

// "Host: [::1]:8000" -> "::1", "LocalHost.:80" -> "localhost".
QString hostName(const QByteArray &hostHeader)
{
    QString host = QString::fromLatin1(hostHeader.trimmed()).toLower();
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype end = host.indexOf(QLatin1Char(']'));
        return end < 0 ? QString() : host.mid(1, end - 1);
    }
    if (const qsizetype colon = host.lastIndexOf(QLatin1Char(':')); colon >= 0)
        host.truncate(colon);
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

QString shownHeader(const QByteArray &headerValue)
{
    return printableExcerpt(QString::fromLatin1(headerValue), 80);
}

} // namespace

RequestGuard::RequestGuard(GuardSettings settings)
    : m_settings(std::move(settings))
    , m_cors(m_settings.corsOrigins)
    , m_hosts{QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("::1")}
{
    for (const QString &host : m_settings.allowedHosts)
        if (!host.isEmpty() && !m_hosts.contains(host.toLower()))
            m_hosts << host.toLower();
}

bool RequestGuard::hostAllowed(const QByteArray &hostHeader) const
{
    const QString host = hostName(hostHeader);
    return !host.isEmpty() && m_hosts.contains(host);
}

bool RequestGuard::originAllowed(const ApiRequest &request) const
{
    return m_cors.allows(request.header("origin"));
}

GuardDecision RequestGuard::check(const ApiRequest &request) const
{
    const auto reject = [](int status, const QString &detail) {
        return GuardDecision{GuardDecision::Action::Reject, status, detail};
    };
    if (request.body.size() > m_settings.maxBodyBytes)
        return reject(413, ApiTr::tr("the request body is %1 bytes; the limit is %2")
                               .arg(request.body.size())
                               .arg(m_settings.maxBodyBytes));
    if (!hostAllowed(request.header("host")))
        return reject(403,
                      ApiTr::tr("Host '%1' is not this server (it answers to %2; add names with "
                                "BCSTATS_ALLOWED_HOSTS)")
                          .arg(shownHeader(request.header("host")), m_hosts.join(QStringLiteral(", "))));

    const QByteArray origin = request.header("origin");
    const bool foreignOrigin = !origin.isEmpty() && !originAllowed(request);
    if (request.method == QLatin1String("OPTIONS")) {
        if (foreignOrigin)
            return reject(
                403,
                ApiTr::tr("origin '%1' is not allowed (BCSTATS_CORS_ORIGINS)").arg(shownHeader(origin)));
        return {GuardDecision::Action::AnswerPreflight, 204, {}};
    }
    if (changesState(request.method)) {
        if (foreignOrigin)
            return reject(403, ApiTr::tr("%1 from origin '%2' refused: that origin is not allowed "
                                         "(BCSTATS_CORS_ORIGINS)")
                                   .arg(request.method, shownHeader(origin)));
        // A configured origin on another site (localhost vs 127.0.0.1) is the user's choice;
        // anything else a browser calls cross-site is a forged request.
        if (request.header("sec-fetch-site") == "cross-site" && origin.isEmpty())
            return reject(403, ApiTr::tr("cross-site %1 refused (Sec-Fetch-Site: cross-site)")
                                   .arg(request.method));
        const QByteArray contentType = request.header("content-type");
        if ((!request.body.isEmpty() || !contentType.isEmpty()) && !isJsonType(contentType))
            return reject(
                415, ApiTr::tr("request bodies must be JSON (Content-Type: "
                               "application/json), not '%1'")
                         .arg(contentType.isEmpty() ? QStringLiteral("none") : shownHeader(contentType)));
    }
    if (!m_settings.token.isEmpty() && request.isApi() &&
        !bearerTokenMatches(request.header("authorization"), m_settings.token))
        return reject(401, request.header("authorization").isEmpty()
                               ? ApiTr::tr("this server needs 'Authorization: Bearer <token>' "
                                           "(BCSTATS_API_TOKEN)")
                               : ApiTr::tr("wrong bearer token"));
    return {};
}

void RequestGuard::addCorsHeaders(const ApiRequest &request, ApiResponse &response) const
{
    response.setHeader("Vary", "Origin");
    const QByteArray origin = request.header("origin");
    if (origin.isEmpty() || !originAllowed(request))
        return;
    response.setHeader("Access-Control-Allow-Origin", origin);
    if (request.method == QLatin1String("OPTIONS")) {
        response.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, OPTIONS");
        response.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type");
        response.setHeader("Access-Control-Max-Age", "600");
    }
}

} // namespace bcs
