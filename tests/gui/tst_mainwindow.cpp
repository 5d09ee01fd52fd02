// The main window as a user first sees it: "Not synced yet", where the key comes from (or what
// to do without one), where the local API listens. Grabbed to PNG for a look.

#include "gui/mainwindow.h"
#include "secrets/apikeystore.h"

#include <QLabel>
#include <QMenuBar>
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
        MainWindow window({QStringLiteral("http://127.0.0.1:8000"),
                           QStringLiteral("environment variable BALLCHASING_API_KEY"),
                           {},
                           QStringLiteral("/tmp/bcstats-data")},
                          &store);
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

    void tellsWhatToDoWithoutKey()
    {
        const ApiKeyStore store(QStringLiteral("bcstats-test"), 500);
        MainWindow window(
            {{}, {}, QStringLiteral("no ballchasing API key is set"), QStringLiteral("/tmp/x")},
            &store);
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
