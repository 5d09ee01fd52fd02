#pragma once
// What a controller answers: status, body, content type and extra headers. The server adds the
// headers every response carries; controllers never write to a socket.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace bcs {

struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    // Replaces a header of the same name (case-insensitive).
    ApiResponse &setHeader(const QByteArray &name, const QByteArray &value);

    static ApiResponse json(const QJsonObject &object, int status = 200);
    static ApiResponse json(const QJsonArray &array, int status = 200);
    // A body that is JSON text already (a cached answer, core/jsontext.h).
    static ApiResponse json(QByteArray text, int status = 200);
    // `{"detail": "..."}`, the error shape of the seed's API.
    static ApiResponse error(int status, const QString &detail);
};

} // namespace bcs
