#pragma once
// GET /api/rate-limits: the limiter's buckets now. GET /api/ping: asks ballchasing who the key
// belongs to and which patron tier it has, and answers the upstream fields the seed frontend reads.
// With tier `auto` it also switches the rate limiter to the reported tier. Never echoes the key.

#include "api/apicontroller.h"

namespace bcs {

class BallchasingClient;
class RateLimiter;
class TierSelection;

class PingController final : public ApiController
{
public:
    PingController(BallchasingClient *client, TierSelection *tiers, RateLimiter *limiter);
    void registerRoutes(Router &router) override;

private:
    void ping(const Responder &responder);
    void rateLimits(const Responder &responder);

    BallchasingClient *m_client;
    TierSelection *m_tiers;
    RateLimiter *m_limiter;
};

} // namespace bcs
