// bench_sync: a full sync against the fake ballchasing server with 100 ms latency, at tier gc and
// tier gold. Prints the achieved detail rate as a fraction of the tier's cap, the 429 count, the
// total time against the lower bound pages/list_rate + details/get_rate, and bytes on disk per
// cached replay; then at tier regular (a realistic history: MatchHistory) the time until the
// players list and my listing-level stats are complete through the API (listings first), and the
// ETA of the details then, against a lower bound from the tier's rules. Not a pass/fail test:
// run it and read the figures.
//   bench_sync [--gc-replays N] [--gold-replays N] [--regular-replays N] [--latency MS]

#include "core/ratelimits.h"
#include "fakes/fakeballchasingserver.h"
#include "core/playerconfig.h"
#include "fakes/matchhistory.h"
#include "fakes/replaygenerator.h"
#include "stats/derivedtables.h"
#include "storage/rolerepository.h"
#include "support/httpcall.h"
#include "net/ratelimiter.h"
#include "net/tierselection.h"
#include "storage/database.h"
#include "storage/replayrepository.h"
#include "support/synctestbed.h"
#include "sync/syncmanager.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <cstdio>

using namespace bcs;
using namespace bcs::test;

namespace {

struct Figures
{
    QString tier;
    int replays = 0;
    int pages = 0;
    double seconds = 0;
    double lowerBound = 0;
    double detailRate = 0;
    double cap = 0;
    int violations = 0;
    int rateLimited = 0;
    double bytesPerReplay = 0;
    double marginalBytesPerReplay = 0; // without the fixed size of an empty cache
    double detailJsonBytes = 0;
};

Figures run(const QString &tier, int replays, int latencyMs)
{
    SyncTestbed bed;
    FakeBallchasingServer &fake = bed.fake;
    fake.setLatency(latencyMs, latencyMs / 10);
    const ReplayGenerator generator(77);
    fake.addReplays(
        generator.makeDetails(replays, QDateTime::currentDateTimeUtc().addDays(-60), 3600));
    Database &db = *bed.database;
    const qint64 emptySize = db.sizeOnDisk();
    bed.makeSync(tier);
    SyncManager &sync = *bed.sync;

    QEventLoop loop;
    SyncStatus last;
    QObject::connect(&sync, &SyncManager::finished, &loop, [&](const SyncStatus &status) {
        last = status;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    sync.start({});
    loop.exec();

    Figures figures;
    figures.tier = tier;
    figures.replays = last.fetched;
    figures.seconds = timer.elapsed() / 1000.0;
    const RateLimitTable limits = rateLimitsForTier(tier);
    const RateRule list = limits.value(EndpointGroup::List).first();
    const RateRule get = limits.value(EndpointGroup::Get).first();
    figures.cap = get.count * 1000.0 / get.windowMs;
    figures.pages = (replays + 199) / 200;
    figures.lowerBound =
        figures.pages / (list.count * 1000.0 / list.windowMs) + replays / figures.cap;
    QList<qint64> detailArrivals;
    for (const RecordedRequest &request : fake.requests()) {
        if (request.path.startsWith(QLatin1String("/api/replays/")))
            detailArrivals.append(request.arrivalNs);
    }
    if (detailArrivals.size() > 1)
        figures.detailRate =
            (detailArrivals.size() - 1) / ((detailArrivals.last() - detailArrivals.first()) / 1e9);
    figures.violations = fake.rateLimitViolations();
    figures.rateLimited = last.rateLimited;
    sync.stopThread();
    {
        QSqlQuery checkpoint(db.connection());
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QSqlQuery size(db.connection());
        if (size.exec(QStringLiteral("SELECT avg(detail_bytes) FROM replays")) && size.next())
            figures.detailJsonBytes = size.value(0).toDouble();
    }
    figures.bytesPerReplay = double(db.sizeOnDisk()) / std::max(1, figures.replays);
    figures.marginalBytesPerReplay =
        double(db.sizeOnDisk() - emptySize) / std::max(1, figures.replays);
    return figures;
}

// Regular tier (2/s and 1,000/h per group): the sync runs until every listing page is in, then
// the status's ETA for the details still queued is compared with a lower bound computed here
// from the tier's rules alone: the i-th get request of an hour-long burst schedule cannot go
// before floor(i / count) windows of each rule. The sync is then cancelled (it would take hours).
struct EtaFigures
{
    int replays = 0;
    double listedAfterSeconds = 0;
    double completeAfterSeconds = 0; // /api/players and my listed stats answered in full
    bool complete = false;
    int queued = 0;
    double etaSeconds = 0;
    double lowerBoundSeconds = 0;
};

EtaFigures runRegularEta(int replays, int latencyMs)
{
    SyncTestbed bed;
    bed.fake.setLatency(latencyMs, latencyMs / 10);
    const QList<GeneratedGame> games = MatchHistory(78).games(
        replays, QDateTime::currentDateTimeUtc().addDays(-400), 3 * 3600);
    bed.fake.addReplays(MatchHistory::details(games));
    bed.afterCacheChanged = refreshDerivedTables; // as the app does
    RoleRepository(bed.database->connection())
        .saveConfig(*parsePlayerConfig(MatchHistory::playerConfig()).config, 0);
    bed.makeSync(QStringLiteral("regular"));
    bed.startApi();
    int playerRows = 0, myGames = 0;
    for (const GeneratedGame &game : games) {
        myGames += !game.myTeam.isEmpty();
        for (const char *team : {"blue", "orange"})
            playerRows += int(game.detail.value(QLatin1String(team))
                                  .toObject()
                                  .value(QStringLiteral("players"))
                                  .toArray()
                                  .size());
    }
    SyncManager &sync = *bed.sync;
    EtaFigures figures;
    figures.replays = replays;
    QEventLoop loop;
    QElapsedTimer timer;
    QObject::connect(&sync, &SyncManager::progress, &loop, [&](const SyncStatus &status) {
        if (!status.listingComplete || figures.listedAfterSeconds > 0)
            return;
        figures.listedAfterSeconds = timer.elapsed() / 1000.0;
        int counted = 0;
        for (const QJsonValue player :
             httpCall("GET", bed.apiUrl(QStringLiteral("/api/players"))).json.array())
            counted += player[QStringLiteral("count")].toInt();
        const int listedGames =
            httpCall("GET", bed.apiUrl(QStringLiteral("/api/stats/me")))
                .json[QStringLiteral("stats")][QStringLiteral("listed")][QStringLiteral("games")]
                .toInt();
        figures.completeAfterSeconds = timer.elapsed() / 1000.0;
        figures.complete = counted == playerRows && listedGames == myGames;
        figures.queued = status.queued;
        figures.etaSeconds = status.etaSeconds.value_or(-1);
        int sentGets = 0;
        for (const RecordedRequest &request : bed.fake.requests())
            sentGets += request.path != QLatin1String("/api/replays") ? 1 : 0;
        double bound = 0;
        for (const RateRule &rule : rateLimitsForTier(QStringLiteral("regular")).value(EndpointGroup::Get)) {
            const int last = sentGets + figures.queued - 1; // index of the last request in the hour's schedule
            const double elapsed = figures.listedAfterSeconds;
            bound = std::max(bound, (last / rule.count) * rule.windowMs / 1000.0 - elapsed);
        }
        figures.lowerBoundSeconds = bound;
        sync.cancel();
    });
    QObject::connect(&sync, &SyncManager::finished, &loop, &QEventLoop::quit);
    timer.start();
    sync.start({});
    loop.exec();
    sync.stopThread();
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption gcReplays(QStringLiteral("gc-replays"),
                                       QStringLiteral("Replays at tier gc."), QStringLiteral("N"),
                                       QStringLiteral("480"));
    const QCommandLineOption goldReplays(QStringLiteral("gold-replays"),
                                         QStringLiteral("Replays at tier gold."),
                                         QStringLiteral("N"), QStringLiteral("60"));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("Upstream latency in ms."),
                                     QStringLiteral("MS"), QStringLiteral("100"));
    const QCommandLineOption regularReplays(QStringLiteral("regular-replays"),
                                            QStringLiteral("Replays at tier regular (ETA run)."),
                                            QStringLiteral("N"), QStringLiteral("3000"));
    parser.addOptions({gcReplays, goldReplays, regularReplays, latency});
    parser.process(app);

    std::printf(
        "bench_sync: fake ballchasing, %d ms latency (±10%%), strict sliding-window limits\n",
        parser.value(latency).toInt());
    std::printf("%-6s %8s %6s %9s %11s %9s %10s %10s %6s %12s %10s %10s\n", "tier", "replays",
                "pages", "time s", "lower bnd s", "time/lb", "detail/s", "of cap", "429s",
                "bytes/replay", "marginal", "raw json");
    for (const auto &[tier, count] :
         {qMakePair(QStringLiteral("gc"), parser.value(gcReplays).toInt()),
          qMakePair(QStringLiteral("gold"), parser.value(goldReplays).toInt())}) {
        const Figures f = run(tier, count, parser.value(latency).toInt());
        std::printf("%-6s %8d %6d %9.2f %11.2f %9.3f %10.2f %9.1f%% %6d %12.0f %10.0f %10.0f\n",
                    qPrintable(f.tier), f.replays, f.pages, f.seconds, f.lowerBound,
                    f.seconds / f.lowerBound, f.detailRate, 100.0 * f.detailRate / f.cap,
                    f.violations + f.rateLimited, f.bytesPerReplay, f.marginalBytesPerReplay,
                    f.detailJsonBytes);
        std::fflush(stdout);
    }
    const EtaFigures eta =
        runRegularEta(parser.value(regularReplays).toInt(), parser.value(latency).toInt());
    std::printf("\nregular tier, %d replays: listing complete (roles and totals rebuilt) after "
                "%.2f s; players list and listed stats %s through the API after %.2f s; %d "
                "details queued, ETA %.0f s (%.2f h), lower bound from the tier's rules %.0f s "
                "(ETA/lb %.3f)\n",
                eta.replays, eta.listedAfterSeconds, eta.complete ? "complete" : "INCOMPLETE",
                eta.completeAfterSeconds, eta.queued, eta.etaSeconds, eta.etaSeconds / 3600,
                eta.lowerBoundSeconds, eta.etaSeconds / std::max(1.0, eta.lowerBoundSeconds));
    return 0;
}
