#pragma once
// Follows the framing of HTTP/1.1 requests on one connection, byte by byte as they arrive, to
// refuse one that is too large before anyone buffers it. Strict on purpose: framing it cannot
// follow with certainty (folded headers, conflicting lengths, trailers) is refused rather than
// guessed, so it never disagrees with QHttpServer about where a request ends. Never keeps
// more than one header block or chunk-size line.

#include "api/security/requestlimits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace bcs {

struct FramingVerdict
{
    int status = 0; // 0: acceptable so far; else the HTTP status to refuse with
    QString detail; // why, for the client and the log

    bool refused() const { return status != 0; }
};

class RequestFramer
{
public:
    explicit RequestFramer(RequestLimits limits = {});

    // The next bytes of the connection. Once refused, every later call returns the same verdict.
    FramingVerdict feed(QByteArrayView bytes);
    // Requests whose last byte has been seen (for tests).
    qint64 completedRequests() const { return m_completed; }

private:
    enum class State { BetweenRequests, Head, Body, ChunkSize, ChunkData, ChunkEnd, LastChunkEnd };

    qsizetype feedHead(QByteArrayView bytes);
    void startBody(QByteArrayView head);
    qsizetype feedChunkSize(QByteArrayView bytes);
    qsizetype feedLineEnd(QByteArrayView bytes, State next);
    void refuse(int status, const QString &detail);
    void finishRequest();

    RequestLimits m_limits;
    State m_state = State::BetweenRequests;
    QByteArray m_line;            // the header block or chunk-size line so far
    qint64 m_remaining = 0;       // body or chunk bytes still to come
    qint64 m_bodyBytes = 0;       // chunked: data received so far
    qint64 m_framingBytes = 0;    // chunked: size lines and CRLFs so far
    qsizetype m_leadingBytes = 0; // blank lines before a request line
    bool m_sawCarriageReturn = false;
    qint64 m_completed = 0;
    FramingVerdict m_verdict;
};

} // namespace bcs
