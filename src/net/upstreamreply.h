#pragma once
// One logical call to ballchasing (ping, a list page, a detail, maps), across all its retries.
// Owned by the caller once handed out (parented to the client until then); emits finished()
// exactly once. Holds the raw body so details can be stored exactly as ballchasing sent them.

#include "core/ratelimits.h"
#include "net/upstreamerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

namespace bcs {

class UpstreamReply : public QObject
{
    Q_OBJECT

public:
    UpstreamReply(EndpointGroup group, QUrl url, QObject *parent);

    EndpointGroup group() const { return m_group; }
    QUrl url() const { return m_url; }
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const UpstreamError &error() const { return m_error; }
    QJsonObject json() const { return m_json; }
    QByteArray body() const { return m_body; }
    int attempts() const { return m_attempts; }
    int rateLimitedCount() const { return m_rateLimitedCount; }

    // Stops waiting or transferring; finished() follows with a Cancelled error.
    void abort();

Q_SIGNALS:
    void finished();
    // A failed attempt that will be tried again after delayMs (for "rate limited, resuming at").
    void retrying(const bcs::UpstreamError &error, qint64 delayMs);
    void aborted();

private:
    friend class BallchasingClient;

    EndpointGroup m_group;
    QUrl m_url;
    bool m_finished = false;
    bool m_abortRequested = false;
    bool m_inTransfer = false;
    quint64 m_sendTicket = 0; // the limiter's pending grant of the transfer under way
    UpstreamError m_error;
    QJsonObject m_json;
    QByteArray m_body;
    int m_attempts = 0;
    int m_rateLimitedCount = 0;
};

} // namespace bcs
