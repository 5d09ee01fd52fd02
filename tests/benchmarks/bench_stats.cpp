// bench_stats: builds a cache of N generated replays (default 20,000), then prints the time to
// rebuild roles after a config change and p50/p95 latency of each stats route over HTTP.
// Not a pass/fail test.   bench_stats [--replays N] [--requests N]

#include "api/apiserver.h"
#include "core/replayparser.h"
#include "fakes/replaygenerator.h"
#include "stats/dailytotals.h"
#include "stats/replaysides.h"
#include "stats/roleindex.h"
#include "storage/replayrepository.h"
#include "storage/rolerepository.h"
#include "storage/smalltables.h"
#include "support/synctestbed.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>
#include <cstdio>

using namespace bcs;
using namespace bcs::test;

namespace {

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty()
               ? 0
               : values[qsizetype(std::min<double>(values.size() - 1, p * values.size()))];
}

} // namespace

int measureRoutes(SyncTestbed &bed, int requests);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption replaysOption(QStringLiteral("replays"),
                                           QStringLiteral("Replays in the cache."),
                                           QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption requestsOption(QStringLiteral("requests"),
                                            QStringLiteral("Requests per route."),
                                            QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"),
        QStringLiteral("Copy the built cache to FILE for later experiments."),
        QStringLiteral("FILE"));
    const QCommandLineOption reuseOption(
        QStringLiteral("reuse"),
        QStringLiteral("Start from a cache kept by --keep (skips building it)."),
        QStringLiteral("FILE"));
    const QCommandLineOption serveOnlyOption(
        QStringLiteral("serve-only"),
        QStringLiteral("With --reuse: only measure the routes (the cache has roles and totals)."));
    parser.addOptions({replaysOption, requestsOption, keepOption, reuseOption, serveOnlyOption});
    parser.process(app);
    const int replays = parser.value(replaysOption).toInt();
    const int requests = parser.value(requestsOption).toInt();

    SyncTestbed bed;
    if (parser.isSet(reuseOption)) {
        const QString copy = bed.directory.filePath(QStringLiteral("reused.sqlite"));
        QFile::copy(parser.value(reuseOption), copy);
        bed.database = std::make_unique<Database>(copy);
        if (const QString error = bed.database->open(); !error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    bed.makeSync(QStringLiteral("gc"));
    QElapsedTimer timer;
    timer.start();
    if (!parser.isSet(reuseOption)) {
        ReplayRepository repository(bed.database->connection());
        const ReplayGenerator generator(5);
        const QDateTime first = QDateTime::currentDateTimeUtc().addDays(-700);
        for (int i = 0; i < replays; ++i) {
            const QDateTime match = first.addSecs(qint64(i) * 3000);
            const QJsonObject detail = generator.makeDetail(i, match, match.addSecs(600));
            repository.storeDetail(QJsonDocument(detail).toJson(QJsonDocument::Compact),
                                   parseReplayDetail(detail), 0);
        }
    }
    {
        QSqlQuery checkpoint(bed.database->connection());
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    if (!parser.isSet(reuseOption))
        std::printf(
            "bench_stats: built a cache of %d replays in %.1f s (%.0f bytes per replay on disk)\n",
            replays, timer.elapsed() / 1000.0, double(bed.database->sizeOnDisk()) / replays);

    if (parser.isSet(serveOnlyOption))
        return measureRoutes(bed, requests);

    // A config change: save, then rebuild the role tables (what PUT /api/players/config does).
    const PlayerConfigParse config = parsePlayerConfig(
        QJsonDocument::fromJson(R"({"me":["QuixMtic"],"teammates":{"al":["al dente2245"]}})")
            .object());
    RoleRepository(bed.database->connection()).saveConfig(*config.config, 0);
    QList<double> rebuilds;
    RoleIndexStats last;
    for (int i = 0; i < 3; ++i) {
        last = rebuildRoles(*bed.database);
        rebuilds << double(last.milliseconds);
    }
    std::printf(
        "role rebuild after a config change: %d player rows, best %.0f ms, worst %.0f ms (3 runs)\n",
        last.rows, *std::min_element(rebuilds.cbegin(), rebuilds.cend()),
        *std::max_element(rebuilds.cbegin(), rebuilds.cend()));

    // After the rebuild the writer thread sums the daily totals; until then aggregates read rows.
    QElapsedTimer totalsTimer;
    totalsTimer.start();
    refreshDailyTotals(*bed.database);
    std::printf("daily totals after the rebuild (in the writer thread, not waited for): %lld ms\n",
                totalsTimer.elapsed());
    {
        QSqlQuery count(bed.database->connection());
        count.exec(QStringLiteral("SELECT count(*) FROM role_day_totals"));
        count.next();
        std::printf("  %d total rows for %d player rows\n", count.value(0).toInt(), last.rows);
    }
    QElapsedTimer sidesTimer;
    sidesTimer.start();
    refreshReplaySides(*bed.database);
    std::printf("sums per side of my games after the rebuild (writer thread, not waited for): "
                "%lld ms\n",
                sidesTimer.elapsed());

    // The routes are measured in a new process that opens this cache, as the app does at start:
    // measured in the process that just generated 20,000 replays, every figure came out ~1.5x
    // slower (its heap, not the queries).
    const QString kept = parser.isSet(keepOption)
                             ? parser.value(keepOption)
                             : bed.directory.filePath(QStringLiteral("kept.sqlite"));
    {
        QSqlQuery checkpoint(bed.database->connection());
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QFile::remove(kept);
        QFile::copy(bed.database->filePath(), kept);
    }
    std::fflush(stdout);
    QProcess measure;
    measure.setProcessChannelMode(QProcess::ForwardedChannels);
    measure.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--reuse"), kept, QStringLiteral("--serve-only"),
                   QStringLiteral("--requests"), QString::number(requests)});
    measure.waitForFinished(-1);
    return measure.exitCode();
}

int measureRoutes(SyncTestbed &bed, int requests)
{
    if (const QString error = bed.startApi(); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QNetworkAccessManager network;
    const auto get = [&](const QString &url) {
        QElapsedTimer one;
        one.start();
        QNetworkReply *reply = network.get(QNetworkRequest(QUrl(url)));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(60000);
        const double ms = one.nsecsElapsed() / 1e6;
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            std::fprintf(stderr, "%s answered %d\n", qPrintable(url),
                         reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        delete reply;
        return ms;
    };
    // Three situations, each p50/p95 over `requests` requests:
    //  new query   a filter nobody asked for yet (the answer cache misses; SQLite's page cache
    //              is warm): a user changing filters.
    //  after write the first request after the cache was written (a sync stored replays, the
    //              config changed): the answer cache and every connection's page cache are cold.
    //  repeat      the same request again (a page polled): answered from the answer cache.
    std::printf("%-40s %15s %15s %15s\n", "route (ms over HTTP, one client)", "new query",
                "after write", "repeat");
    std::printf("%-40s %7s %7s %7s %7s %7s %7s\n", "", "p50", "p95", "p50", "p95", "p50", "p95");
    for (
        const char *route :
        {"/api/stats/me", "/api/stats/teammates", "/api/stats/opponents",
         "/api/stats/me?playlist=Unranked+Standard&team-size=3&exclude-ties=true",
         "/api/stats/me?min-duration=300",
         "/api/stats/me?replay-date-after=2025-06-01T18:30:00Z&replay-date-before=2026-02-01T09:00:00Z",
         "/api/stats/me?map=Mannfield", "/api/stats/replays?limit=200", "/api/stats/scoreline",
         "/api/stats/games?limit=200", "/api/stats/games",
         "/api/stats/correlation?stat=goals&role=me",
         "/api/stats/correlation?stat=avg_speed&role=opponents",
         "/api/stats/correlation?stat=shooting_pct&role=teammates",
         "/api/stats/trend?stat=goals&role=me&bucket=week", "/api/stats/lineups", "/api/players",
         "/api/players/suggest", "/api/replays?limit=200"}) {
        const QString url = bed.server->url() + QLatin1String(route) +
                            (QByteArray(route).contains('?') ? QLatin1Char('&') : QLatin1Char('?'));
        QList<double> fresh;
        QList<double> afterWrite;
        QList<double> repeat;
        for (int i = 0; i < requests; ++i) // an unknown parameter makes each URL new
            fresh << get(url + QStringLiteral("bench=%1").arg(i));
        for (int i = 0; i < requests; ++i) {
            MetaRepository(bed.database->connection()).bumpDataGeneration();
            afterWrite << get(url + QStringLiteral("bench=write"));
        }
        for (int i = 0; i < requests; ++i)
            repeat << get(url + QStringLiteral("bench=write"));
        std::printf("%-40s %7.1f %7.1f %7.1f %7.1f %7.1f %7.1f\n", route, percentile(fresh, 0.5),
                    percentile(fresh, 0.95), percentile(afterWrite, 0.5),
                    percentile(afterWrite, 0.95), percentile(repeat, 0.5),
                    percentile(repeat, 0.95));
        std::fflush(stdout);
    }
    return 0;
}
