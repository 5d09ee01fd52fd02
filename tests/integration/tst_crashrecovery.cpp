// A sync killed with SIGKILL in the middle (a real child process), then run again: the cache
// opens intact, the dead sync is logged as interrupted, and the second run completes the job
// without duplicates or lost replays, and without listing again what the first one listed; the
// hourly quota holds across the restart.

#include "fakes/fakeballchasingserver.h"
#include "fakes/replaygenerator.h"
#include "storage/database.h"
#include "storage/replayrepository.h"
#include "storage/synclogrepository.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace bcs;
using namespace bcs::test;

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private:
    QProcessEnvironment environment(const QTemporaryDir &home,
                                    const FakeBallchasingServer &fake) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("BALLCHASING_API_KEY"), QStringLiteral("test-key"));
        env.insert(QStringLiteral("BALLCHASING_BASE_URL"), fake.baseUrl().toString());
        return env;
    }

    static int listingCount(const FakeBallchasingServer &fake)
    {
        int count = 0;
        for (const RecordedRequest &request : fake.requests())
            count += request.path == QLatin1String("/api/replays");
        return count;
    }

    static int scalar(Database &db, const QString &sql)
    {
        QSqlQuery query(db.connection(Database::Access::ReadOnly));
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void killedSyncResumes()
    {
        QTemporaryDir home;
        FakeBallchasingServer fake;
        QVERIFY(fake.start());
        fake.setTier(QStringLiteral("diamond")); // 4/s: slow enough to kill it half-way
        const int total = 40;
        fake.addReplays(ReplayGenerator(3).makeDetails(
            total, QDateTime(QDate(2025, 1, 10), QTime(12, 0), QTimeZone::utc()), 3600));
        const QString dataDir = home.filePath(QStringLiteral("data"));
        const QStringList arguments{QStringLiteral("sync"), QStringLiteral("--data-dir"), dataDir};

        QProcess first;
        first.setProcessEnvironment(environment(home, fake));
        first.setWorkingDirectory(home.path());
        first.start(QStringLiteral(BCS_BIN_DIR "/bcstats"), arguments);
        QVERIFY(first.waitForStarted());
        {
            Database observer(dataDir + QStringLiteral("/cache.sqlite"));
            QTRY_VERIFY_WITH_TIMEOUT(
                QFile::exists(observer.filePath()) &&
                    scalar(observer,
                           QStringLiteral("SELECT count(*) FROM replays WHERE status = 'ok'")) >= 8,
                30000);
        }
        first.kill(); // SIGKILL: no handler, no cleanup
        QVERIFY(first.waitForFinished(5000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);

        {
            Database db(dataDir + QStringLiteral("/cache.sqlite"));
            QCOMPARE(db.open(), QString()); // opens: WAL recovery, no damage
            QSqlQuery check(db.connection());
            QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
            const int cached = ReplayRepository(db.connection()).count(ReplayStatus::Ok);
            QVERIFY2(cached >= 8 && cached < total, qPrintable(QString::number(cached)));
            const SyncLogEntry killed = SyncLogRepository(db.connection()).history(1).first();
            QCOMPARE(killed.status, QStringLiteral("running"));
            QVERIFY(killed.listingComplete);
            // Listings first: every listed game has its players, details or not.
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT rid) FROM players")), total);
        }
        const int listingsBefore = listingCount(fake);

        QProcess second;
        second.setProcessEnvironment(environment(home, fake));
        second.setWorkingDirectory(home.path());
        second.start(QStringLiteral(BCS_BIN_DIR "/bcstats"), arguments);
        QVERIFY(second.waitForFinished(60000));
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
        QVERIFY(second.readAllStandardOutput().contains("completed"));

        Database db(dataDir + QStringLiteral("/cache.sqlite"));
        QCOMPARE(db.open(), QString());
        QCOMPARE(ReplayRepository(db.connection()).count(ReplayStatus::Ok), total);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM players")), total * 6);
        const QList<SyncLogEntry> history = SyncLogRepository(db.connection()).history(2);
        QCOMPARE(history.at(0).status, QStringLiteral("completed"));
        QCOMPARE(history.at(1).status, QStringLiteral("failed"));
        QCOMPARE(history.at(1).error, QStringLiteral("interrupted"));
        QCOMPARE(fake.rateLimitViolations(),
                 0); // the restart honoured the first run's request times
        // Its listings: games played since the first run started, late uploads.
        const QList<RecordedRequest> requests = fake.requests();
        int relisted = 0;
        for (const RecordedRequest &request : requests) {
            relisted += request.path == QLatin1String("/api/replays") &&
                        !request.query.hasQueryItem(QStringLiteral("created-after")) &&
                        !request.query.hasQueryItem(QStringLiteral("replay-date-after"));
        }
        QCOMPARE(relisted, listingsBefore); // only the first run's own listing
    }

    // An hourly quota of 14 detail requests (ping included): the first run spends some, is
    // killed, and the second must not send more than what is left of the hour.
    void theHourlyQuotaHoldsAcrossARestart()
    {
        QTemporaryDir home;
        FakeBallchasingServer fake;
        QVERIFY(fake.start());
        fake.setRules(EndpointGroup::Get, {{4, 1000}, {14, 3600 * 1000}});
        fake.addReplays(ReplayGenerator(4).makeDetails(
            30, QDateTime(QDate(2025, 1, 10), QTime(12, 0), QTimeZone::utc()), 3600));
        QProcessEnvironment env = environment(home, fake);
        env.insert(QStringLiteral("BALLCHASING_RATE_LIMITS"),
                   QStringLiteral("list=2/1,1000/3600;get=4/1,14/3600"));
        const QString dataDir = home.filePath(QStringLiteral("data"));
        const QStringList arguments{QStringLiteral("sync"), QStringLiteral("--data-dir"), dataDir};
        const auto detailRequests = [&fake] {
            int count = 0;
            for (const RecordedRequest &request : fake.requests())
                count += request.path != QLatin1String("/api/replays");
            return count;
        };

        QProcess first;
        first.setProcessEnvironment(env);
        first.start(QStringLiteral(BCS_BIN_DIR "/bcstats"), arguments);
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(detailRequests() >= 6, 30000);
        first.kill();
        QVERIFY(first.waitForFinished(5000));
        QTest::qWait(300); // the journal's last flush may be lost with the kill: the quota is not

        QProcess second;
        second.setProcessEnvironment(env);
        second.start(QStringLiteral(BCS_BIN_DIR "/bcstats"), arguments);
        QVERIFY(second.waitForStarted());
        // Long enough for the per-second rule to allow every remaining request several times.
        QTest::qWait(6000);
        second.terminate();
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(fake.rateLimitViolations(), 0);
        QVERIFY2(detailRequests() <= 14, qPrintable(QString::number(detailRequests())));
        QVERIFY(detailRequests() >= 12); // the second run did use what was left
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
