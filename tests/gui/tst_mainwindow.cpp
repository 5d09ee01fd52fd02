// The main window as a user first sees it: "Not synced yet", where the key comes from (or what
// to do without one), where the local API listens. Grabbed to PNG for a look.

#include "gui/mainwindow.h"
#include "secrets/apikeystore.h"

#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace bcs;

namespace {
QStringList labelTexts(const QWidget &window)
{
    QStringList texts;
    for (const QLabel *label : window.findChildren<QLabel *>())
        texts << label->text();
    return texts;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsStateWithKey()
    {
        const ApiKeyStore store(QStringLiteral("bcstats-test"), 500);
        MainWindowStatus status;
        status.apiUrl = QStringLiteral("http://127.0.0.1:8000");
        status.keyOrigin = QStringLiteral("environment variable BALLCHASING_API_KEY");
        status.dataDir = QStringLiteral("/tmp/bcstats-data");
        MainWindow window(status, &store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString all = labelTexts(window).join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("Not synced yet")), qPrintable(all));
        QVERIFY(
            all.contains(QStringLiteral("API key from environment variable BALLCHASING_API_KEY")));
        QVERIFY(all.contains(QStringLiteral("Local API on http://127.0.0.1:8000")));
        QVERIFY(all.contains(QStringLiteral("/tmp/bcstats-data")));
        const QString shot = QDir::temp().filePath(QStringLiteral("bcstats-mainwindow.png"));
        QVERIFY(window.grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));
    }

    void syncFlow();

    void tellsWhatToDoWithoutKey()
    {
        const ApiKeyStore store(QStringLiteral("bcstats-test"), 500);
        MainWindowStatus status;
        status.keyProblem = QStringLiteral("no ballchasing API key is set");
        status.dataDir = QStringLiteral("/tmp/x");
        MainWindow window(status, &store);
        window.show();
        const QString all = labelTexts(window).join(QLatin1Char('\n'));
        QVERIFY(all.contains(QStringLiteral("Set ballchasing API key")));
        QVERIFY(all.contains(QStringLiteral("No API key: no ballchasing API key is set")));
        QVERIFY(all.contains(QStringLiteral("Local API off")));
        QStringList menuActions;
        for (QAction *action : window.menuBar()->actions())
            menuActions << action->text();
        QVERIFY(menuActions.contains(QStringLiteral("&File")));
    }
};

// After a sync the headline counts the cache, and Sync now asks the app to sync exactly once
// until the sync reports back.
void TestMainWindow::syncFlow()
{
    const ApiKeyStore store(QStringLiteral("bcstats-test"), 500);
    MainWindowStatus status;
    status.keyOrigin = QStringLiteral("system keychain");
    status.dataDir = QStringLiteral("/tmp/y");
    status.cachedReplays = 1234;
    status.lastSync = QStringLiteral("2026-11-24 14:02");
    MainWindow window(status, &store);
    window.show();
    QVERIFY(labelTexts(window)
                .join(QLatin1Char('\n'))
                .contains(QLocale().toString(1234) + QStringLiteral(" replays cached")));
    QVERIFY(labelTexts(window)
                .join(QLatin1Char('\n'))
                .contains(QStringLiteral("Last sync: 2026-11-24 14:02")));
    QSignalSpy requested(&window, &MainWindow::syncRequested);
    QAction *sync = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("&Sync now"))
            sync = action;
    }
    QVERIFY(sync);
    sync->trigger();
    QCOMPARE(requested.size(), 1);
    QVERIFY(!sync->isEnabled()); // no second sync while one runs
    window.showSyncProgress(QStringLiteral("Syncing: 10 found"));
    window.showSyncFinished(QStringLiteral("Sync completed: 10 new replays"), 1244,
                            QStringLiteral("2026-11-24 15:00"));
    QVERIFY(sync->isEnabled());
    QVERIFY(labelTexts(window)
                .join(QLatin1Char('\n'))
                .contains(QLocale().toString(1244) + QStringLiteral(" replays cached")));
    const QString shot = QDir::temp().filePath(QStringLiteral("bcstats-mainwindow-synced.png"));
    QVERIFY(window.grab().save(shot));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
