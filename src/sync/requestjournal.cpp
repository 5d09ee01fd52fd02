#include "sync/requestjournal.h"

#include "core/clock.h"
#include "net/ratelimiter.h"
#include "storage/database.h"
#include "storage/smalltables.h"

namespace bcs {

namespace {
const QString kCleanShutdown = QStringLiteral("clean_shutdown");
}

QString restoreLimiterFromLog(const Database &database, RateLimiter &limiter, const Clock &clock)
{
    constexpr qint64 kHourMs = 3600 * 1000;
    try {
        const qint64 now = clock.nowMs();
        const auto history = RequestLogRepository(database.connection()).since(now - kHourMs);
        for (auto it = history.cbegin(); it != history.cend(); ++it)
            limiter.restoreHistory(it.key(), it.value());
        MetaRepository meta(database.connection());
        const bool crashed = meta.value(kCleanShutdown) == QLatin1String("0");
        if (crashed) {
            const RateLimitTable rules = limiter.rules();
            for (EndpointGroup group : kAllEndpointGroups) {
                const QList<RateRule> groupRules = rules.value(group);
                const qint64 shortest =
                    groupRules.isEmpty() ? 1000 : groupRules.constFirst().windowMs;
                limiter.blockUntil(group, now + shortest + RateLimiter::safetyMarginMs(shortest));
            }
        }
        meta.setValue(kCleanShutdown, QStringLiteral("0"));
    } catch (const StorageError &error) {
        return error.message;
    }
    return {};
}

void markCleanShutdown(const Database &database)
{
    try {
        MetaRepository(database.connection()).setValue(kCleanShutdown, QStringLiteral("1"));
    } catch (const StorageError &error) {
        qWarning("bcstats: %s", qPrintable(error.message));
    }
}

} // namespace bcs
