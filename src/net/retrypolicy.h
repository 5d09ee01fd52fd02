#pragma once
// When to try a failed upstream request again and after how long. Pure function of the error
// and the attempt number so it can be tested without a network; never retries what cannot heal
// (400, 401, 404, cancel).

#include "net/upstreamerror.h"

#include <optional>

namespace bcs {

struct RetryPolicy
{
    int maxAttempts = 6;            // first try included
    qint64 initialBackoffMs = 1000; // 5xx, timeouts, bad bodies, 429 without Retry-After
    qint64 maxBackoffMs = 60 * 1000;
    int maxRateLimitRetries = 8; // 429s do not use up maxAttempts: they say "later", not "broken"

    // For a person waiting on an answer (the API's /api/ping): give up after a few seconds
    // instead of the sync's patient minute of back-off.
    static RetryPolicy interactive() { return {3, 500, 4000, 2}; }

    // Delay before the next attempt, or nullopt to give up. `attempt` counts from 1 (the attempt
    // that just failed); `retryAfterSeconds` is the 429's header when it had one.
    std::optional<qint64> nextDelayMs(const UpstreamError &error, int attempt, int rateLimitedCount,
                                      std::optional<qint64> retryAfterSeconds) const;
};

} // namespace bcs
