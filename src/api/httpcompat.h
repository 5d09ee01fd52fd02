#pragma once
// The only file that knows which Qt HttpServer version it is built against. Qt 6.4 has
// QHttpServerResponse::write(responder) and listen(); 6.8 moved writing to
// QHttpServerResponder::sendResponse() and replaced listen() with bind(QTcpServer*).

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <functional>

namespace bcs::httpcompat {

void sendResponse(QHttpServerResponder &responder, const QHttpServerResponse &response);

// Binds and listens; returns the bound port or 0 with `error` set.
quint16 listen(QHttpServer &server, const QHostAddress &address, quint16 port, QString *error);

using RequestHandler = std::function<void(const QHttpServerRequest &, QHttpServerResponder &)>;
// Every request goes to `handler`: no Qt routes are registered, so this is the single entry point.
void routeEverythingTo(QHttpServer &server, RequestHandler handler);

} // namespace bcs::httpcompat
