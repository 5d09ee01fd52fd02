#pragma once
// Everything outside /api: the directory in BCSTATS_STATIC_DIR (a frontend build: its files
// with their real types, index.html for client-side routes, nothing outside the directory), or
// the bundled page that lists the API routes and links the OpenAPI document.

#include "api/apirequest.h"
#include "api/responder.h"
#include "api/router.h"

#include <QString>

namespace bcs {

class StaticController
{
public:
    StaticController(QString staticDir, const QList<Router::RouteInfo> &routes);

    void serve(const ApiRequest &request, const Responder &responder) const;

private:
    ApiResponse fromDirectory(const QString &path) const;
    ApiResponse bundledPage(const QString &path) const;

    QString m_root;           // canonical, empty when serving the bundled page
    QByteArray m_bundledPage; // with the route list filled in
};

} // namespace bcs
