#pragma once
// The only file that knows which Qt HttpServer version it is built against. Qt 6.4 has
// QHttpServerResponse::write(responder) and listen(); 6.8 moved writing to
// QHttpServerResponder::sendResponse() and replaced listen() with bind(QTcpServer*).

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <functional>

class QTcpServer;

namespace bcs::httpcompat {

void sendResponse(QHttpServerResponder &responder, const QHttpServerResponse &response);

// Makes `tcpServer` listen and hands it to `server` (which takes ownership); returns the bound
// port or 0 with `error` set (then `tcpServer` is deleted).
quint16 listen(QHttpServer &server, QTcpServer *tcpServer, const QHostAddress &address,
               quint16 port, QString *error);
// The same with a plain QTcpServer (the fake ballchasing server in the tests).
quint16 listen(QHttpServer &server, const QHostAddress &address, quint16 port, QString *error);

using RequestHandler = std::function<void(const QHttpServerRequest &, QHttpServerResponder &)>;
// Every request goes to `handler`: no Qt routes are registered, so this is the single entry point.
void routeEverythingTo(QHttpServer &server, RequestHandler handler);

} // namespace bcs::httpcompat
