// The key in a real OS keychain (a Secret Service: gnome-keyring in a private D-Bus session,
// see with-secret-service.sh): saved from the window, found again by a fresh process, changed,
// removed — and the data folder's .env fallback is not used while a keychain answers.

#include "gui/shell/apikeysaver.h"
#include "secrets/apikeystore.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace bcs;

namespace {
const QString kService = QStringLiteral("bcstats-keychain-test");

// A fresh process of this test reads the keychain and compares with `expected`.
bool freshProcessFinds(const QString &expected)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BCS_EXPECT_KEY"), expected.isEmpty() ? QStringLiteral("<none>") : expected);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("readBack")});
    return child.waitForFinished(30000) && child.exitStatus() == QProcess::NormalExit &&
           child.exitCode() == 0;
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("BCS_EXPECT_KEY"))
            return; // the child
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/gui/with-secret-service.sh");
    }

    void savedFoundChangedRemoved()
    {
        if (qEnvironmentVariableIsSet("BCS_EXPECT_KEY"))
            QSKIP("the child only reads back");
        const ApiKeyStore store(kService, 10000);
        QTemporaryDir dataDir;
        KeySaveOutcome saved = saveApiKey(store, dataDir.path(), QStringLiteral(" key-one "));
        QVERIFY2(saved.ok, qPrintable(saved.message));
        QCOMPARE(saved.key.origin, QStringLiteral("system keychain"));
        QVERIFY(!QFile::exists(dataDir.filePath(QStringLiteral(".env"))));
        QVERIFY(freshProcessFinds(QStringLiteral("key-one")));

        saved = saveApiKey(store, dataDir.path(), QStringLiteral("key-two"));
        QVERIFY2(saved.ok, qPrintable(saved.message));
        QVERIFY(freshProcessFinds(QStringLiteral("key-two")));
        // The app resolves the keychain's key when the configuration has none.
        const ApiKeyLookup resolved = store.resolve({}, {});
        QCOMPARE(resolved.key, QStringLiteral("key-two"));

        const KeySaveOutcome removed = removeApiKey(store, dataDir.path());
        QVERIFY2(removed.ok, qPrintable(removed.message));
        QCOMPARE(removed.message, QStringLiteral("The key was removed."));
        QVERIFY(freshProcessFinds({}));
    }

    void readBack()
    {
        if (!qEnvironmentVariableIsSet("BCS_EXPECT_KEY"))
            QSKIP("run by savedFoundChangedRemoved in a fresh process");
        const QString expected = qEnvironmentVariable("BCS_EXPECT_KEY");
        const ApiKeyLookup found = ApiKeyStore(kService, 10000).readFromKeychain();
        QCOMPARE(found.key, expected == QLatin1String("<none>") ? QString() : expected);
    }
};

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
