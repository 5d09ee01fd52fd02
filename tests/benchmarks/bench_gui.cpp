// bench_gui: the window's speed (DESIGN.md §9, issue targets): process start to a painted window
// with a 20,000-replay cache (target < 1 s), and the longest stall of the GUI thread — how late a
// 5 ms heartbeat timer fires — while a sync stores replays at the gc tier's full rate and while
// the pages query (target < 50 ms), and while the Replays table is scrolled end to end (target
// < 50 ms); the Stats page's new numbers after a filter change (target < 200 ms) and after a
// role save (< 1.5 s). Prints the figures; not a pass/fail test.
//   bench_gui [--replays N] [--sync N] [--starts N] [--keep DIR | --reuse DIR]
//             [--replays-table-only | --stats-page-only]

#include "demo/demostore.h"
#include "fakes/fakeballchasingserver.h"
#include "fakes/matchhistory.h"
#include "gui/filters/filterstate.h"
#include "gui/models/comparisonmodel.h"
#include "gui/models/replaysmodel.h"
#include "gui/models/statimpactmodel.h"
#include "gui/pages/analysispage.h"
#include "gui/pages/playerspage.h"
#include "gui/pages/replayspage.h"
#include "gui/pages/statspage.h"
#include "gui/pages/syncpage.h"
#include "gui/pages/whatmatterstab.h"
#include "gui/roles/playerstablemodel.h"
#include "gui/roles/rolebuckets.h"
#include "gui/roles/roleeditor.h"
#include "gui/services/queryservice.h"
#include "gui/shell/mainwindow.h"
#include "net/ballchasingclient.h"
#include "net/ratelimiter.h"
#include "net/tierselection.h"
#include "secrets/apikeystore.h"
#include "stats/derivedtables.h"
#include "storage/database.h"
#include "support/windowtestbed.h"
#include "sync/requestjournal.h"
#include "sync/syncmanager.h"
#include "sync/syncoverview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTest>
#include <algorithm>
#include <cstdio>

using namespace bcs;

namespace {

const QDateTime kFirstGame(QDate(2024, 1, 1), QTime(18, 0), Qt::UTC);
constexpr qint64 kSpacingSeconds = 1800;

void buildCache(const QString &directory, int replays)
{
    QElapsedTimer timer;
    timer.start();
    Database database(QDir(directory).filePath(QStringLiteral("cache.sqlite")));
    if (const QString error = database.open(); !error.isEmpty())
        qFatal("%s", qPrintable(error));
    const auto games = demo::MatchHistory(11).games(replays, kFirstGame, kSpacingSeconds);
    demo::storeGames(database, games, kFirstGame.addSecs(replays * kSpacingSeconds + 3600),
                     [](int, int) { return true; });
    std::printf("cache: %d replays built in %.1f s\n", replays, timer.elapsed() / 1000.0);
    std::fflush(stdout);
}

// Process start to the first painted window, `runs` times; the median and the worst.
void measureStart(const QString &directory, int runs)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("BCSTATS_QUIT_WHEN_SHOWN"), QStringLiteral("1"));
        environment.insert(QStringLiteral("BCSTATS_DATA_DIR"), directory);
        environment.insert(QStringLiteral("BALLCHASING_API_KEY"), QStringLiteral("bench"));
        environment.insert(QStringLiteral("BALLCHASING_BASE_URL"), QStringLiteral("http://127.0.0.1:9/api"));
        environment.insert(QStringLiteral("HOME"), QDir(directory).filePath(QStringLiteral("home")));
        app.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        app.start(QStringLiteral(BCS_BIN_DIR "/bcstats"), {QStringLiteral("--no-api")});
        bool painted = false;
        while (app.waitForReadyRead(10000)) {
            if (app.readAllStandardOutput().contains("window painted")) {
                painted = true;
                break;
            }
        }
        const double seconds = timer.elapsed() / 1000.0;
        app.waitForFinished(10000);
        if (!painted) {
            std::printf("start: the window did not report a paint (%s)\n",
                        app.readAllStandardError().constData());
            return;
        }
        times << seconds;
    }
    std::sort(times.begin(), times.end());
    std::printf("start to painted window (%d runs, offscreen): median %.3f s, worst %.3f s "
                "(target < 1 s)\n",
                int(times.size()), times.at(times.size() / 2), times.last());
    std::fflush(stdout);
}

