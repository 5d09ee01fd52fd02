#pragma once
// The rate-limit vocabulary: endpoint groups, `count per window` rules, the patron-tier table
// (DESIGN.md §4) and the `BALLCHASING_RATE_LIMITS` override syntax. Pure data: no clock, no I/O.

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace bcs {

enum class EndpointGroup { List, Get };

QString endpointGroupName(EndpointGroup group); // "list" / "get"
std::optional<EndpointGroup> endpointGroupFromName(QStringView name);
inline constexpr EndpointGroup kAllEndpointGroups[] = {EndpointGroup::List, EndpointGroup::Get};

struct RateRule
{
    int count = 0;
    qint64 windowMs = 0;
    friend bool operator==(const RateRule &, const RateRule &) = default;
};

using RateLimitTable = QMap<EndpointGroup, QList<RateRule>>;

// Tier names a user may configure, in ascending order; "auto" is accepted by the configuration
// on top of these and resolved from the ping's `type`.
QStringList knownTierNames();
inline constexpr const char *kFallbackTier = "gold";

// Limits of a tier. Tiers ballchasing adds later (legend, org, ...) are paced as the highest
// known tier, as the API notes advise; the 429 back-off still protects us if that is too fast.
RateLimitTable rateLimitsForTier(const QString &tier);
bool isKnownTier(const QString &tier);

struct RateLimitParseResult
{
    std::optional<RateLimitTable> table;
    QString error; // set when table is empty
};

// Parses `list=2/1,1000/3600;get=2/1,2000/3600` (count/seconds). Groups not named keep no rule
// here; the caller merges with the tier table.
RateLimitParseResult parseRateLimits(const QString &text);
QString formatRateLimits(const RateLimitTable &table);

} // namespace bcs
