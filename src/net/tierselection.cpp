#include "net/tierselection.h"

#include "net/ratelimiter.h"

namespace bcs {

TierSelection::TierSelection(QString configuredTier, std::optional<RateLimitTable> override,
                             RateLimiter *limiter)
    : m_configured(configuredTier.trimmed().toLower())
    , m_override(std::move(override))
    , m_limiter(limiter)
    , m_tier(m_configured == QLatin1String("auto") ? QString::fromLatin1(kFallbackTier)
                                                    : m_configured)
{
    QMutexLocker lock(&m_mutex);
    applyLocked();
}

QString TierSelection::effectiveTier() const
{
    QMutexLocker lock(&m_mutex);
    return m_tier;
}

bool TierSelection::isAuto() const
{
    QMutexLocker lock(&m_mutex);
    return isAutoLocked();
}

QString TierSelection::configuredTier() const
{
    QMutexLocker lock(&m_mutex);
    return m_configured;
}

void TierSelection::setConfiguredTier(const QString &tier)
{
    QMutexLocker lock(&m_mutex);
    m_configured = tier.trimmed().toLower();
    m_tier = !isAutoLocked()       ? m_configured
             : m_pinged.isEmpty() ? QString::fromLatin1(kFallbackTier)
                                  : m_pinged;
    applyLocked();
}

RateLimitTable TierSelection::effectiveLimits() const
{
    QMutexLocker lock(&m_mutex);
    return limitsLocked();
}

RateLimitTable TierSelection::limitsLocked() const
{
    RateLimitTable limits = rateLimitsForTier(m_tier);
    if (m_override) {
        for (auto it = m_override->cbegin(); it != m_override->cend(); ++it)
            limits.insert(it.key(), it.value());
    }
    return limits;
}

void TierSelection::applyPingType(const QString &type)
{
    if (type.trimmed().isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    const QString tier = type.trimmed().toLower();
    m_pinged = tier;
    if (!isAutoLocked() || tier == m_tier)
        return;
    m_tier = tier;
    applyLocked();
}

void TierSelection::applyLocked()
{
    if (m_limiter)
        m_limiter->setRules(limitsLocked());
}

} // namespace bcs
