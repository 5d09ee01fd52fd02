#include "api/controllers/pingcontroller.h"

#include "net/ballchasingclient.h"
#include "net/tierselection.h"

namespace bcs {

PingController::PingController(BallchasingClient *client, TierSelection *tiers)
    : m_client(client)
    , m_tiers(tiers)
{}

void PingController::registerRoutes(Router &router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/ping"),
               [this](const ApiRequest &, const QStringList &, const Responder &responder) {
                   ping(responder);
               });
}

void PingController::ping(const Responder &responder)
{
    UpstreamReply *reply = m_client->ping();
    QObject::connect(reply, &UpstreamReply::finished, reply, [this, reply, responder] {
        reply->deleteLater();
        if (!reply->isOk()) {
            responder.sendError(ApiError::fromUpstream(reply->error()));
            return;
        }
        const QJsonObject upstream = reply->json();
        m_tiers->applyPingType(upstream.value(QStringLiteral("type")).toString());
        // The seed's fields; the joke `chat` object and the rest are left out on purpose.
        QJsonObject answer;
        for (const char *field : {"chaser", "name", "steam_id", "type"}) {
            const QString key = QString::fromLatin1(field);
            answer.insert(key, upstream.value(key));
        }
        responder.send(ApiResponse::json(answer));
    });
}

} // namespace bcs
