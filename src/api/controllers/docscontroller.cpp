#include "api/controllers/docscontroller.h"

#include "core/version.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace bcs {

void DocsController::registerRoutes(Router &router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/openapi.json"),
               [](const ApiRequest &, const QStringList &, const Responder &responder) {
                   QFile resource(QStringLiteral(":/bcstats/api/openapi.json"));
                   resource.open(QIODevice::ReadOnly);
                   QJsonObject document = QJsonDocument::fromJson(resource.readAll()).object();
                   QJsonObject info = document.value(QStringLiteral("info")).toObject();
                   info.insert(QStringLiteral("version"), QLatin1String(kVersion));
                   document.insert(QStringLiteral("info"), info);
                   responder.send(ApiResponse::json(document));
               });
}

} // namespace bcs