// Runs the event loop for `ms` (QTest::qWait sleeps between its rounds, which a heartbeat
// would count as a stall).
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// A heartbeat every 5 ms on the GUI thread; its lateness is how long the thread was busy.
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_clock.start();
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0)
                m_lateness << (now - m_last) / 1e6 - kPeriodMs;
            m_last = now;
        });
        m_timer.start(kPeriodMs);
    }
    void report(const char *what) const
    {
        QList<double> sorted = m_lateness;
        std::sort(sorted.begin(), sorted.end());
        if (sorted.isEmpty())
            return;
        std::printf("%s: longest GUI stall %.1f ms, p99 %.1f ms, p50 %.1f ms over %d beats "
                    "(target < 50 ms)\n",
                    what, sorted.last(), sorted.at(int(sorted.size() * 0.99)),
                    sorted.at(sorted.size() / 2), int(sorted.size()));
        std::fflush(stdout);
    }

private:
    static constexpr int kPeriodMs = 5;
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_last = 0;
    QList<double> m_lateness;
};

void measureStalls(const QString &cacheDirectory, int syncReplays, int cachedReplays)
{
    QTemporaryDir directory;
    QFile::copy(QDir(cacheDirectory).filePath(QStringLiteral("cache.sqlite")),
                directory.filePath(QStringLiteral("cache.sqlite")));
    Database database(directory.filePath(QStringLiteral("cache.sqlite")));
    if (const QString error = database.open(); !error.isEmpty())
        qFatal("%s", qPrintable(error));
    test::FakeBallchasingServer fake;
    fake.start();
    fake.setTier(QStringLiteral("gc"));
    fake.setLatency(30, 10);
    // Newer games than the cache holds: every one is fetched and stored.
    fake.addReplays(demo::MatchHistory::details(demo::MatchHistory(12).games(
        syncReplays, kFirstGame.addSecs((cachedReplays + 10) * kSpacingSeconds), kSpacingSeconds)));
    const SystemClock clock;
    RequestJournal journal;
    RateLimiter limiter(clock, {});
    TierSelection tiers(QStringLiteral("gc"), std::nullopt, &limiter);
    SyncServices syncServices;
    syncServices.database = &database;
    syncServices.limiter = &limiter;
    syncServices.tiers = &tiers;
    syncServices.journal = &journal;
    syncServices.clock = &clock;
    syncServices.client.baseUrl = fake.baseUrl();
    syncServices.client.apiKey = QStringLiteral("test-key");
    syncServices.afterCacheChanged = refreshDerivedTables; // as the app: the writer's work too
    SyncManager sync(syncServices);
    sync.startThread();
    QueryService queries(&database);
    QNetworkAccessManager network;
    BallchasingClient client(&network, &limiter, clock, syncServices.client);
    const ApiKeyStore keyStore(QStringLiteral("bcstats-bench"), 200);
    WindowServices services;
    services.sync = &sync;
    services.queries = &queries;
    services.keyStore = &keyStore;
    services.limiter = &limiter;
    services.tiers = &tiers;
    services.clock = &clock;
    services.network = &network;
    services.client = &client;
    services.clientSettings = syncServices.client;
    services.dataDir = directory.path();
    ApiKeyState key;
    key.key = QStringLiteral("test-key");
    key.origin = QStringLiteral("bench");
    MainWindow window(services, key, {}, readCacheState(database.connection()));
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the window was not exposed");
    spin(500);

    // What one full paint of each page costs (the floor of any stall when a page is shown).
    for (const QString &name : window.pageNames()) {
        window.showPage(name);
        spin(300);
        QElapsedTimer paint;
        paint.start();
        constexpr int kPaints = 5;
        for (int i = 0; i < kPaints; ++i)
            window.grab();
        std::printf("paint of the %s page at 1280x800: %.1f ms\n", qPrintable(name),
                    paint.elapsed() / double(kPaints));
    }
    {
        // Pages querying: the Sync page's overview of the whole cache, over and over, while
        // switching pages as a user clicking around would.
        Heartbeat beat;
        QElapsedTimer timer;
        timer.start();
        int round = 0;
        while (timer.elapsed() < 5000) {
            window.showPage(window.pageNames().at(1 + round++ % 5));
            window.syncPage()->refresh();
            spin(100);
        }
        spin(500);
        beat.report("pages querying a cache of ~20,000");
    }
    {
        Heartbeat beat;
        window.showPage(QStringLiteral("sync"));
        QSignalSpy finished(&sync, &SyncManager::finished);
        QElapsedTimer timer;
        timer.start();
        window.syncPage()->startSync();
        int round = 0;
        while (finished.isEmpty() && timer.elapsed() < 600000) {
            if (++round % 10 == 0)
                window.showPage(window.pageNames().at(1 + round / 10 % 5));
            spin(100);
        }
        const SyncStatus status = finished.isEmpty() ? SyncStatus() : finished.first().first().value<SyncStatus>();
        std::printf("sync at gc: %d replays fetched in %.1f s (%.1f/s)\n", status.fetched,
                    timer.elapsed() / 1000.0, status.fetched / (timer.elapsed() / 1000.0));
        beat.report("sync storing at the gc tier's rate, pages switching");
    }
}

