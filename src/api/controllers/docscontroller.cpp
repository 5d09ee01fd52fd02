#include "api/controllers/docscontroller.h"

#include "core/version.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace bcs {

void DocsController::registerRoutes(Router &router)
{
    QFile resource(QStringLiteral(":/bcstats/api/openapi.json"));
    resource.open(QIODevice::ReadOnly);
    QJsonObject document = QJsonDocument::fromJson(resource.readAll()).object();
    QJsonObject info = document.value(QStringLiteral("info")).toObject();
    info.insert(QStringLiteral("version"), QLatin1String(kVersion));
    document.insert(QStringLiteral("info"), info);
    const ApiResponse answer = ApiResponse::json(document); // the same for every request
    router.add(QStringLiteral("GET"), QStringLiteral("/api/openapi.json"),
               [answer](const ApiRequest &, const QStringList &, const Responder &responder) {
                   responder.send(answer);
               });
}

} // namespace bcs
