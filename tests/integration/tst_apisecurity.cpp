// The security rules of DESIGN.md §8 over real HTTP on port 0, each with the request a browser
// or an attacker would send: foreign Host (DNS rebinding), foreign Origin and cross-site
// requests that try to change state, form posts, oversized bodies, missing and wrong tokens,
// CORS preflight, static files and path traversal; and that the ballchasing key never leaves.
// Also many clients at once while a sync writes.

#include "api/apiserver.h"
#include "fakes/replaygenerator.h"
#include "support/rawhttp.h"
#include "support/synctestbed.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <atomic>
#include <thread>

using namespace bcs;
using namespace bcs::test;

namespace {

const QByteArray kApiKey = "KEY-never-leaves-9f3c2a";

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestApiSecurity : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncTestbed> m_bed;
    quint16 m_port = 0;

    void start(ApiServerSettings settings = {})
    {
        m_bed = std::make_unique<SyncTestbed>();
        QCOMPARE(m_bed->openError, QString());
        m_bed->fake.addReplays(ReplayGenerator(3).makeDetails(
            40, QDateTime(QDate(2025, 6, 1), QTime(20, 0), QTimeZone::utc()), 3600));
        m_bed->fake.setApiKey(QString::fromLatin1(kApiKey));
        m_bed->makeSync(QStringLiteral("gc"));
        m_bed->sync->setApiKey(QString::fromLatin1(kApiKey));
        const QString error = m_bed->startApi(settings);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_bed->server->setApiKey(QString::fromLatin1(kApiKey));
        m_port = m_bed->server->port();
    }

    RawResponse request(const QByteArray &method, const QByteArray &target,
                        const RawHeaders &headers = {}, const QByteArray &body = {}) const
    {
        return rawHttp(m_port, method, target, headers, body);
    }

    bool noSyncEverStarted() const
    {
        const RawResponse history = request("GET", "/api/sync/history");
        return history.status == 200 && history.json.array().isEmpty() &&
               !m_bed->sync->status().running;
    }

private Q_SLOTS:
    void cleanup() { m_bed.reset(); }

    void foreignHostIsRefused()
    {
        start();
        const QByteArray port = QByteArray::number(m_port);
        for (const QByteArray &host :
             {QByteArray("evil.example:") + port, QByteArray("evil.example"),
              QByteArray("127.0.0.1.evil.example:") + port, QByteArray("localhost.evil.example")}) {
            const RawResponse answer = request("GET", "/api/players", {{"Host", host}});
            QCOMPARE(answer.status, 403);
            QVERIFY2(answer.detail().contains(QLatin1String("Host")), qPrintable(answer.detail()));
            QCOMPARE(answer.header("X-Content-Type-Options"), QByteArray("nosniff"));
        }
        QCOMPARE(request("GET", "/api/players", {{"Host", ""}}).status, 403); // no Host at all
        for (const QByteArray &host :
             {QByteArray("localhost:") + port, QByteArray("LocalHost:") + port,
              QByteArray("[::1]:") + port, QByteArray("127.0.0.1:") + port})
            QCOMPARE(request("GET", "/api/players", {{"Host", host}}).status, 200);
    }

    void configuredHostIsAllowed()
    {
        ApiServerSettings settings;
        settings.allowedHosts = {QStringLiteral("stats.lan")};
        start(settings);
        QCOMPARE(request("GET", "/api/players", {{"Host", "stats.lan:8000"}}).status, 200);
        QCOMPARE(request("GET", "/api/players", {{"Host", "other.lan"}}).status, 403);
    }

    void foreignOriginCannotChangeState()
    {
        start();
        const RawResponse sync = request("POST", "/api/sync", {{"Origin", "http://evil.example"}});
        QCOMPARE(sync.status, 403);
        QVERIFY2(sync.detail().contains(QLatin1String("origin")), qPrintable(sync.detail()));
        QVERIFY(sync.header("Access-Control-Allow-Origin").isEmpty());
        const RawResponse config =
            request("PUT", "/api/players/config",
                    {{"Origin", "null"}, {"Content-Type", "application/json"}},
                    R"({"me":["x"],"teammates":{}})");
        QCOMPARE(config.status, 403);
        const RawResponse crossSite =
            request("POST", "/api/sync", {{"Sec-Fetch-Site", "cross-site"}});
        QCOMPARE(crossSite.status, 403);
        QVERIFY(crossSite.detail().contains(QLatin1String("cross-site")));
        QVERIFY(noSyncEverStarted());
        QCOMPARE(request("GET", "/api/players/config").json.object().value(QStringLiteral("me")),
                 QJsonValue(QJsonArray()));
    }

