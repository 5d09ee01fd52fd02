// Requests too large to hold are refused while they arrive, not after QHttpServer 6.4 has read
// them into memory: over raw sockets to the real API server on port 0, a declared body over the
// limit is answered 413 before any of it is sent, a chunked body 413 once it passes the limit,
// an endless header block 431; keep-alive and pipelined requests still work; and six clients
// streaming hundreds of megabytes at once leave the process's memory where it was, while
// normal requests are answered meanwhile. Loopback only; every stream is bounded in bytes and
// in time.

#include "fakes/replaygenerator.h"
#include "support/rawhttp.h"
#include "support/sanitizers.h"
#include "support/synctestbed.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>
#include <atomic>
#include <thread>

using namespace bcs;
using namespace bcs::test;

// AddressSanitizer keeps freed memory resident for a while (its quarantine, to catch use after
// free), which would hide what this test measures: resident memory while huge bodies stream in.
BCS_ASAN_DEFAULT_OPTIONS(
    "quarantine_size_mb=0:thread_local_quarantine_size_kb=0:allocator_release_to_os_interval_ms=0")

namespace {

constexpr qint64 kChunk = 64 * 1024;

// Resident and peak resident memory of this process, in KiB (Linux; 0 elsewhere).
qint64 statusKib(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// Resets the peak (VmHWM) to the current resident size; false where the kernel does not allow it.
bool resetPeakMemory()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

struct StreamResult
{
    int status = 0;    // of the answer the server sent, 0 if none
    QByteArray answer; // what the server sent
    qint64 bytesSent = 0;
};

// Sends `head`, then up to `maxBodyBytes` of `chunk`s (each framed as a chunk when `chunked`)
// until the server answers and closes, `maxBodyBytes` are out or `seconds` have passed. With
// `stopOnAnswer` it stops sending at the first byte of an answer, as curl and browsers do;
// without, it keeps streaming until the server hangs up, as a hostile client would.
StreamResult stream(quint16 port, const QByteArray &head, bool chunked, qint64 maxBodyBytes,
                    bool stopOnAnswer, int seconds = 20)
{
    StreamResult result;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(10000))
        return result;
    socket.write(head);
    const QByteArray data(kChunk, 'x');
    const QByteArray piece =
        chunked ? QByteArray::number(kChunk, 16) + "\r\n" + data + "\r\n" : data;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < seconds * 1000) {
        socket.waitForReadyRead(0);
        result.answer += socket.readAll();
        if (stopOnAnswer && !result.answer.isEmpty())
            break;
        if (result.bytesSent >= maxBodyBytes) {
            socket.waitForReadyRead(200);
            continue;
        }
        socket.write(piece);
        result.bytesSent += piece.size();
        if (socket.state() == QAbstractSocket::ConnectedState)
            socket.waitForBytesWritten(1000);
    }
    // The rest of the answer, until the server closes.
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < seconds * 1000 &&
           socket.waitForReadyRead(2000))
        result.answer += socket.readAll();
    result.answer += socket.readAll();
    result.status = result.answer.startsWith("HTTP/1.1 ") ? result.answer.mid(9, 3).toInt() : 0;
    return result;
}

QByteArray postHead(quint16 port, const QByteArray &framing)
{
    return "POST /api/players/config HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
           "\r\nContent-Type: application/json\r\n" + framing + "\r\n";
}

QJsonObject bodyJson(const QByteArray &answer)
{
    return QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
}

// Answers read off one keep-alive connection, each complete by its Content-Length.
QList<int> statusesOn(QTcpSocket &socket, int count)
{
    QList<int> statuses;
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (statuses.size() < count && timer.elapsed() < 20000) {
        const qsizetype headEnd = received.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const QByteArray head = received.left(headEnd).toLower();
            const qsizetype at = head.indexOf("content-length:");
            const qsizetype lineEnd = head.indexOf('\r', at);
            const qsizetype length = at < 0
                                         ? 0
                                         : head.mid(at + 15, lineEnd < 0 ? -1 : lineEnd - at - 15)
                                               .trimmed()
                                               .toLongLong();
            if (received.size() >= headEnd + 4 + length) {
                statuses << received.mid(9, 3).toInt();
                received.remove(0, headEnd + 4 + length);
                continue;
            }
        }
        if (!socket.waitForReadyRead(5000))
            break;
        received += socket.readAll();
    }
    return statuses;
}

} // namespace

