// Coverage per DESIGN.md §5: the seed rule, open ends meaning "up to that sync's start" and
// "up to now", gaps between syncs, late uploads, force.

#include "sync/coverageplanner.h"

#include <QTest>

using namespace bcs;

namespace {

constexpr qint64 kDay = 24 * 3600 * 1000;
constexpr qint64 kNow = 100 * kDay;

SyncLogEntry sync(std::optional<qint64> after, std::optional<qint64> before, qint64 startedMs,
                  qint64 id = 1)
{
    SyncLogEntry entry;
    entry.id = id;
    entry.dateAfterMs = after;
    entry.dateBeforeMs = before;
    entry.startedMs = startedMs;
    entry.status = QStringLiteral("completed");
    return entry;
}

} // namespace

class TestCoveragePlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingSyncedMeansOneGapAndNoLateListing()
    {
        const CoveragePlan plan = planCoverage({10 * kDay, 20 * kDay}, kNow, {}, false);
        QVERIFY(!plan.coveredBy);
        QCOMPARE(plan.gaps.size(), 1);
        QCOMPARE(plan.gaps[0].afterMs, std::optional<qint64>(10 * kDay));
        QCOMPARE(plan.gaps[0].beforeMs, std::optional<qint64>(20 * kDay));
        QVERIFY(!plan.lateUploadsCreatedAfterMs);
    }

    void seedRuleAlreadySynced()
    {
        const QList<SyncLogEntry> done{sync(5 * kDay, 30 * kDay, 31 * kDay, 7)};
        const CoveragePlan plan = planCoverage({10 * kDay, 20 * kDay}, kNow, done, false);
        QVERIFY(plan.coveredBy);
        QCOMPARE(plan.coveredBy->id, 7);
        QVERIFY(plan.gaps.isEmpty());
        QVERIFY(planCoverage({10 * kDay, 20 * kDay}, kNow,
                             {sync(std::nullopt, std::nullopt, 50 * kDay)}, false)
                    .coveredBy);
    }

    void openEndCoversOnlyUpToThatSyncsStart()
    {
        // Synced "everything" on day 50; on day 100 "everything" again must fetch days 50..100.
        const QList<SyncLogEntry> done{sync(std::nullopt, std::nullopt, 50 * kDay)};
        const CoveragePlan plan = planCoverage({std::nullopt, std::nullopt}, kNow, done, false);
        QVERIFY(!plan.coveredBy);
        QCOMPARE(plan.gaps.size(), 1);
        QCOMPARE(plan.gaps[0].afterMs, std::optional<qint64>(50 * kDay));
        QCOMPARE(plan.gaps[0].beforeMs, std::optional<qint64>(kNow));
        QCOMPARE(plan.lateUploadsCreatedAfterMs, std::optional<qint64>(50 * kDay - 10 * 60 * 1000));
    }

    void gapsBetweenSyncs()
    {
        const QList<SyncLogEntry> done{sync(10 * kDay, 20 * kDay, 21 * kDay, 1),
                                       sync(30 * kDay, 40 * kDay, 41 * kDay, 2)};
        const CoveragePlan plan = planCoverage({5 * kDay, 45 * kDay}, kNow, done, false);
        QCOMPARE(plan.gaps.size(), 3);
        QCOMPARE(plan.gaps[0].afterMs, std::optional<qint64>(5 * kDay));
        QCOMPARE(plan.gaps[0].beforeMs, std::optional<qint64>(10 * kDay));
        QCOMPARE(plan.gaps[1].afterMs, std::optional<qint64>(20 * kDay));
        QCOMPARE(plan.gaps[1].beforeMs, std::optional<qint64>(30 * kDay));
        QCOMPARE(plan.gaps[2].afterMs, std::optional<qint64>(40 * kDay));
        QCOMPARE(plan.gaps[2].beforeMs, std::optional<qint64>(45 * kDay));
        QCOMPARE(plan.lateUploadsCreatedAfterMs, std::optional<qint64>(21 * kDay - 10 * 60 * 1000));
    }

    void openStartRequestKeepsAnOpenGap()
    {
        const QList<SyncLogEntry> done{sync(10 * kDay, 20 * kDay, 21 * kDay)};
        const CoveragePlan plan = planCoverage({std::nullopt, 20 * kDay}, kNow, done, false);
        QCOMPARE(plan.gaps.size(), 1);
        QVERIFY(!plan.gaps[0].afterMs.has_value());
        QCOMPARE(plan.gaps[0].beforeMs, std::optional<qint64>(10 * kDay));
    }

    void severalSyncsTogetherCover()
    {
        const QList<SyncLogEntry> done{sync(10 * kDay, 20 * kDay, 21 * kDay, 1),
                                       sync(20 * kDay, 40 * kDay, 41 * kDay, 2)};
        const CoveragePlan plan = planCoverage({12 * kDay, 35 * kDay}, kNow, done, false);
        QVERIFY(plan.coveredBy);
        QVERIFY(plan.gaps.isEmpty());
    }

    void forceSkipsTheCheck()
    {
        const QList<SyncLogEntry> done{sync(std::nullopt, std::nullopt, 99 * kDay)};
        const CoveragePlan plan = planCoverage({10 * kDay, 20 * kDay}, kNow, done, true);
        QVERIFY(!plan.coveredBy);
        QCOMPARE(plan.gaps.size(), 1);
        QVERIFY(!plan.lateUploadsCreatedAfterMs);
    }
};

QTEST_GUILESS_MAIN(TestCoveragePlanner)
#include "tst_coverageplanner.moc"
