#pragma once
// The ballchasing.com REST client: ping, list replays, get a replay, maps. Every request goes
// through the shared RateLimiter at the moment it is sent, with several in flight at once so a
// high tier's rate is reachable with real latency; failures are classified and retried per the
// RetryPolicy. Uses only the injected QNetworkAccessManager, lives in that manager's thread, and
// never puts the key anywhere but the Authorization header (not in URLs, not in logs).

#include "net/replaylistquery.h"
#include "net/retrypolicy.h"
#include "net/upstreamreply.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <deque>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace bcs {

class RateLimiter;
class Clock;

struct ClientSettings
{
    QUrl baseUrl = QUrl(QStringLiteral("https://ballchasing.com/api"));
    QString apiKey;
    int timeoutMs = 30000;
    // HTTP/1.1 gives six connections per host; granting more slots than connections would let
    // Qt queue requests and release them as a burst the server counts in one window.
    int maxInFlight = 6;
    RetryPolicy retry;
};

class BallchasingClient : public QObject
{
    Q_OBJECT

public:
    BallchasingClient(QNetworkAccessManager *network, RateLimiter *limiter, const Clock &clock,
                      ClientSettings settings, QObject *parent = nullptr);

    UpstreamReply *ping();
    UpstreamReply *listReplays(const ReplayListQuery &query);
    UpstreamReply *getReplay(const QString &replayId);
    UpstreamReply *maps();

    void setApiKey(const QString &apiKey) { m_settings.apiKey = apiKey; }
    bool hasApiKey() const { return !m_settings.apiKey.isEmpty(); }
    const ClientSettings &settings() const { return m_settings; }

    int inFlight() const { return m_inFlight; }
    int waiting() const;

Q_SIGNALS:
    // A 429 arrived: the group is paused until `untilMs` (epoch ms).
    void rateLimited(bcs::EndpointGroup group, qint64 untilMs);

private:
    UpstreamReply *submit(EndpointGroup group, const QString &path, const QUrlQuery &query = {});
    void pump(EndpointGroup group);
    void send(UpstreamReply *reply);
    void onNetworkFinished(UpstreamReply *reply, QNetworkReply *networkReply);
    void finish(UpstreamReply *reply, UpstreamError error);

    QNetworkAccessManager *m_network;
    RateLimiter *m_limiter;
    const Clock &m_clock;
    ClientSettings m_settings;
    QMap<EndpointGroup, std::deque<QPointer<UpstreamReply>>> m_waiting;
    QMap<EndpointGroup, QTimer *> m_pumpTimers;
    int m_inFlight = 0;
};

} // namespace bcs
