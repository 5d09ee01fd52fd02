#include "api/security/requestframer.h"

#include "api/apitr.h"
#include "core/printable.h"

#include <QCoreApplication>
#include <QList>
#include <algorithm>
#include <utility>

namespace bcs {

namespace {

// What QHttpServer 6.4 skips before a request line (leftovers of the previous request).
bool isLeadingWhitespace(char c)
{
    return c == '\v' || c == '\n' || c == '\r' || c == ' ' || c == '\t';
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool allDigits(const QByteArray &text)
{
    return !text.isEmpty() &&
           std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; });
}

QString shownLine(const QByteArray &text)
{
    return printableExcerpt(QString::fromLatin1(text), 40);
}

// The block ends at an empty line: "\n\n" or "\n\r\n" (QHttpServer accepts LF line ends too).
bool endsHeaderBlock(const QByteArray &block)
{
    return block.endsWith("\n\n") || block.endsWith("\n\r\n");
}

} // namespace

RequestFramer::RequestFramer(RequestLimits limits) : m_limits(limits) {}

FramingVerdict RequestFramer::feed(QByteArrayView bytes)
{
    qsizetype at = 0;
    while (at < bytes.size() && !m_verdict.refused()) {
        const QByteArrayView rest = bytes.sliced(at);
        switch (m_state) {
        case State::BetweenRequests:
            if (isLeadingWhitespace(rest.front())) {
                if (++m_leadingBytes > m_limits.maxHeaderBytes)
                    refuse(431, ApiTr::tr("more than %1 bytes of blank lines before a request")
                                    .arg(m_limits.maxHeaderBytes));
                ++at;
            } else {
                m_state = State::Head;
            }
            break;
        case State::Head:
            at += feedHead(rest);
            break;
        case State::Body: {
            const qsizetype taken = qsizetype(qMin<qint64>(m_remaining, rest.size()));
            m_remaining -= taken;
            at += taken;
            if (m_remaining == 0)
                finishRequest();
            break;
        }
        case State::ChunkSize:
            at += feedChunkSize(rest);
            break;
        case State::ChunkData: {
            const qsizetype taken = qsizetype(qMin<qint64>(m_remaining, rest.size()));
            m_remaining -= taken;
            at += taken;
            if (m_remaining == 0)
                m_state = State::ChunkEnd;
            break;
        }
        case State::ChunkEnd:
            at += feedLineEnd(rest, State::ChunkSize);
            break;
        case State::LastChunkEnd:
            at += feedLineEnd(rest, State::BetweenRequests);
            if (m_state == State::BetweenRequests)
                finishRequest();
            break;
        }
    }
    return m_verdict;
}

qsizetype RequestFramer::feedHead(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (m_leadingBytes + m_line.size() >= m_limits.maxHeaderBytes) {
            refuse(431, ApiTr::tr("the request line and headers are over %1 bytes")
                            .arg(m_limits.maxHeaderBytes));
            return i;
        }
        m_line.append(bytes[i]);
        if (bytes[i] == '\n' && endsHeaderBlock(m_line)) {
            const QByteArray head = std::exchange(m_line, {});
            startBody(head);
            return i + 1;
        }
    }
    return bytes.size();
}

void RequestFramer::startBody(QByteArrayView head)
{
    QList<QByteArray> lengths;
    bool chunked = false;
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the request line
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break;
        if (line.front() == ' ' || line.front() == '\t')
            return refuse(400, ApiTr::tr("folded header lines are not accepted"));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return refuse(400,
                          ApiTr::tr("header line '%1' has no name and colon").arg(shownLine(line)));
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            lengths << value;
        else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
            chunked = true; // as QHttpServer decides; then Content-Length does not count
    }
    m_leadingBytes = 0;
    m_bodyBytes = 0;
    m_framingBytes = 0;
    if (chunked) {
        m_state = State::ChunkSize;
        return;
    }
    qint64 length = 0;
    for (const QByteArray &value : lengths) {
        if (!allDigits(value) || value.size() > 18)
            return refuse(400,
                          ApiTr::tr("Content-Length '%1' is not a byte count").arg(shownLine(value)));
        if (value.toLongLong() != lengths.constFirst().toLongLong())
            return refuse(400, ApiTr::tr("conflicting Content-Length headers"));
        length = value.toLongLong();
    }
    if (length > m_limits.maxBodyBytes)
        return refuse(413, ApiTr::tr("the request body is %1 bytes; the limit is %2")
                               .arg(length)
                               .arg(m_limits.maxBodyBytes));
    m_remaining = length;
    if (length > 0)
        m_state = State::Body;
    else
        finishRequest();
}

qsizetype RequestFramer::feedChunkSize(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (++m_framingBytes > m_limits.maxChunkFramingBytes) {
            refuse(400, ApiTr::tr("the chunked body's framing is over %1 bytes")
                            .arg(m_limits.maxChunkFramingBytes));
            return i;
        }
        if (c != '\n') {
            m_line.append(c);
            continue;
        }
        const QByteArray line = std::exchange(m_line, {});
        if (!line.endsWith('\r')) {
            refuse(400, ApiTr::tr("a chunk-size line must end with CRLF"));
            return i;
        }
        QByteArray digits = line.chopped(1);
        if (const qsizetype extension = digits.indexOf(';'); extension >= 0)
            digits.truncate(extension); // chunk extensions are allowed and ignored
        if (digits.isEmpty() || digits.size() > 15 ||
            !std::all_of(digits.cbegin(), digits.cend(), isHexDigit)) {
            refuse(400, ApiTr::tr("chunk size '%1' is not hexadecimal").arg(shownLine(digits)));
            return i;
        }
        const qint64 size = digits.toLongLong(nullptr, 16);
        if (m_bodyBytes + size > m_limits.maxBodyBytes) {
            refuse(
                413,
                ApiTr::tr("the chunked request body is over %1 bytes").arg(m_limits.maxBodyBytes));
            return i;
        }
        m_bodyBytes += size;
        m_remaining = size;
        m_state = size == 0 ? State::LastChunkEnd : State::ChunkData;
        return i + 1;
    }
    return bytes.size();
}

qsizetype RequestFramer::feedLineEnd(QByteArrayView bytes, State next)
{
    const char expected = m_sawCarriageReturn ? '\n' : '\r';
    if (bytes.front() != expected) {
        refuse(400, next == State::BetweenRequests ? ApiTr::tr("chunked trailers are not accepted")
                                                   : ApiTr::tr("a chunk must end with CRLF"));
        return 0;
    }
    ++m_framingBytes; // bounded: every line end follows a counted chunk-size line
    m_sawCarriageReturn = !m_sawCarriageReturn;
    if (!m_sawCarriageReturn)
        m_state = next;
    return 1;
}

void RequestFramer::refuse(int status, const QString &detail)
{
    m_verdict = {status, detail};
}

void RequestFramer::finishRequest()
{
    ++m_completed;
    m_state = State::BetweenRequests;
    m_leadingBytes = 0;
}

} // namespace bcs
