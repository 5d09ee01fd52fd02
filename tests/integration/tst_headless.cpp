// `bcstats --headless` as a real child process, talking to the fake ballchasing server: it
// announces its real port, serves /api/ping through the upstream client, maps upstream failures
// to clear statuses, rejects bad configuration with one line, and stops cleanly on SIGTERM and
// SIGINT.

#include "fakes/fakeballchasingserver.h"
#include "fakes/replaygenerator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include <csignal>

using bcs::test::FakeBallchasingServer;

namespace {

struct HttpResult
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

HttpResult request(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url)
{
    QNetworkRequest networkRequest(url);
    QNetworkReply *reply = network.sendCustomRequest(networkRequest, method);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.error = reply->error();
    reply->deleteLater();
    return result;
}

} // namespace

class TestHeadless : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeBallchasingServer> m_fake;
    std::unique_ptr<QTemporaryDir> m_home;
    QNetworkAccessManager m_network;

    QProcessEnvironment environment(const QString &key = QStringLiteral("test-key")) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : env.keys()) {
            if (name.startsWith(QLatin1String("BALLCHASING_")) ||
                name.startsWith(QLatin1String("BCSTATS_")))
                env.remove(name);
        }
        // Isolate saved settings and the keychain from the developer's own.
        env.insert(QStringLiteral("HOME"), m_home->path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->path() + QStringLiteral("/data"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        if (!key.isEmpty())
            env.insert(QStringLiteral("BALLCHASING_API_KEY"), key);
        env.insert(QStringLiteral("BALLCHASING_BASE_URL"), m_fake->baseUrl().toString());
        return env;
    }

    std::unique_ptr<QProcess> startHeadless(const QProcessEnvironment &env, QUrl *apiUrl,
                                            const QStringList &extraArguments = {})
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(env);
        process->setWorkingDirectory(m_home->path()); // no stray .env from the source tree
        process->start(QStringLiteral(BCS_BIN_DIR "/bcstats"),
                       QStringList{QStringLiteral("--headless"), QStringLiteral("--api-port"),
                                   QStringLiteral("0"), QStringLiteral("--data-dir"),
                                   m_home->path() + QStringLiteral("/cache")} +
                           extraArguments);
        if (!process->waitForStarted(10000))
            return nullptr;
        static const QRegularExpression announce(
            QStringLiteral(R"(API listening on (http://\S+))"));
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000 && process->state() == QProcess::Running) {
            QTest::qWait(20);
            output += process->readAllStandardOutput();
            const auto match = announce.match(QString::fromUtf8(output));
            if (match.hasMatch()) {
                *apiUrl = QUrl(match.captured(1));
                return process;
            }
        }
        qWarning("no announcement; stdout: %s stderr: %s", output.constData(),
                 process->readAllStandardError().constData());
        return nullptr;
    }

    static void stopWithSignal(QProcess &process, int signalNumber = SIGTERM)
    {
#ifdef Q_OS_UNIX
        ::kill(static_cast<pid_t>(process.processId()), signalNumber);
#else
        process.terminate();
#endif
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    // Runs bcstats to completion with the given arguments; returns exit code and stderr.
    QPair<int, QString> runToExit(const QStringList &arguments, const QProcessEnvironment &env)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_home->path());
        process.start(QStringLiteral(BCS_BIN_DIR "/bcstats"), arguments);
        if (!process.waitForFinished(20000)) {
            process.kill();
            return {-1, QStringLiteral("did not exit")};
        }
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardError() +
                                                      process.readAllStandardOutput())};
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_fake = std::make_unique<FakeBallchasingServer>();
        QVERIFY(m_fake->start());
        m_fake->setApiKey(QStringLiteral("test-key"));
        m_fake->setTier(QStringLiteral("diamond"));
    }

    void cleanup()
    {
        m_fake.reset();
        m_home.reset();
    }

    void pingThroughTheRealProcess()
    {
        QUrl api;
        const auto process = startHeadless(environment(), &api);
        QVERIFY(process);
        QVERIFY2(api.port() > 0, qPrintable(api.toString()));
        QCOMPARE(api.host(), QStringLiteral("127.0.0.1"));

        const HttpResult ping =
            request(m_network, "GET", api.resolved(QUrl(QStringLiteral("/api/ping"))));
        QCOMPARE(ping.status, 200);
        QCOMPARE(ping.json.value(QStringLiteral("chaser")).toBool(), true);
        QCOMPARE(ping.json.value(QStringLiteral("name")).toString(), QStringLiteral("Haze"));
        QCOMPARE(ping.json.value(QStringLiteral("steam_id")).toString(),
                 QStringLiteral("76561198007191405"));
        QCOMPARE(ping.json.value(QStringLiteral("type")).toString(), QStringLiteral("diamond"));
        QVERIFY(!ping.body.contains("test-key"));

        const HttpResult missing =
            request(m_network, "GET", api.resolved(QUrl(QStringLiteral("/api/nope"))));
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.json.value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("/api/nope")));

        const HttpResult wrongMethod =
            request(m_network, "DELETE", api.resolved(QUrl(QStringLiteral("/api/ping"))));
        QCOMPARE(wrongMethod.status, 405);
        QVERIFY(wrongMethod.json.contains(QStringLiteral("detail")));

        const QByteArray stderrText = process->readAllStandardError();
        QVERIFY2(stderrText.contains("API key from environment"), stderrText.constData());
        QVERIFY(!stderrText.contains("test-key"));
        stopWithSignal(*process);
    }

    // A new user's first steps on an empty data directory: nothing they see may look like an
    // error (it once printed "NOT NULL constraint failed: meta.value").
    void firstStartOnAnEmptyDataDirectoryPrintsNoError()
    {
        static const QRegularExpression alarming(
            QStringLiteral(R"(error|warning|(?<!\b0 )failed(?! 0\b)|constraint|QSql|critical)"),
            QRegularExpression::CaseInsensitiveOption);
        const QString dataDir = m_home->path() + QStringLiteral("/fresh");
        const auto [configCode, configText] =
            runToExit({QStringLiteral("--show-config"), QStringLiteral("--data-dir"), dataDir},
                      environment());
        QCOMPARE(configCode, 0);
        QVERIFY2(!configText.contains(alarming), qPrintable(configText));

        m_fake->addReplays(bcs::test::ReplayGenerator(4).makeDetails(
            5, QDateTime::currentDateTimeUtc().addDays(-3), 3600));
        const auto [syncCode, syncText] = runToExit(
            {QStringLiteral("sync"), QStringLiteral("--data-dir"), dataDir}, environment());
        QCOMPARE(syncCode, 0);
        QVERIFY2(!syncText.contains(alarming), qPrintable(syncText));

        QUrl api;
        const auto process = startHeadless(environment(), &api); // its own empty data directory
        QVERIFY(process);
        const HttpResult status =
            request(m_network, "GET", api.resolved(QUrl(QStringLiteral("/api/sync/status"))));
        QCOMPARE(status.status, 200);
        stopWithSignal(*process);
        const QString headlessText =
            QString::fromUtf8(process->readAllStandardError() + process->readAllStandardOutput());
        QVERIFY2(!headlessText.contains(alarming), qPrintable(headlessText));
    }

    void sigintStopsCleanly()
    {
        QUrl api;
        const auto process = startHeadless(environment(), &api);
        QVERIFY(process);
        stopWithSignal(*process, SIGINT);
    }

    // What the user sees when the ping cannot succeed: a status that says whose fault it is and
    // a detail that says what to do; never the key itself.
    void pingFailureIsExplained_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("upstreamDown");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("rejected key") << "revoked" << false << 401 << "API key";
        QTest::addRow("no key") << "" << false << 400 << "BALLCHASING_API_KEY";
        QTest::addRow("upstream unreachable") << "test-key" << true << 502 << "cannot reach";
    }

    void pingFailureIsExplained()
    {
        QFETCH(QString, key);
        QFETCH(bool, upstreamDown);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        QProcessEnvironment env = environment(key);
        if (upstreamDown) {
            QTcpServer closed; // take a free port, then release it: nobody listens there
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            env.insert(QStringLiteral("BALLCHASING_BASE_URL"),
                       QStringLiteral("http://127.0.0.1:%1/api").arg(closed.serverPort()));
        }
        QUrl api;
        const auto process = startHeadless(env, &api);
        QVERIFY(process);
        const HttpResult ping =
            request(m_network, "GET", api.resolved(QUrl(QStringLiteral("/api/ping"))));
        QCOMPARE(ping.status, status);
        const QString detail = ping.json.value(QStringLiteral("detail")).toString();
        QVERIFY2(detail.contains(mentions), ping.body.constData());
        if (!key.isEmpty())
            QVERIFY(!ping.body.contains(key.toUtf8()));
        if (key.isEmpty())
            QCOMPARE(m_fake->requests().size(), 0); // nothing is sent without a key
        stopWithSignal(*process);
    }

    void invalidConfigurationStopsWithOneLine_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("tier") << "BALLCHASING_TIER"
                              << "platinum"
                              << "gold";
        QTest::addRow("rate limits") << "BALLCHASING_RATE_LIMITS"
                                     << "list=fast"
                                     << "list=2/1";
        QTest::addRow("port") << "BCSTATS_API_PORT"
                              << "70000"
                              << "65535";
    }

    void invalidConfigurationStopsWithOneLine()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, mentions);
        QProcessEnvironment env = environment();
        env.insert(key, value);
        const auto [code, output] = runToExit({QStringLiteral("--headless")}, env);
        QCOMPARE(code, 2);
        const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(key) && lines.first().contains(mentions),
                 qPrintable(output));
    }

    void refusesNonLoopbackWithoutToken()
    {
        const auto [code, output] = runToExit(
            {QStringLiteral("--headless"), QStringLiteral("--api-host"), QStringLiteral("0.0.0.0"),
             QStringLiteral("--api-port"), QStringLiteral("0")},
            environment());
        QCOMPARE(code, 1);
        QVERIFY2(output.contains(QStringLiteral("BCSTATS_API_TOKEN")), qPrintable(output));
    }

    void portInUseIsReported()
    {
        QTcpServer occupied;
        QVERIFY(occupied.listen(QHostAddress::LocalHost));
        const auto [code, output] =
            runToExit({QStringLiteral("--headless"), QStringLiteral("--api-port"),
                       QString::number(occupied.serverPort())},
                      environment());
        QCOMPARE(code, 1);
        QVERIFY2(output.contains(QStringLiteral("cannot listen")), qPrintable(output));
    }

    void helpAndVersion()
    {
        const auto [helpCode, help] = runToExit({QStringLiteral("--help")}, environment());
        QCOMPARE(helpCode, 0);
        for (const char *option :
             {"--headless", "--api-port", "--api-host", "--data-dir", "--no-api"})
            QVERIFY2(help.contains(QLatin1String(option)), option);
        const auto [versionCode, version] = runToExit({QStringLiteral("--version")}, environment());
        QCOMPARE(versionCode, 0);
        QVERIFY(version.contains(QStringLiteral("bcstats")));
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
