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

ApiResponse ApiResponse::json(QByteArray text, int status)
{
    return {status, std::move(text), "application/json", {}};
}

ApiResponse ApiResponse::json(const QJsonObject &object, int status)
{
    return json(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

ApiResponse ApiResponse::json(const QJsonArray &array, int status)
{
    return json(QJsonDocument(array).toJson(QJsonDocument::Compact), status);
}

ApiResponse ApiResponse::error(int status, const QString &detail)
{
    return json(QJsonObject{{QStringLiteral("detail"), detail}}, status);
}

} // namespace bcs
