#include "api/controllers/staticcontroller.h"

#include "api/apierror.h"
#include "api/apitr.h"
#include "core/printable.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace bcs {

namespace {

// Pages may load their own scripts, styles and images and call this server; nothing else.
constexpr const char *kContentSecurityPolicy =
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

ApiResponse page(const QByteArray &body, const QByteArray &contentType)
{
    ApiResponse response{200, body, contentType, {}};
    if (contentType.startsWith("text/html")) {
        response.setHeader("Content-Security-Policy", kContentSecurityPolicy);
        response.setHeader("Cache-Control", "no-cache");
    }
    return response;
}

} // namespace

StaticController::StaticController(QString staticDir, const QList<Router::RouteInfo> &routes)
{
    if (!staticDir.isEmpty()) {
        m_root = QFileInfo(staticDir).canonicalFilePath();
        return;
    }
    // The bundled page never changes while the server runs: filled in once.
    QFile resource(QStringLiteral(":/bcstats/api/web/index.html"));
    resource.open(QIODevice::ReadOnly);
    QByteArray rows;
    for (const Router::RouteInfo &route : routes)
        rows += "<tr><td>" + route.method.toHtmlEscaped().toUtf8() + "</td><td><code>" +
                route.pattern.toHtmlEscaped().toUtf8() + "</code></td></tr>\n";
    m_bundledPage = resource.readAll();
    m_bundledPage.replace("@ROUTES@", rows);
    m_bundledPage.replace("@VERSION@", QByteArray(kVersion));
}

void StaticController::serve(const ApiRequest &request, const Responder &responder) const
{
    if (request.method != QLatin1String("GET") && request.method != QLatin1String("HEAD")) {
        ApiResponse response = ApiResponse::error(
            405,
            ApiTr::tr("Method Not Allowed: %1 %2 accepts GET").arg(request.method, request.path));
        response.setHeader("Allow", "GET");
        responder.send(response);
        return;
    }
    responder.send(m_root.isEmpty() ? bundledPage(request.path) : fromDirectory(request.path));
}

ApiResponse StaticController::fromDirectory(const QString &path) const
{
    // The path is already percent-decoded: "/..%2f" arrives as "/../".
    const QString wanted = QDir::cleanPath(m_root + QLatin1Char('/') + path);
    const QFileInfo file(wanted);
    const QString real = file.exists() ? file.canonicalFilePath() : wanted;
    if (path.contains(QChar(0)) || (real != m_root && !real.startsWith(m_root + QLatin1Char('/'))))
        return ApiResponse::error(403, ApiTr::tr("Forbidden: %1 is outside the static directory")
                                           .arg(printableExcerpt(path, 200)));
    QString servedPath = real;
    if (!file.exists() || file.isDir()) {
        // Client-side routes (/sync, /replays/<id>) get the app's index.html; a missing asset
        // (it has an extension) is a plain 404.
        const QString lastSegment = path.section(QLatin1Char('/'), -1);
        if (!file.isDir() && lastSegment.contains(QLatin1Char('.')))
            return ApiResponse::error(404,
                                      ApiTr::tr("Not Found: %1").arg(printableExcerpt(path, 200)));
        servedPath = m_root + QStringLiteral("/index.html");
    }
    QFile content(servedPath);
    if (!content.open(QIODevice::ReadOnly))
        return ApiResponse::error(404, ApiTr::tr("Not Found: %1").arg(printableExcerpt(path, 200)));
    const QMimeType type =
        QMimeDatabase().mimeTypeForFile(servedPath, QMimeDatabase::MatchExtension);
    QByteArray contentType = type.name().toLatin1();
    if (type.inherits(QStringLiteral("text/plain")) || contentType == "application/javascript")
        contentType += "; charset=utf-8";
    return page(content.readAll(), contentType);
}

ApiResponse StaticController::bundledPage(const QString &path) const
{
    if (path != QLatin1String("/") && path != QLatin1String("/index.html"))
        return ApiResponse::error(
            404,
            ApiTr::tr("Not Found: %1 (the API is under /api; set BCSTATS_STATIC_DIR to serve a "
                      "frontend here)")
                .arg(printableExcerpt(path, 200)));
    return page(m_bundledPage, "text/html; charset=utf-8");
}

} // namespace bcs
