#include "net/ballchasingclient.h"

#include "core/clock.h"
#include "core/version.h"
#include "net/ratelimiter.h"
#include "net/responseclassifier.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace bcs {

BallchasingClient::BallchasingClient(QNetworkAccessManager *network, RateLimiter *limiter,
                                     const Clock &clock, ClientSettings settings, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_limiter(limiter)
    , m_clock(clock)
    , m_settings(std::move(settings))
{
    for (EndpointGroup group : kAllEndpointGroups) {
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        // Coarse timers may fire 5% late or early; the limiter re-checks anyway, but precise
        // timers keep the achieved rate close to the cap.
        timer->setTimerType(Qt::PreciseTimer);
        connect(timer, &QTimer::timeout, this, [this, group] { pump(group); });
        m_pumpTimers.insert(group, timer);
    }
}

UpstreamReply *BallchasingClient::ping()
{
    return submit(EndpointGroup::Get, QStringLiteral("/"));
}

UpstreamReply *BallchasingClient::listReplays(const ReplayListQuery &query)
{
    return submit(EndpointGroup::List, QStringLiteral("/replays"), query.toUrlQuery());
}

UpstreamReply *BallchasingClient::getReplay(const QString &replayId)
{
    // Ids are UUIDs; percent-encode anyway so a malformed id cannot change the path.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(replayId));
    return submit(EndpointGroup::Get, QStringLiteral("/replays/") + encoded);
}

UpstreamReply *BallchasingClient::maps()
{
    return submit(EndpointGroup::Get, QStringLiteral("/maps"));
}

int BallchasingClient::waiting() const
{
    int count = 0;
    for (const auto &queue : m_waiting)
        count += static_cast<int>(queue.size());
    return count;
}

UpstreamReply *BallchasingClient::submit(EndpointGroup group, const QString &path,
                                         const QUrlQuery &query)
{
    QUrl url = m_settings.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query);

    auto *reply = new UpstreamReply(group, url, this);
    connect(reply, &UpstreamReply::aborted, this, [this, reply] {
        // Waiting in the queue or for a back-off: finish now. In transfer: the network reply's
        // abort leads to onNetworkFinished, which sees m_abortRequested.
        if (!reply->m_inTransfer)
            finish(reply, {UpstreamError::Kind::Cancelled, 0, tr("cancelled")});
    });
    if (!m_settings.apiKey.isEmpty() || path == QLatin1String("/maps")) {
        m_waiting[group].push_back(reply);
        // Queued, not direct: the caller connects to finished() after this returns.
        QMetaObject::invokeMethod(
            this, [this, group] { pump(group); }, Qt::QueuedConnection);
    } else {
        QMetaObject::invokeMethod(
            this,
            [this, reply] {
                finish(reply,
                       {UpstreamError::Kind::Auth, 0,
                        tr("no ballchasing API key is configured; set BALLCHASING_API_KEY or "
                           "enter the key in the app")});
            },
            Qt::QueuedConnection);
    }
    return reply;
}

void BallchasingClient::pump(EndpointGroup group)
{
    auto &queue = m_waiting[group];
    while (!queue.empty()) {
        const QPointer<UpstreamReply> &front = queue.front();
        if (!front || front->m_finished) {
            queue.pop_front();
            continue;
        }
        if (m_inFlight >= m_settings.maxInFlight)
            return; // a finishing transfer pumps again
        const RateLimiter::Grant grant = m_limiter->acquirePending(group);
        const qint64 waitMs = grant.waitMs;
        if (waitMs > 0) {
            QTimer *timer = m_pumpTimers.value(group);
            if (!timer->isActive() || timer->remainingTime() > waitMs)
                timer->start(
                    static_cast<int>(std::min<qint64>(waitMs, std::numeric_limits<int>::max())));
            return;
        }
        UpstreamReply *reply = front;
        queue.pop_front();
        reply->m_sendTicket = grant.ticket;
        send(reply);
    }
}

