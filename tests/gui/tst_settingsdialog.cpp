// Settings as a user changes them: refused with the configuration loader's own words (a port
// out of range, a bad origin) or the API's rule (a non-loopback host without a token), nothing
// saved then; a value the environment sets is shown with its origin and left alone; a good
// change restarts the local API with it, the token goes to the data folder's .env (never into
// settings), the tier applies at once, the key can be changed and removed.

#include "core/config/dotenv.h"
#include "gui/shell/apikeysaver.h"
#include "gui/shell/appsettings.h"
#include "gui/shell/settingsdialog.h"
#include "support/warningguard.h"
#include "support/windowtestbed.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace bcs;
using namespace bcs::test;

namespace {
struct Fixture
{
    explicit Fixture(const QMap<QString, QString> &environment = {})
    {
        QSettings().clear();
        for (auto it = environment.cbegin(); it != environment.cend(); ++it)
            sources.environment.insert(it.key(), it.value());
        sources.defaultDataDir = bed.directory.path();
        sources.savedSettings = &settings;
        services = bed.windowServices();
        services.config = *loadConfig(sources).config;
        services.checkConfig = [this](const QMap<QString, QString> &changes) {
            return loadConfigWithChanges(sources, changes);
        };
        services.restartApi = [this](const AppConfig &config, bool enabled) {
            restarts << std::make_pair(config, enabled);
            LocalApiState state;
            state.enabled = enabled;
            state.url = enabled ? QStringLiteral("http://%1:%2").arg(config.apiHost).arg(config.apiPort)
                                : QString();
            return state;
        };
        api.enabled = true;
        api.url = QStringLiteral("http://127.0.0.1:8000");
    }

