// Every item model of the window under QAbstractItemModelTester (rows, columns, parents, roles,
// resets and inserts), with the shapes real syncs leave: open ranges, failed and cancelled
// syncs with errors, failures appended while a sync runs.

#include "gui/models/syncfailuresmodel.h"
#include "gui/models/synchistorymodel.h"
#include "support/warningguard.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace bcs;

namespace {
SyncLogEntry entry(qint64 id, const QString &status, std::optional<qint64> after,
                   std::optional<qint64> before, int fetched)
{
    SyncLogEntry e;
    e.id = id;
    e.status = status;
    e.dateAfterMs = after;
    e.dateBeforeMs = before;
    e.startedMs = 1'700'000'000'000 + id * 86'400'000;
    e.replaysFound = fetched + 3;
    e.replaysFetched = fetched;
    e.replaysFailed = status == QLatin1String("failed") ? 3 : 0;
    if (status == QLatin1String("failed"))
        e.error = QStringLiteral("ballchasing rejected the API key");
    return e;
}
} // namespace

class TestGuiModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::WarningGuard::install(); }
    void cleanup() { QCOMPARE(test::WarningGuard::take(), QStringList()); }

    void historyModel()
    {
        SyncHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SyncHistoryModel::SortRole);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({entry(1, QStringLiteral("completed"), std::nullopt, std::nullopt, 1200),
                          entry(2, QStringLiteral("failed"), 1'690'000'000'000, std::nullopt, 7),
                          entry(3, QStringLiteral("cancelled"), std::nullopt, 1'699'000'000'000, 40),
                          entry(4, QStringLiteral("running"), 1'690'000'000'000, 1'699'000'000'000, 0)});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, SyncHistoryModel::Range).data().toString(), QStringLiteral("everything"));
        QVERIFY(model.index(1, SyncHistoryModel::Range).data().toString().startsWith(QStringLiteral("since ")));
        QVERIFY(model.index(2, SyncHistoryModel::Range).data().toString().startsWith(QStringLiteral("until ")));
        QVERIFY(model.index(1, SyncHistoryModel::Status).data().toString().contains(QStringLiteral("rejected")));
        // Sorted by value, not text: 1,200 fetched is more than 40 and 7.
        proxy.sort(SyncHistoryModel::Fetched, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, SyncHistoryModel::Fetched).data().toString(), QLocale().toString(1200));
        QCOMPARE(proxy.index(3, SyncHistoryModel::Fetched).data().toString(), QStringLiteral("0"));
        proxy.sort(SyncHistoryModel::Started, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, SyncHistoryModel::Status).data().toString(), QStringLiteral("Running"));
        model.setEntries({});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void failuresModelAppendsWhileSyncing()
    {
        SyncFailuresModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<SyncFailure> failures{{QStringLiteral("a1"), QStringLiteral("HTTP 500")}};
        model.setFailures(failures);
        QCOMPARE(model.rowCount(), 1);
        failures << SyncFailure{QStringLiteral("b2"), QStringLiteral("not JSON")};
        model.setFailures(failures); // appended: rows inserted
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, SyncFailuresModel::Reason).data().toString(), QStringLiteral("not JSON"));
        model.setFailures({{QStringLiteral("c3"), QStringLiteral("timeout")}}); // a new sync: reset
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, SyncFailuresModel::Replay).data().toString(), QStringLiteral("c3"));
        model.setFailures({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestGuiModels)
#include "tst_guimodels.moc"
