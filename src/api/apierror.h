#pragma once
// The typed error a controller throws (synchronously) or passes to its responder (later), and
// the one mapping from upstream failures to the HTTP status the API answers with.

#include "net/upstreamerror.h"
#include "storage/storageerror.h"

#include <QString>
#include <exception>

namespace bcs {

struct ApiError : std::exception
{
    ApiError(int httpStatus, QString message) : status(httpStatus), detail(std::move(message)) {}
    const char *what() const noexcept override { return "bcs::ApiError"; }

    int status;
    QString detail;

    static ApiError badRequest(const QString &detail) { return {400, detail}; }
    static ApiError notFound(const QString &detail) { return {404, detail}; }
    static ApiError conflict(const QString &detail) { return {409, detail}; }
    // 401 when ballchasing rejected our key, 400 when there is none, 502 for everything upstream.
    static ApiError fromUpstream(const UpstreamError &error);
    // 503 when the cache is busy or damaged, 507 when the disk is full, else 500.
    static ApiError fromStorage(const StorageError &error);
};

} // namespace bcs