    void formPostsCannotStartASync()
    {
        start();
        for (const QByteArray &type :
             {QByteArray("application/x-www-form-urlencoded"),
              QByteArray("multipart/form-data; boundary=x"), QByteArray("text/plain")}) {
            const RawResponse answer =
                request("POST", "/api/sync", {{"Content-Type", type}}, "force=true");
            QCOMPARE(answer.status, 415);
            QVERIFY2(answer.detail().contains(QLatin1String("JSON")), qPrintable(answer.detail()));
        }
        // Even without a body: a form's content type is never a JSON request.
        QCOMPARE(
            request("POST", "/api/sync", {{"Content-Type", "application/x-www-form-urlencoded"}})
                .status,
            415);
        QVERIFY(noSyncEverStarted());
    }

    void seedFrontendPostWithoutBodyStartsASync()
    {
        start();
        // What the seed frontend sends: no body, no Content-Type, same-origin.
        const RawResponse answer =
            request("POST", "/api/sync?replay-date-after=2025-01-01",
                    {{"Origin", QByteArray("http://localhost:") + QByteArray::number(m_port)},
                     {"Sec-Fetch-Site", "same-origin"}});
        QCOMPARE(answer.status, 202);
        QVERIFY(answer.json.object().contains(QStringLiteral("sync_id")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_bed->sync->status().running, 60000);
    }

    void oversizedBodyIs413AndChangesNothing()
    {
        start();
        // (Built without raw strings: moc misreads R"(...)" that end in a quote.)
        const QByteArray huge =
            "{\"me\":[\"" + QByteArray(70 * 1024, 'a') + "\"],\"teammates\":{}}";
        const RawResponse answer =
            request("PUT", "/api/players/config", {{"Content-Type", "application/json"}}, huge);
        QCOMPARE(answer.status, 413);
        QVERIFY(answer.detail().contains(QLatin1String("65536")));
        QCOMPARE(request("GET", "/api/players/config").json.object().value(QStringLiteral("me")),
                 QJsonValue(QJsonArray()));
    }

    void corsOnlyForAllowedOrigins()
    {
        start();
        const RawResponse allowed =
            request("GET", "/api/players", {{"Origin", "http://localhost:5173"}});
        QCOMPARE(allowed.status, 200);
        QCOMPARE(allowed.header("Access-Control-Allow-Origin"),
                 QByteArray("http://localhost:5173"));
        QVERIFY(allowed.header("Vary").contains("Origin"));
        const RawResponse foreign =
            request("GET", "/api/players", {{"Origin", "http://localhost.evil.example"}});
        QCOMPARE(foreign.status, 200); // the browser will not let the page read it
        QVERIFY(foreign.header("Access-Control-Allow-Origin").isEmpty());
        // An error is readable by an allowed page too.
        QCOMPARE(request("GET", "/api/nope", {{"Origin", "http://127.0.0.1:3000"}})
                     .header("Access-Control-Allow-Origin"),
                 QByteArray("http://127.0.0.1:3000"));
    }

    void preflightIsAnswered()
    {
        start();
        const RawResponse allowed = request("OPTIONS", "/api/players/config",
                                            {{"Origin", "http://localhost:5173"},
                                             {"Access-Control-Request-Method", "PUT"},
                                             {"Access-Control-Request-Headers", "content-type"}});
        QCOMPARE(allowed.status, 204);
        QCOMPARE(allowed.header("Access-Control-Allow-Origin"),
                 QByteArray("http://localhost:5173"));
        QVERIFY(allowed.header("Access-Control-Allow-Methods").contains("PUT"));
        QVERIFY(allowed.header("Access-Control-Allow-Headers").toLower().contains("content-type"));
        const RawResponse foreign = request(
            "OPTIONS", "/api/sync",
            {{"Origin", "https://evil.example"}, {"Access-Control-Request-Method", "POST"}});
        QCOMPARE(foreign.status, 403);
        QVERIFY(foreign.header("Access-Control-Allow-Origin").isEmpty());
    }

    void configuredOriginsReplaceTheDefault()
    {
        ApiServerSettings settings;
        settings.corsOrigins = {QStringLiteral("https://stats.example")};
        start(settings);
        QCOMPARE(request("GET", "/api/players", {{"Origin", "https://stats.example"}})
                     .header("Access-Control-Allow-Origin"),
                 QByteArray("https://stats.example"));
        QVERIFY(request("GET", "/api/players", {{"Origin", "http://localhost:5173"}})
                    .header("Access-Control-Allow-Origin")
                    .isEmpty());
        QCOMPARE(request("POST", "/api/sync/cancel", {{"Origin", "http://localhost:5173"}}).status,
                 403);
    }

    void tokenIsRequiredWhenSet()
    {
        ApiServerSettings settings;
        settings.token = QStringLiteral("s3cret-token");
        start(settings);
        const RawResponse missing = request("GET", "/api/players");
        QCOMPARE(missing.status, 401);
        QCOMPARE(missing.header("WWW-Authenticate"), QByteArray("Bearer"));
        QVERIFY(!missing.detail().contains(QLatin1String("s3cret")));
        QCOMPARE(request("GET", "/api/players", {{"Authorization", "Bearer s3cret-tokeN"}}).status,
                 401);
        QCOMPARE(
            request("GET", "/api/players", {{"Authorization", "Bearer s3cret-token-x"}}).status,
            401);
        QCOMPARE(request("GET", "/api/players", {{"Authorization", "Basic s3cret-token"}}).status,
                 401);
        QCOMPARE(request("GET", "/api/players", {{"Authorization", "Bearer s3cret-token"}}).status,
                 200);
        QCOMPARE(
            request("GET", "/api/players", {{"Authorization", "bearer  s3cret-token "}}).status,
            200);
        QCOMPARE(request("POST", "/api/sync").status, 401); // before any effect
        QVERIFY(!m_bed->sync->status().running);
        // The page at / and CORS preflights carry no token.
        QCOMPARE(request("GET", "/").status, 200);
        QCOMPARE(
            request("OPTIONS", "/api/players",
                    {{"Origin", "http://localhost:5173"}, {"Access-Control-Request-Method", "GET"}})
                .status,
            204);
    }

    void nonLoopbackNeedsAToken()
    {
        SyncTestbed bed;
        bed.makeSync(QStringLiteral("gc"));
        ApiServerSettings settings;
        settings.host = QStringLiteral("0.0.0.0");
        QString error = bed.startApi(settings);
        QVERIFY2(error.contains(QLatin1String("BCSTATS_API_TOKEN")), qPrintable(error));
        QVERIFY(!bed.server->isRunning());
    }

    void everyAnswerHasTheCommonHeaders()
    {
        start();
        for (const auto &[method, target, status] :
             {std::tuple<QByteArray, QByteArray, int>{"GET", "/api/nope", 404},
              {"DELETE", "/api/players/config", 405},
              {"GET", "/api/stats/me?replay-date-after=yesterday", 400},
              {"PUT", "/api/players/config", 415},
              {"GET", "/api/players", 200},
              {"GET", "/", 200}}) {
            const RawResponse answer =
                request(method, target,
                        status == 415 ? RawHeaders{{"Content-Type", "text/plain"}} : RawHeaders{});
            QCOMPARE(answer.status, status);
            QCOMPARE(answer.header("X-Content-Type-Options"), QByteArray("nosniff"));
            QCOMPARE(answer.header("Referrer-Policy"), QByteArray("no-referrer"));
            if (status != 200 || target != "/")
                QVERIFY2(answer.json.isObject() || answer.json.isArray(), answer.body.constData());
            if (status >= 400)
                QVERIFY(!answer.detail().isEmpty());
        }
        QVERIFY(
            request("GET", "/").header("Content-Security-Policy").contains("default-src 'self'"));
        QCOMPARE(request("GET", "/api/players").header("Cache-Control"), QByteArray("no-store"));
    }

    void bundledPageListsTheRoutes()
    {
        start();
        const RawResponse page = request("GET", "/");
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QVERIFY(page.body.contains("/api/openapi.json"));
        for (const Router::RouteInfo &route : m_bed->server->routes())
            QVERIFY2(page.body.contains(route.pattern.toUtf8()), qPrintable(route.pattern));
        QCOMPARE(request("GET", "/sync").status, 404); // no frontend configured
    }

    void staticDirectoryServesAFrontendAndNothingElse()
    {
        QTemporaryDir outside;
        const QString root = outside.filePath(QStringLiteral("site"));
        QVERIFY(writeFile(root + QStringLiteral("/index.html"), "<!doctype html><p>app</p>"));
        QVERIFY(writeFile(root + QStringLiteral("/static/js/main.1a2b.js"), "console.log(1)"));
        QVERIFY(writeFile(root + QStringLiteral("/static/css/main.css"), "p{}"));
        QVERIFY(writeFile(outside.filePath(QStringLiteral("secret.txt")), "TOP-SECRET"));
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret.txt")),
                            root + QStringLiteral("/static/leak.txt")));
        ApiServerSettings settings;
        settings.staticDir = root;
        start(settings);

