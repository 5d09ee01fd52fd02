#include "core/config/configkeys.h"

namespace bcs {

const QList<ConfigKey> &configKeys()
{
    using namespace configkey;
    static const QList<ConfigKey> keys = {
        {ApiKey, "",
         "ballchasing.com API key (https://ballchasing.com/upload). Alias: BALLCHASING_TOKEN. "
         "When unset, the key saved in the system keychain is used.",
         true},
        {Tier, "auto",
         "Patron tier for rate limits: regular, gold, diamond, champion, gc, or auto "
         "(the type the ping reports; gold until a ping succeeds).",
         false},
        {BaseUrl, "https://ballchasing.com/api",
         "Upstream API base URL (tests point it at a fake).", false},
        {RateLimits, "",
         "Override the tier's limits, count/seconds per rule, e.g. "
         "list=2/1,1000/3600;get=2/1,2000/3600",
         false},
        {SyncSources, "uploader,accounts",
         "What a sync lists: uploader (the replays you uploaded) or uploader,accounts (also the "
         "games your accounts played that someone else uploaded; only once \"me\" is "
         "configured).",
         false},
        {DataDir, "",
         "Directory holding cache.sqlite (default: the platform's app-data directory).", false},
        {ApiHost, "127.0.0.1",
         "Address of the embedded API. A non-loopback address needs BCSTATS_API_TOKEN.", false},
        {ApiPort, "8000", "Port of the embedded API (0 = any free port).", false},
        {ApiToken, "", "When set, every /api request needs 'Authorization: Bearer <token>'.", true},
        {CorsOrigins, "http://localhost:*,http://127.0.0.1:*",
         "Browser origins allowed to call the API "
         "(comma-separated; * only if set explicitly).",
         false},
        {StaticDir, "", "Directory served at / (a frontend build); default: the bundled page.",
         false},
        {AllowedHosts, "",
         "Host names the API answers to besides localhost, the loopback addresses and "
         "BCSTATS_API_HOST (comma-separated), e.g. the machine's LAN name when listening on "
         "0.0.0.0. Other Host headers get 403 (DNS rebinding).",
         false},
    };
    return keys;
}

QString dotEnvExampleText()
{
    QString text = QStringLiteral(
        "# Ballchasing Stats configuration. Copy to .env (current directory or the data\n"
        "# directory) and uncomment what you need. Precedence: command line > environment\n"
        "# > .env in the current directory > .env in the data directory > saved settings\n"
        "# > defaults.\n");
    for (const ConfigKey &key : configKeys()) {
        text += QStringLiteral("\n# %1\n#%2=%3\n")
                    .arg(QLatin1String(key.description), QLatin1String(key.name),
                         QLatin1String(key.defaultText));
    }
    return text;
}

} // namespace bcs
