// `bcstats --demo` as a user runs it: the demo cache is built once in <data dir>/demo; every page
// renders into PNGs with --screenshots (light, dark, 2× scale) with no warning but the offscreen
// platform's; `--demo --headless` serves the same cache through the API (my stats over the
// generated year), refuses to sync it, and leaves the real cache untouched.

#include "support/csvreader.h"
#include "support/httpcall.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace bcs::test;

namespace {
const QStringList kPages{QStringLiteral("welcome"), QStringLiteral("sync"),
                         QStringLiteral("players"), QStringLiteral("stats"),
                         QStringLiteral("analysis"), QStringLiteral("replays"),
                         QStringLiteral("settings")};

struct Run
{
    int code = -1;
    QString output;
    QString errors;
};
} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void screenshotsOfEveryPage_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("width");
        QTest::newRow("light") << QStringList{QStringLiteral("--palette"), QStringLiteral("light")} << 1280;
        QTest::newRow("dark") << QStringList{QStringLiteral("--palette"), QStringLiteral("dark")} << 1280;
        QTest::newRow("dark at 2x")
            << QStringList{QStringLiteral("--palette"), QStringLiteral("dark"), QStringLiteral("--scale"), QStringLiteral("2")}
            << 2560;
    }
    void screenshotsOfEveryPage()
    {
        QFETCH(QStringList, options);
        QFETCH(int, width);
        QTemporaryDir shots;
        const Run run = bcstats(QStringList{QStringLiteral("--demo"), QStringLiteral("--screenshots"),
                                            shots.path(), QStringLiteral("--api-port"), QStringLiteral("0")} +
                                options);
        QVERIFY2(run.code == 0, qPrintable(run.errors));
        for (const QString &page : kPages) {
            const QImage image(QDir(shots.path()).filePath(page + QStringLiteral(".png")));
            QVERIFY2(!image.isNull(), qPrintable(page));
            if (page != QLatin1String("settings")) {
                QCOMPARE(image.width(), width);
                QCOMPARE(image.height(), width * 800 / 1280);
            }
        }
        QVERIFY(QFile::exists(QDir(m_data.path()).filePath(QStringLiteral("demo/cache.sqlite"))));
        QVERIFY(!QFile::exists(QDir(m_data.path()).filePath(QStringLiteral("cache.sqlite"))));
        // Nothing but the offscreen platform's own limits is said on stderr.
        QStringList unexpected;
        for (const QString &line : run.errors.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1String("bcstats: ")) && !line.startsWith(QLatin1String("QStandardPaths:")) &&
                !line.startsWith(QLatin1String("This plugin does not support")))
                unexpected << line;
        }
        QCOMPARE(unexpected, QStringList());
    }

    void headlessServesTheDemo()
    {
        QProcess app;
        app.setProcessEnvironment(environment());
        app.start(QStringLiteral(BCS_BIN_DIR "/bcstats"),
                  {QStringLiteral("--demo"), QStringLiteral("--headless"), QStringLiteral("--api-port"),
                   QStringLiteral("0"), QStringLiteral("--data-dir"), m_data.path()});
        QString url;
        const QRegularExpression listening(QStringLiteral(R"(API listening on (http://\S+))"));
        QString seen;
        while (url.isEmpty() && app.waitForReadyRead(240000)) {
            seen += QString::fromUtf8(app.readAllStandardOutput());
            const auto match = listening.match(seen);
            if (match.hasMatch())
                url = match.captured(1);
        }
        QVERIFY2(!url.isEmpty(), qPrintable(seen + QString::fromUtf8(app.readAllStandardError())));
        const HttpResult me = httpCall("GET", QUrl(url + QStringLiteral("/api/stats/me")));
        QCOMPARE(me.status, 200);
        const int games = me.json.object().value(QStringLiteral("stats")).toObject().value(QStringLiteral("games")).toInt();
        QVERIFY2(games > 1500, qPrintable(QString::number(games)));
        const HttpResult players = httpCall("GET", QUrl(url + QStringLiteral("/api/players/config")));
        QCOMPARE(players.json.object().value(QStringLiteral("me")).toArray().size(), 3);
        exportEqualsTheApi(url);
        const HttpResult sync = httpCall("POST", QUrl(url + QStringLiteral("/api/sync")));
        QCOMPARE(sync.status, 403); // the demo is never synced
        QVERIFY2(sync.body.contains("never synced"), sync.body.constData());
        const HttpResult history = httpCall("GET", QUrl(url + QStringLiteral("/api/sync/history")));
        QCOMPARE(history.json.array().size(), 1); // the demo's own, nothing written since
        app.terminate();
        QVERIFY(app.waitForFinished(30000));
    }

