#pragma once
// Which limits the limiter enforces: the configured tier, or with `auto` the tier the ping
// reports (gold until a ping succeeds), with BALLCHASING_RATE_LIMITS overriding per group.
// Thread-safe; shared by the sync side and the API thread.

#include "core/ratelimits.h"

#include <QMutex>
#include <QString>
#include <optional>

namespace bcs {

class RateLimiter;

class TierSelection
{
public:
    TierSelection(QString configuredTier, std::optional<RateLimitTable> override,
                  RateLimiter *limiter);

    // The tier in force now ("gold", "gc", ...).
    QString effectiveTier() const;
    bool isAuto() const { return m_configured == QLatin1String("auto"); }
    RateLimitTable effectiveLimits() const;

    // Feeds the ping's `type`; with `auto` this switches the limiter to that tier's limits.
    void applyPingType(const QString &type);

private:
    void applyLocked();
    RateLimitTable limitsLocked() const;

    const QString m_configured;
    const std::optional<RateLimitTable> m_override;
    RateLimiter *m_limiter;
    mutable QMutex m_mutex;
    QString m_tier;
};

} // namespace bcs
