// BallchasingClient against the fake ballchasing server over real HTTP: pagination keeps
// filters, every fault kind is retried to success, what cannot heal is not retried, and the
// limiter keeps a strict server happy while several requests are in flight.

#include "core/clock.h"
#include "core/rfc3339.h"
#include "fakes/fakeballchasingserver.h"
#include "fakes/replaygenerator.h"
#include "net/ballchasingclient.h"
#include "net/ratelimiter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <memory>

using namespace bcs;
using bcs::test::FakeBallchasingServer;
using bcs::test::FaultKind;
using bcs::test::ReplayGenerator;

Q_DECLARE_METATYPE(bcs::test::FaultKind)

class TestClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeBallchasingServer> m_fake;
    SystemClock m_clock;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<BallchasingClient> m_client;

    ClientSettings settings(const QString &key = QStringLiteral("test-key")) const
    {
        ClientSettings s;
        s.baseUrl = m_fake->baseUrl();
        s.apiKey = key;
        s.timeoutMs = 1500;
        s.retry.initialBackoffMs = 20;
        s.retry.maxBackoffMs = 2000;
        return s;
    }

    void makeClient(const QString &tier, const QString &key = QStringLiteral("test-key"))
    {
        m_fake->setTier(tier);
        m_limiter = std::make_unique<RateLimiter>(m_clock, rateLimitsForTier(tier));
        m_client = std::make_unique<BallchasingClient>(m_network.get(), m_limiter.get(), m_clock,
                                                       settings(key));
    }

    static bool waitFor(UpstreamReply *reply, int timeoutMs = 20000)
    {
        if (reply->isFinished())
            return true;
        QSignalSpy spy(reply, &UpstreamReply::finished);
        return spy.wait(timeoutMs);
    }

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<FakeBallchasingServer>();
        QVERIFY(m_fake->start());
        m_fake->setApiKey(QStringLiteral("test-key"));
        m_network = std::make_unique<QNetworkAccessManager>();
        makeClient(QStringLiteral("gc"));
    }

    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_fake.reset();
    }

    void pingReturnsTheOwnerAndTier()
    {
        UpstreamReply *reply = m_client->ping();
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->isOk(), qPrintable(reply->error().message));
        QCOMPARE(reply->json().value(QStringLiteral("type")).toString(), QStringLiteral("gc"));
        QCOMPARE(reply->json().value(QStringLiteral("steam_id")).toString(),
                 QStringLiteral("76561198007191405"));
        const auto requests = m_fake->requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().authorization, QByteArray("test-key")); // raw key, no "Bearer"
        QVERIFY(!requests.first().query.toString().contains(QStringLiteral("test-key")));
    }

    void wrongKeyIsNotRetried()
    {
        makeClient(QStringLiteral("gc"), QStringLiteral("revoked-key"));
        UpstreamReply *reply = m_client->ping();
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind, UpstreamError::Kind::Auth);
        QCOMPARE(reply->error().httpStatus, 401);
        QVERIFY2(reply->error().message.contains(QStringLiteral("missing API key")),
                 qPrintable(reply->error().message));
        QVERIFY(!reply->error().message.contains(QStringLiteral("revoked-key")));
        QCOMPARE(reply->attempts(), 1);
        QCOMPARE(m_fake->requests().size(), 1);
    }

    void missingKeySendsNothing()
    {
        makeClient(QStringLiteral("gc"), QString());
        UpstreamReply *reply = m_client->ping();
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind, UpstreamError::Kind::Auth);
        QCOMPARE(reply->error().httpStatus, 0);
        QCOMPARE(m_fake->requests().size(), 0);
    }

    void unknownReplayIsNotRetried()
    {
        UpstreamReply *reply =
            m_client->getReplay(QStringLiteral("00000000-0000-0000-0000-000000000000"));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind, UpstreamError::Kind::NotFound);
        QCOMPARE(reply->attempts(), 1);
    }

    void paginationKeepsFilters()
    {
        ReplayGenerator generator(7);
        const QDateTime first(QDate(2024, 1, 1), QTime(12, 0), QTimeZone::utc());
        m_fake->addReplays(generator.makeDetails(450, first, 3600)); // one match an hour
        const QDateTime after = first.addDays(5);

        ReplayListQuery query;
        query.add(QStringLiteral("uploader"), QStringLiteral("me"))
            .add(QStringLiteral("replay-date-after"), formatRfc3339(after.toOffsetFromUtc(3600)));
        QSet<QString> ids;
        int pages = 0;
        std::optional<ReplayListQuery> page = query;
        while (page) {
            UpstreamReply *reply = m_client->listReplays(*page);
            QVERIFY(waitFor(reply));
            QVERIFY2(reply->isOk(), qPrintable(reply->error().message));
            for (const QJsonValue row : reply->json().value(QStringLiteral("list")).toArray())
                ids.insert(row.toObject().value(QStringLiteral("id")).toString());
            page = page->nextPage(reply->json());
            ++pages;
            QVERIFY(pages < 10);
        }
        // Matches from day 5 on: 450 - 5*24 = 330, on two pages of 200.
        QCOMPARE(ids.size(), 330);
        QCOMPARE(pages, 2);
        for (const auto &request : m_fake->requests()) {
            QCOMPARE(request.query.queryItemValue(QStringLiteral("uploader")),
                     QStringLiteral("me"));
            QCOMPARE(request.query.queryItemValue(QStringLiteral("count")), QStringLiteral("200"));
            QVERIFY(request.query.hasQueryItem(QStringLiteral("replay-date-after")));
        }
    }

    void faultsAreRetriedToSuccess_data()
    {
        QTest::addColumn<FaultKind>("fault");
        QTest::addRow("500") << FaultKind::Status500;
        QTest::addRow("502 html") << FaultKind::Status502Html;
        QTest::addRow("503") << FaultKind::Status503;
        QTest::addRow("504") << FaultKind::Status504;
        QTest::addRow("truncated json") << FaultKind::TruncatedJson;
        QTest::addRow("html body") << FaultKind::HtmlBody;
        QTest::addRow("429") << FaultKind::RateLimited;
        QTest::addRow("429 retry-after") << FaultKind::RateLimitedRetryAfter;
        QTest::addRow("timeout") << FaultKind::Timeout;
    }

    void faultsAreRetriedToSuccess()
    {
        QFETCH(FaultKind, fault);
        ReplayGenerator generator(3);
        const QJsonObject detail = generator.makeDetail(
            0, QDateTime::currentDateTimeUtc().addDays(-1), QDateTime::currentDateTimeUtc());
        m_fake->addReplays({detail});
        const QString id = detail.value(QStringLiteral("id")).toString();
        m_fake->injectFault(fault, QStringLiteral("/replays/"), 1, 1);

        UpstreamReply *reply = m_client->getReplay(id);
        QSignalSpy retrying(reply, &UpstreamReply::retrying);
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->isOk(), qPrintable(reply->error().message));
        QCOMPARE(reply->attempts(), 2);
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(reply->json().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(QJsonDocument::fromJson(reply->body()).object(), detail); // the body as sent
        if (fault == FaultKind::RateLimitedRetryAfter) // Retry-After: 1 is honoured
            QCOMPARE(retrying.first().at(1).toLongLong(), 1000);
        if (fault == FaultKind::RateLimited || fault == FaultKind::RateLimitedRetryAfter)
            QCOMPARE(reply->rateLimitedCount(), 1);
    }

    void persistentFailureGivesUpWithTheReason()
    {
        m_fake->injectFault(FaultKind::Status500, QStringLiteral("/maps"), 100);
        UpstreamReply *reply = m_client->maps();
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind, UpstreamError::Kind::Server);
        QCOMPARE(reply->attempts(), m_client->settings().retry.maxAttempts);
        QVERIFY2(reply->error().message.contains(QStringLiteral("ballchasing.com fault")),
                 qPrintable(reply->error().message));
    }

    void unreachableServerIsANetworkError()
    {
        const QUrl base = m_fake->baseUrl();
        m_fake.reset(); // nobody listens there any more
        ClientSettings s;
        s.baseUrl = base;
        s.apiKey = QStringLiteral("test-key");
        s.retry.initialBackoffMs = 10;
        s.retry.maxAttempts = 2;
        BallchasingClient client(m_network.get(), m_limiter.get(), m_clock, s);
        UpstreamReply *reply = client.ping();
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind, UpstreamError::Kind::Network);
        QCOMPARE(reply->attempts(), 2);
        m_fake = std::make_unique<FakeBallchasingServer>(); // for cleanup()
    }

    void abortFinishesWithCancelled()
    {
        m_fake->injectFault(FaultKind::Timeout, QStringLiteral("/maps"));
        UpstreamReply *inTransfer = m_client->maps();
        QTRY_COMPARE(m_client->inFlight(), 1);
        inTransfer->abort();
        QVERIFY(waitFor(inTransfer));
        QCOMPARE(inTransfer->error().kind, UpstreamError::Kind::Cancelled);
        QCOMPARE(inTransfer->attempts(), 1);
    }

    // At tier gc (16/s) with 100 ms latency a one-at-a-time client manages under 10/s; the cap
    // is only reachable with requests in flight in parallel. Zero 429s under strict enforcement.
    void pipelinesUpToTheCapWithoutViolations()
    {
        ReplayGenerator generator(11);
        const auto details =
            generator.makeDetails(64, QDateTime::currentDateTimeUtc().addDays(-10), 600);
        m_fake->addReplays(details);
        m_fake->setLatency(100, 20);
        m_fake->resetCounters();

        QElapsedTimer timer; // printed only: bench_sync measures speed
        timer.start();
        QList<UpstreamReply *> replies;
        for (const QJsonObject &detail : details)
            replies.append(m_client->getReplay(detail.value(QStringLiteral("id")).toString()));
        for (UpstreamReply *reply : replies) {
            QVERIFY(waitFor(reply));
            QVERIFY2(reply->isOk(), qPrintable(reply->error().message));
        }
        const double seconds = timer.elapsed() / 1000.0;
        // Lower bound: 64 requests at 16/s, the first 16 as a burst: 3 full windows + latency.
        const double lowerBound = 3.0 + 0.1;
        qInfo("64 details in %.2f s (lower bound %.2f s), max in flight %d", seconds, lowerBound,
              m_fake->maxInFlight());
        // The fake counts every request that breaks a window of the tier (16/s) as it arrives,
        // and how many were in flight at once: no clock of the test is involved.
        QCOMPARE(m_fake->rateLimitViolations(), 0);
        QVERIFY(m_fake->maxInFlight() >= 2);
    }
};

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
