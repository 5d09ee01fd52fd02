#include "api/queryparams.h"

#include "api/apierror.h"
#include "api/apitr.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace bcs::params {

std::optional<QDateTime> date(const QString &name, const QString &value, DayBound bound)
{
    if (value.trimmed().isEmpty())
        return std::nullopt;
    const auto parsed = parseDateBound(value, bound);
    if (!parsed)
        throw ApiError::badRequest(
            ApiTr::tr(
                "%1: '%2' is not a date; use YYYY-MM-DD or RFC 3339, e.g. 2024-05-01T18:00:00+02:00")
                .arg(name, value.left(64)));
    return parsed;
}

std::optional<QDateTime> date(const ApiRequest &request, const QString &name, DayBound bound)
{
    return date(name, request.queryValue(name), bound);
}

int integer(const ApiRequest &request, const QString &name, int defaultValue, int minimum,
            int maximum)
{
    if (!request.hasQuery(name))
        return defaultValue;
    const QString text = request.queryValue(name);
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        throw ApiError::badRequest(ApiTr::tr("%1: '%2' is not a whole number from %3 to %4")
                                       .arg(name, text.left(32))
                                       .arg(minimum)
                                       .arg(maximum));
    return value;
}

bool boolean(const QString &name, const QString &value)
{
    const QString lower = value.trimmed().toLower();
    if (lower == QLatin1String("true") || lower == QLatin1String("1") ||
        lower == QLatin1String("yes"))
        return true;
    if (lower == QLatin1String("false") || lower == QLatin1String("0") ||
        lower == QLatin1String("no") || lower.isEmpty())
        return false;
    throw ApiError::badRequest(
        ApiTr::tr("%1: '%2' is not true or false").arg(name, value.left(32)));
}

bool boolean(const ApiRequest &request, const QString &name, bool defaultValue)
{
    return request.hasQuery(name) ? boolean(name, request.queryValue(name)) : defaultValue;
}

QJsonObject jsonBody(const ApiRequest &request)
{
    if (request.body.trimmed().isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        throw ApiError::badRequest(ApiTr::tr("the body is not valid JSON: %1 at byte %2")
                                       .arg(error.errorString())
                                       .arg(error.offset));
    if (!document.isObject())
        throw ApiError::badRequest(ApiTr::tr("the body must be a JSON object"));
    return document.object();
}

} // namespace bcs::params
