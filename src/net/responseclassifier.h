#pragma once
// Turns what came back from ballchasing (status, transport error, body) into either a parsed JSON
// object or a typed UpstreamError with a message a user can act on. Pure: no network, no clock.

#include "net/upstreamerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QNetworkReply>
#include <optional>

namespace bcs {

struct ClassifiedResponse
{
    UpstreamError error;
    QJsonObject json;
};

ClassifiedResponse classifyResponse(int httpStatus, QNetworkReply::NetworkError transportError,
                                    const QString &transportMessage, const QByteArray &body,
                                    bool timedOut);

// `Retry-After` as seconds: a whole number, or an HTTP date relative to `now`.
std::optional<qint64> parseRetryAfter(const QByteArray &header, const QDateTime &now);

} // namespace bcs
