#include "net/responseclassifier.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

namespace bcs {

namespace {

// lupdate reads the context from here; free functions have no class of their own.
struct ClassifierTr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::ResponseClassifier)
};

// ballchasing's error bodies carry an `error` string (and a joke `chat` object we never parse).
QString upstreamMessage(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QString message = document.object().value(QStringLiteral("error")).toString();
    return message.left(300);
}

QString withReason(const QString &text, const QByteArray &body)
{
    const QString reason = upstreamMessage(body);
    return reason.isEmpty() ? text : text + QStringLiteral(" (") + reason + QLatin1Char(')');
}

} // namespace

ClassifiedResponse classifyResponse(int httpStatus, QNetworkReply::NetworkError transportError,
                                    const QString &transportMessage, const QByteArray &body,
                                    bool timedOut)
{
    using Kind = UpstreamError::Kind;
    ClassifiedResponse result;
    UpstreamError &error = result.error;
    error.httpStatus = httpStatus;

    if (timedOut) {
        error.kind = Kind::Timeout;
        error.message = ClassifierTr::tr("ballchasing.com did not answer in time");
        return result;
    }
    if (httpStatus == 0) {
        error.kind = Kind::Network;
        error.message = ClassifierTr::tr("cannot reach ballchasing.com: %1").arg(transportMessage);
        return result;
    }
    if (httpStatus == 401 || httpStatus == 403) {
        error.kind = Kind::Auth;
        error.message =
            withReason(ClassifierTr::tr("ballchasing.com rejected the API key; check it on "
                                        "https://ballchasing.com/upload and set it again"),
                       body);
        return result;
    }
    if (httpStatus == 404) {
        error.kind = Kind::NotFound;
        error.message = withReason(ClassifierTr::tr("not found on ballchasing.com"), body);
        return result;
    }
    if (httpStatus == 429) {
        error.kind = Kind::RateLimited;
        error.message = ClassifierTr::tr("ballchasing.com is rate limiting this key");
        return result;
    }
    if (httpStatus >= 500) {
        error.kind = Kind::Server;
        error.message = withReason(
            ClassifierTr::tr("ballchasing.com failed with HTTP %1").arg(httpStatus), body);
        return result;
    }
    if (httpStatus >= 400) {
        error.kind = Kind::BadRequest;
        error.message = withReason(
            ClassifierTr::tr("ballchasing.com refused the request with HTTP %1").arg(httpStatus),
            body);
        return result;
    }
    if (transportError != QNetworkReply::NoError) {
        // A 2xx whose transfer broke off (connection reset mid-body).
        error.kind = Kind::Network;
        error.message =
            ClassifierTr::tr("the answer from ballchasing.com broke off: %1").arg(transportMessage);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        error.kind = Kind::BadResponse;
        error.message =
            parseError.error != QJsonParseError::NoError
                ? ClassifierTr::tr("ballchasing.com sent an unreadable answer (%1 at byte %2)")
                      .arg(parseError.errorString())
                      .arg(parseError.offset)
                : ClassifierTr::tr("ballchasing.com sent JSON that is not an object");
        return result;
    }
    result.json = document.object();
    return result;
}

std::optional<qint64> parseRetryAfter(const QByteArray &header, const QDateTime &now)
{
    const QByteArray trimmed = header.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::optional<qint64>(seconds) : std::nullopt;
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime when = QLocale::c().toDateTime(
        QString::fromLatin1(trimmed).replace(QStringLiteral(" GMT"), QString()),
        QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return std::nullopt;
    QDateTime utc = when;
    utc.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, now.secsTo(utc));
}

} // namespace bcs
