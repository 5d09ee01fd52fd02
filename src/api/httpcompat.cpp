#include "api/httpcompat.h"

#include <QTcpServer>

namespace bcs::httpcompat {

void sendResponse(QHttpServerResponder &responder, const QHttpServerResponse &response)
{
    // Headers and body may leave as separate segments; with Nagle's algorithm the second waits
    // for the client's delayed ACK (~40 ms). A local API answers at once.
    if (QTcpSocket *socket = responder.socket())
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    responder.sendResponse(response);
#else
    response.write(std::move(responder));
#endif
}

quint16 listen(QHttpServer &server, const QHostAddress &address, quint16 port, QString *error)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    auto *tcpServer = new QTcpServer(&server);
    if (!tcpServer->listen(address, port) || !server.bind(tcpServer)) {
        if (error)
            *error = tcpServer->errorString();
        delete tcpServer;
        return 0;
    }
    return tcpServer->serverPort();
#else
    // 6.4's listen() hides the QTcpServer; bind one ourselves so the error text is available.
    auto *tcpServer = new QTcpServer(&server);
    if (!tcpServer->listen(address, port)) {
        if (error)
            *error = tcpServer->errorString();
        delete tcpServer;
        return 0;
    }
    server.bind(tcpServer);
    return tcpServer->serverPort();
#endif
}

void routeEverythingTo(QHttpServer &server, RequestHandler handler)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    server.setMissingHandler(
        &server, [handler](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            handler(request, responder);
        });
#else
    server.setMissingHandler(
        [handler](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handler(request, responder);
        });
#endif
}

} // namespace bcs::httpcompat
