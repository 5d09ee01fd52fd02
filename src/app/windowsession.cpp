#include "app/windowsession.h"

#include "api/apiserver.h"
#include "app/commandline.h"
#include "gui/services/queryservice.h"
#include "gui/shell/mainwindow.h"
#include "gui/shell/screenshotrenderer.h"
#include "net/ballchasingclient.h"
#include "storage/database.h"
#include "sync/syncmanager.h"
#include "sync/syncoverview.h"

#include <QCoreApplication>
#include <QEvent>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTimer>
#include <QStatusBar>
#include <cstdio>

namespace bcs {

namespace {
struct WindowSessionTr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::WindowSession)
};

// Prints "window painted" and quits after the window's first paint (for bench_gui).
class FirstPaintReporter : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            QTimer::singleShot(0, [] {
                std::fprintf(stdout, "window painted\n");
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_reported = false;
};

// What the first page depends on, read once before the window opens (milliseconds).
CacheState startupCacheState(const Database &database)
{
    try {
        return readCacheState(database.connection(Database::Access::ReadOnly));
    } catch (const StorageError &) {
        return {};
    }
}
} // namespace

WindowSession::WindowSession(WindowSessionInputs inputs)
    : m_inputs(std::move(inputs))
    , m_queries(std::make_unique<QueryService>(m_inputs.database))
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    WindowServices services = m_inputs.services;
    services.clientSettings.baseUrl = m_inputs.config.baseUrl;
    services.clientSettings.apiKey = m_inputs.key.key;
    m_client = std::make_unique<BallchasingClient>(m_network.get(), services.limiter,
                                                   *services.clock, services.clientSettings);
    services.queries = m_queries.get();
    services.network = m_network.get();
    services.client = m_client.get();
    services.dataDir = m_inputs.config.dataDir;
    services.config = m_inputs.config;
    const ConfigSources sources = *m_inputs.sources;
    services.checkConfig = [sources](const QMap<QString, QString> &changes) {
        return loadConfigWithChanges(sources, changes);
    };
    ApiServer *apiServer = m_inputs.apiServer;
    services.restartApi = [apiServer](const AppConfig &changed, bool enabled) {
        apiServer->stop();
        apiServer->setSettings(apiServerSettings(changed));
        LocalApiState state;
        state.enabled = enabled;
        if (enabled && apiServer->start(&state.error))
            state.url = apiServer->url();
        return state;
    };
    m_window = std::make_unique<MainWindow>(services, m_inputs.key, m_inputs.api,
                                            startupCacheState(*m_inputs.database));
    m_window->setWindowIcon(QIcon(QStringLiteral(":/bcstats/icons/bcstats.svg")));
    QObject::connect(m_window.get(), &MainWindow::apiKeyChanged, apiServer, &ApiServer::setApiKey);
    QObject::connect(m_window.get(), &MainWindow::apiKeyChanged, services.sync,
                     &SyncManager::setApiKey);
    QObject::connect(m_window.get(), &MainWindow::apiKeyChanged, m_client.get(),
                     &BallchasingClient::setApiKey);
    // The demo opens beside the real app, as its own process on its own cache; any free port
    // for its API, so it never takes the real one's.
    QObject::connect(m_window.get(), &MainWindow::demoRequested, m_window.get(), [this] {
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                     {QStringLiteral("--demo"), QStringLiteral("--api-port"),
                                      QStringLiteral("0")}))
            m_window->statusBar()->showMessage(WindowSessionTr::tr("The demo could not be started"), 10000);
    });
}

WindowSession::~WindowSession() = default;

void WindowSession::start()
{
    const QString directory = m_inputs.commandLine->screenshotsDir;
    if (directory.isEmpty()) {
        m_window->show();
        // bench_gui measures process start to a painted window: it asks the app to say when
        // the window has been painted once, and to quit then.
        if (qEnvironmentVariableIsSet("BCSTATS_QUIT_WHEN_SHOWN"))
            m_window->installEventFilter(new FirstPaintReporter(m_window.get()));
        return;
    }
    m_screenshots = std::make_unique<ScreenshotRenderer>(m_window.get(), m_queries.get(), directory);
    QObject::connect(m_screenshots.get(), &ScreenshotRenderer::finished, m_window.get(),
                     [this](const QString &error) {
                         for (const QString &path : m_screenshots->written())
                             std::fprintf(stdout, "%s\n", qPrintable(path));
                         if (!error.isEmpty())
                             std::fprintf(stderr, "bcstats: %s\n", qPrintable(error));
                         std::fflush(stdout);
                         QCoreApplication::exit(error.isEmpty() ? 0 : 1);
                     });
    m_screenshots->start();
}

} // namespace bcs
