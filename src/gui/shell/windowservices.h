#pragma once
// What the window works with, created once by the application (src/app) and passed in — no
// singletons. Never anything from src/api: the window calls the sync and stats layers directly
// (DESIGN.md §11); the local API server reaches it only as the state shown in the status bar.

#include "core/config/configloader.h"
#include "net/ballchasingclient.h"

#include <QString>
#include <functional>

class QNetworkAccessManager;

namespace bcs {

class ApiKeyStore;
class Clock;
class QueryService;
class RateLimiter;
class SyncManager;
class TierSelection;

// The local API server as the status bar shows it.
struct LocalApiState
{
    bool enabled = false;
    QString url;   // while listening
    QString error; // why it is not listening although enabled
};

// Where the ballchasing API key came from, or why there is none.
struct ApiKeyState
{
    QString key;
    QString origin;  // "system keychain", "environment variable BALLCHASING_API_KEY", ...
    QString problem; // empty when there is a key
    // Set outside the app (command line, environment, a .env the app did not write): the
    // window shows it and does not override it. A key the app saved (keychain, or the data
    // folder's .env fallback) is the user's to change or remove here.
    bool fromConfiguration = false;
};

struct WindowServices
{
    SyncManager *sync = nullptr;
    QueryService *queries = nullptr;
    const ApiKeyStore *keyStore = nullptr;
    RateLimiter *limiter = nullptr;
    TierSelection *tiers = nullptr;
    const Clock *clock = nullptr;
    QNetworkAccessManager *network = nullptr; // the GUI thread's
    BallchasingClient *client = nullptr;      // on `network`: previews
    ClientSettings clientSettings;            // the app's (base URL, timeouts) for a key test
    QString dataDir;
    bool demo = false; // the demo cache: no key, no real sync

    // The configuration in force, with where each value came from (Settings shows it).
    AppConfig config;
    // Runs the configuration loader with `changes` (key -> value) on top of the start-up
    // sources: the settings are refused with the loader's own messages. Null: no checking.
    std::function<ConfigLoadResult(const QMap<QString, QString> &changes)> checkConfig;
    // Stops the local API server and, when `enabled`, starts it with `config`'s host, port,
    // token and CORS origins. Null: the server cannot be changed from here.
    std::function<LocalApiState(const AppConfig &config, bool enabled)> restartApi;
};

} // namespace bcs
