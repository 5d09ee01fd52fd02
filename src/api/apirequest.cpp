#include "api/apirequest.h"

#include <QHttpServerRequest>
#include <QMetaEnum>

namespace bcs {

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    const char *name = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return name ? QString::fromLatin1(name).toUpper() : QStringLiteral("UNKNOWN");
}

} // namespace

QString ApiRequest::queryValue(const QString &name) const
{
    const QStringList values = queryValues(name);
    return values.isEmpty() ? QString() : values.constLast();
}

QStringList ApiRequest::queryValues(const QString &name) const
{
    return query.allQueryItemValues(name, QUrl::FullyDecoded);
}

QUrlQuery ApiRequest::queryOf(const QUrl &url)
{
    // Browsers and the seed frontend send `+` for spaces (playlist=Ranked+Doubles); QUrlQuery
    // would keep it as a literal plus, so turn it into %20 before QUrlQuery decodes.
    QString rawQuery = url.query(QUrl::FullyEncoded);
    rawQuery.replace(QLatin1Char('+'), QStringLiteral("%20"));
    return QUrlQuery(rawQuery);
}

ApiRequest ApiRequest::fromHttp(const QHttpServerRequest &request)
{
    ApiRequest copy;
    copy.method = methodName(request.method());
    copy.path = request.url().path(QUrl::FullyDecoded);
    copy.query = queryOf(request.url());
    for (const auto &[name, value] : request.headers())
        copy.headers.insert(name.toLower(), value);
    copy.body = request.body();
    copy.remoteAddress = request.remoteAddress();
    return copy;
}

} // namespace bcs
