// The fake must be as strict as the real thing, or every "zero 429s" elsewhere proves nothing:
// a burst over the limit is refused, list pages are disjoint and complete, `next` drops filters.

#include "fakes/fakeballchasingserver.h"
#include "fakes/replaygenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace bcs;
using namespace bcs::test;

class TestFakeServer : public QObject
{
    Q_OBJECT

private:
    FakeBallchasingServer m_fake;
    QNetworkAccessManager m_network;

    QNetworkReply *send(const QString &pathAndQuery, const QByteArray &key = "test-key")
    {
        QNetworkRequest request(QUrl(m_fake.baseUrl().toString() + pathAndQuery));
        request.setRawHeader("Authorization", key);
        return m_network.get(request);
    }

    static int statusOf(QNetworkReply *reply, QByteArray *body = nullptr)
    {
        if (!reply->isFinished())
            QSignalSpy(reply, &QNetworkReply::finished).wait(10000);
        if (body)
            *body = reply->readAll();
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fake.start()); }

    void init()
    {
        m_fake.setTier(QStringLiteral("gold"));
        m_fake.setLatency(0);
        m_fake.clearFaults();
        m_fake.clearReplays();
        QTest::qWait(1100); // let the previous test's requests leave every 1 s window
        m_fake.resetCounters();
    }

    void burstOverTheLimitIsRefused()
    {
        // gold: 2 per second. Three at once: the third is a violation, answered 429 with no body.
        QList<QNetworkReply *> replies{send(QStringLiteral("/maps")), send(QStringLiteral("/maps")),
                                       send(QStringLiteral("/maps"))};
        QList<int> statuses;
        for (QNetworkReply *reply : replies)
            statuses << statusOf(reply);
        QCOMPARE(statuses.count(429), 1);
        QCOMPARE(statuses.count(200), 2);
        QCOMPARE(m_fake.rateLimitViolations(), 1);
    }

    void pacedRequestsPass()
    {
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(statusOf(send(QStringLiteral("/maps"))), 200);
            QTest::qWait(520);
        }
        QCOMPARE(m_fake.rateLimitViolations(), 0);
    }

    void retryAfterHeaderWhenConfigured()
    {
        m_fake.setSendRetryAfter(7);
        QNetworkReply *first = send(QStringLiteral("/maps"));
        QNetworkReply *second = send(QStringLiteral("/maps"));
        QNetworkReply *third = send(QStringLiteral("/maps"));
        statusOf(first);
        statusOf(second);
        QSignalSpy(third, &QNetworkReply::finished).wait(5000);
        QCOMPARE(third->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
        QCOMPARE(third->rawHeader("Retry-After"), QByteArray("7"));
        third->deleteLater();
        m_fake.setSendRetryAfter(std::nullopt);
    }

    void wrongKeyIs401WithTheDocumentedBody()
    {
        QByteArray body;
        QCOMPARE(statusOf(send(QStringLiteral("/"), "nope"), &body), 401);
        QVERIFY(body.contains("missing API key"));
    }

    void faultsHappenOnceThenServiceResumes()
    {
        m_fake.setTier(QStringLiteral("gc"));
        m_fake.injectFault(FaultKind::Status503, QStringLiteral("/maps"));
        QCOMPARE(statusOf(send(QStringLiteral("/maps"))), 503);
        QCOMPARE(statusOf(send(QStringLiteral("/maps"))), 200);
    }

    void listPagesAreDisjointCompleteAndNextDropsFilters()
    {
        m_fake.setTier(QStringLiteral("gc"));
        ReplayGenerator generator(5);
        m_fake.addReplays(generator.makeDetails(
            25, QDateTime(QDate(2024, 5, 1), QTime(10, 0), QTimeZone::utc()), 3600));
        QSet<QString> seen;
        QString next = QStringLiteral("/replays?count=10&uploader=me");
        int pages = 0;
        qint64 previousCreated = std::numeric_limits<qint64>::max();
        while (!next.isEmpty()) {
            QByteArray body;
            QCOMPARE(statusOf(send(next), &body), 200);
            const QJsonObject page = QJsonDocument::fromJson(body).object();
            QCOMPARE(page.value(QStringLiteral("count")).toInt(), 25);
            for (const QJsonValue row : page.value(QStringLiteral("list")).toArray()) {
                const QJsonObject object = row.toObject();
                QVERIFY(!seen.contains(object.value(QStringLiteral("id")).toString()));
                seen.insert(object.value(QStringLiteral("id")).toString());
                QVERIFY(object.contains(QStringLiteral("replay_title"))); // list shape, not detail
                const qint64 created =
                    QDateTime::fromString(object.value(QStringLiteral("created")).toString(),
                                          Qt::ISODateWithMs)
                        .toMSecsSinceEpoch();
                QVERIFY(created <= previousCreated); // newest upload first
                previousCreated = created;
            }
            const QUrl nextUrl(page.value(QStringLiteral("next")).toString());
            if (page.contains(QStringLiteral("next"))) {
                QVERIFY(!nextUrl.query().contains(QStringLiteral("uploader"))); // the real quirk
                next = QStringLiteral("/replays?count=10&uploader=me&after=") +
                       QUrlQuery(nextUrl.query())
                           .queryItemValue(QStringLiteral("after"), QUrl::FullyEncoded);
            } else {
                next.clear();
            }
            ++pages;
        }
        QCOMPARE(seen.size(), 25);
        QCOMPARE(pages, 3);
        QCOMPARE(statusOf(send(QStringLiteral("/replays?count=201"))), 400);
        QCOMPARE(statusOf(send(QStringLiteral("/replays?replay-date-after=yesterday"))), 400);
    }

    void latencyIsApplied()
    {
        m_fake.setTier(QStringLiteral("gc"));
        m_fake.setLatency(200);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(statusOf(send(QStringLiteral("/maps"))), 200);
        QVERIFY(timer.elapsed() >= 200);
    }
};

QTEST_GUILESS_MAIN(TestFakeServer)
#include "tst_fakeserver.moc"
