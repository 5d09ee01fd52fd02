#include "api/apierror.h"

#include <QCoreApplication>

namespace bcs {

ApiError ApiError::fromUpstream(const UpstreamError &error)
{
    using Kind = UpstreamError::Kind;
    switch (error.kind) {
    case Kind::Auth:
        // No key at all is the user's configuration, not ballchasing saying no.
        return {error.httpStatus == 0 ? 400 : 401, error.message};
    case Kind::NotFound:
        return {404, error.message};
    case Kind::Cancelled:
        return {503, error.message};
    case Kind::None:
    case Kind::RateLimited:
    case Kind::BadRequest:
    case Kind::Server:
    case Kind::Network:
    case Kind::Timeout:
    case Kind::BadResponse:
        break;
    }
    return {502, error.message};
}

ApiError ApiError::fromStorage(const StorageError &error)
{
    switch (error.kind) {
    case StorageError::Kind::DiskFull:
        return {507, error.message};
    case StorageError::Kind::Locked:
    case StorageError::Kind::Corrupt:
    case StorageError::Kind::ReadOnly:
        return {503, error.message};
    case StorageError::Kind::Io:
    case StorageError::Kind::NewerSchema:
        break;
    }
    return {500, error.message};
}

} // namespace bcs
