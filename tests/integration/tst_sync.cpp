// SyncManager against the fake ballchasing server: full sync, coverage without upstream calls,
// new and late uploads, every fault kind ending with everything cached once, zero 429s under
// strict limits with latency, 401, pending replays, cancel, conflicts.

#include "core/rfc3339.h"
#include "fakes/fakeballchasingserver.h"
#include "fakes/generatorparts.h"
#include "fakes/replaygenerator.h"
#include "net/ratelimiter.h"
#include "net/tierselection.h"
#include "storage/database.h"
#include "storage/replayrepository.h"
#include "storage/smalltables.h"
#include "storage/synclogrepository.h"
#include "support/synctestbed.h"
#include "sync/requestjournal.h"
#include "sync/syncmanager.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <memory>

using namespace bcs;
using namespace bcs::test;

Q_DECLARE_METATYPE(bcs::test::FaultKind)

class TestSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SyncTestbed> m_bed;
    FakeBallchasingServer *m_fake = nullptr;
    SyncManager *sync() const { return m_bed->sync.get(); }
    ReplayGenerator m_generator{42};
    QDateTime m_base = QDateTime(QDate(2025, 3, 1), QTime(18, 0), QTimeZone::utc());

    void makeManager(const QString &tier = QStringLiteral("gc")) { m_bed->makeSync(tier); }

    SyncStatus runToEnd(const SyncRequest &request = {}, SyncStartResult *started = nullptr)
    {
        QSignalSpy finished(sync(), &SyncManager::finished);
        const SyncStartResult result = sync()->start(request);
        if (started)
            *started = result;
        if (result.kind != SyncStartResult::Kind::Started)
            return sync()->status();
        if (!finished.wait(60000))
            qWarning("sync did not finish");
        return sync()->status();
    }

    int countOk() const
    {
        return ReplayRepository(m_bed->database->connection()).count(ReplayStatus::Ok);
    }

    int scalar(const QString &sql) const
    {
        QSqlQuery query(m_bed->database->connection());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

private Q_SLOTS:
    void init()
    {
        m_bed = std::make_unique<SyncTestbed>();
        QCOMPARE(m_bed->openError, QString());
        m_fake = &m_bed->fake;
        makeManager();
    }

    void cleanup() { m_bed.reset(); }

    // Listing order (upload time) is not match order; the details come newest match first, and
    // the status counts what the listing returned and what was due.
    void detailsComeNewestMatchFirst()
    {
        QList<QJsonObject> details = m_generator.makeDetails(150, m_base, 1800);
        QRandomGenerator random(7); // uploaded in an order unrelated to when they were played
        for (QJsonObject &detail : details)
            detail.insert(QStringLiteral("created"),
                          formatUpstreamDate(m_base.addDays(30).addSecs(random.bounded(864000))));
        m_fake->addReplays(details);
        std::sort(details.begin(), details.end(), [](const QJsonObject &a, const QJsonObject &b) {
            const auto key = [](const QJsonObject &d) {
                return qMakePair(parseRfc3339(d.value(QStringLiteral("date")).toString())
                                     ->toMSecsSinceEpoch(),
                                 d.value(QStringLiteral("id")).toString());
            };
            return key(b) < key(a);
        });
        QStringList newestFirst;
        for (const QJsonObject &detail : std::as_const(details))
            newestFirst << detail.value(QStringLiteral("id")).toString();

        const SyncStatus status = runToEnd();
        QCOMPARE(status.lastStatus, QStringLiteral("completed"));
        QStringList fetched;
        for (const RecordedRequest &request : m_fake->requests()) {
            if (request.path.startsWith(QLatin1String("/api/replays/")))
                fetched << request.path.mid(QStringLiteral("/api/replays/").size());
        }
        // Requests in flight together may reach the fake in any order, so each detail arrives
        // within the client's pipeline (six in flight, two more handed over) of its place.
        QCOMPARE(fetched.size(), newestFirst.size());
        for (qsizetype arrived = 0; arrived < fetched.size(); ++arrived) {
            const qsizetype place = newestFirst.indexOf(fetched[arrived]);
            QVERIFY2(std::abs(place - arrived) < 8,
                     qPrintable(QStringLiteral("detail %1 of the newest-first order arrived %2th")
                                    .arg(place)
                                    .arg(arrived)));
        }
        QCOMPARE(status.listed, 150);
        QCOMPARE(status.detailsDue, 150);
        QCOMPARE(status.queued, 0);
    }

    // At the regular tier (get: 2/s, 1,000/h) with 990 requests of the last hour spent, the
    // ETA waits for the hour to free slots: ~10 minutes, not queued / 2 per second (~71 s).
    void etaRespectsTheHourlyQuota()
    {
        makeManager(QStringLiteral("regular"));
        m_fake->addReplays(m_generator.makeDetails(150, m_base, 1800));
        const qint64 fiftyMinutesAgo = m_bed->clock.nowMs() - 50 * 60 * 1000;
        m_bed->limiter->restoreHistory(EndpointGroup::Get, QList<qint64>(990, fiftyMinutesAgo));
        QSignalSpy finished(sync(), &SyncManager::finished);
        QCOMPARE(sync()->start({}).kind, SyncStartResult::Kind::Started);
        // The ping, the maps and eight details use the ten slots left; then everything waits.
        QTRY_VERIFY_WITH_TIMEOUT(sync()->status().fetched >= 8, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(sync()->status().etaSeconds.value_or(0) > 0, 5000);
        const SyncStatus waiting = sync()->status();
        QCOMPARE(waiting.queued, 150 - waiting.fetched);
        const double hourFrees = 10 * 60 + RateLimiter::safetyMarginMs(3'600'000) / 1000.0;
        QVERIFY2(*waiting.etaSeconds >= hourFrees - 5 &&
                     *waiting.etaSeconds <= hourFrees + waiting.queued * 1.05 / 2 + 5,
                 qPrintable(QString::number(*waiting.etaSeconds)));
        QVERIFY(m_fake->rateLimitViolations() == 0);
        sync()->cancel();
        QVERIFY(finished.wait(5000));
        QCOMPARE(sync()->status().lastStatus, QStringLiteral("cancelled"));
    }

    void fullSyncCachesEverythingOnce()
    {
        m_fake->addReplays(m_generator.makeDetails(300, m_base, 1800));
        const SyncStatus status = runToEnd();
        QCOMPARE(status.lastStatus, QStringLiteral("completed"));
        QCOMPARE(status.found, 300);
        QCOMPARE(status.fetched, 300);
        QCOMPARE(countOk(), 300);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM players")), 300 * 6);
        QCOMPARE(m_fake->rateLimitViolations(), 0);
        // Listing used count=200 and the uploader filter on every page.
        for (const RecordedRequest &request : m_fake->requests()) {
            if (request.path == QLatin1String("/api/replays")) {
                QCOMPARE(request.query.queryItemValue(QStringLiteral("count")),
                         QStringLiteral("200"));
                QCOMPARE(request.query.queryItemValue(QStringLiteral("uploader")),
                         QStringLiteral("me"));
            }
        }
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM request_log")) >=
                300); // quota survives a restart
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM maps")) > 80);
    }

    // One replay that cannot be stored costs that replay only: it is counted, its id and reason
    // are in the status and the history entry, the others are stored, and the next sync stores it.
    void aReplayThatCannotBeStoredIsRecordedAndRetried()
    {
        const QList<QJsonObject> details = m_generator.makeDetails(30, m_base, 3600);
        m_fake->addReplays(details);
        const QString refused = details.at(7).value(QStringLiteral("id")).toString();
        QCOMPARE(sync()->runWrite([&refused](const Database &database) {
            QSqlQuery trigger(database.connection());
            if (!trigger.exec(
                    QStringLiteral(
                        "CREATE TRIGGER refuse_one BEFORE INSERT ON replay_details WHEN NEW.rid = "
                        "(SELECT rid FROM replays WHERE id = '%1') BEGIN SELECT RAISE(ABORT, "
                        "'refused by the test'); END")
                        .arg(refused)))
                qFatal("%s", qPrintable(trigger.lastError().text()));
        }),
                 QString());
        SyncRequest range;
        range.after = m_base.addDays(-1);
        range.before = m_base.addDays(3);
        SyncStatus status = runToEnd(range);
        QCOMPARE(status.lastStatus, QStringLiteral("completed"));
        QCOMPARE(status.fetched, 29);
        QCOMPARE(status.failed, 1);
        QCOMPARE(status.failures.size(), 1);
        QCOMPARE(status.failures.first().id, refused);
        QVERIFY2(status.failures.first().reason.contains(QStringLiteral("refused by the test")),
                 qPrintable(status.failures.first().reason));
        QCOMPARE(countOk(), 29);
        const SyncLogEntry logged =
            *SyncLogRepository(m_bed->database->connection()).find(status.syncId);
        QCOMPARE(logged.replaysFailed, 1);
        QCOMPARE(logged.failures, status.failures);
        QCOMPARE(logged.toJson().value(QStringLiteral("failures")).toArray().size(), 1);

        QCOMPARE(sync()->runWrite([](const Database &database) {
            QSqlQuery(database.connection()).exec(QStringLiteral("DROP TRIGGER refuse_one"));
        }),
                 QString());
        // The range is covered, but the replay left over is fetched: not "Already synced".
        SyncStartResult again;
        status = runToEnd(range, &again);
        QCOMPARE(int(again.kind), int(SyncStartResult::Kind::Started));
        QCOMPARE(status.lastStatus, QStringLiteral("completed"));
        QCOMPARE(status.fetched, 1);
        QCOMPARE(status.failures.size(), 0);
        QCOMPARE(countOk(), 30);
    }

    // A full disk stops every write: the sync ends as failed with one sentence that says so,
    // and what was stored before stays.
    void aFullDiskEndsTheSyncKeepingWhatWasStored()
    {
        m_fake->addReplays(m_generator.makeDetails(20, m_base, 3600));
        QVERIFY(runToEnd().lastStatus == QStringLiteral("completed"));
        m_fake->addReplays(ReplayGenerator(99).makeDetails(200, m_base.addDays(30), 3600));
        QCOMPARE(sync()->runWrite([](const Database &database) {
            QSqlQuery full(database.connection()); // the file may not grow beyond its size now
            if (!full.exec(QStringLiteral("PRAGMA max_page_count = 1")))
                qFatal("%s", qPrintable(full.lastError().text()));
        }),
                 QString());
        SyncRequest request;
        request.force = true;
        const SyncStatus status = runToEnd(request);
        QCOMPARE(status.lastStatus, QStringLiteral("failed"));
        QVERIFY2(status.error.contains(QStringLiteral("disk is full")), qPrintable(status.error));
        QCOMPARE(countOk(), 20);
    }

    // A cache that cannot be written (here: the writer connection made query-only, as SQLite
    // answers for a read-only file) is refused with a sentence that says so.
    void aReadOnlyCacheEndsTheSync()
    {
        m_fake->addReplays(m_generator.makeDetails(10, m_base, 3600));
        QCOMPARE(sync()->runWrite([](const Database &database) {
            QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA query_only = 1"));
        }),
                 QString());
        SyncStartResult started;
        runToEnd({}, &started); // not even its log row can be written: it does not start
        QCOMPARE(int(started.kind), int(SyncStartResult::Kind::Failed));
        QVERIFY2(started.error.contains(QStringLiteral("cannot be written")),
                 qPrintable(started.error));
        QCOMPARE(countOk(), 0);
    }

    void coveredRangeMakesNoUpstreamCall()
    {
        m_fake->addReplays(m_generator.makeDetails(40, m_base, 3600));
        SyncRequest range;
        range.after = m_base.addDays(-1);
        range.before = m_base.addDays(3);
        QCOMPARE(runToEnd(range).fetched, 40);
        m_fake->resetCounters();
        SyncStartResult second;
        runToEnd(range, &second);
        QCOMPARE(second.kind, SyncStartResult::Kind::AlreadySynced);
        QVERIFY(second.coveredBy.id > 0);
        QCOMPARE(m_fake->requests().size(), 0);
        // A narrower range inside it is covered too; force syncs anyway but fetches nothing new.
        range.after = m_base;
        runToEnd(range, &second);
        QCOMPARE(second.kind, SyncStartResult::Kind::AlreadySynced);
        range.force = true;
        const SyncStatus forced = runToEnd(range, &second);
        QCOMPARE(second.kind, SyncStartResult::Kind::Started);
        QCOMPARE(forced.fetched, 0);
        QVERIFY(forced.skipped > 0);
    }

    void openEndedSyncFetchesOnlyNewUploads()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_fake->addReplays(m_generator.makeDetails(50, now.addDays(-20), 3600));
        QCOMPARE(runToEnd().fetched, 50);
        ReplayGenerator later(43);
        QList<QJsonObject> fresh;
        for (int i = 0; i < 12; ++i)
            // Games a few minutes apart, as real ones are (the same players' games seconds apart
            // with the same score would be one match recorded twice: storage/duplicatematches.h).
            fresh.append(
                later.makeDetail(i, now.addSecs(-3000 + 200 * i), now.addSecs(-300 + i)));
        m_fake->addReplays(fresh);
        QTest::qWait(5); // the first sync's start lies strictly before the second
        SyncStartResult started;
        const SyncStatus second = runToEnd({}, &started);
        QCOMPARE(started.kind, SyncStartResult::Kind::Started);
        QCOMPARE(second.fetched, 12);
        QCOMPARE(countOk(), 62);
    }

    void lateUploadsArePickedUp()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_fake->addReplays(m_generator.makeDetails(30, now.addDays(-30), 3600));
        QCOMPARE(runToEnd().fetched, 30);
        // Old games (match date weeks ago) uploaded just now: no match-date gap holds them.
        ReplayGenerator late(44);
        QList<QJsonObject> old;
        for (int i = 0; i < 5; ++i)
            old.append(late.makeDetail(i, now.addDays(-25).addSecs(i * 60), now.addSecs(i)));
        m_fake->addReplays(old);
        QTest::qWait(5);
        const SyncStatus second = runToEnd();
        QCOMPARE(second.fetched, 5);
        QCOMPARE(countOk(), 35);
        bool sawCreatedAfter = false;
        for (const RecordedRequest &request : m_fake->requests())
            sawCreatedAfter =
                sawCreatedAfter || request.query.hasQueryItem(QStringLiteral("created-after"));
        QVERIFY(sawCreatedAfter);
    }

    void faultsEndWithEverythingCachedOnce_data()
    {
        QTest::addColumn<FaultKind>("fault");
        QTest::addColumn<QString>("where");
        QTest::addRow("500 on details") << FaultKind::Status500 << "/replays/";
        QTest::addRow("502 html on list") << FaultKind::Status502Html << "/api/replays";
        QTest::addRow("503") << FaultKind::Status503 << "/replays/";
        QTest::addRow("truncated json") << FaultKind::TruncatedJson << "/replays/";
        QTest::addRow("html body on list") << FaultKind::HtmlBody << "/api/replays";
        QTest::addRow("429") << FaultKind::RateLimited << "/replays/";
        QTest::addRow("429 retry-after") << FaultKind::RateLimitedRetryAfter << "/api/replays";
        QTest::addRow("timeout") << FaultKind::Timeout << "/replays/";
    }

    void faultsEndWithEverythingCachedOnce()
    {
        QFETCH(FaultKind, fault);
        QFETCH(QString, where);
        m_fake->addReplays(m_generator.makeDetails(60, m_base, 3600));
        m_fake->injectFault(fault, where, 3, 1);
        const SyncStatus status = runToEnd();
        QCOMPARE(status.lastStatus, QStringLiteral("completed"));
        QCOMPARE(status.failed, 0);
        QCOMPARE(countOk(), 60);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM players")), 60 * 6);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT id) FROM replays")), 60);
        QVERIFY(status.requests > 60);
    }

    void persistentFailureIsCountedAndFetchedNextTime()
    {
        m_fake->addReplays(m_generator.makeDetails(10, m_base, 3600));
        const QString victim = m_generator.idFor(3);
        m_fake->injectFault(FaultKind::Status500, QStringLiteral("/replays/") + victim, 100);
        const SyncStatus first = runToEnd();
        QCOMPARE(first.failed, 1);
        QCOMPARE(countOk(), 9);
        m_fake->clearFaults();
        SyncRequest again;
        again.force = false;
        const SyncStatus second = runToEnd(again);
        QCOMPARE(second.fetched, 1); // the missing one, listed earlier, is fetched first
        QCOMPARE(countOk(), 10);
    }

    void zeroRateLimitViolationsWithLatencyAndJitter()
    {
        makeManager(QStringLiteral("gold")); // 2/s: the strictest per-second cap
        m_fake->setLatency(80, 40);
        m_fake->addReplays(m_generator.makeDetails(12, m_base, 3600));
        const SyncStatus status = runToEnd();
        QCOMPARE(status.fetched, 12);
        QCOMPARE(m_fake->rateLimitViolations(), 0);
        QCOMPARE(status.rateLimited, 0);
    }

    void revokedKeyStopsTheSyncWithAClearError()
    {
        m_fake->addReplays(m_generator.makeDetails(20, m_base, 3600));
        m_fake->setApiKey(QStringLiteral("another-key"));
        const SyncStatus status = runToEnd();
        QCOMPARE(status.lastStatus, QStringLiteral("failed"));
        QVERIFY2(status.error.contains(QStringLiteral("API key")), qPrintable(status.error));
        QCOMPARE(m_fake->requests().size(), 1); // the ping, not retried
        QCOMPARE(countOk(), 0);
    }

    void pendingReplaysAreRetriedNextSync()
    {
        QList<QJsonObject> details = m_generator.makeDetails(5, m_base, 3600);
        m_fake->addReplays(details);
        m_fake->addReplays(
            {m_generator.makeUnparsed(2, QStringLiteral("pending"), m_base.addSecs(7200 + 600))});
        const SyncStatus first = runToEnd();
        QCOMPARE(first.pending, 1);
        QCOMPARE(countOk(), 4);
        m_fake->addReplays({details.at(2)}); // parsing finished upstream
        QTest::qWait(5);
        const SyncStatus second = runToEnd();
        QCOMPARE(second.fetched, 1);
        QCOMPARE(countOk(), 5);
    }

    void cancelStopsAndLogsCancelled()
    {
        makeManager(QStringLiteral("gold"));
        m_fake->addReplays(m_generator.makeDetails(40, m_base, 3600));
        QSignalSpy finished(sync(), &SyncManager::finished);
        QCOMPARE(sync()->start({}).kind, SyncStartResult::Kind::Started);
        QTRY_VERIFY_WITH_TIMEOUT(sync()->status().fetched >= 2, 10000);
        sync()->cancel();
        QVERIFY(finished.wait(5000));
        QCOMPARE(sync()->status().lastStatus, QStringLiteral("cancelled"));
        QVERIFY(countOk() < 40);
        const auto history = SyncLogRepository(m_bed->database->connection()).history(1);
        QCOMPARE(history.first().status, QStringLiteral("cancelled"));
        // The next sync completes the job.
        makeManager(QStringLiteral("gc"));
        QCOMPARE(runToEnd().lastStatus, QStringLiteral("completed"));
        QCOMPARE(countOk(), 40);
    }

    void secondStartWhileRunningIsAConflict()
    {
        makeManager(QStringLiteral("gold"));
        m_fake->addReplays(m_generator.makeDetails(10, m_base, 3600));
        QCOMPARE(sync()->start({}).kind, SyncStartResult::Kind::Started);
        QCOMPARE(sync()->start({}).kind, SyncStartResult::Kind::Conflict);
        sync()->cancel();
        QTRY_VERIFY(!sync()->status().running);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