private:
    // `bcstats export` beside the running API, over the same cache and the same filters: the
    // numbers agree row for row; a filter the API refuses is refused in its words.
    void exportEqualsTheApi(const QString &url)
    {
        const QStringList filter{QStringLiteral("--team-size"), QStringLiteral("2"),
                                 QStringLiteral("--exclude-ties")};
        const Run lineups = bcstats(QStringList{QStringLiteral("--demo"), QStringLiteral("export"),
                                                QStringLiteral("lineups")} + filter);
        QVERIFY2(lineups.code == 0, qPrintable(lineups.errors));
        const QList<QStringList> rows = readCsv(lineups.output.toUtf8());
        const QJsonArray api =
            httpCall("GET", QUrl(url + QStringLiteral("/api/stats/lineups?team-size=2&exclude-ties=true")))
                .json.array();
        QVERIFY(api.size() > 1);
        QCOMPARE(rows.size(), api.size() + 1); // and the header
        for (qsizetype i = 0; i < api.size(); ++i) {
            const QJsonObject row = api.at(i).toObject();
            QCOMPARE(rows.at(i + 1).at(1).toInt(), row.value(QStringLiteral("games")).toInt());
            QCOMPARE(rows.at(i + 1).at(2).toInt(), row.value(QStringLiteral("wins")).toInt());
            QCOMPARE(rows.at(i + 1).at(4).toDouble(), row.value(QStringLiteral("win_rate")).toDouble());
        }
        // Per score to a file: the rows and their games are the API's scoreline.
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("scoreline.csv"));
        const Run scoreline = bcstats(QStringList{QStringLiteral("--demo"), QStringLiteral("export"),
                                                  QStringLiteral("scoreline"), QStringLiteral("--out"), file} +
                                      filter);
        QVERIFY2(scoreline.code == 0, qPrintable(scoreline.errors));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QList<QStringList> scores = readCsv(written.readAll());
        const QJsonArray apiScores =
            httpCall("GET", QUrl(url + QStringLiteral("/api/stats/scoreline?team-size=2&exclude-ties=true")))
                .json.array();
        QCOMPARE(scores.size(), apiScores.size() + 1);
        for (qsizetype i = 0; i < apiScores.size(); ++i) {
            const QJsonObject row = apiScores.at(i).toObject();
            QCOMPARE(scores.at(i + 1).at(0), QStringLiteral("%1–%2")
                                                  .arg(row.value(QStringLiteral("my_goals")).toInt())
                                                  .arg(row.value(QStringLiteral("opp_goals")).toInt()));
            QCOMPARE(scores.at(i + 1).at(1).toInt(), row.value(QStringLiteral("games")).toInt());
        }
        const Run games = bcstats({QStringLiteral("--demo"), QStringLiteral("export"), QStringLiteral("games")});
        QVERIFY2(games.code == 0, qPrintable(games.errors));
        const QJsonArray apiGames =
            httpCall("GET", QUrl(url + QStringLiteral("/api/stats/games?listed=true"))).json.array();
        QCOMPARE(readCsv(games.output.toUtf8()).size(), apiGames.size() + 1);
        const Run players = bcstats({QStringLiteral("--demo"), QStringLiteral("export"), QStringLiteral("players")});
        QVERIFY2(players.code == 0, qPrintable(players.errors));
        QCOMPARE(readCsv(players.output.toUtf8()).size(),
                 httpCall("GET", QUrl(url + QStringLiteral("/api/players"))).json.array().size() + 1);

        // The comparison: my games and goals in total are /api/stats/me's.
        const Run stats = bcstats({QStringLiteral("--demo"), QStringLiteral("export"), QStringLiteral("stats"),
                                   QStringLiteral("--totals")});
        QVERIFY2(stats.code == 0, qPrintable(stats.errors));
        const QJsonObject me = httpCall("GET", QUrl(url + QStringLiteral("/api/stats/me")))
                                   .json.object().value(QStringLiteral("stats")).toObject();
        bool checkedGames = false;
        for (const QStringList &row : readCsv(stats.output.toUtf8())) {
            if (row.value(0) == QLatin1String("Games")) {
                QCOMPARE(row.value(1).toInt(), me.value(QStringLiteral("games")).toInt());
                checkedGames = true;
            }
        }
        QVERIFY(checkedGames);

        const Run bad = bcstats({QStringLiteral("--demo"), QStringLiteral("export"), QStringLiteral("games"),
                                 QStringLiteral("--team-size"), QStringLiteral("7")});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.errors.contains(QStringLiteral("team-size")), qPrintable(bad.errors));
        QVERIFY(bad.output.isEmpty());
        const Run unknown = bcstats({QStringLiteral("--demo"), QStringLiteral("export"), QStringLiteral("everything")});
        QCOMPARE(unknown.code, 2);
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
        env.insert(QStringLiteral("BALLCHASING_BASE_URL"), QStringLiteral("http://127.0.0.1:9/api"));
        env.remove(QStringLiteral("BALLCHASING_API_KEY"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        return env;
    }

    Run bcstats(const QStringList &arguments) const
    {
        QProcess app;
        app.setProcessEnvironment(environment());
        app.start(QStringLiteral(BCS_BIN_DIR "/bcstats"),
                  arguments + QStringList{QStringLiteral("--data-dir"), m_data.path()});
        Run run;
        if (!app.waitForFinished(240000)) {
            app.kill();
            run.errors = QStringLiteral("timed out");
            return run;
        }
        run.code = app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
        run.output = QString::fromUtf8(app.readAllStandardOutput());
        run.errors = QString::fromUtf8(app.readAllStandardError());
        return run;
    }

    QTemporaryDir m_home;
    QTemporaryDir m_data; // one demo build, shared by the runs
};

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