class TestRequestLimits : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncTestbed> m_bed;
    quint16 m_port = 0;

    QByteArray host() const { return "Host: 127.0.0.1:" + QByteArray::number(m_port) + "\r\n"; }

private Q_SLOTS:
    void init()
    {
        m_bed = std::make_unique<SyncTestbed>();
        QCOMPARE(m_bed->openError, QString());
        m_bed->fake.addReplays(ReplayGenerator(3).makeDetails(
            10, QDateTime(QDate(2025, 6, 1), QTime(20, 0), QTimeZone::utc()), 3600));
        m_bed->makeSync(QStringLiteral("gc"));
        const QString error = m_bed->startApi();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_port = m_bed->server->port();
    }
    void cleanup() { m_bed.reset(); }

    void declaredBodyOverTheLimitIsRefusedBeforeItIsSent()
    {
        const StreamResult result =
            stream(m_port, postHead(m_port, "Content-Length: 600000000\r\n"), false, 0, true);
        QCOMPARE(result.bytesSent, qint64(0));
        QCOMPARE(result.status, 413);
        QVERIFY2(bodyJson(result.answer)
                     .value(QStringLiteral("detail"))
                     .toString()
                     .contains(QLatin1String("65536")),
                 result.answer.constData());
        const QByteArray head = result.answer.left(result.answer.indexOf("\r\n\r\n")).toLower();
        QVERIFY(head.contains("x-content-type-options: nosniff"));
        QVERIFY(head.contains("referrer-policy: no-referrer"));
        QVERIFY(head.contains("connection: close"));
        QVERIFY(head.contains("content-type: application/json"));
    }

    void chunkedBodyPastTheLimitIsRefused()
    {
        const StreamResult result =
            stream(m_port, postHead(m_port, "Transfer-Encoding: chunked\r\n"), true,
                   4 * 1024 * 1024, true);
        QCOMPARE(result.status, 413);
        QVERIFY(result.bytesSent < 4 * 1024 * 1024);
        QVERIFY(bodyJson(result.answer)
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QLatin1String("chunked")));
    }

    // 431 Request Header Fields Too Large (RFC 6585): the request line and headers together
    // may have 64 KiB.
    void endlessHeaderBlockIsRefused()
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        QVERIFY(socket.waitForConnected(10000));
        socket.write("GET /api/players HTTP/1.1\r\n" + host());
        const QByteArray line = "X-Filler: " + QByteArray(1000, 'a') + "\r\n";
        QByteArray answer;
        for (int i = 0;
             i < 1000 && answer.isEmpty() && socket.state() == QAbstractSocket::ConnectedState;
             ++i) {
            socket.write(line);
            socket.waitForBytesWritten(1000);
            socket.waitForReadyRead(i < 60 ? 0 : 50);
            answer += socket.readAll();
        }
        while (socket.waitForReadyRead(2000))
            answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 431 "), answer.constData());
        QVERIFY(bodyJson(answer)
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QLatin1String("headers")));
    }

    void keepAliveAndPipeliningStillWork()
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        QVERIFY(socket.waitForConnected(10000));
        const QByteArray get = "GET /api/players HTTP/1.1\r\n" + host() + "\r\n";
        // One after the other on the same connection, bodies under the limit included.
        socket.write(get);
        QCOMPARE(statusesOn(socket, 1), QList<int>{200});
        const QByteArray nearLimit =
            "{\"me\": [], \"teammates\": {}, \"note\": \"" + QByteArray(60000, 'n') + "\"}";
        socket.write("PUT /api/players/config HTTP/1.1\r\n" + host() +
                     "Content-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(nearLimit.size()) + "\r\n\r\n" + nearLimit);
        QCOMPARE(statusesOn(socket, 1), QList<int>{422}); // the route's answer: unknown key
        socket.write("PUT /api/players/config HTTP/1.1\r\n" + host() +
                     "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                     "5\r\n{\"me\"\r\n15\r\n: [], \"teammates\": {}\r\n1\r\n}\r\n0\r\n\r\n");
        QCOMPARE(statusesOn(socket, 1), QList<int>{200});
        // Forty requests in one write, answered in order.
        QByteArray pipelined;
        for (int i = 0; i < 40; ++i)
            pipelined += get;
        socket.write(pipelined);
        QCOMPARE(statusesOn(socket, 40), QList<int>(40, 200));
        // And a request over the limit on the same connection is still refused.
        socket.write("POST /api/sync HTTP/1.1\r\n" + host() + "Content-Length: 100000\r\n\r\n");
        const QList<int> refused = statusesOn(socket, 1);
        QCOMPARE(refused, QList<int>{413});
    }

    void parallelHugeBodiesLeaveMemoryFlat()
    {
        // Warm up: the first answers allocate what every later one reuses.
        for (int i = 0; i < 20; ++i)
            QCOMPARE(rawHttp(m_port, "GET", "/api/players").status, 200);
        const bool peakResettable = resetPeakMemory();
        const qint64 idleKib = statusKib("VmRSS");
        QVERIFY(idleKib > 0);

        constexpr int kClients = 6;
        constexpr qint64 kStreamBytes = 300LL * 1024 * 1024;
        std::vector<StreamResult> results(kClients);
        std::vector<std::thread> clients;
        std::atomic<qint64> sampledPeakKib{idleKib};
        std::atomic<bool> streaming{true};
        for (int i = 0; i < kClients; ++i) {
            clients.emplace_back([this, i, &results] {
                // Half declare 300 MB, half stream chunks; none of them stops at the answer.
                const bool chunked = i % 2 == 1;
                const QByteArray framing =
                    chunked ? QByteArray("Transfer-Encoding: chunked\r\n")
                            : "Content-Length: " + QByteArray::number(kStreamBytes) + "\r\n";
                results[size_t(i)] =
                    stream(m_port, postHead(m_port, framing), chunked, kStreamBytes, false, 15);
            });
        }
        std::thread sampler([&] {
            while (streaming) {
                const qint64 now = statusKib("VmRSS");
                if (now > sampledPeakKib)
                    sampledPeakKib = now;
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        });
        int normalAnswers = 0;
        for (int i = 0; i < 10; ++i)
            normalAnswers += rawHttp(m_port, "GET", "/api/players").status == 200;
        for (std::thread &client : clients)
            client.join();
        streaming = false;
        sampler.join();

        const qint64 peakKib =
            qMax<qint64>(sampledPeakKib, peakResettable ? statusKib("VmHWM") : 0);
        const qint64 afterKib = statusKib("VmRSS");
        qint64 sent = 0;
        for (const StreamResult &result : results) {
            QCOMPARE(result.status, 413);
            sent += result.bytesSent;
        }
        qInfo("idle %lld KiB, peak %lld KiB (+%lld), after %lld KiB; clients sent %lld MiB "
              "before the server closed",
              idleKib, peakKib, peakKib - idleKib, afterKib, sent / (1024 * 1024));
        QCOMPARE(normalAnswers, 10);
        QCOMPARE(rawHttp(m_port, "GET", "/api/players").status, 200);
        // Without the watcher each client's body was held whole: gigabytes. With it, each
        // connection holds at most its socket's read buffer (1 MiB) for a moment.
        QVERIFY2(peakKib - idleKib < 24 * 1024, qPrintable(QString::number(peakKib - idleKib)));
        QVERIFY2(afterKib - idleKib < 8 * 1024, qPrintable(QString::number(afterKib - idleKib)));
    }
};

QTEST_MAIN(TestRequestLimits)
#include "tst_requestlimits.moc"
