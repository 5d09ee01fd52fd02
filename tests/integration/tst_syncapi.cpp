// The sync routes over real HTTP (port 0) with the fake upstream: concurrent starts give one
// 202 and one 409, a covered range answers "Already synced" without upstream calls, bad input is
// a 400 that names the parameter, replays come back exactly as ballchasing sent them, maps are
// served from the cache once upstream is gone.

#include "api/apiserver.h"
#include "fakes/fakeballchasingserver.h"
#include "fakes/replaygenerator.h"
#include "net/ratelimiter.h"
#include "net/tierselection.h"
#include "storage/database.h"
#include "support/httpcall.h"
#include "support/synctestbed.h"
#include "sync/syncmanager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <memory>

using namespace bcs;
using namespace bcs::test;

namespace {

using Http = HttpResult;

Http call(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
          const QByteArray &contentType = "application/json")
{
    return httpCall(method, url, body, contentType);
}

} // namespace

class TestSyncApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SyncTestbed> m_bed;
    FakeBallchasingServer *m_fake = nullptr;
    SyncManager *m_sync = nullptr;
    QList<QJsonObject> m_details;

    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(m_bed->server->url() + pathAndQuery);
    }

    void waitForIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_sync->status().running, 60000); }

private Q_SLOTS:
    void init()
    {
        m_bed = std::make_unique<SyncTestbed>();
        QCOMPARE(m_bed->openError, QString());
        m_fake = &m_bed->fake;
        m_details = ReplayGenerator(9).makeDetails(
            30, QDateTime(QDate(2025, 6, 1), QTime(20, 0), QTimeZone::utc()), 3600);
        m_fake->addReplays(m_details);
        m_bed->makeSync(QStringLiteral("gc"));
        m_sync = m_bed->sync.get();
        const QString error = m_bed->startApi();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanup() { m_bed.reset(); }

    // The preview waits for upstream; the browser leaves before it answers. Writing the late
    // answer to the closed connection must not touch the socket Qt deleted meanwhile.
    void aClientThatLeavesBeforeTheUpstreamAnswersCostsNothing()
    {
        m_fake->setLatency(400);
        for (int i = 0; i < 3; ++i) {
            QNetworkAccessManager network;
            QNetworkReply *reply = network.get(QNetworkRequest(url(QStringLiteral("/api/sync/preview"))));
            QTest::qWait(60);
            reply->abort();
            delete reply;
        }
        QTest::qWait(900); // the upstream answers arrive, and their answers have nowhere to go
        m_fake->setLatency(0);
        QCOMPARE(call("GET", url(QStringLiteral("/api/sync/status"))).status, 200);
    }

    void concurrentStartsGiveOne202AndOne409()
    {
        m_fake->setLatency(50); // keep the first sync running while the second request arrives
        QList<Http> results(2);
        QList<QThread *> threads;
        for (int i = 0; i < 2; ++i) {
            threads << QThread::create([this, &results, i] {
                results[i] = call("POST", url(QStringLiteral("/api/sync")));
            });
            threads.last()->start();
        }
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(30000));
            delete thread;
        }
        QList<int> statuses{results[0].status, results[1].status};
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int>{202, 409}));
        const Http &accepted = results[0].status == 202 ? results[0] : results[1];
        const Http &refused = results[0].status == 409 ? results[0] : results[1];
        QCOMPARE(accepted.json[QStringLiteral("message")].toString(),
                 QStringLiteral("Sync started"));
        QVERIFY(accepted.json[QStringLiteral("sync_id")].toInt() > 0);
        QVERIFY(refused.json[QStringLiteral("detail")].toString().contains(
            QStringLiteral("already running")));
        waitForIdle();
    }

    void seedFrontendSequence()
    {
        // The seed's frontend posts with query parameters, no body, no Content-Type.
        Http started = call(
            "POST", url(QStringLiteral(
                        "/api/sync?replay-date-after=2025-05-31&replay-date-before=2025-06-03")));
        QCOMPARE(started.status, 202);
        const Http status = call("GET", url(QStringLiteral("/api/sync/status")));
        QCOMPARE(status.status, 200);
        for (const char *field :
             {"running", "replays_found", "replays_fetched", "replays_skipped", "error", "sync_id",
              "phase", "replays_failed", "replays_pending", "eta_seconds"})
            QVERIFY2(status.json.object().contains(QLatin1String(field)), field);
        waitForIdle();
        const Http done = call("GET", url(QStringLiteral("/api/sync/status")));
        QCOMPARE(done.json[QStringLiteral("replays_fetched")].toInt(), 30);
        QCOMPARE(done.json[QStringLiteral("running")].toBool(), false);

        m_fake->resetCounters();
        const Http again = call(
            "POST", url(QStringLiteral(
                        "/api/sync?replay-date-after=2025-06-01&replay-date-before=2025-06-02")));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json[QStringLiteral("message")].toString(),
                 QStringLiteral("Already synced"));
        QCOMPARE(again.json[QStringLiteral("covered_by")][QStringLiteral("status")].toString(),
                 QStringLiteral("completed"));
        QCOMPARE(m_fake->requests().size(), 0);

        const Http history = call("GET", url(QStringLiteral("/api/sync/history")));
        QCOMPARE(history.json.array().size(), 1);
        const Http replays = call("GET", url(QStringLiteral("/api/replays?limit=5")));
        QCOMPARE(replays.json.array().size(), 5);
        const QString newest = replays.json.array().first()[QStringLiteral("id")].toString();
        QCOMPARE(newest, m_details.last().value(QStringLiteral("id")).toString()); // newest first
        const Http detail = call("GET", url(QStringLiteral("/api/replays/") + newest));
        QCOMPARE(detail.status, 200);
        QCOMPARE(detail.body,
                 QJsonDocument(m_details.last()).toJson(QJsonDocument::Compact)); // as sent
        QCOMPARE(call("GET", url(QStringLiteral("/api/replays/unknown-id"))).status, 404);

        const Http coverage = call("GET", url(QStringLiteral("/api/sync/coverage")));
        int total = 0;
        const QJsonObject counts = coverage.json[QStringLiteral("replay_counts")].toObject();
        for (const QJsonValue count : counts)
            total += count.toInt();
        QCOMPARE(total, 30);
        QCOMPARE(coverage.json[QStringLiteral("synced_ranges")].toArray().size(), 1);
        const Http limits = call("GET", url(QStringLiteral("/api/rate-limits")));
        QCOMPARE(limits.json[QStringLiteral("tier")].toString(), QStringLiteral("gc"));
        QVERIFY(limits.json[QStringLiteral("get")][QStringLiteral("per_hour")].isNull());
        QCOMPARE(call("GET", url(QStringLiteral("/api/sync/preview")))
                     .json[QStringLiteral("total")]
                     .toInt(),
                 30);

        // Maps were cached by the sync: still served with upstream gone.
        m_fake->stop();
        const Http maps = call("GET", url(QStringLiteral("/api/maps")));
        QCOMPARE(maps.status, 200);
        QCOMPARE(maps.json[QStringLiteral("stadium_p")].toString(), QStringLiteral("DFH Stadium"));
    }

    void jsonBodyWorksToo()
    {
        const Http started = call("POST", url(QStringLiteral("/api/sync")),
                                  R"({"replay_date_after": "2025-06-01T00:00:00Z", "force": true})",
                                  "application/json");
        QCOMPARE(started.status, 202);
        waitForIdle();
    }

    void badInputIs400_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("bad date") << QByteArray("POST") << "/api/sync?replay-date-after=yesterday"
                                  << QByteArray() << "replay-date-after";
        QTest::addRow("impossible date")
            << QByteArray("POST") << "/api/sync?replay-date-before=2025-02-30" << QByteArray()
            << "replay-date-before";
        QTest::addRow("reversed range")
            << QByteArray("POST")
            << "/api/sync?replay-date-after=2025-06-02&replay-date-before=2025-06-01"
            << QByteArray() << "later than";
        QTest::addRow("bad force")
            << QByteArray("POST") << "/api/sync?force=maybe" << QByteArray() << "force";
        QTest::addRow("malformed json") << QByteArray("POST") << "/api/sync"
                                        << QByteArray("{\"force\": tru") << "not valid JSON";
        QTest::addRow("unknown field") << QByteArray("POST") << "/api/sync"
                                       << QByteArray("{\"everything\": true}") << "unknown field";
        QTest::addRow("history limit")
            << QByteArray("GET") << "/api/sync/history?limit=0" << QByteArray() << "limit";
        QTest::addRow("replays date")
            << QByteArray("GET") << "/api/replays?date-after=soon" << QByteArray() << "date-after";
        QTest::addRow("replays limit")
            << QByteArray("GET") << "/api/replays?limit=abc" << QByteArray() << "limit";
    }

    void badInputIs400()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const Http result = call(method, url(path), body,
                                 body.isEmpty() ? QByteArray() : QByteArray("application/json"));
        QCOMPARE(result.status, 400);
        QVERIFY2(result.json[QStringLiteral("detail")].toString().contains(mentions),
                 result.body.constData());
        QVERIFY(!m_sync->status().running); // nothing started
    }

    void cancelRoute()
    {
        m_fake->setTier(QStringLiteral("gold"));
        QCOMPARE(call("POST", url(QStringLiteral("/api/sync"))).status, 202);
        const Http cancelled = call("POST", url(QStringLiteral("/api/sync/cancel")));
        QCOMPARE(cancelled.status, 200);
        waitForIdle();
        QCOMPARE(call("GET", url(QStringLiteral("/api/sync/history?limit=1")))
                     .json.array()
                     .first()[QStringLiteral("status")]
                     .toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(call("POST", url(QStringLiteral("/api/sync/cancel")))
                     .json[QStringLiteral("message")]
                     .toString(),
                 QStringLiteral("No sync is running"));
    }
};

QTEST_GUILESS_MAIN(TestSyncApi)
#include "tst_syncapi.moc"
