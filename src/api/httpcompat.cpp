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

quint16 listen(QHttpServer &server, QTcpServer *tcpServer, const QHostAddress &address,
               quint16 port, QString *error)
{
    // Our own QTcpServer (6.4's listen() would hide it): its error text, and its connections
    // are watched before QHttpServer reads them.
    if (!tcpServer->listen(address, port)) {
        if (error)
            *error = tcpServer->errorString();
        delete tcpServer;
        return 0;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (!server.bind(tcpServer)) {
        if (error)
            *error = tcpServer->errorString();
        delete tcpServer;
        return 0;
    }
#else
    server.bind(tcpServer);
#endif
    return tcpServer->serverPort();
}

quint16 listen(QHttpServer &server, const QHostAddress &address, quint16 port, QString *error)
{
    return listen(server, new QTcpServer, address, port, error);
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
