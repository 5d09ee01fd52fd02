// First run as a new user meets it: no key, no cache — the window opens on the welcome page; a
// wrong key is tested and refused in words, the right one shows the account and tier, Save finds
// no keyring (this test runs without a Secret Service) and stores the key owner-only in the data
// folder's .env, which the configuration loader reads next time; the window moves on to Sync
// with the key in use. Everything by keyboard.

#include "core/config/dotenv.h"
#include "gui/pages/syncpage.h"
#include "gui/shell/statusbarpanel.h"
#include "gui/shell/welcomepage.h"
#include "support/warningguard.h"
#include "support/windowtestbed.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace bcs;
using namespace bcs::test;

class TestWelcomePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { prepareWindowTest(); }
    void cleanup() { QCOMPARE(WarningGuard::take(), QStringList()); }

    void firstRunByKeyboard()
    {
        WindowTestbed bed;
        ApiKeyState none;
        none.problem = QStringLiteral("no ballchasing API key is set");
        auto window = bed.makeWindow(none);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->currentPageName(), QStringLiteral("welcome"));
        QCOMPARE(window->statusPanel()->keyText(), QStringLiteral("No API key"));
        WelcomePage *welcome = window->welcomePage();
        QVERIFY(!welcome->testButton()->isEnabled());

        // A wrong key, then Enter: tested, refused in words.
        welcome->keyField()->setFocus();
        QCOMPARE(welcome->keyField()->echoMode(), QLineEdit::Password);
        QTest::keyClicks(welcome->keyField(), QStringLiteral("not-the-key"));
        QSignalSpy tested(welcome, &WelcomePage::testFinished);
        QTest::keyClick(welcome->keyField(), Qt::Key_Return);
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.takeFirst().first().toBool(), false);
        QVERIFY2(welcome->resultText().contains(QStringLiteral("ballchasing rejected this key")),
                 qPrintable(welcome->resultText()));

        // The right key, pasted over it: the account and the tier the ping reports.
        welcome->keyField()->selectAll();
        QTest::keyClicks(welcome->keyField(), QStringLiteral("  test-key "));
        welcome->testButton()->setFocus();
        QTest::keyClick(welcome->testButton(), Qt::Key_Space);
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.takeFirst().first().toBool(), true);
        QVERIFY2(welcome->resultText().contains(QStringLiteral("The key works: account")),
                 qPrintable(welcome->resultText()));
        QVERIFY(welcome->resultText().contains(QStringLiteral("gc tier")));
        QCOMPARE(bed.tiers->effectiveTier(), QStringLiteral("gc"));

        // Save: no keyring here, so the data folder's .env, owner-only.
        QSignalSpy changed(window.get(), &MainWindow::apiKeyChanged);
        welcome->saveButton()->setFocus();
        QTest::keyClick(welcome->saveButton(), Qt::Key_Space);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("test-key"));
        const QString envPath = bed.directory.filePath(QStringLiteral(".env"));
        QFile env(envPath);
        QVERIFY(env.open(QIODevice::ReadOnly));
        QCOMPARE(parseDotEnv(env.readAll()).values.value(QStringLiteral("BALLCHASING_API_KEY")),
                 QStringLiteral("test-key"));
        QCOMPARE(env.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                      QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY2(welcome->resultText().contains(QStringLiteral("no keychain")),
                 qPrintable(welcome->resultText()));
        QCOMPARE(window->currentPageName(), QStringLiteral("sync"));
        QVERIFY(window->statusPanel()->keyText().contains(QStringLiteral(".env file")));
        QVERIFY(window->syncPage()->syncButton()->isEnabled());
        QVERIFY(QTest::qWaitFor([&] {
            return window->syncPage()->previewText().contains(QStringLiteral("ballchasing has 0 replays"));
        }, 10000));
    }

    void dotEnvKeepsOtherLines()
    {
        const QByteArray before = "# mine\nBCSTATS_API_PORT=9000\nBALLCHASING_TOKEN=old\nexport BALLCHASING_API_KEY=older\n";
        const QByteArray after = withDotEnvValue(before, QStringLiteral("BALLCHASING_API_KEY"), QStringLiteral("n\"ew\\"));
        const DotEnvParseResult parsed = parseDotEnv(after);
        QVERIFY(parsed.errors.isEmpty());
        QCOMPARE(parsed.values.value(QStringLiteral("BALLCHASING_API_KEY")), QStringLiteral("n\"ew\\"));
        QCOMPARE(parsed.values.value(QStringLiteral("BCSTATS_API_PORT")), QStringLiteral("9000"));
        QVERIFY(after.startsWith("# mine\n"));
        const QByteArray removed = withDotEnvValue(after, QStringLiteral("BALLCHASING_API_KEY"), {});
        QVERIFY(!parseDotEnv(removed).values.contains(QStringLiteral("BALLCHASING_API_KEY")));
    }

    void demoButtonAsksForTheDemo()
    {
        WindowTestbed bed;
        auto window = bed.makeWindow({});
        QSignalSpy demo(window.get(), &MainWindow::demoRequested);
        QTest::mouseClick(window->welcomePage()->demoButton(), Qt::LeftButton);
        QCOMPARE(demo.size(), 1);
    }
};

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
