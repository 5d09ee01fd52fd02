#include "app/application.h"

#include "api/apiserver.h"
#include "app/commandline.h"
#include "app/demopreparation.h"
#ifdef BCS_WITH_GUI
#include "app/exportcommand.h"
#endif
#include "app/shutdownsignals.h"
#include "app/synccommand.h"
#include "core/clock.h"
#include "core/config/configkeys.h"
#include "core/config/configloader.h"
#include "core/version.h"
#include "net/ratelimiter.h"
#include "net/tierselection.h"
#include "secrets/apikeystore.h"
#include "stats/dailytotals.h"
#include "stats/derivedtables.h"
#include "stats/replaysides.h"
#include "stats/roleindex.h"
#include "storage/database.h"
#include "storage/replayrepository.h"
#include "sync/requestjournal.h"
#include "sync/syncmanager.h"
#include "sync/syncoverview.h"

#ifdef BCS_WITH_GUI
#include "app/windowsession.h"
#include "gui/common/palettes.h"
#include "gui/shell/apikeysaver.h"
#include "gui/shell/appsettings.h"
#include <QApplication>
#endif

#include <QCoreApplication>
#include <QGuiApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>
#include <cstdio>
#include <memory>

namespace bcs {

namespace {

enum ExitCode { Ok = 0, RuntimeFailure = 1, BadConfiguration = 2 };

// lupdate reads the context from here; free functions have no class of their own.
struct ApplicationTr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::Application)
};

void printLine(FILE *stream, const QString &line)
{
    std::fprintf(stream, "%s\n", qPrintable(line));
    std::fflush(stream);
}

// The app's own strings and Qt's (dialog buttons etc.) in the system language (or the one chosen
// in the window's settings), when available.
void installTranslators(QCoreApplication &app)
{
    QLocale locale = QLocale::system();
#ifdef BCS_WITH_GUI
    if (const QString chosen = appsettings::language(); !chosen.isEmpty()) {
        locale = QLocale(chosen);
        QLocale::setDefault(locale); // numbers and dates follow the chosen language too
    }
#endif
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QLatin1String(kExecutableName), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
}


