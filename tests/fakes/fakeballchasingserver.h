#pragma once
// An in-process fake of ballchasing.com's REST API for tests and benchmarks: real HTTP on
// 127.0.0.1 from its own thread, the recorded samples for ping/maps/errors, a replay store with
// the real list semantics (filters, keyset cursor whose `next` drops the filters, as the real one
// does), strict sliding-window rate limits by arrival time, latency and one-shot faults.
// Public methods are thread-safe.

#include "core/ratelimits.h"
#include "core/workerthread.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <optional>

namespace bcs::test {

class FakeServerWorker;

enum class FaultKind {
    Status500,
    Status502Html,
    Status503,
    Status504,
    TruncatedJson,         // 200, application/json, body cut in half
    HtmlBody,              // 200, text/html: a captive portal or proxy page
    RateLimited,           // 429, no body, no Retry-After
    RateLimitedRetryAfter, // 429 with Retry-After: N
    Timeout,               // never answers (until stop())
    Unauthorized,          // 401 with the documented body
    NotFound,
    BadRequest,
};

struct RecordedRequest
{
    QString method;
    QString path;
    QUrlQuery query;
    QByteArray authorization;
    qint64 arrivalNs = 0;
    int status = 0;
};

class FakeBallchasingServer : public QObject
{
    Q_OBJECT

public:
    explicit FakeBallchasingServer(QObject *parent = nullptr);
    ~FakeBallchasingServer() override;

    bool start();
    void stop();
    QUrl baseUrl() const;

    void setApiKey(const QString &key);
    void setTier(const QString &tier);
    void setRules(EndpointGroup group, const QList<RateRule> &rules);
    void setEnforceLimits(bool enforce);
    void setSendRetryAfter(std::optional<int> seconds); // on limit violations
    void setLatency(int ms, int jitterMs = 0);
    void injectFault(FaultKind kind, const QString &pathContains = {}, int times = 1,
                     int retryAfterSeconds = 1);
    void clearFaults();

    void addReplays(const QList<QJsonObject> &details);
    void clearReplays();
    int replayCount() const;
    QString ownerSteamId() const;

    QList<RecordedRequest> requests() const;
    int requestCount(EndpointGroup group) const;
    int rateLimitViolations() const;
    int maxInFlight() const;
    void resetCounters();

private:
    friend class FakeServerWorker;

    struct Fault
    {
        FaultKind kind;
        QString pathContains;
        int remaining;
        int retryAfterSeconds;
    };
    struct StoredReplay
    {
        QString id;
        QByteArray body;     // the detail as sent
        QByteArray summary; // its list row, serialized once: a page is then a join, and the
                            // server thread, busy building it, delays no arrival stamp
        qint64 dateMs = 0;
        qint64 createdMs = 0;
        QString uploaderSteamId;
        QString playlistId;
        QStringList playerNames;
        QStringList playerIds; // "platform:id"
    };
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
        bool hold = false; // Timeout fault: never answer
        int delayMs = 0;
    };

    // Runs in the server thread with the lock held.
    Answer answer(const QString &method, const QString &path, const QUrlQuery &query,
                  const QByteArray &authorization);
    Answer listReplays(const QUrlQuery &query) const;
    bool violatesLimitLocked(EndpointGroup group, qint64 nowNs);
    std::optional<Fault> takeFaultLocked(const QString &path);
    void responseWritten();

    mutable QMutex m_mutex;
    WorkerThread m_thread{QStringLiteral("fake-ballchasing")};
    quint16 m_port = 0;
    QElapsedTimer m_monotonic;

    QString m_apiKey = QStringLiteral("test-key");
    QString m_tier = QStringLiteral("gold");
    QMap<EndpointGroup, QList<RateRule>> m_rules;
    bool m_enforce = true;
    std::optional<int> m_retryAfterOnViolation;
    int m_latencyMs = 0;
    int m_jitterMs = 0;
    quint32 m_randomState = 12345;
    QList<Fault> m_faults;
    QList<StoredReplay> m_replays;
    QHash<QString, qsizetype> m_replayIndex;

    QList<RecordedRequest> m_requests;
    QMap<EndpointGroup, QList<qint64>> m_arrivals; // ns, every request counts
    int m_violations = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

} // namespace bcs::test
