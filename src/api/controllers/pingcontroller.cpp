#include "api/controllers/pingcontroller.h"

#include "net/ballchasingclient.h"
#include "net/ratelimiter.h"
#include "net/tierselection.h"

#include <cmath>

namespace bcs {

PingController::PingController(BallchasingClient *client, TierSelection *tiers,
                               RateLimiter *limiter)
    : m_client(client)
    , m_tiers(tiers)
    , m_limiter(limiter)
{}

void PingController::registerRoutes(Router &router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/ping"),
               [this](const ApiRequest &, const QStringList &, const Responder &responder) {
                   ping(responder);
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/rate-limits"),
               [this](const ApiRequest &, const QStringList &, const Responder &responder) {
                   rateLimits(responder);
               });
}

void PingController::rateLimits(const Responder &responder)
{
    const auto bucket = [this](EndpointGroup group) {
        const RateLimitUsage usage = m_limiter->usage(group);
        return QJsonObject{
            {QStringLiteral("per_second"), usage.perSecond},
            {QStringLiteral("tokens_available"), usage.tokensAvailable},
            {QStringLiteral("per_hour"),
             usage.perHour ? QJsonValue(*usage.perHour) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("hour_used"), usage.hourUsed},
            // Whole seconds, as the seed's int; rounded up, so that waiting
            // this long is never too short.
            {QStringLiteral("seconds_until_reset"), qint64(std::ceil(usage.secondsUntilReset))}};
    };
    responder.send(
        ApiResponse::json(QJsonObject{{QStringLiteral("tier"), m_tiers->effectiveTier()},
                                      {QStringLiteral("list"), bucket(EndpointGroup::List)},
                                      {QStringLiteral("get"), bucket(EndpointGroup::Get)}}));
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
