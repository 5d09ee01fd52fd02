// The Sync page driving real syncs against the fake ballchasing server, with QTest input on the
// real widgets: the preview counts what ballchasing has and what is cached, progress advances
// through the listing and the details, the history gains a row, Cancel stops a sync, a second
// sync of the same range says "Already synced", and nothing logs a Qt warning on the way.

#include "core/playerconfig.h"
#include "fakes/matchhistory.h"
#include "stats/derivedtables.h"
#include "storage/rolerepository.h"
#include "gui/common/banner.h"
#include "gui/models/synchistorymodel.h"
#include "gui/pages/syncpage.h"
#include "gui/pages/syncprogresspanel.h"
#include "gui/pages/syncrangeeditor.h"
#include "gui/shell/statusbarpanel.h"
#include "support/warningguard.h"
#include "support/windowtestbed.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace bcs;
using namespace bcs::test;

namespace {
QList<QJsonObject> history(int count)
{
    return MatchHistory::details(MatchHistory(7).games(
        count, QDateTime(QDate(2026, 9, 1), QTime(19, 0), Qt::UTC), 3 * 3600));
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 30000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}
} // namespace

class TestSyncPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { prepareWindowTest(); }
    void cleanup() { QCOMPARE(WarningGuard::take(), QStringList()); }

    void fullSyncThenAlreadySynced()
    {
        WindowTestbed bed;
        QVERIFY2(bed.openError.isEmpty(), qPrintable(bed.openError));
        bed.fake.addReplays(history(90));
        auto window = bed.makeWindow(bed.key());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->currentPageName(), QStringLiteral("sync"));
        SyncPage *page = window->syncPage();
        // A closed range in the past: once synced, nothing in it can change but late uploads.
        page->rangeEditor()->setRange(QDate(2026, 8, 30), QDate(2026, 10, 31));
        QVERIFY2(waitFor([&] {
                     return page->previewText().contains(
                         QStringLiteral("ballchasing has 90 replays of yours in this range, 0 "
                                        "already cached"));
                 }),
                 qPrintable(page->previewText()));
        QVERIFY(page->headlineText().contains(QStringLiteral("never synced")));

        QSignalSpy finished(bed.sync.get(), &SyncManager::finished);
        QStringList phases;
        QList<int> progress;
        connect(bed.sync.get(), &SyncManager::progress, this, [&](const SyncStatus &) {
            phases << page->progressPanel()->phaseText();
            progress << page->progressPanel()->progressValue();
        });
        QVERIFY(page->syncButton()->isEnabled());
        QTest::mouseClick(page->syncButton(), Qt::LeftButton);
        QVERIFY(!page->syncButton()->isEnabled()); // until the sync thread answers
        QVERIFY(waitFor([&] { return page->cancelButton()->isEnabled(); }));
        QVERIFY(finished.wait(60000));
        QVERIFY2(waitFor([&] {
                     return page->historyModel()->rowCount() == 1 &&
                            page->historyModel()->entries().first().status ==
                                QLatin1String("completed");
                 }),
                 "history row");
        QVERIFY2(page->banner()->text().contains(QStringLiteral("Sync completed: 90 replays fetched")),
                 qPrintable(page->banner()->text()));
        QCOMPARE(page->historyModel()->index(0, SyncHistoryModel::Status).data().toString(),
                 QStringLiteral("Completed"));
        QCOMPARE(page->historyModel()->index(0, SyncHistoryModel::Fetched).data().toString(),
                 QStringLiteral("90"));
        QVERIFY(waitFor([&] {
            return page->headlineText().startsWith(QStringLiteral("90 replays cached"));
        }));
        // It went through the listing, then details with a bar that moved forward.
        QVERIFY2(phases.filter(QStringLiteral("Listing complete")).size() > 0,
                 qPrintable(phases.join(QLatin1Char('|'))));
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()) || progress.isEmpty());
        QVERIFY(window->statusPanel()->syncText().contains(QStringLiteral("90 replays fetched")));
        QVERIFY(page->syncButton()->isEnabled());
        QVERIFY(!page->cancelButton()->isEnabled());

        // The same range again: said in words, nothing fetched.
        QTest::keyClick(window.get(), Qt::Key_F5);
        QVERIFY2(waitFor([&] {
                     return page->banner()->text().startsWith(QStringLiteral("Already synced"));
                 }),
                 qPrintable(page->banner()->text()));
        QVERIFY2(page->banner()->text().contains(QStringLiteral("–")), // the range in words
                 qPrintable(page->banner()->text()));
        QCOMPARE(finished.size(), 1);
        QVERIFY(waitFor([&] {
            return page->previewText().contains(QStringLiteral("90 already cached"));
        }));
    }

    void cancelStopsTheSync()
    {
        WindowTestbed bed;
        bed.fake.addReplays(history(150));
        bed.fake.setLatency(150);
        auto window = bed.makeWindow(bed.key());
        window->show();
        SyncPage *page = window->syncPage();
        // Last 30 days of a history that ended in 2026: an old range, so choose everything.
        page->rangeEditor()->setRange({}, {});
        QSignalSpy finished(bed.sync.get(), &SyncManager::finished);
        QTest::mouseClick(page->syncButton(), Qt::LeftButton);
        QVERIFY(waitFor([&] {
            return bed.sync->status().fetched >= 5;
        }));
        QVERIFY(page->cancelButton()->isEnabled());
        QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<SyncStatus>().lastStatus, QStringLiteral("cancelled"));
        QVERIFY2(page->banner()->text().startsWith(QStringLiteral("Sync cancelled after")),
                 qPrintable(page->banner()->text()));
        QVERIFY(waitFor([&] {
            return page->historyModel()->rowCount() == 1 &&
                   page->historyModel()
                       ->index(0, SyncHistoryModel::Status)
                       .data()
                       .toString()
                       .startsWith(QStringLiteral("Cancelled"));
        }));
        QVERIFY(page->syncButton()->isEnabled());
    }

    void revokedKeyIsSaidOnThePage()
    {
        WindowTestbed bed;
        bed.fake.setApiKey(QStringLiteral("another-key"));
        auto window = bed.makeWindow(bed.key());
        window->show();
        SyncPage *page = window->syncPage();
        QVERIFY2(waitFor([&] {
                     return page->banner()->text().contains(
                         QStringLiteral("ballchasing rejected the API key"));
                 }),
                 qPrintable(page->banner()->text()));
        QVERIFY(page->banner()->text().contains(QStringLiteral("Check it in Settings")));
    }

    // "Check for new replays every N minutes": what a background sync brought is said in words,
    // with my results in it (the config is known, so each game has my side).
    void backgroundSyncSaysWhatArrived()
    {
        WindowTestbed bed(refreshDerivedTables);
        const QList<GeneratedGame> games = MatchHistory(7).games(
            12, QDateTime(QDate(2026, 9, 1), QTime(19, 0), Qt::UTC), 3 * 3600);
        bed.fake.addReplays(MatchHistory::details(games));
        const auto parsed = parsePlayerConfig(MatchHistory::playerConfig());
        QVERIFY(parsed.config);
        RoleRepository(bed.database->connection()).saveConfig(*parsed.config, 0);
        int wins = 0;
        int losses = 0;
        for (const GeneratedGame &game : games) {
            if (game.myTeam.isEmpty())
                continue;
            const int mine = game.goals[game.myTeam == QLatin1String("blue") ? 0 : 1];
            const int theirs = game.goals[game.myTeam == QLatin1String("blue") ? 1 : 0];
            wins += mine > theirs;
            losses += mine < theirs;
        }
        auto window = bed.makeWindow(bed.key());
        window->show();
        QSignalSpy finished(bed.sync.get(), &SyncManager::finished);
        window->runBackgroundSync();
        QVERIFY(finished.wait(60000));
        const QString expected =
            QStringLiteral("12 new replays: %1 won, %2 lost").arg(wins).arg(losses);
        QVERIFY2(QTest::qWaitFor([&] { return window->lastNotification() == expected; }, 10000),
                 qPrintable(window->lastNotification() + QStringLiteral(" / ") + expected));
        // Nothing new: no second notification.
        window->runBackgroundSync();
        QVERIFY(finished.wait(60000));
        QTest::qWait(200);
        QCOMPARE(window->lastNotification(), expected);
    }

    void everyPageBuildsAndGrabs()
    {
        WindowTestbed bed;
        bed.fake.addReplays(history(20));
        auto window = bed.makeWindow(bed.key());
        window->resize(1280, 800);
        window->show();
        for (const QString &name : window->pageNames()) {
            window->showPage(name);
            QCOMPARE(window->currentPageName(), name);
            QVERIFY(!window->grab().isNull());
        }
        // Ctrl+1 … Ctrl+5 switch pages.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window->currentPageName(), QStringLiteral("stats"));
        QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window->currentPageName(), QStringLiteral("sync"));
    }
};

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