// The Replays table scrolled end to end a screenful per frame (a held Page Down), its rows
// arriving a page at a time through the query service; then the same after a re-sort by duration
// (no index: SQLite sorts every row per page). The longest GUI stall over it all.
void measureReplaysScroll(const QString &cacheDirectory)
{
    Database database(QDir(cacheDirectory).filePath(QStringLiteral("cache.sqlite")));
    if (const QString error = database.open(); !error.isEmpty())
        qFatal("%s", qPrintable(error));
    QueryService queries(&database);
    FilterState filters;
    WindowServices services;
    services.queries = &queries;
    ReplaysPage page(services, &filters);
    page.showState(readCacheState(database.connection()));
    page.resize(1280, 800);
    QSignalSpy counted(page.model(), &ReplaysModel::counted);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page) || !counted.wait(10000))
        qFatal("the Replays page did not count its rows");
    spin(300);
    QTableView *table = page.table();
    QScrollBar *bar = table->verticalScrollBar();
    const auto scrollToEnd = [&](const char *what) {
        Heartbeat beat;
        QElapsedTimer timer;
        timer.start();
        int frames = 0;
        int blankFrames = 0; // frames whose bottom row had not arrived yet
        while (bar->value() < bar->maximum()) {
            bar->setValue(bar->value() + bar->pageStep());
            spin(16);
            ++frames;
            const int bottom = table->rowAt(table->viewport()->height() - 1);
            if (!page.model()->rowAt(bottom < 0 ? page.model()->rowCount() - 1 : bottom))
                ++blankFrames;
        }
        const double seconds = timer.elapsed() / 1000.0;
        while (!page.model()->isComplete() && timer.elapsed() < 60000)
            spin(50);
        std::printf("replays table, %s: %d rows scrolled in %d frames (%.1f s), %d frames with "
                    "the bottom row still loading; %d rows loaded, %d delivered\n",
                    what, page.model()->rowCount(), frames, seconds, blankFrames,
                    page.model()->loadedRows(), page.model()->deliveredRows());
        beat.report(what);
    };
    scrollToEnd("Replays table scrolled end to end (newest first)");
    // Only the rows the view asks for, so that each frame waits on its own page.
    page.model()->setFillInBackground(false);
    page.model()->sort(ReplaysModel::Duration, Qt::AscendingOrder);
    bar->setValue(0);
    if (!counted.wait(10000))
        qFatal("the Replays page did not sort");
    spin(300);
    scrollToEnd("Replays table scrolled end to end (by duration, rows only as asked)");
    {
        // The scroll bar dragged from the top to the bottom at once: how long the last rows
        // stay blank.
        bar->setValue(0);
        spin(300); // the top on screen: the new count brings the first page only
        page.model()->sort(ReplaysModel::Date, Qt::AscendingOrder);
        if (!counted.wait(10000))
            qFatal("the Replays page did not sort");
        spin(300);
        Heartbeat beat;
        QElapsedTimer timer;
        timer.start();
        bar->setValue(bar->maximum());
        while (!page.model()->rowAt(page.model()->rowCount() - 1) && timer.elapsed() < 10000)
            spin(1);
        std::printf("replays table, jump to the last row: rows on screen after %lld ms\n",
                    timer.elapsed());
        spin(300);
        beat.report("Replays table jumped to its end");
    }
}


