// RequestFramer on its own: where requests end (keep-alive, pipelining, chunked bodies, bytes
// arriving one at a time) and which requests it refuses before they are buffered: a declared
// or streamed body over the limit (413), an endless header block (431), framing it cannot
// follow with certainty (400).

#include "api/security/requestframer.h"

#include <QTest>

using namespace bcs;

Q_DECLARE_METATYPE(bcs::RequestLimits)

namespace {

RequestLimits smallLimits()
{
    RequestLimits limits;
    limits.maxHeaderBytes = 256;
    limits.maxBodyBytes = 100;
    limits.maxChunkFramingBytes = 64;
    return limits;
}

QByteArray get(const QByteArray &path = "/api/ping")
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
}

QByteArray post(const QByteArray &body)
{
    return "POST /api/sync HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray chunked(const QList<QByteArray> &chunks)
{
    QByteArray text = "POST /api/sync HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (const QByteArray &chunk : chunks)
        text += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    return text + "0\r\n\r\n";
}

} // namespace

class TestRequestFramer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framing_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("completed");

        QTest::newRow("one GET") << get() << 0 << 1;
        QTest::newRow("keep-alive: three requests") << get() + post("{}") + get() << 0 << 3;
        QTest::newRow("LF line ends") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << 0 << 1;
        QTest::newRow("no headers") << QByteArray("GET / HTTP/1.0\r\n\r\n") << 0 << 1;
        QTest::newRow("blank lines between requests") << get() + "\r\n\r\n" + get() << 0 << 2;
        QTest::newRow("body at the limit") << post(QByteArray(100, 'x')) + get() << 0 << 2;
        QTest::newRow("body looks like a request")
            << post("GET /x HTTP/1.1\r\n\r\n") + get() << 0 << 2;
        QTest::newRow("chunked") << chunked({"abc", QByteArray(40, 'y')}) + get() << 0 << 2;
        QTest::newRow("chunk extension")
            << QByteArray(
                   "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n0\r\n\r\n")
            << 0 << 1;
        QTest::newRow("chunked wins over Content-Length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 5000\r\nTransfer-Encoding: "
                          "Chunked\r\n\r\n0\r\n\r\n")
            << 0 << 1;
        QTest::newRow("equal Content-Lengths")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 2\r\ncontent-length: 2\r\n\r\nab")
            << 0 << 1;

        QTest::newRow("declared body over the limit")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 101\r\n\r\n") << 413 << 0;
        QTest::newRow("declared body far over the limit")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 600000000\r\n\r\n") << 413 << 0;
        QTest::newRow("Content-Length beyond 64 bits")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n")
            << 400 << 0;
        QTest::newRow("second request over the limit")
            << get() + "POST / HTTP/1.1\r\nContent-Length: 1000\r\n\r\n"
            << 413 << 1;
        QTest::newRow("chunked body over the limit")
            << chunked({QByteArray(60, 'a'), QByteArray(41, 'b')}) << 413 << 0;
        QTest::newRow("one huge chunk")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffff\r\n")
            << 413 << 0;
        QTest::newRow("chunk framing over the limit")
            << chunked(QList<QByteArray>(40, "a")) << 400 << 0;
        QTest::newRow("header block over the limit")
            << "GET / HTTP/1.1\r\nX-Filler: " + QByteArray(300, 'a') << 431 << 0;
        QTest::newRow("endless blank lines") << QByteArray(300, '\n') << 431 << 0;
        QTest::newRow("negative Content-Length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400 << 0;
        QTest::newRow("conflicting Content-Lengths")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
            << 400 << 0;
        QTest::newRow("folded header")
            << QByteArray("GET / HTTP/1.1\r\nX-A: 1\r\n  2\r\n\r\n") << 400 << 0;
        QTest::newRow("header without colon")
            << QByteArray("GET / HTTP/1.1\r\nnonsense\r\n\r\n") << 400 << 0;
        QTest::newRow("chunk size not hex")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0x10\r\n") << 400
            << 0;
        QTest::newRow("chunk without CRLF")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabX") << 400
            << 0;
        QTest::newRow("trailers")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX: y\r\n\r\n")
            << 400 << 0;
    }

    void framing()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, status);
        QFETCH(int, completed);
        // All at once, and one byte at a time (as a slow client sends it): the same verdict.
        RequestFramer whole(smallLimits());
        const FramingVerdict verdict = whole.feed(stream);
        QCOMPARE(verdict.status, status);
        QCOMPARE(whole.completedRequests(), qint64(completed));
        if (verdict.refused())
            QVERIFY(!verdict.detail.isEmpty());
        RequestFramer bytewise(smallLimits());
        FramingVerdict last;
        for (char c : stream)
            last = bytewise.feed(QByteArrayView(&c, 1));
        QCOMPARE(last.status, status);
        QCOMPARE(bytewise.completedRequests(), qint64(completed));
    }

    void refusalIsFinal()
    {
        RequestFramer framer(smallLimits());
        QCOMPARE(framer.feed("POST / HTTP/1.1\r\nContent-Length: 500\r\n\r\n").status, 413);
        QCOMPARE(framer.feed(get()).status, 413);
        QCOMPARE(framer.completedRequests(), qint64(0));
    }

    void defaultLimitsAreTheGuards()
    {
        const RequestLimits limits;
        QCOMPARE(limits.maxBodyBytes, qsizetype(64 * 1024));
        QVERIFY(limits.maxBufferedBytes >
                limits.maxHeaderBytes * 2 + limits.maxBodyBytes + limits.maxChunkFramingBytes * 2);
    }
};

QTEST_APPLESS_MAIN(TestRequestFramer)
#include "tst_requestframer.moc"