    WindowTestbed bed;
    QSettings settings;
    ConfigSources sources;
    WindowServices services;
    LocalApiState api;
    QList<std::pair<AppConfig, bool>> restarts;
};
} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { prepareWindowTest(); }
    void cleanup() { QCOMPARE(WarningGuard::take(), QStringList()); }

    void refusesWhatTheLoaderRefuses()
    {
        Fixture f;
        SettingsDialog dialog(f.services, f.bed.key(), f.api);
        dialog.corsField()->setText(QStringLiteral("ftp://nope"));
        QVERIFY(!dialog.apply());
        f.settings.setValue(QStringLiteral("BCSTATS_CORS_ORIGINS"), QStringLiteral("ftp://nope"));
        const QString loaderSays = loadConfig(f.sources).error; // what the next start would say
        f.settings.remove(QStringLiteral("BCSTATS_CORS_ORIGINS"));
        QVERIFY(loaderSays.contains(QStringLiteral("saved settings")));
        QCOMPARE(dialog.errorText(), loaderSays);
        QVERIFY(f.restarts.isEmpty());
        QVERIFY(!QSettings().contains(QStringLiteral("BCSTATS_CORS_ORIGINS")));

        dialog.corsField()->setText(QStringLiteral("http://localhost:*"));
        dialog.hostField()->setText(QStringLiteral("0.0.0.0"));
        QVERIFY(!dialog.apply());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("without BCSTATS_API_TOKEN")),
                 qPrintable(dialog.errorText()));
        QVERIFY(f.restarts.isEmpty());
        QVERIFY(!QSettings().contains(QStringLiteral("BCSTATS_API_HOST")));
        // Save (Enter) keeps the dialog open with the reason.
        dialog.show();
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
    }

    void goodChangesApply()
    {
        Fixture f;
        SettingsDialog dialog(f.services, f.bed.key(), f.api);
        dialog.hostField()->setText(QStringLiteral("0.0.0.0"));
        dialog.tokenField()->setText(QStringLiteral("s3cret"));
        dialog.portBox()->setValue(0);
        dialog.tierBox()->setCurrentIndex(dialog.tierBox()->findData(QStringLiteral("diamond")));
        dialog.backgroundBox()->setValue(15);
        QSignalSpy background(&dialog, &SettingsDialog::backgroundSyncChanged);
        QVERIFY2(dialog.apply(), qPrintable(dialog.errorText()));
        QCOMPARE(f.restarts.size(), 1);
        QCOMPARE(f.restarts.first().first.apiHost, QStringLiteral("0.0.0.0"));
        QCOMPARE(f.restarts.first().first.apiPort, quint16(0));
        QCOMPARE(f.restarts.first().first.apiToken, QStringLiteral("s3cret"));
        QCOMPARE(QSettings().value(QStringLiteral("BCSTATS_API_HOST")).toString(), QStringLiteral("0.0.0.0"));
        QVERIFY(!QSettings().contains(QStringLiteral("BCSTATS_API_TOKEN"))); // a secret
        QFile env(f.bed.directory.filePath(QStringLiteral(".env")));
        QVERIFY(env.open(QIODevice::ReadOnly));
        QCOMPARE(parseDotEnv(env.readAll()).values.value(QStringLiteral("BCSTATS_API_TOKEN")),
                 QStringLiteral("s3cret"));
        QCOMPARE(f.bed.tiers->effectiveTier(), QStringLiteral("diamond")); // at once
        QCOMPARE(appsettings::backgroundSyncMinutes(), 15);
        QCOMPARE(background.size(), 1);
        // The next start reads the same: settings + the data folder's .env.
        ConfigSources next = f.sources;
        const ConfigLoadResult reloaded = loadConfig(next);
        QVERIFY2(reloaded.config, qPrintable(reloaded.error));
        QCOMPARE(reloaded.config->apiToken, QStringLiteral("s3cret"));
        QCOMPARE(reloaded.config->apiPort, quint16(0));
        QCOMPARE(reloaded.config->tier, QStringLiteral("diamond"));

        // Turning the server off restarts it as off.
        SettingsDialog again(f.services, f.bed.key(), f.api);
        again.apiEnabledBox()->setChecked(false);
        QVERIFY(again.apply());
        QCOMPARE(f.restarts.size(), 2);
        QCOMPARE(f.restarts.last().second, false);
        QCOMPARE(appsettings::apiEnabled(), false);
        appsettings::setApiEnabled(true);
    }

    void environmentValuesAreShownNotOverridden()
    {
        Fixture f({{QStringLiteral("BCSTATS_API_PORT"), QStringLiteral("9123")}});
        ApiKeyState fromEnvironment = f.bed.key(); // "environment variable BALLCHASING_API_KEY"
        SettingsDialog dialog(f.services, fromEnvironment, f.api);
        QVERIFY(!dialog.portBox()->isEnabled());
        QVERIFY2(dialog.portBox()->toolTip().contains(QStringLiteral("environment")),
                 qPrintable(dialog.portBox()->toolTip()));
        QCOMPARE(dialog.portBox()->value(), 9123);
        QVERIFY(!dialog.keyField()->isEnabled());
        QVERIFY(!dialog.removeKeyButton()->isEnabled());
        QVERIFY(dialog.apply());
        QVERIFY(!QSettings().contains(QStringLiteral("BCSTATS_API_PORT")));
        QVERIFY(f.restarts.isEmpty()); // nothing about the server changed
    }

    // The key the app itself put in the data folder's .env (no keyring) is still the user's to
    // change and remove after a restart; one from the environment is not.
    void keyTheAppSavedStaysEditableAfterARestart()
    {
        Fixture f;
        const KeySaveOutcome saved = saveApiKey(f.bed.keyStore, f.bed.directory.path(), QStringLiteral("mine"));
        QVERIFY2(saved.ok, qPrintable(saved.message));
        f.sources.defaultDataDir = f.bed.directory.path();
        const ConfigLoadResult nextStart = loadConfig(f.sources);
        QVERIFY2(nextStart.config, qPrintable(nextStart.error));
        QCOMPARE(nextStart.config->apiKey, QStringLiteral("mine"));
        QVERIFY(!keySetOutsideApp(*nextStart.config));
        ApiKeyState key;
        key.key = nextStart.config->apiKey;
        key.origin = nextStart.config->apiKeyOrigin;
        key.fromConfiguration = keySetOutsideApp(*nextStart.config);
        SettingsDialog dialog(f.services, key, f.api);
        QVERIFY(dialog.keyField()->isEnabled());
        QVERIFY(dialog.removeKeyButton()->isEnabled());

        Fixture fromEnvironment({{QStringLiteral("BALLCHASING_API_KEY"), QStringLiteral("env-key")}});
        QVERIFY(keySetOutsideApp(fromEnvironment.services.config));
    }

    void keyChangedAndRemovedWithoutKeyring()
    {
        Fixture f;
        ApiKeyState saved;
        saved.key = QStringLiteral("old");
        saved.origin = QStringLiteral("system keychain");
        SettingsDialog dialog(f.services, saved, f.api);
        QSignalSpy keys(&dialog, &SettingsDialog::apiKeyChanged);
        dialog.keyField()->setText(QStringLiteral("new-key"));
        QVERIFY2(dialog.apply(), qPrintable(dialog.errorText()));
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.first().first().value<ApiKeyState>().key, QStringLiteral("new-key"));
        QFile env(f.bed.directory.filePath(QStringLiteral(".env")));
        QVERIFY(env.open(QIODevice::ReadOnly));
        QCOMPARE(parseDotEnv(env.readAll()).values.value(QStringLiteral("BALLCHASING_API_KEY")),
                 QStringLiteral("new-key"));
        env.close();
        QTest::mouseClick(dialog.removeKeyButton(), Qt::LeftButton);
        QCOMPARE(keys.size(), 2);
        QVERIFY(keys.last().first().value<ApiKeyState>().key.isEmpty());
        QVERIFY(env.open(QIODevice::ReadOnly));
        QVERIFY(!parseDotEnv(env.readAll()).values.contains(QStringLiteral("BALLCHASING_API_KEY")));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
