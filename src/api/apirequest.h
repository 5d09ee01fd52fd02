#pragma once
// A plain copy of one HTTP request, independent of QHttpServer's types and lifetimes, so
// controllers can be called after the server's request object is gone and tested without a socket.

#include <QByteArray>
#include <QHostAddress>
#include <QMap>
#include <QString>
#include <QUrlQuery>

class QHttpServerRequest;

namespace bcs {

struct ApiRequest
{
    QString method;                       // "GET", "POST", ...
    QString path;                         // decoded, e.g. "/api/replays/abc"
    QUrlQuery query;                      // `+` already decoded as a space (HTML form encoding)
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QHostAddress remoteAddress;

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
    QString queryValue(const QString &name) const;      // last value, decoded; empty if absent
    QStringList queryValues(const QString &name) const; // every value, decoded
    bool hasQuery(const QString &name) const { return query.hasQueryItem(name); }
    // /api and below; everything else is static files (StaticController).
    bool isApi() const
    {
        return path == QLatin1String("/api") || path.startsWith(QLatin1String("/api/"));
    }

    static ApiRequest fromHttp(const QHttpServerRequest &request);
    // The query of a request URL as the controllers see it (`+` is a space).
    static QUrlQuery queryOf(const QUrl &url);
};

} // namespace bcs
