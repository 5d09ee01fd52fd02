#include "api/security/limitedtcpserver.h"

#include "api/security/connectionwatcher.h"

#include <QTcpSocket>

namespace bcs {

LimitedTcpServer::LimitedTcpServer(RequestLimits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{}

void LimitedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    auto *watcher = new ConnectionWatcher(socket, m_limits);
    watcher->watchBefore();
    // QHttpServer takes the socket from here (pendingConnectionAvailable, a direct connection
    // in this thread) and connects its own readyRead handler, after ours.
    addPendingConnection(socket);
    watcher->watchAfter();
}

} // namespace bcs
