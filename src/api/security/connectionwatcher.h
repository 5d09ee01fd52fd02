#pragma once
// Watches one incoming connection's bytes before QHttpServer reads them (its readyRead slot
// runs first) and refuses a request that is over the limits (RequestFramer) before QHttpServer
// buffers it: answers with the error, stops QHttpServer from reading, discards what the client
// still sends for a moment (so the answer is not lost to a reset) and closes. Never reads
// bytes QHttpServer will need; holds at most a header block of its own.

#include "api/security/requestframer.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace bcs {

class ConnectionWatcher : public QObject
{
    Q_OBJECT

public:
    // Becomes a child of `socket`. Call watchBefore() before QHttpServer connects to the
    // socket's readyRead and watchAfter() once it has.
    ConnectionWatcher(QTcpSocket *socket, RequestLimits limits);

    void watchBefore();
    void watchAfter();

private:
    void inspectNewBytes();
    void rememberUnread();
    void refuse(const FramingVerdict &verdict);
    void discardIncoming();
    void finish();

    QTcpSocket *m_socket;
    RequestLimits m_limits;
    RequestFramer m_framer;
    qint64 m_unreadAfterServer = 0; // bytes seen by us and left for QHttpServer's next turn
    qint64 m_discarded = 0;
    QTimer m_lingerTimer;
};

} // namespace bcs
