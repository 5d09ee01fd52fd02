#pragma once
// The headers every answer carries, also those written before QHttpServer saw the request
// (ConnectionWatcher): one list, so no answer can leave without them.

#include <QByteArray>
#include <QList>
#include <QPair>

namespace bcs {

inline QList<QPair<QByteArray, QByteArray>> securityHeaders(bool isApi)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"X-Content-Type-Options", "nosniff"},
                                                 {"Referrer-Policy", "no-referrer"}};
    if (isApi)
        headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
    return headers;
}

} // namespace bcs