// The Stats page (targets: new numbers < 200 ms after a filter change; a role save to fresh
// numbers on screen < 1.5 s), in the window as the app wires it, over a copy of the cache (the
// save writes): the time from the change to the comparison table holding the new numbers and
// the page painted with them.
void measureStatsPage(const QString &cacheDirectory)
{
    test::WindowTestbed bed(refreshDerivedTables);
    const QString error = bed.reopenCache([&](std::unique_ptr<Database> &database) {
        const QString cache = bed.directory.filePath(QStringLiteral("bench-cache.sqlite"));
        QFile::copy(QDir(cacheDirectory).filePath(QStringLiteral("cache.sqlite")), cache);
        database = std::make_unique<Database>(cache);
        return database->open();
    });
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    auto window = bed.makeWindow(bed.key());
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("the window was not exposed");
    auto *stats = window->findChild<StatsPage *>();
    auto *players = window->findChild<PlayersPage *>();
    auto *filters = window->findChild<FilterState *>();
    ComparisonModel *table = stats->comparisonModel();
    // Waits for the table's next answer, then paints the page with it; the elapsed ms.
    const auto answered = [&](QElapsedTimer &timer, const std::function<void()> &change) {
        QSignalSpy reset(table, &QAbstractItemModel::modelReset);
        QSignalSpy changed(table, &QAbstractItemModel::dataChanged);
        timer.start();
        change();
        while (reset.isEmpty() && changed.isEmpty() && timer.elapsed() < 30000)
            spin(1);
        stats->repaint();
        return double(timer.elapsed());
    };
    QElapsedTimer timer;
    const double first = answered(timer, [&] { window->showPage(QStringLiteral("stats")); });
    std::printf("stats page shown, first numbers: %.0f ms\n", first);
    spin(500);

    struct Change
    {
        const char *what;
        StatsFilter filter;
    };
    QList<Change> changes;
    StatsFilter filter;
    filter.teamSize = 2;
    changes.append({"team size 2", filter});
    filter = {};
    filter.playlists = {QStringLiteral("ranked-doubles")};
    changes.append({"ranked doubles", filter});
    filter = {};
    filter.map = QStringLiteral("DFH Stadium");
    changes.append({"one map", filter});
    filter = {};
    filter.excludeTies = true;
    filter.minDurationSeconds = 300;
    changes.append({"no ties, 5 min or longer", filter});
    filter = {};
    filter.afterMs = kFirstGame.addDays(200).toMSecsSinceEpoch();
    changes.append({"the last 200 days", filter});
    changes.append({"back to everything", StatsFilter()});
    double worst = 0;
    for (const Change &change : changes) {
        const double ms = answered(timer, [&] {
            filters->setFilter(change.filter, change.filter.afterMs ? FilterState::DatePreset::Custom
                                                                    : FilterState::DatePreset::Everything);
        });
        worst = std::max(worst, ms);
        std::printf("stats page after a filter change (%s): new numbers on screen in %.0f ms\n",
                    change.what, ms);
        spin(300);
    }
    std::printf("stats page after a filter change: worst %.0f ms (target < 200 ms)\n", worst);

    // A role save on the Players page, then the Stats page: a teammate's names to a new alias.
    window->showPage(QStringLiteral("players"));
    spin(300);
    while (players->playersModel()->rowCount() == 0 && timer.elapsed() < 60000)
        spin(10);
    const PlayerConfig before = players->editor()->config();
    if (before.teammates.isEmpty())
        qFatal("the bench cache has no teammates to move");
    const auto added = rolebuckets::addTeammate(before, QStringLiteral("zed"));
    players->editor()->change(rolebuckets::assign(*added, before.teammates.constFirst().second,
                                                  rolebuckets::teammateBucket(*added, QStringLiteral("zed"))),
                              QStringLiteral("bench"));
    QSignalSpy saved(players, &PlayersPage::rolesSaved);
    const double save = answered(timer, [&] {
        players->save();
        while (saved.isEmpty() && timer.elapsed() < 30000)
            spin(1);
        window->showPage(QStringLiteral("stats"));
    });
    std::printf("role save to fresh numbers on the Stats page: %.0f ms (target < 1.5 s)\n", save);

    // Analysis ▸ What matters: every catalogue stat against goal difference (83 reads).
    auto *analysis = window->findChild<AnalysisPage *>();
    window->showPage(QStringLiteral("analysis"));
    spin(300);
    QSignalSpy ranked(analysis->whatMatters()->model(), &QAbstractItemModel::modelReset);
    timer.start();
    analysis->tabs()->setCurrentWidget(analysis->whatMatters());
    while (ranked.isEmpty() && timer.elapsed() < 120000)
        spin(5);
    std::printf("analysis, every stat ranked against goal difference: %lld ms\n", timer.elapsed());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as it is measured, also into a pipe
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    const QCommandLineOption replaysOption(QStringLiteral("replays"), QStringLiteral("Cache size."),
                                           QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption syncOption(QStringLiteral("sync"), QStringLiteral("Replays to sync."),
                                        QStringLiteral("N"), QStringLiteral("600"));
    const QCommandLineOption startsOption(QStringLiteral("starts"), QStringLiteral("Start runs."),
                                          QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Build the cache into DIR and keep it."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption reuseOption(QStringLiteral("reuse"),
                                         QStringLiteral("Use a cache kept by --keep."),
                                         QStringLiteral("DIR"));
    const QCommandLineOption replaysTableOption(
        QStringLiteral("replays-table-only"),
        QStringLiteral("Only scroll the Replays table (no start or sync runs)."));
    const QCommandLineOption statsPageOption(
        QStringLiteral("stats-page-only"),
        QStringLiteral("Only the Stats page's filter changes and the role save."));
    parser.addOptions({replaysOption, syncOption, startsOption, keepOption, reuseOption,
                       replaysTableOption, statsPageOption});
    parser.addHelpOption();
    parser.process(app);
    const int replays = parser.value(replaysOption).toInt();
    QTemporaryDir scratch;
    QString directory = scratch.path();
    if (parser.isSet(reuseOption)) {
        directory = parser.value(reuseOption);
    } else {
        if (parser.isSet(keepOption)) {
            directory = parser.value(keepOption);
            QDir().mkpath(directory);
        }
        buildCache(directory, replays);
    }
    if (parser.isSet(statsPageOption)) {
        measureStatsPage(directory);
        return 0;
    }
    if (!parser.isSet(replaysTableOption)) {
        measureStart(directory, parser.value(startsOption).toInt());
        measureStalls(directory, parser.value(syncOption).toInt(), replays);
        measureStatsPage(directory);
    }
    measureReplaysScroll(directory);
    return 0;
}