std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
#ifdef BCS_WITH_GUI
    if (commandLineWantsWindow(argc, argv)) {
        auto app = std::make_unique<QApplication>(argc, argv);
        // The desktop file's name: Wayland compositors match the window to its icon and entry.
        QGuiApplication::setDesktopFileName(QStringLiteral("io.github.bcstats.BallchasingStats"));
        return app;
    }
    if (commandLineIsExport(argc, argv)) {
        // The tables' models draw their role swatches (pixmaps need a GUI application); no window
        // is shown, so no display is needed either.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int runApplication(int argc, char **argv)
{
    applyEarlyDisplayOptions(argc, argv);
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QLatin1String(kExecutableName));
    QCoreApplication::setOrganizationName(QLatin1String(kExecutableName));
    QCoreApplication::setApplicationVersion(QLatin1String(kVersion));
    installTranslators(*app);

    const CommandLine commandLine = parseCommandLine(QCoreApplication::arguments());
#ifdef BCS_WITH_GUI
    if (commandLine.mode == CommandLine::Mode::Window && !commandLine.palette.isEmpty())
        palettes::apply(commandLine.palette);
#endif
    if (commandLine.printEnvExample) {
        std::fputs(qPrintable(dotEnvExampleText()), stdout);
        return Ok;
    }

    QSettings savedSettings;
    ConfigSources sources;
    sources.commandLine = commandLine.overrides;
    sources.environment = QProcessEnvironment::systemEnvironment();
    sources.workingDirectory = QDir::currentPath();
    // <generic data>/bcstats: ~/.local/share/bcstats, ~/Library/Application Support/bcstats,
    // %LOCALAPPDATA%/bcstats (AppDataLocation would nest organisation and application names).
    sources.defaultDataDir =
        QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
            .filePath(QLatin1String(kExecutableName));
    sources.savedSettings = &savedSettings;
    const ConfigLoadResult loaded = loadConfig(sources);
    for (const QString &warning : loaded.warnings)
        printLine(stderr, ApplicationTr::tr("bcstats: warning: %1").arg(warning));
    if (!loaded.config) {
        printLine(stderr, ApplicationTr::tr("bcstats: %1").arg(loaded.error));
        return BadConfiguration;
    }
    AppConfig config = *loaded.config;
    if (commandLine.demo) {
        // A cache of its own: a real sync never writes into it, and no key is used with it.
        config.dataDir = QDir(config.dataDir).filePath(QStringLiteral("demo"));
        config.apiKey.clear();
        if (commandLine.mode == CommandLine::Mode::Sync) {
            printLine(stderr, ApplicationTr::tr("bcstats: the demo data is never synced"));
            return BadConfiguration;
        }
    }
    if (commandLine.showConfig) {
        for (const QString &line : describeConfig(config))
            printLine(stdout, line);
        return Ok;
    }

    const ApiKeyStore keyStore;
    ApiKeyLookup key;
    if (commandLine.demo) {
        key.problem = ApplicationTr::tr("demo data is never synced");
        if (const QString error = prepareDemoCache(config.dataDir,
                                                   commandLine.mode == CommandLine::Mode::Window);
            !error.isEmpty()) {
            printLine(stderr, ApplicationTr::tr("bcstats: %1").arg(error));
            return RuntimeFailure;
        }
        printLine(stderr, ApplicationTr::tr("bcstats: demo data in %1").arg(config.dataDir));
    } else {
        key = keyStore.resolve(config.apiKey, config.apiKeyOrigin);
        printLine(stderr,
                  key.found()
                      ? ApplicationTr::tr("bcstats: ballchasing API key from %1").arg(key.origin)
                      : ApplicationTr::tr("bcstats: no ballchasing API key: %1").arg(key.problem));
    }

    const SystemClock clock;
    Database database(QDir(config.dataDir).filePath(QStringLiteral("cache.sqlite")));
    if (const QString error = database.open(); !error.isEmpty()) {
        printLine(stderr, ApplicationTr::tr("bcstats: %1").arg(error));
        return RuntimeFailure;
    }
    RequestJournal journal;
    RateLimiter limiter(clock, {});
    TierSelection tiers(config.tier, config.rateLimitOverride, &limiter);
    if (const QString warning = restoreLimiterFromLog(database, limiter, clock); !warning.isEmpty())
        printLine(stderr, ApplicationTr::tr("bcstats: warning: %1").arg(warning));
    limiter.setGrantObserver(
        [&journal](EndpointGroup group, qint64 sentMs) { journal.record(group, sentMs); });

    SyncServices syncServices;
    syncServices.database = &database;
    syncServices.limiter = &limiter;
    syncServices.tiers = &tiers;
    syncServices.journal = &journal;
    syncServices.clock = &clock;
    syncServices.client.baseUrl = config.baseUrl;
    syncServices.client.apiKey = key.key;
    syncServices.syncAccounts = config.syncAccounts;
    syncServices.afterCacheChanged = refreshDerivedTables;
    if (commandLine.demo)
        syncServices.neverSyncReason = ApplicationTr::tr("the demo data is never synced");
    SyncManager sync(syncServices);
    sync.startThread();
    // Roles are derived data: rebuild them if this cache has player rows without (first start
    // after an upgrade, or a crash between storing replays and rebuilding).
    if (const QString error = sync.runWrite([](const Database &cache) {
            if (roleIndexIsStale(cache))
                rebuildRoles(cache);
        });
        !error.isEmpty())
        printLine(stderr, ApplicationTr::tr("bcstats: warning: %1").arg(error));
    sync.runWriteLater([](const Database &cache) {
        refreshDailyTotals(cache);
        refreshReplaySides(cache);
    });

    ShutdownSignals shutdownSignals;
    QObject::connect(&shutdownSignals, &ShutdownSignals::shutdownRequested, app.get(),
                     &QCoreApplication::quit);
    if (commandLine.mode == CommandLine::Mode::Sync)
        return runSyncCommand(sync, commandLine, shutdownSignals);
    if (commandLine.mode == CommandLine::Mode::Export) {
#ifdef BCS_WITH_GUI
        return runExportCommand(database, commandLine);
#else
        printLine(stderr, ApplicationTr::tr("bcstats: this build has no tables to export"));
        return BadConfiguration;
#endif
    }

    const ApiServerSettings serverSettings = apiServerSettings(config);
    ApiServices services;
    services.clock = &clock;
    services.limiter = &limiter;
    services.tiers = &tiers;
    services.database = &database;
    services.sync = &sync;
    services.client.baseUrl = config.baseUrl;
    services.client.apiKey = key.key;
    ApiServer apiServer(serverSettings, services);

    bool serveApi = !commandLine.noApi;
#ifdef BCS_WITH_GUI
    // The window's setting; --no-api and headless runs (which are the API) decide for themselves.
    if (commandLine.mode == CommandLine::Mode::Window && !appsettings::apiEnabled())
        serveApi = false;
#endif
    QString apiError;
    if (serveApi) {
        QString error;
        if (!apiServer.start(&error)) {
            printLine(stderr, ApplicationTr::tr("bcstats: %1").arg(error));
            // The window works without it and says so in its status bar; headless is the API.
            if (commandLine.mode != CommandLine::Mode::Window)
                return RuntimeFailure;
            apiError = error;
        } else if (commandLine.mode == CommandLine::Mode::Headless) {
            printLine(stdout, ApplicationTr::tr("API listening on %1").arg(apiServer.url()));
        } else {
            printLine(stderr,
                      ApplicationTr::tr("bcstats: API listening on %1").arg(apiServer.url()));
        }
    }

#ifdef BCS_WITH_GUI
    std::unique_ptr<WindowSession> window;
    if (commandLine.mode == CommandLine::Mode::Window) {
        WindowSessionInputs inputs;
        inputs.commandLine = &commandLine;
        inputs.sources = &sources;
        inputs.config = config;
        inputs.key.key = key.key;
        inputs.key.origin = key.origin;
        inputs.key.problem = key.problem;
        inputs.key.fromConfiguration = keySetOutsideApp(config);
        inputs.api.enabled = serveApi;
        inputs.api.url = apiServer.isRunning() ? apiServer.url() : QString();
        inputs.api.error = apiError;
        inputs.database = &database;
        inputs.apiServer = &apiServer;
        inputs.services.sync = &sync;
        inputs.services.keyStore = &keyStore;
        inputs.services.limiter = &limiter;
        inputs.services.tiers = &tiers;
        inputs.services.clock = &clock;
        inputs.services.demo = commandLine.demo;
        window = std::make_unique<WindowSession>(std::move(inputs));
        window->start();
    }
#endif

    const int code = QCoreApplication::exec();
    apiServer.stop(); // quit + wait: the API thread finishes the request it is on
    return code;
}

} // namespace bcs
