#pragma once
// What went wrong talking to ballchasing, as a type the sync and the API can act on: the kind
// decides retrying and the HTTP status the embedded API answers with. Never carries the API key.

#include <QCoreApplication>
#include <QString>

namespace bcs {

struct UpstreamError
{
    enum class Kind {
        None,
        Auth,        // 401/403: the key is missing, wrong or revoked
        NotFound,    // 404
        BadRequest,  // other 4xx: our request was wrong; retrying cannot help
        RateLimited, // 429 that survived every retry
        Server,      // 5xx
        Network,     // connection refused, DNS, TLS, reset
        Timeout,     // no complete answer in time
        BadResponse, // 2xx whose body is not the JSON we expect (truncated, HTML, ...)
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message; // human readable, already says what to do where there is something to do

    bool isError() const { return kind != Kind::None; }
    static QString kindName(Kind kind);
};

} // namespace bcs
