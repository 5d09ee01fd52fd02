#include "app/application.h"

#include "api/apiserver.h"
#include "app/commandline.h"
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

#ifdef BCS_WITH_GUI
#include "gui/mainwindow.h"
#include <QApplication>
#include <QIcon>
#endif

#include <QCoreApplication>
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

// The app's own strings and Qt's (dialog buttons etc.) in the system language, when available.
void installTranslators(QCoreApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale::system(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(QLocale::system(), QLatin1String(kExecutableName), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
}

// Cached replays and when the last sync completed, for the window's headline.
std::pair<int, QString> cacheSummary(const Database &database)
{
    try {
        const int count = ReplayRepository(database.connection()).count(ReplayStatus::Ok);
        for (const SyncLogEntry &entry : SyncLogRepository(database.connection()).history(20)) {
            if (entry.status == QLatin1String("completed"))
                return {count, QDateTime::fromMSecsSinceEpoch(entry.startedMs)
                                   .toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
        }
        return {count, {}};
    } catch (const StorageError &) {
        return {0, {}};
    }
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
#ifdef BCS_WITH_GUI
    if (commandLineWantsWindow(argc, argv))
        return std::make_unique<QApplication>(argc, argv);
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int runApplication(int argc, char **argv)
{
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QLatin1String(kExecutableName));
    QCoreApplication::setOrganizationName(QLatin1String(kExecutableName));
    QCoreApplication::setApplicationVersion(QLatin1String(kVersion));
    installTranslators(*app);

    const CommandLine commandLine = parseCommandLine(QCoreApplication::arguments());
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
    const AppConfig &config = *loaded.config;
    if (commandLine.showConfig) {
        for (const QString &line : describeConfig(config))
            printLine(stdout, line);
        return Ok;
    }

    const ApiKeyStore keyStore;
    const ApiKeyLookup key = keyStore.resolve(config.apiKey, config.apiKeyOrigin);
    printLine(stderr,
              key.found()
                  ? ApplicationTr::tr("bcstats: ballchasing API key from %1").arg(key.origin)
                  : ApplicationTr::tr("bcstats: no ballchasing API key: %1").arg(key.problem));

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

    ApiServerSettings serverSettings;
    serverSettings.host = config.apiHost;
    serverSettings.port = config.apiPort;
    serverSettings.token = config.apiToken;
    serverSettings.corsOrigins = config.corsOrigins;
    serverSettings.staticDir = config.staticDir;
    serverSettings.allowedHosts = config.allowedHosts;
    ApiServices services;
    services.clock = &clock;
    services.limiter = &limiter;
    services.tiers = &tiers;
    services.database = &database;
    services.sync = &sync;
    services.client.baseUrl = config.baseUrl;
    services.client.apiKey = key.key;
    ApiServer apiServer(serverSettings, services);

    if (!commandLine.noApi) {
        QString error;
        if (!apiServer.start(&error)) {
            printLine(stderr, ApplicationTr::tr("bcstats: %1").arg(error));
            return RuntimeFailure;
        }
        if (commandLine.mode == CommandLine::Mode::Headless)
            printLine(stdout, ApplicationTr::tr("API listening on %1").arg(apiServer.url()));
        else
            printLine(stderr,
                      ApplicationTr::tr("bcstats: API listening on %1").arg(apiServer.url()));
    }

#ifdef BCS_WITH_GUI
    std::unique_ptr<MainWindow> window;
    if (commandLine.mode == CommandLine::Mode::Window) {
        MainWindowStatus status;
        status.apiUrl = apiServer.isRunning() ? apiServer.url() : QString();
        status.keyOrigin = key.origin;
        status.keyProblem = key.problem;
        status.dataDir = config.dataDir;
        std::tie(status.cachedReplays, status.lastSync) = cacheSummary(database);
        window = std::make_unique<MainWindow>(status, &keyStore);
        window->setWindowIcon(QIcon(QStringLiteral(":/bcstats/icons/bcstats.svg")));
        QObject::connect(window.get(), &MainWindow::apiKeyChanged, &apiServer,
                         &ApiServer::setApiKey);
        QObject::connect(window.get(), &MainWindow::apiKeyChanged, &sync, &SyncManager::setApiKey);
        MainWindow *view = window.get();
        QObject::connect(view, &MainWindow::syncRequested, &sync, [&sync, view, &database] {
            const SyncStartResult started = sync.start({});
            if (started.kind == SyncStartResult::Kind::Started)
                return;
            const auto [count, last] = cacheSummary(database);
            view->showSyncFinished(started.kind == SyncStartResult::Kind::AlreadySynced
                                       ? ApplicationTr::tr("Already synced")
                                       : started.error,
                                   count, last);
        });
        QObject::connect(&sync, &SyncManager::progress, view, [view](const SyncStatus &progress) {
            if (progress.running)
                view->showSyncProgress(
                    ApplicationTr::tr("Syncing: %1 found, %2 fetched, %3 already cached, %4 failed")
                        .arg(progress.found)
                        .arg(progress.fetched)
                        .arg(progress.skipped)
                        .arg(progress.failed));
        });
        QObject::connect(
            &sync, &SyncManager::finished, view, [view, &database](const SyncStatus &outcome) {
                const auto [count, last] = cacheSummary(database);
                view->showSyncFinished(
                    outcome.lastStatus == QLatin1String("completed")
                        ? ApplicationTr::tr("Sync completed: %1 new replays").arg(outcome.fetched)
                        : ApplicationTr::tr("Sync %1: %2").arg(outcome.lastStatus, outcome.error),
                    count, last);
            });
        window->show();
    }
#endif

    const int code = QCoreApplication::exec();
    apiServer.stop(); // quit + wait: the API thread finishes the request it is on
    return code;
}

} // namespace bcs