        const RawResponse index = request("GET", "/");
        QCOMPARE(index.status, 200);
        QVERIFY(index.header("Content-Type").startsWith("text/html"));
        QVERIFY(index.body.contains("<p>app</p>"));
        QVERIFY(index.header("Content-Security-Policy").contains("default-src 'self'"));
        for (const QByteArray &clientRoute :
             {QByteArray("/sync"), QByteArray("/analysis/goal-diff"),
              QByteArray("/replays/abc?x=1")}) {
            const RawResponse answer = request("GET", clientRoute);
            QCOMPARE(answer.status, 200);
            QVERIFY(answer.header("Content-Type").startsWith("text/html"));
            QVERIFY(answer.body.contains("<p>app</p>"));
        }
        const RawResponse script = request("GET", "/static/js/main.1a2b.js");
        QCOMPARE(script.status, 200);
        QVERIFY2(script.header("Content-Type").contains("javascript"),
                 script.header("Content-Type"));
        QCOMPARE(script.body, QByteArray("console.log(1)"));
        QVERIFY(
            request("GET", "/static/css/main.css").header("Content-Type").startsWith("text/css"));
        QCOMPARE(request("GET", "/static/js/missing.js").status, 404);

        for (const QByteArray &attack :
             {QByteArray("/../secret.txt"), QByteArray("/%2e%2e/secret.txt"),
              QByteArray("/static/..%2f..%2fsecret.txt"),
              QByteArray("/static/%2e%2e/%2e%2e/secret.txt"), QByteArray("/static/leak.txt"),
              QByteArray("/..%5csecret.txt")}) {
            const RawResponse answer = request("GET", attack);
            QVERIFY2(answer.status == 403 || answer.status == 404,
                     qPrintable(QStringLiteral("%1 -> %2")
                                    .arg(QString::fromLatin1(attack))
                                    .arg(answer.status)));
            QVERIFY2(!answer.body.contains("TOP-SECRET"), attack.constData());
        }
        // The API is still the API.
        QCOMPARE(request("GET", "/api/players").status, 200);
        QCOMPARE(request("GET", "/api/nope").status, 404);
    }

    void theKeyNeverLeaves()
    {
        start();
        QStringList bodies;
        for (const QByteArray &target :
             {QByteArray("/api/ping"), QByteArray("/api/rate-limits"),
              QByteArray("/api/sync/status"), QByteArray("/api/openapi.json"), QByteArray("/"),
              QByteArray("/api/nope"),
              QByteArray("/api/sync/preview?replay-date-after=2025-01-01")}) {
            const RawResponse answer = request("GET", target);
            QVERIFY2(answer.status > 0, target.constData());
            QVERIFY2(!answer.body.contains(kApiKey), target.constData());
            for (auto it = answer.headers.cbegin(); it != answer.headers.cend(); ++it)
                QVERIFY(!it.value().contains(kApiKey));
        }
        m_bed->fake.setApiKey(QStringLiteral("another key")); // ours is revoked: upstream 401
        const RawResponse revoked = request("GET", "/api/ping");
        QVERIFY(revoked.status >= 400);
        QVERIFY(!revoked.body.contains(kApiKey));
    }

    void concurrentClientsWhileASyncWrites()
    {
        start();
        m_bed->fake.setLatency(20);
        QCOMPARE(request("POST", "/api/sync").status, 202);
        std::atomic<int> failures{0};
        std::atomic<int> answered{0};
        QStringList firstFailure;
        QMutex failureMutex;
        std::vector<std::thread> clients;
        for (int client = 0; client < 4; ++client) {
            clients.emplace_back([&, client] {
                const QList<QByteArray> targets{
                    "/api/players",         "/api/sync/status",   "/api/stats/replays?limit=5",
                    "/api/replays?limit=5", "/api/sync/coverage", "/api/players/config"};
                for (int i = 0; i < 40; ++i) {
                    const QByteArray target = targets[(client + i) % targets.size()];
                    const RawResponse answer = rawHttp(m_port, "GET", target);
                    ++answered;
                    if (answer.status != 200 || answer.json.isNull()) {
                        ++failures;
                        QMutexLocker lock(&failureMutex);
                        firstFailure << QStringLiteral("%1 -> %2 %3")
                                            .arg(QString::fromLatin1(target))
                                            .arg(answer.status)
                                            .arg(QString::fromUtf8(answer.body.left(200)));
                    }
                }
            });
        }
        for (std::thread &client : clients)
            client.join();
        QVERIFY2(failures == 0, qPrintable(firstFailure.join(QLatin1Char('\n'))));
        QCOMPARE(answered.load(), 160);
        QTRY_VERIFY_WITH_TIMEOUT(!m_bed->sync->status().running, 60000);
        QCOMPARE(request("GET", "/api/sync/status")
                     .json.object()
                     .value(QStringLiteral("replays_fetched"))
                     .toInt(),
                 40);
    }
};

QTEST_GUILESS_MAIN(TestApiSecurity)
#include "tst_apisecurity.moc"
