// bench_stats: builds a cache of N generated replays (default 20,000), then prints the time to
// rebuild roles after a config change and p50/p95 latency of each stats route over HTTP.
// Not a pass/fail test.   bench_stats [--replays N] [--requests N]

#include "api/apiserver.h"
#include "core/replayparser.h"
#include "fakes/replaygenerator.h"
#include "stats/dailytotals.h"
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
    parser.addOptions({replaysOption, requestsOption, keepOption});
    parser.process(app);
    const int replays = parser.value(replaysOption).toInt();
    const int requests = parser.value(requestsOption).toInt();

    SyncTestbed bed;
    bed.makeSync(QStringLiteral("gc"));
    QElapsedTimer timer;
    timer.start();
    {
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
    std::printf(
        "bench_stats: built a cache of %d replays in %.1f s (%.0f bytes per replay on disk)\n",
        replays, timer.elapsed() / 1000.0, double(bed.database->sizeOnDisk()) / replays);

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

    if (parser.isSet(keepOption)) { // with roles built, checkpointed into the main file
        QSqlQuery checkpoint(bed.database->connection());
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QFile::remove(parser.value(keepOption));
        QFile::copy(bed.database->filePath(), parser.value(keepOption));
    }
    if (const QString error = bed.startApi(); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QNetworkAccessManager network;
    std::printf("%-55s %9s %9s %9s %9s\n", "route (over HTTP, one client)", "cold p50", "cold p95",
                "warm p50", "warm p95");
    for (const char *route :
         {"/api/stats/me", "/api/stats/teammates", "/api/stats/opponents",
          "/api/stats/replays?limit=200",
          "/api/stats/me?playlist=Unranked+Standard&team-size=3&exclude-ties=true&min-duration=300",
          "/api/stats/me?replay-date-after=2025-06-01T18:30:00Z&replay-date-before=2026-02-01T09:00:00Z",
          "/api/stats/me?map=Mannfield", "/api/stats/scoreline", "/api/stats/games",
          "/api/stats/correlation?stat=goals&role=me",
          "/api/stats/trend?stat=goals&role=me&bucket=week", "/api/stats/lineups",
          "/api/players", "/api/players/suggest", "/api/replays?limit=200"}) {
        // Cold: the first request after the data changed (the cache was just invalidated).
        // Warm: the same request again, as a frontend polling a page makes it.
        QList<double> cold;
        QList<double> times;
        for (int i = 0; i < requests; ++i) {
            const bool invalidate = i < requests / 2;
            if (invalidate)
                MetaRepository(bed.database->connection()).bumpDataGeneration();
            QElapsedTimer one;
            one.start();
            QNetworkReply *reply =
                network.get(QNetworkRequest(QUrl(bed.server->url() + QLatin1String(route))));
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(60000);
            (invalidate ? cold : times) << one.nsecsElapsed() / 1e6;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                std::fprintf(stderr, "%s answered %d\n", route,
                             reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
            delete reply;
        }
        std::printf("%-55s %9.1f %9.1f %9.1f %9.1f\n", route, percentile(cold, 0.5),
                    percentile(cold, 0.95), percentile(times, 0.5), percentile(times, 0.95));
        std::fflush(stdout);
    }
    return 0;
}
