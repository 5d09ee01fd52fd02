// Configuration precedence (command line > environment > cwd .env > data-dir .env > saved
// settings > defaults), the key alias, secrets kept out of settings, and one clear line for
// every invalid value.

#include "core/config/configkeys.h"
#include "core/config/configloader.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace bcs;

class TestConfig : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    ConfigSources m_sources;

    QString path(const QString &relative) const { return m_dir->filePath(relative); }

    void writeFile(const QString &relative, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path(relative)).absolutePath());
        QFile file(path(relative));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    ConfigLoadResult load() const { return loadConfig(m_sources); }

    AppConfig loadOk() const
    {
        const ConfigLoadResult result = load();
        if (!result.config)
            qWarning("unexpected error: %s", qPrintable(result.error));
        return result.config.value_or(AppConfig{});
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QDir().mkpath(path(QStringLiteral("cwd")));
        QDir().mkpath(path(QStringLiteral("data")));
        m_settings =
            std::make_unique<QSettings>(path(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_sources = {};
        m_sources.workingDirectory = path(QStringLiteral("cwd"));
        m_sources.defaultDataDir = path(QStringLiteral("data"));
        m_sources.savedSettings = m_settings.get();
    }

    void defaults()
    {
        const AppConfig config = loadOk();
        QCOMPARE(config.tier, QStringLiteral("auto"));
        QCOMPARE(config.baseUrl, QUrl(QStringLiteral("https://ballchasing.com/api")));
        QCOMPARE(config.apiHost, QStringLiteral("127.0.0.1"));
        QCOMPARE(config.apiPort, quint16(8000));
        QCOMPARE(config.corsOrigins, QStringList({"http://localhost:*", "http://127.0.0.1:*"}));
        QCOMPARE(config.dataDir, path(QStringLiteral("data")));
        QVERIFY(config.apiKey.isEmpty());
        QVERIFY(!config.rateLimitOverride);
        QCOMPARE(config.origins.value(QStringLiteral("BCSTATS_API_PORT")),
                 QStringLiteral("default"));
    }

    // Each level beats every level below it: set the port everywhere, remove the top one by one.
    void precedenceAtEveryLevel()
    {
        m_sources.commandLine.insert(QStringLiteral("BCSTATS_API_PORT"), QStringLiteral("1001"));
        m_sources.environment.insert(QStringLiteral("BCSTATS_API_PORT"), QStringLiteral("1002"));
        writeFile(QStringLiteral("cwd/.env"), "BCSTATS_API_PORT=1003\n");
        writeFile(QStringLiteral("data/.env"), "BCSTATS_API_PORT=1004\n");
        m_settings->setValue(QStringLiteral("BCSTATS_API_PORT"), 1005);
        m_settings->sync();

        QCOMPARE(loadOk().apiPort, quint16(1001));
        QCOMPARE(loadOk().origins.value(QStringLiteral("BCSTATS_API_PORT")),
                 QStringLiteral("command line"));
        m_sources.commandLine.clear();
        QCOMPARE(loadOk().apiPort, quint16(1002));
        QCOMPARE(loadOk().origins.value(QStringLiteral("BCSTATS_API_PORT")),
                 QStringLiteral("environment"));
        m_sources.environment.clear();
        QCOMPARE(loadOk().apiPort, quint16(1003));
        QVERIFY(loadOk()
                    .origins.value(QStringLiteral("BCSTATS_API_PORT"))
                    .contains(path(QStringLiteral("cwd/.env"))));
        QFile::remove(path(QStringLiteral("cwd/.env")));
        QCOMPARE(loadOk().apiPort, quint16(1004));
        QVERIFY(loadOk()
                    .origins.value(QStringLiteral("BCSTATS_API_PORT"))
                    .contains(path(QStringLiteral("data/.env"))));
        QFile::remove(path(QStringLiteral("data/.env")));
        QCOMPARE(loadOk().apiPort, quint16(1005));
        QCOMPARE(loadOk().origins.value(QStringLiteral("BCSTATS_API_PORT")),
                 QStringLiteral("saved settings"));
        m_settings->clear();
        m_settings->sync();
        QCOMPARE(loadOk().apiPort, quint16(8000));
    }

    void precedenceForOtherKeys()
    {
        m_sources.environment.insert(QStringLiteral("BALLCHASING_TIER"), QStringLiteral("Diamond"));
        writeFile(QStringLiteral("cwd/.env"),
                  "BALLCHASING_TIER=gc\nBALLCHASING_BASE_URL=http://127.0.0.1:9/api\n");
        m_settings->setValue(QStringLiteral("BALLCHASING_BASE_URL"),
                             QStringLiteral("http://10.0.0.1/api"));
        const AppConfig config = loadOk();
        QCOMPARE(config.tier, QStringLiteral("diamond")); // normalised
        QCOMPARE(config.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9/api")));
    }

    void dataDirFromWorkingDirEnvSelectsTheSecondEnv()
    {
        writeFile(QStringLiteral("cwd/.env"),
                  "BCSTATS_DATA_DIR=" + path(QStringLiteral("elsewhere")).toUtf8() + "\n");
        writeFile(QStringLiteral("elsewhere/.env"), "BALLCHASING_TIER=champion\n");
        writeFile(QStringLiteral("data/.env"), "BALLCHASING_TIER=regular\n");
        const AppConfig config = loadOk();
        QCOMPARE(config.dataDir, path(QStringLiteral("elsewhere")));
        QCOMPARE(config.tier, QStringLiteral("champion"));
    }

    void emptyValueCountsAsUnset()
    {
        m_sources.environment.insert(QStringLiteral("BCSTATS_API_PORT"), QString());
        writeFile(QStringLiteral("cwd/.env"), "BCSTATS_API_PORT=1234\n");
        QCOMPARE(loadOk().apiPort, quint16(1234));
    }

    void apiKeyAlias()
    {
        m_sources.environment.insert(QStringLiteral("BALLCHASING_TOKEN"),
                                     QStringLiteral("from-alias"));
        AppConfig config = loadOk();
        QCOMPARE(config.apiKey, QStringLiteral("from-alias"));
        QCOMPARE(config.apiKeyOrigin, QStringLiteral("environment variable BALLCHASING_TOKEN"));

        m_sources.environment.insert(QStringLiteral("BALLCHASING_API_KEY"),
                                     QStringLiteral("from-main"));
        const ConfigLoadResult both = load();
        QCOMPARE(both.config->apiKey, QStringLiteral("from-main"));
        QCOMPARE(both.config->apiKeyOrigin,
                 QStringLiteral("environment variable BALLCHASING_API_KEY"));
        QCOMPARE(both.warnings.size(), 1);
        QVERIFY(both.warnings.first().contains(QStringLiteral("differ")));
        QVERIFY(!both.warnings.first().contains(QStringLiteral("from-main")));

        m_sources.environment.clear();
        writeFile(QStringLiteral("cwd/.env"), "BALLCHASING_TOKEN=dotenv-key\n");
        config = loadOk();
        QCOMPARE(config.apiKey, QStringLiteral("dotenv-key"));
        QVERIFY(config.apiKeyOrigin.contains(QStringLiteral(".env file")));
        QVERIFY(config.apiKeyOrigin.contains(QStringLiteral("BALLCHASING_TOKEN")));
    }

    void secretsAreNeverReadFromSettings()
    {
        m_settings->setValue(QStringLiteral("BALLCHASING_API_KEY"),
                             QStringLiteral("plaintext-key"));
        m_settings->setValue(QStringLiteral("BCSTATS_API_TOKEN"),
                             QStringLiteral("plaintext-token"));
        const ConfigLoadResult result = load();
        QVERIFY(result.config);
        QVERIFY(result.config->apiKey.isEmpty());
        QVERIFY(result.config->apiToken.isEmpty());
        QCOMPARE(result.warnings.size(), 2);
        for (const QString &warning : result.warnings) {
            QVERIFY2(warning.contains(QStringLiteral("ignored")), qPrintable(warning));
            QVERIFY(!warning.contains(QStringLiteral("plaintext")));
        }
    }

    void malformedDotEnvLinesAreWarnings()
    {
        writeFile(QStringLiteral("cwd/.env"), "BCSTATS_API_PORT=4321\nthis is not a setting\n");
        const ConfigLoadResult result = load();
        QVERIFY(result.config);
        QCOMPARE(result.config->apiPort, quint16(4321));
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(result.warnings.first().contains(QStringLiteral("line 2")));
        QVERIFY(result.warnings.first().contains(path(QStringLiteral("cwd/.env"))));
    }

    void portZeroIsAllowed()
    {
        m_sources.commandLine.insert(QStringLiteral("BCSTATS_API_PORT"), QStringLiteral("0"));
        QCOMPARE(loadOk().apiPort, quint16(0));
    }

    void rateLimitOverride()
    {
        m_sources.environment.insert(QStringLiteral("BALLCHASING_RATE_LIMITS"),
                                     QStringLiteral("get=5/1"));
        const AppConfig config = loadOk();
        QVERIFY(config.rateLimitOverride);
        QCOMPARE(config.rateLimitOverride->value(EndpointGroup::Get), (QList<RateRule>{{5, 1000}}));
    }

    void syncSources()
    {
        QVERIFY(load().config->syncAccounts); // both by default
        m_sources.environment.insert(QStringLiteral("BCSTATS_SYNC_SOURCES"), QStringLiteral("uploader"));
        QVERIFY(!load().config->syncAccounts);
        m_sources.environment.insert(QStringLiteral("BCSTATS_SYNC_SOURCES"),
                                     QStringLiteral(" Accounts , uploader"));
        QVERIFY(load().config->syncAccounts);
    }

    void invalidValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("tier") << "BALLCHASING_TIER"
                              << "platinum"
                              << "accepted: auto, regular, gold, diamond, champion, gc";
        QTest::addRow("port range") << "BCSTATS_API_PORT"
                                    << "70000"
                                    << "accepted: 0-65535";
        QTest::addRow("port text") << "BCSTATS_API_PORT"
                                   << "http"
                                   << "accepted: 0-65535";
        QTest::addRow("negative port") << "BCSTATS_API_PORT"
                                       << "-1"
                                       << "accepted: 0-65535";
        QTest::addRow("rate limits") << "BALLCHASING_RATE_LIMITS"
                                     << "list=fast"
                                     << "list=2/1,1000/3600";
        QTest::addRow("url scheme") << "BALLCHASING_BASE_URL"
                                    << "ftp://x/api"
                                    << "accepted: http(s)://";
        QTest::addRow("url garbage") << "BALLCHASING_BASE_URL"
                                     << "not a url"
                                     << "accepted: http(s)://";
        QTest::addRow("host") << "BCSTATS_API_HOST"
                              << "my host"
                              << "not an IP address or host name";
        QTest::addRow("cors") << "BCSTATS_CORS_ORIGINS"
                              << "http://localhost:*,evil"
                              << "'evil' is not an origin";
        QTest::addRow("sources") << "BCSTATS_SYNC_SOURCES"
                                 << "accounts"
                                 << "accepted: uploader, uploader,accounts";
        QTest::addRow("unknown source") << "BCSTATS_SYNC_SOURCES"
                                        << "uploader,friends"
                                        << "accepted: uploader, uploader,accounts";
        QTest::addRow("static dir") << "BCSTATS_STATIC_DIR"
                                    << "/no/such/dir"
                                    << "not an existing directory";
    }

    void invalidValues()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, mentions);
        m_sources.environment.insert(key, value);
        const ConfigLoadResult result = load();
        QVERIFY(!result.config);
        QVERIFY2(result.error.startsWith(key + QLatin1Char(':')), qPrintable(result.error));
        QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("(from environment)")),
                 qPrintable(result.error));
        QVERIFY(!result.error.contains(QLatin1Char('\n')));
    }

    void errorNamesTheDotEnvFile()
    {
        writeFile(QStringLiteral("cwd/.env"), "BALLCHASING_TIER=bronze\n");
        const ConfigLoadResult result = load();
        QVERIFY(!result.config);
        QVERIFY2(result.error.contains(path(QStringLiteral("cwd/.env"))), qPrintable(result.error));
    }

    void describeHidesSecrets()
    {
        m_sources.environment.insert(QStringLiteral("BALLCHASING_API_KEY"),
                                     QStringLiteral("super-secret"));
        m_sources.environment.insert(QStringLiteral("BCSTATS_API_TOKEN"),
                                     QStringLiteral("token-secret"));
        const QString text = describeConfig(loadOk()).join(QLatin1Char('\n'));
        QVERIFY(!text.contains(QStringLiteral("secret")));
        QVERIFY(text.contains(QStringLiteral(
            "BALLCHASING_API_KEY = set (environment variable BALLCHASING_API_KEY)")));
        QVERIFY(text.contains(QStringLiteral("BCSTATS_API_PORT = 8000 (default)")));
        QCOMPARE(describeConfig(loadOk()).size(), configKeys().size());
    }

    void envExampleIsGeneratedFromTheKeyTable()
    {
        QFile file(QStringLiteral(BCS_SOURCE_DIR "/.env.example"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString committed = QString::fromUtf8(file.readAll());
        QVERIFY2(committed == dotEnvExampleText(),
                 qPrintable(QStringLiteral("regenerate .env.example; expected:\n") +
                            dotEnvExampleText()));
        for (const ConfigKey &key : configKeys())
            QVERIFY(committed.contains(QLatin1String(key.name)));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
