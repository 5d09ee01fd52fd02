#pragma once
// The effective configuration after every source was merged and validated. Plain data; where
// each value came from is kept so the app can tell the user ("--show-config", key origin).

#include "core/ratelimits.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace bcs {

// BCSTATS_CORS_ORIGINS when unset (DESIGN.md §3): a dev server or page on this machine, any port.
inline QStringList defaultCorsOrigins()
{
    return {QStringLiteral("http://localhost:*"), QStringLiteral("http://127.0.0.1:*")};
}

struct AppConfig
{
    QString apiKey;       // from the environment or a .env only; empty = ask the keychain
    QString apiKeyOrigin; // e.g. "environment variable BALLCHASING_TOKEN", ".env file /x/.env"
    QString tier = QStringLiteral("auto");
    QUrl baseUrl = QUrl(QStringLiteral("https://ballchasing.com/api"));
    std::optional<RateLimitTable> rateLimitOverride;
    bool syncAccounts = true; // BCSTATS_SYNC_SOURCES has "accounts"
    QString dataDir;
    QString apiHost = QStringLiteral("127.0.0.1");
    quint16 apiPort = 8000;
    QString apiToken;
    QStringList corsOrigins = defaultCorsOrigins();
    QString staticDir;
    QStringList allowedHosts;       // beyond localhost, loopback addresses and apiHost
    QMap<QString, QString> origins; // key -> "command line", "environment", ".env file <path>", ...
    // Keys set above the saved settings (command line, environment, a .env file): the window's
    // settings show them with their origin and do not override them.
    QSet<QString> fixedKeys;
};

} // namespace bcs
