// bench_api: requests/s and latency of GET /api/stats/me from a headless bcstats process over a
// cache of 20,000 replays, first idle, then while a sync writes into the same cache (against
// the fake ballchasing server, at the gc tier's full rate). Several client threads, each with
// one keep-alive connection, as a browser frontend and scripts would hold them.
// Not a pass/fail test.
//   bench_api --cache FILE [--clients N] [--seconds S] [--route PATH]
// FILE: a cache kept by `bench_stats --keep FILE` (roles and totals built).

#include "support/rawhttp.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

using namespace bcs::test;

namespace {

struct LoadResult
{
    qint64 requests = 0;
    qint64 errors = 0;
    double seconds = 0;
    QList<double> latenciesMs;
};

// One client: a keep-alive connection sending `route` back to back for `seconds`.
void runClient(quint16 port, const QByteArray &route, double seconds, LoadResult &result)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000)) {
        ++result.errors;
        return;
    }
    const QByteArray request = "GET " + route +
                               " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                               "\r\nAccept: application/json\r\n\r\n";
    QElapsedTimer total;
    total.start();
    QByteArray buffer;
    while (total.elapsed() < seconds * 1000) {
        QElapsedTimer one;
        one.start();
        socket.write(request);
        // Read one response: headers, then Content-Length bytes.
        qsizetype needed = -1;
        bool ok = false;
        while (socket.waitForReadyRead(10000)) {
            buffer += socket.readAll();
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                continue;
            if (needed < 0) {
                const QByteArray head = buffer.left(headerEnd).toLower();
                const qsizetype at = head.indexOf("content-length:");
                const qsizetype end = head.indexOf("\r\n", at);
                needed = headerEnd + 4 +
                         head.mid(at + 15, end < 0 ? -1 : end - at - 15).trimmed().toLongLong();
                ok = buffer.startsWith("HTTP/1.1 200");
            }
            if (buffer.size() >= needed)
                break;
        }
        if (needed < 0 || buffer.size() < needed) {
            ++result.errors;
            return; // the connection is broken
        }
        buffer.remove(0, needed);
        result.latenciesMs << one.nsecsElapsed() / 1e6;
        ++(ok ? result.requests : result.errors);
    }
    result.seconds = total.elapsed() / 1000.0;
}

LoadResult load(quint16 port, const QByteArray &route, int clients, double seconds)
{
    QList<LoadResult> perClient(clients);
    std::vector<std::thread> threads;
    for (int i = 0; i < clients; ++i)
        threads.emplace_back(runClient, port, route, seconds, std::ref(perClient[i]));
    for (std::thread &thread : threads)
        thread.join();
    LoadResult all;
    for (const LoadResult &one : perClient) {
        all.requests += one.requests;
        all.errors += one.errors;
        all.seconds = std::max(all.seconds, one.seconds);
        all.latenciesMs << one.latenciesMs;
    }
    std::sort(all.latenciesMs.begin(), all.latenciesMs.end());
    return all;
}

double percentile(const QList<double> &sorted, double p)
{
    return sorted.isEmpty() ? 0.0 : sorted[qsizetype(p * double(sorted.size() - 1))];
}

void print(const char *label, const LoadResult &r)
{
    std::printf("%-34s %9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  errors %lld\n", label,
                r.requests / std::max(r.seconds, 0.001), percentile(r.latenciesMs, 0.5),
                percentile(r.latenciesMs, 0.99), r.errors);
    std::fflush(stdout);
}

// Starts a process and returns the first stdout line that starts with `prefix`.
QString startAndRead(QProcess &process, const QString &program, const QStringList &arguments,
                     const QString &prefix)
{
    process.start(program, arguments);
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    while (timer.elapsed() < 30000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(1000);
        out += process.readAllStandardOutput();
        for (const QByteArray &line : out.split('\n'))
            if (line.startsWith(prefix.toUtf8()))
                return QString::fromUtf8(line.mid(prefix.size())).trimmed();
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption cacheOption(QStringLiteral("cache"),
                                         QStringLiteral("A cache kept by bench_stats --keep."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
                                           QStringLiteral("Client threads (connections)."),
                                           QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Seconds per measurement."),
                                           QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption routeOption(QStringLiteral("route"), QStringLiteral("Route to load."),
                                         QStringLiteral("PATH"), QStringLiteral("/api/stats/me"));
    parser.addOptions({cacheOption, clientsOption, secondsOption, routeOption});
    parser.process(app);
    if (!parser.isSet(cacheOption) || !QFile::exists(parser.value(cacheOption))) {
        std::fprintf(stderr, "bench_api: --cache FILE (from bench_stats --keep FILE) is needed\n");
        return 2;
    }
    const int clients = parser.value(clientsOption).toInt();
    const double seconds = parser.value(secondsOption).toDouble();
    const QByteArray route = parser.value(routeOption).toUtf8();
    const QString bin = QCoreApplication::applicationDirPath();

    // The upstream: 3,000 more replays than the cache has, at gc limits and 100 ms latency.
    QProcess fake;
    const QString baseUrl =
        startAndRead(fake, bin + QStringLiteral("/bcstats-fake-ballchasing"),
                     {QStringLiteral("--replays"), QStringLiteral("3000"), QStringLiteral("--tier"),
                      QStringLiteral("gc"), QStringLiteral("--latency"), QStringLiteral("100"),
                      QStringLiteral("--key"), QStringLiteral("bench-key")},
                     QStringLiteral("BALLCHASING_BASE_URL="));
    if (baseUrl.isEmpty()) {
        std::fprintf(stderr, "bench_api: the fake server did not start\n");
        return 1;
    }
    QTemporaryDir data;
    QFile::copy(parser.value(cacheOption), data.filePath(QStringLiteral("cache.sqlite")));
    QProcess server;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BALLCHASING_BASE_URL"), baseUrl);
    environment.insert(QStringLiteral("BALLCHASING_API_KEY"), QStringLiteral("bench-key"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    server.setProcessEnvironment(environment);
    server.setProcessChannelMode(QProcess::SeparateChannels);
    const QString listening =
        startAndRead(server, bin + QStringLiteral("/bcstats"),
                     {QStringLiteral("--headless"), QStringLiteral("--api-port"),
                      QStringLiteral("0"), QStringLiteral("--data-dir"), data.path()},
                     QStringLiteral("API listening on "));
    const quint16 port = QUrl(listening).port();
    if (port == 0) {
        std::fprintf(stderr, "bench_api: bcstats did not start: %s\n",
                     server.readAllStandardError().constData());
        return 1;
    }
    std::printf("bench_api: %d clients (keep-alive), %.0f s per run, GET %s, cache %s\n", clients,
                seconds, route.constData(), qPrintable(parser.value(cacheOption)));
    load(port, route, clients, 1.0); // warm-up
    print("idle", load(port, route, clients, seconds));

    const RawResponse started = rawHttp(port, "POST", "/api/sync");
    if (started.status != 202) {
        std::fprintf(stderr, "bench_api: the sync did not start: %d %s\n", started.status,
                     started.body.left(300).constData());
        return 1;
    }
    QTest::qWait(1000); // listing done, details streaming in
    print("while a sync writes", load(port, route, clients, seconds));
    std::printf("sync status after the run: %s\n",
                rawHttp(port, "GET", "/api/sync/status").body.constData());
    server.terminate();
    server.waitForFinished(10000);
    fake.terminate();
    fake.waitForFinished(5000);
    return 0;
}
