#include "api/apiresponse.h"

#include <QJsonDocument>

namespace bcs {

ApiResponse &ApiResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&name](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
    headers.append(qMakePair(name, value));
    return *this;
}

ApiResponse ApiResponse::json(const QJsonObject &object, int status)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", {}};
}

ApiResponse ApiResponse::json(const QJsonArray &array, int status)
{
    return {status, QJsonDocument(array).toJson(QJsonDocument::Compact), "application/json", {}};
}

ApiResponse ApiResponse::error(int status, const QString &detail)
{
    return json(QJsonObject{{QStringLiteral("detail"), detail}}, status);
}

} // namespace bcs
