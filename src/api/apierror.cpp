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

} // namespace bcs
