// How answers from ballchasing become typed errors, and which of them are retried how.

#include "net/replaylistquery.h"
#include "net/responseclassifier.h"
#include "net/retrypolicy.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace bcs;
using Kind = UpstreamError::Kind;

namespace {
QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(BCS_FIXTURES_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}
} // namespace

Q_DECLARE_METATYPE(bcs::UpstreamError::Kind)

class TestUpstreamResponses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("200 ping") << 200 << fixture("ping_response_regular.json") << Kind::None
                                  << "";
        QTest::addRow("401 body") << 401 << fixture("errors/error_401_missing_api_key.json")
                                  << Kind::Auth << "missing API key";
        QTest::addRow("404") << 404 << QByteArray(R"({"error":"replay not found"})")
                             << Kind::NotFound << "replay not found";
        QTest::addRow("400") << 400 << fixture("errors/error_400_upload_not_a_replay.json")
                             << Kind::BadRequest << "not a .replay file";
        QTest::addRow("429 no body") << 429 << QByteArray() << Kind::RateLimited << "rate limiting";
        QTest::addRow("500") << 500 << fixture("errors/error_500_server_fault.json") << Kind::Server
                             << "HTTP 500";
        QTest::addRow("502 html") << 502 << QByteArray("<html>bad gateway</html>") << Kind::Server
                                  << "HTTP 502";
        QTest::addRow("truncated") << 200 << fixture("ping_response_regular.json").left(40)
                                   << Kind::BadResponse << "unreadable";
        QTest::addRow("html 200") << 200 << QByteArray("<!DOCTYPE html><html></html>")
                                  << Kind::BadResponse << "unreadable";
        QTest::addRow("array") << 200 << QByteArray("[1,2]") << Kind::BadResponse
                               << "not an object";
    }

    void classifies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Kind, kind);
        QFETCH(QString, mentions);
        const ClassifiedResponse result =
            classifyResponse(status, QNetworkReply::NoError, {}, body, false);
        QCOMPARE(result.error.kind, kind);
        QVERIFY2(result.error.message.contains(mentions), qPrintable(result.error.message));
        if (kind == Kind::None)
            QCOMPARE(result.json.value(QStringLiteral("type")).toString(),
                     QStringLiteral("regular"));
    }

    void transportFailures()
    {
        QCOMPARE(classifyResponse(0, QNetworkReply::ConnectionRefusedError,
                                  QStringLiteral("refused"), {}, false)
                     .error.kind,
                 Kind::Network);
        QCOMPARE(
            classifyResponse(0, QNetworkReply::OperationCanceledError, {}, {}, true).error.kind,
            Kind::Timeout);
    }

    void retryAfter()
    {
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), QTimeZone::utc());
        QCOMPARE(parseRetryAfter("3", now), std::optional<qint64>(3));
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), std::optional<qint64>(60));
        QVERIFY(!parseRetryAfter("", now).has_value());
        QVERIFY(!parseRetryAfter("soon", now).has_value());
    }

    void retryPolicy()
    {
        RetryPolicy policy;
        policy.initialBackoffMs = 1000;
        policy.maxAttempts = 4;
        const UpstreamError server{Kind::Server, 500, {}};
        QCOMPARE(policy.nextDelayMs(server, 1, 0, std::nullopt), std::optional<qint64>(1000));
        QCOMPARE(policy.nextDelayMs(server, 2, 0, std::nullopt), std::optional<qint64>(2000));
        QCOMPARE(policy.nextDelayMs(server, 3, 0, std::nullopt), std::optional<qint64>(4000));
        QVERIFY(!policy.nextDelayMs(server, 4, 0, std::nullopt).has_value());
        for (Kind never : {Kind::Auth, Kind::NotFound, Kind::BadRequest, Kind::Cancelled})
            QVERIFY(!policy.nextDelayMs({never, 400, {}}, 1, 0, std::nullopt).has_value());
        const UpstreamError limited{Kind::RateLimited, 429, {}};
        QCOMPARE(policy.nextDelayMs(limited, 9, 1, std::optional<qint64>(5)),
                 std::optional<qint64>(5000));
        QCOMPARE(policy.nextDelayMs(limited, 9, 3, std::nullopt), std::optional<qint64>(4000));
        QVERIFY(!policy.nextDelayMs(limited, 1, policy.maxRateLimitRetries + 1, std::nullopt)
                     .has_value());
    }

    void nextPageKeepsFiltersAndTakesOnlyTheCursor()
    {
        ReplayListQuery query;
        query.add(QStringLiteral("uploader"), QStringLiteral("me"))
            .add(QStringLiteral("replay-date-after"), QStringLiteral("2024-01-01T00:00:00+01:00"))
            .add(QStringLiteral("playlist"), QStringLiteral("ranked-doubles"))
            .add(QStringLiteral("playlist"), QStringLiteral("ranked-standard"));
        const QJsonObject page =
            QJsonDocument::fromJson(fixture("replays_list_page_2025_uploader_me_player_id.json"))
                .object();
        const auto next = query.nextPage(page);
        QVERIFY(next.has_value());
        const QUrlQuery sent = next->toUrlQuery();
        QCOMPARE(sent.queryItemValue(QStringLiteral("uploader")), QStringLiteral("me"));
        QCOMPARE(sent.allQueryItemValues(QStringLiteral("playlist")).size(), 2);
        QCOMPARE(sent.queryItemValue(QStringLiteral("count")), QStringLiteral("200"));
        QVERIFY(!next->after().isEmpty());
        QVERIFY(
            !sent.hasQueryItem(QStringLiteral("player-id"))); // from `next`, not ours: not copied
        // `+` in the offset must reach the server encoded, not as a space.
        QUrl url(QStringLiteral("https://ballchasing.com/api/replays"));
        url.setQuery(sent);
        QVERIFY2(url.toString(QUrl::FullyEncoded).contains(QStringLiteral("%2B01:00")) ||
                     url.toString(QUrl::FullyEncoded).contains(QStringLiteral("%2B01%3A00")),
                 qPrintable(url.toString(QUrl::FullyEncoded)));

        QJsonObject lastPage = page;
        lastPage.remove(QStringLiteral("next"));
        QVERIFY(!query.nextPage(lastPage).has_value());
    }
};

QTEST_GUILESS_MAIN(TestUpstreamResponses)
#include "tst_upstreamresponses.moc"
