#pragma once
// The one table of configuration keys (DESIGN.md §3): name, default as shown to users, meaning,
// and whether the value is a secret. It generates .env.example and --show-config; the loader
// reads the same names. Never holds values.

#include <QList>
#include <QString>

namespace bcs {

struct ConfigKey
{
    const char *name;
    const char *defaultText; // as documented; empty = unset
    const char *description;
    bool secret;
};

namespace configkey {
inline constexpr const char *ApiKey = "BALLCHASING_API_KEY";
inline constexpr const char *ApiKeyAlias = "BALLCHASING_TOKEN";
inline constexpr const char *Tier = "BALLCHASING_TIER";
inline constexpr const char *BaseUrl = "BALLCHASING_BASE_URL";
inline constexpr const char *RateLimits = "BALLCHASING_RATE_LIMITS";
inline constexpr const char *SyncSources = "BCSTATS_SYNC_SOURCES";
inline constexpr const char *DataDir = "BCSTATS_DATA_DIR";
inline constexpr const char *ApiHost = "BCSTATS_API_HOST";
inline constexpr const char *ApiPort = "BCSTATS_API_PORT";
inline constexpr const char *ApiToken = "BCSTATS_API_TOKEN";
inline constexpr const char *CorsOrigins = "BCSTATS_CORS_ORIGINS";
inline constexpr const char *StaticDir = "BCSTATS_STATIC_DIR";
inline constexpr const char *AllowedHosts = "BCSTATS_ALLOWED_HOSTS";
} // namespace configkey

const QList<ConfigKey> &configKeys();

// The text of .env.example, generated from the table (a test keeps the committed file equal).
QString dotEnvExampleText();

} // namespace bcs
