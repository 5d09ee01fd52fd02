#pragma once
// One HTTP/1.1 request over a plain socket, with exactly the headers given: for the security
// tests, which must send what QNetworkAccessManager will not (a foreign Host, no Host, a forged
// Origin or Sec-Fetch-Site) and see every response header. Blocking; safe in any thread.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QTcpSocket>

namespace bcs::test {

struct RawResponse
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QJsonDocument json;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString detail() const { return json.object().value(QStringLiteral("detail")).toString(); }
};

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// Sends `Host: 127.0.0.1:<port>` unless `headers` has a Host (an empty value omits it).
inline RawResponse rawHttp(quint16 port, const QByteArray &method, const QByteArray &target,
                           const RawHeaders &headers = {}, const QByteArray &body = {})
{
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\n";
    bool hasHost = false;
    for (const auto &[name, value] : headers) {
        if (name.toLower() == "host") {
            hasHost = true;
            if (value.isEmpty())
                continue;
        }
        request += name + ": " + value + "\r\n";
    }
    if (!hasHost)
        request += "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    if (!body.isEmpty())
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "Connection: close\r\n\r\n" + body;

    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    RawResponse response;
    if (!socket.waitForConnected(10000))
        return response;
    socket.write(request);
    QByteArray received;
    // Read until the server closes, or until a complete response is in (Content-Length).
    while (socket.state() == QAbstractSocket::ConnectedState || socket.bytesAvailable() > 0) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(15000))
            break;
        received += socket.readAll();
        const qsizetype headerEnd = received.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            continue;
        const QByteArray head = received.left(headerEnd).toLower();
        const qsizetype lengthAt = head.indexOf("\r\ncontent-length:");
        if (lengthAt >= 0) {
            const qsizetype lineEnd = head.indexOf("\r\n", lengthAt + 2);
            const qsizetype length =
                head.mid(lengthAt + 17, lineEnd < 0 ? -1 : lineEnd - lengthAt - 17)
                    .trimmed()
                    .toLongLong();
            if (received.size() >= headerEnd + 4 + length)
                break;
        }
    }
    const qsizetype headerEnd = received.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = received.left(headerEnd).split('\n');
    if (lines.isEmpty())
        return response;
    response.status = lines.first().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            response.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                    lines[i].mid(colon + 1).trimmed());
    }
    response.body = received.mid(headerEnd + 4);
    response.json = QJsonDocument::fromJson(response.body);
    return response;
}

} // namespace bcs::test
