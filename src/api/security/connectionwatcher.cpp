#include "api/security/connectionwatcher.h"

#include "api/apiresponse.h"
#include "api/security/securityheaders.h"

#include <QTcpSocket>

namespace bcs {

namespace {

// How long, and how much, a refused client may keep sending before the connection is closed.
// Closing while its bytes are still arriving makes the kernel answer with a reset, which can
// destroy the refusal before the client has read it.
constexpr int kLingerMs = 1000;
constexpr qint64 kMaxDiscardedBytes = 8 * 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

QByteArray rawResponse(const FramingVerdict &verdict)
{
    const ApiResponse error = ApiResponse::error(verdict.status, verdict.detail);
    QByteArray text = "HTTP/1.1 " + QByteArray::number(verdict.status) + ' ' +
                      reasonPhrase(verdict.status) + "\r\n";
    // The path is not known for sure (the request was not read), so /api's header too.
    for (const auto &[name, value] : securityHeaders(true))
        text += name + ": " + value + "\r\n";
    text += "Content-Type: " + error.contentType +
            "\r\nContent-Length: " + QByteArray::number(error.body.size()) +
            "\r\nConnection: close\r\n\r\n" + error.body;
    return text;
}

} // namespace

ConnectionWatcher::ConnectionWatcher(QTcpSocket *socket, RequestLimits limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_framer(limits)
{
    m_lingerTimer.setSingleShot(true);
    m_lingerTimer.setInterval(kLingerMs);
    connect(&m_lingerTimer, &QTimer::timeout, this, &ConnectionWatcher::finish);
}

void ConnectionWatcher::watchBefore()
{
    m_socket->setReadBufferSize(m_limits.maxBufferedBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionWatcher::inspectNewBytes);
}

void ConnectionWatcher::watchAfter()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionWatcher::rememberUnread);
}

void ConnectionWatcher::inspectNewBytes()
{
    // New bytes only enter the socket's buffer right before readyRead; QHttpServer re-emits
    // readyRead for pipelined requests it left unread, and those bytes were seen already.
    const qint64 available = m_socket->bytesAvailable();
    const qint64 fresh = available - m_unreadAfterServer;
    if (fresh <= 0)
        return;
    const QByteArray unread = m_socket->peek(available);
    const FramingVerdict verdict =
        m_framer.feed(QByteArrayView(unread).sliced(unread.size() - fresh));
    if (verdict.refused())
        refuse(verdict);
}

void ConnectionWatcher::rememberUnread()
{
    m_unreadAfterServer = m_socket->bytesAvailable();
}

void ConnectionWatcher::refuse(const FramingVerdict &verdict)
{
    qWarning("bcstats: API refused a request from %s before reading it: %d %s",
             qPrintable(m_socket->peerAddress().toString()), verdict.status,
             qPrintable(verdict.detail));
    // QHttpServer must not read (and buffer) any more of this connection; during this
    // emission of readyRead its handler, connected after ours, is no longer called.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionWatcher::discardIncoming);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() == 0 && !m_lingerTimer.isActive())
            m_lingerTimer.start();
    });
    m_socket->write(rawResponse(verdict));
    discardIncoming();
}

void ConnectionWatcher::discardIncoming()
{
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction(); // drops what QHttpServer had read of this request
    const qint64 available = m_socket->bytesAvailable();
    m_discarded += m_socket->skip(available);
    if (m_discarded > kMaxDiscardedBytes)
        finish();
}

void ConnectionWatcher::finish()
{
    m_lingerTimer.stop();
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->disconnectFromHost();
}

} // namespace bcs
