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
    bool isAuto() const;
    QString configuredTier() const;
    // The settings changed the tier: applied at once; `auto` goes back to the last ping's.
    RateLimitTable effectiveLimits() const;

    void setConfiguredTier(const QString &tier);

    // Feeds the ping's `type`; with `auto` this switches the limiter to that tier's limits.
    void applyPingType(const QString &type);

private:
    void applyLocked();
    RateLimitTable limitsLocked() const;

    bool isAutoLocked() const { return m_configured == QLatin1String("auto"); }

    QString m_configured;
    QString m_pinged; // the last ping's type, for a switch back to auto
    const std::optional<RateLimitTable> m_override;
    RateLimiter *m_limiter;
    mutable QMutex m_mutex;
    QString m_tier;
};

} // namespace bcs
