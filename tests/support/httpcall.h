#pragma once
// A blocking HTTP call for tests and benchmarks: sends, waits (running the event loop), and
// returns status, body and parsed JSON.

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

namespace bcs::test {

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonDocument json;
};

inline HttpResult httpCall(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                           const QByteArray &contentType = "application/json")
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    if (!body.isEmpty() && !contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(60000);
    HttpResult result{
        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), {}};
    result.json = QJsonDocument::fromJson(result.body);
    delete reply;
    return result;
}

} // namespace bcs::test
