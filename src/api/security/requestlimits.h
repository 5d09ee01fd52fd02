#pragma once
// How much of a request the server holds at a time. QHttpServer 6.4 reads a whole request into
// memory before any handler runs, so these are enforced on the raw bytes (ConnectionWatcher)
// before QHttpServer buffers them; the same body limit is checked again on the parsed request.

#include <QtGlobal>

namespace bcs {

struct RequestLimits
{
    qsizetype maxHeaderBytes = 64 * 1024;       // request line and headers together
    qsizetype maxBodyBytes = 64 * 1024;         // declared (Content-Length) or received (chunked)
    qsizetype maxChunkFramingBytes = 16 * 1024; // chunk-size lines, extensions and CRLFs
    // What a connection's socket holds unread at a time (QAbstractSocket's read buffer); the
    // rest waits in the kernel, and TCP flow control slows the client down. Must exceed the
    // largest acceptable request, which QHttpServer keeps buffered until it is complete.
    qsizetype maxBufferedBytes = 1024 * 1024;
};

} // namespace bcs