void BallchasingClient::send(UpstreamReply *reply)
{
    QNetworkRequest request(reply->m_url);
    request.setRawHeader("Authorization", m_settings.apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(
        QNetworkRequest::UserAgentHeader,
        QStringLiteral("%1/%2").arg(QLatin1String(kExecutableName), QLatin1String(kVersion)));
    request.setTransferTimeout(m_settings.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);

    ++reply->m_attempts;
    ++m_inFlight;
    reply->m_inTransfer = true;
    QNetworkReply *networkReply = m_network->get(request);
    connect(reply, &UpstreamReply::aborted, networkReply, &QNetworkReply::abort);
    // The grant counts as "sending now" until the network thread reports the bytes written: a
    // request delayed on a loaded machine then pushes back the ones after it instead of arriving
    // in their window.
    connect(networkReply, &QNetworkReply::requestSent, this, [this, reply] {
        m_limiter->confirmSent(reply->m_group, reply->m_sendTicket);
    });
    connect(networkReply, &QNetworkReply::finished, this,
            [this, reply, networkReply] { onNetworkFinished(reply, networkReply); });
}

void BallchasingClient::onNetworkFinished(UpstreamReply *reply, QNetworkReply *networkReply)
{
    networkReply->deleteLater();
    disconnect(reply, &UpstreamReply::aborted, networkReply, nullptr);
    // Refused connections and aborts never report a send: count them as sent now (harmless).
    m_limiter->confirmSent(reply->m_group, reply->m_sendTicket);
    --m_inFlight;
    reply->m_inTransfer = false;
    const EndpointGroup group = reply->m_group;
    // A connection is free again: let the next waiting request of any group go.
    QMetaObject::invokeMethod(
        this,
        [this] {
            for (EndpointGroup g : kAllEndpointGroups)
                pump(g);
        },
        Qt::QueuedConnection);

    if (reply->m_abortRequested) {
        finish(reply, {UpstreamError::Kind::Cancelled, 0, tr("cancelled")});
        return;
    }

    const int status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool timedOut =
        status == 0 && (networkReply->error() == QNetworkReply::OperationCanceledError ||
                        networkReply->error() == QNetworkReply::TimeoutError);
    const QByteArray body = networkReply->isOpen() ? networkReply->readAll() : QByteArray();
    ClassifiedResponse classified = classifyResponse(status, networkReply->error(),
                                                     networkReply->errorString(), body, timedOut);

    if (!classified.error.isError()) {
        reply->m_json = std::move(classified.json);
        reply->m_body = body;
        finish(reply, {});
        return;
    }

    const bool wasRateLimited = classified.error.kind == UpstreamError::Kind::RateLimited;
    if (wasRateLimited)
        ++reply->m_rateLimitedCount;
    const auto retryAfter = parseRetryAfter(networkReply->rawHeader("Retry-After"), m_clock.now());
    const auto delay = m_settings.retry.nextDelayMs(classified.error, reply->m_attempts,
                                                    reply->m_rateLimitedCount, retryAfter);
    if (!delay) {
        finish(reply, classified.error);
        return;
    }
    if (wasRateLimited) {
        // The whole group waits, not just this request: the quota is shared.
        const qint64 until = m_clock.nowMs() + *delay;
        m_limiter->blockUntil(group, until);
        Q_EMIT rateLimited(group, until);
    }
    Q_EMIT reply->retrying(classified.error, *delay);
    QTimer::singleShot(
        std::chrono::milliseconds(*delay), Qt::PreciseTimer, reply, [this, reply, group] {
            if (reply->m_finished)
                return;
            m_waiting[group].push_front(reply); // a retry keeps its place at the head of the line
            pump(group);
        });
}

void BallchasingClient::finish(UpstreamReply *reply, UpstreamError error)
{
    if (reply->m_finished)
        return;
    reply->m_finished = true;
    reply->m_error = std::move(error);
    Q_EMIT reply->finished();
}

} // namespace bcs
