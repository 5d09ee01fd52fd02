#include "net/retrypolicy.h"

#include <algorithm>

namespace bcs {

std::optional<qint64> RetryPolicy::nextDelayMs(const UpstreamError &error, int attempt,
                                               int rateLimitedCount,
                                               std::optional<qint64> retryAfterSeconds) const
{
    auto exponential = [this](int step) {
        const qint64 factor = qint64(1) << std::clamp(step - 1, 0, 20);
        return std::min(maxBackoffMs, initialBackoffMs * factor);
    };
    switch (error.kind) {
    case UpstreamError::Kind::RateLimited:
        if (rateLimitedCount > maxRateLimitRetries)
            return std::nullopt;
        if (retryAfterSeconds && *retryAfterSeconds >= 0)
            return std::min(maxBackoffMs, *retryAfterSeconds * 1000);
        return exponential(rateLimitedCount);
    case UpstreamError::Kind::Server:
    case UpstreamError::Kind::Network:
    case UpstreamError::Kind::Timeout:
    case UpstreamError::Kind::BadResponse:
        if (attempt >= maxAttempts)
            return std::nullopt;
        return exponential(attempt);
    case UpstreamError::Kind::None:
    case UpstreamError::Kind::Auth:
    case UpstreamError::Kind::NotFound:
    case UpstreamError::Kind::BadRequest:
    case UpstreamError::Kind::Cancelled:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace bcs
