<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>bcs::Api</name>
    <message>
        <location filename="../src/api/controllers/playerscontroller.cpp" line="63"/>
        <source>listing players</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/controllers/playerscontroller.cpp" line="83"/>
        <source>the body must be the config, e.g. {&quot;me&quot;: [&quot;name&quot;], &quot;teammates&quot;: {}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/controllers/replayscontroller.cpp" line="84"/>
        <source>replay %1 is not in the cache; sync first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/controllers/statscontroller.cpp" line="26"/>
        <source>stat is required, e.g. stat=core.saves or stat=boost.bpm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/controllers/statscontroller.cpp" line="30"/>
        <source>stat: &apos;%1&apos; is not a stat; use group.key, e.g. core.saves, boost.bpm, movement.avg_speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/controllers/statscontroller.cpp" line="46"/>
        <source>role: &apos;%1&apos; is not a role; accepted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/controllers/statscontroller.cpp" line="71"/>
        <location filename="../src/api/controllers/synccontroller.cpp" line="59"/>
        <source>replay-date-after is later than replay-date-before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/controllers/statscontroller.cpp" line="121"/>
        <source>bucket: &apos;%1&apos; is not week or month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/controllers/statscontroller.cpp" line="140"/>
        <source>&quot;me&quot; is not configured: say which names are yours with PUT /api/players/config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/controllers/synccontroller.cpp" line="30"/>
        <source>unknown field &apos;%1&apos;; accepted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/controllers/synccontroller.cpp" line="38"/>
        <source>%1 must be a string date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/controllers/synccontroller.cpp" line="86"/>
        <source>No sync is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/controllers/synccontroller.cpp" line="91"/>
        <source>Sync cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/controllers/synccontroller.cpp" line="126"/>
        <source>A sync is already running (sync %1); wait for it or cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/queryparams.cpp" line="24"/>
        <source>%1: &apos;%2&apos; is not a date; use YYYY-MM-DD or RFC 3339, e.g. 2024-05-01T18:00:00+02:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/queryparams.cpp" line="44"/>
        <source>%1: &apos;%2&apos; is not a whole number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/queryparams.cpp" line="60"/>
        <source>%1: &apos;%2&apos; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/queryparams.cpp" line="75"/>
        <source>the body is not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/queryparams.cpp" line="79"/>
        <source>the body must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/controllers/staticcontroller.cpp" line="61"/>
        <source>Method Not Allowed: %1 %2 accepts GET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/controllers/staticcontroller.cpp" line="76"/>
        <source>Forbidden: %1 is outside the static directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/controllers/staticcontroller.cpp" line="85"/>
        <location filename="../src/api/controllers/staticcontroller.cpp" line="90"/>
        <source>Not Found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/controllers/staticcontroller.cpp" line="103"/>
        <source>Not Found: %1 (the API is under /api; set BCSTATS_STATIC_DIR to serve a frontend here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/security/requestguard.cpp" line="79"/>
        <source>the request body is %1 bytes; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/security/requestguard.cpp" line="84"/>
        <source>Host &apos;%1&apos; is not this server (it answers to %2; add names with BCSTATS_ALLOWED_HOSTS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/security/requestguard.cpp" line="94"/>
        <source>origin &apos;%1&apos; is not allowed (BCSTATS_CORS_ORIGINS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/security/requestguard.cpp" line="99"/>
        <source>%1 from origin &apos;%2&apos; refused: that origin is not allowed (BCSTATS_CORS_ORIGINS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/security/requestguard.cpp" line="107"/>
        <source>cross-site %1 refused (Sec-Fetch-Site: cross-site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/security/requestguard.cpp" line="111"/>
        <source>request bodies must be JSON (Content-Type: application/json), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/security/requestguard.cpp" line="118"/>
        <source>this server needs &apos;Authorization: Bearer &lt;token&gt;&apos; (BCSTATS_API_TOKEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/security/requestguard.cpp" line="120"/>
        <source>wrong bearer token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcs::ApiKeyStore</name>
    <message>
        <location filename="../src/secrets/apikeystore.cpp" line="37"/>
        <source>the system keychain is not available (%1); set BALLCHASING_API_KEY in the environment or in a .env file instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/secrets/apikeystore.cpp" line="56"/>
        <source>the system keychain did not answer within %1 s; set BALLCHASING_API_KEY in the environment or in a .env file instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/secrets/apikeystore.cpp" line="62"/>
        <source>no ballchasing API key is set: enter it in the app (saved in the system keychain) or set BALLCHASING_API_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/secrets/apikeystore.cpp" line="68"/>
        <source>the API key saved in the system keychain is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/secrets/apikeystore.cpp" line="69"/>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/secrets/apikeystore.cpp" line="79"/>
        <source>the system keychain did not answer in time; the key was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/secrets/apikeystore.cpp" line="96"/>
        <source>the system keychain did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcs::ApiServer</name>
    <message>
        <location filename="../src/api/apiserver.cpp" line="26"/>
        <source>refusing to listen on %1 without BCSTATS_API_TOKEN: anyone on the network could read your stats and start syncs; set a token or use 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcs::ApiServerWorker</name>
    <message>
        <location filename="../src/api/apiserverworker.cpp" line="82"/>
        <source>&apos;%1&apos; is not an IP address to listen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apiserverworker.cpp" line="88"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apiserverworker.cpp" line="177"/>
        <source>Method Not Allowed: %1 %2 accepts %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apiserverworker.cpp" line="185"/>
        <source>Not Found: %1 %2 is not an API route; GET /api/openapi.json lists them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcs::Application</name>
    <message>
        <location filename="../src/app/application.cpp" line="123"/>
        <location filename="../src/app/application.cpp" line="150"/>
        <location filename="../src/app/application.cpp" line="175"/>
        <source>bcstats: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/application.cpp" line="125"/>
        <location filename="../src/app/application.cpp" line="143"/>
        <location filename="../src/app/application.cpp" line="204"/>
        <source>bcstats: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/application.cpp" line="137"/>
        <source>bcstats: ballchasing API key from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/application.cpp" line="138"/>
        <source>bcstats: no ballchasing API key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/application.cpp" line="208"/>
        <source>API listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/application.cpp" line="210"/>
        <source>bcstats: API listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/application.cpp" line="234"/>
        <source>Already synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/application.cpp" line="241"/>
        <source>Syncing: %1 found, %2 fetched, %3 already cached, %4 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/application.cpp" line="252"/>
        <source>Sync completed: %1 new replays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/application.cpp" line="253"/>
        <source>Sync %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcs::BallchasingClient</name>
    <message>
        <location filename="../src/net/ballchasingclient.cpp" line="80"/>
        <location filename="../src/net/ballchasingclient.cpp" line="164"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/ballchasingclient.cpp" line="93"/>
        <source>no ballchasing API key is configured; set BALLCHASING_API_KEY or enter the key in the app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcs::CommandLine</name>
    <message>
        <location filename="../src/app/commandline.cpp" line="41"/>
        <source>%1 syncs your ballchasing.com replays into a local cache and shows your stats, your teammates&apos; and your opponents&apos;.
Configuration keys (see .env.example) can be set in the environment or a .env file; these options override them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="51"/>
        <source>No window: run the API server until SIGINT/SIGTERM. Prints &quot;API listening on http://HOST:PORT&quot; when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="55"/>
        <source>Port of the embedded API (0 = any free port) [BCSTATS_API_PORT].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="55"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="58"/>
        <source>Address the embedded API listens on [BCSTATS_API_HOST].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="58"/>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="60"/>
        <source>Directory holding cache.sqlite [BCSTATS_DATA_DIR].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="61"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="63"/>
        <source>Do not start the embedded API server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="66"/>
        <source>Print the effective configuration and where each value came from, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="70"/>
        <source>Print a commented .env template with every configuration key, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="73"/>
        <source>With `sync`: only games played on or after DATE (YYYY-MM-DD or RFC 3339).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="74"/>
        <location filename="../src/app/commandline.cpp" line="78"/>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="77"/>
        <source>With `sync`: only games played on or before DATE (YYYY-MM-DD or RFC 3339).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="80"/>
        <source>With `sync`: sync even if the range was synced before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="85"/>
        <source>Run one sync in the terminal with a progress line, then exit (0 on success).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="96"/>
        <source>bcstats: unexpected argument &apos;%1&apos;; see bcstats --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="99"/>
        <source>bcstats: --after, --before and --force go with `bcstats sync`</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcs::Config</name>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="81"/>
        <location filename="../src/core/config/configloader.cpp" line="203"/>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="98"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="103"/>
        <source>%1 %2 (line skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="104"/>
        <source>.env file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="109"/>
        <source>saved settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="117"/>
        <source>%1 in saved settings (%2) is ignored: secrets are never read from settings; remove it and use the keychain, the environment or a .env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="129"/>
        <source>&lt;hidden&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="130"/>
        <source>%1: &apos;%2&apos; %3 (from %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="156"/>
        <location filename="../src/core/config/configloader.cpp" line="205"/>
        <location filename="../src/core/config/configloader.cpp" line="206"/>
        <source>command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="171"/>
        <location filename="../src/core/config/configloader.cpp" line="194"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="185"/>
        <source>%1 and %2 differ in %3; using %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="204"/>
        <source>environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="207"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="210"/>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="217"/>
        <source>is not a tier; accepted: auto, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="230"/>
        <source>is not a URL; accepted: http(s)://host[:port]/path, e.g. https://ballchasing.com/api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="240"/>
        <source>%1: %2 (from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="251"/>
        <source>is not an IP address or host name; accepted e.g. 127.0.0.1, ::1, localhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="263"/>
        <source>is not a port; accepted: 0-65535 (0 = any free port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="280"/>
        <source>%1: &apos;%2&apos; is not an origin; accepted: scheme://host[:port|:*] or * (from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="293"/>
        <source>is not an existing directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="305"/>
        <source>must list host names or addresses, without scheme, path or wildcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="320"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="320"/>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="328"/>
        <source>from tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="335"/>
        <source>bundled page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcs::Database</name>
    <message>
        <location filename="../src/storage/database.cpp" line="62"/>
        <source>opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="64"/>
        <location filename="../src/storage/database.cpp" line="66"/>
        <location filename="../src/storage/database.cpp" line="118"/>
        <source>opening the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="90"/>
        <source>cannot create the data directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="94"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="97"/>
        <source>%1 is not a SQLite database (damaged, or another file); it was left untouched. Move it away to start a new cache, or choose another --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="106"/>
        <source>%1 cannot be read (%2); it was left untouched. Move it away to start a new cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="112"/>
        <source>%1 was written by a newer version of Ballchasing Stats (cache version %2; this version reads up to %3). It was left untouched: update Ballchasing Stats, or use another --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="124"/>
        <source>%1 is damaged (%2); it was left untouched. Move it away to start a new cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="130"/>
        <source>%1 is damaged and was left untouched (%2). Move it away to start a new cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcs::DotEnv</name>
    <message>
        <location filename="../src/core/config/dotenv.cpp" line="22"/>
        <source>unterminated single quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/dotenv.cpp" line="27"/>
        <location filename="../src/core/config/dotenv.cpp" line="47"/>
        <source>unexpected text after the closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/dotenv.cpp" line="54"/>
        <source>unterminated double quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/dotenv.cpp" line="83"/>
        <source>line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/dotenv.cpp" line="85"/>
        <source>expected KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/dotenv.cpp" line="90"/>
        <source>&apos;%1&apos; is not a valid variable name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcs::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="29"/>
        <location filename="../src/gui/mainwindow.cpp" line="90"/>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="44"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="45"/>
        <source>Set ballchasing &amp;API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="47"/>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="51"/>
        <source>Starting sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="55"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="88"/>
        <source>1 replay cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="89"/>
        <source>%1 replays cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="93"/>
        <source>Last sync: %1. Cache: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="94"/>
        <source>none completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="96"/>
        <source>Your replays will be cached in %1. Use File → Sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="99"/>
        <source>To start, set your ballchasing API key (File → Set ballchasing API key…). You find it on ballchasing.com/upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="101"/>
        <source>API key from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="102"/>
        <source>No API key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="103"/>
        <source>Local API off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="104"/>
        <source>Local API on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="111"/>
        <source>Ballchasing API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="112"/>
        <source>Paste the API key from ballchasing.com/upload.
It is saved in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="120"/>
        <source>Key not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="123"/>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcs::PlayerConfig</name>
    <message>
        <location filename="../src/core/playerconfig.cpp" line="30"/>
        <source>%1 must be a list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playerconfig.cpp" line="37"/>
        <source>%1[%2] must be a name (a string), not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playerconfig.cpp" line="50"/>
        <source>%1[%2] is an empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playerconfig.cpp" line="54"/>
        <source>%1[%2] is longer than 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playerconfig.cpp" line="96"/>
        <source>the config must be a JSON object like {&quot;me&quot;: [...], &quot;teammates&quot;: {...}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playerconfig.cpp" line="101"/>
        <source>unknown key &apos;%1&apos;; a config has only &apos;me&apos; and &apos;teammates&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playerconfig.cpp" line="115"/>
        <source>teammates must be an object: {&quot;alias&quot;: [&quot;name&quot;, ...]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playerconfig.cpp" line="121"/>
        <source>a teammate alias is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playerconfig.cpp" line="123"/>
        <source>teammate alias &apos;%1&apos; is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playerconfig.cpp" line="138"/>
        <source>&apos;%1&apos; is in two roles: %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playerconfig.cpp" line="148"/>
        <source>teammate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcs::ResponseClassifier</name>
    <message>
        <location filename="../src/net/responseclassifier.cpp" line="45"/>
        <source>ballchasing.com did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/responseclassifier.cpp" line="50"/>
        <source>cannot reach ballchasing.com: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/responseclassifier.cpp" line="55"/>
        <source>ballchasing.com rejected the API key; check it on https://ballchasing.com/upload and set it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/responseclassifier.cpp" line="62"/>
        <source>not found on ballchasing.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/responseclassifier.cpp" line="67"/>
        <source>ballchasing.com is rate limiting this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/responseclassifier.cpp" line="73"/>
        <source>ballchasing.com failed with HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/responseclassifier.cpp" line="79"/>
        <source>ballchasing.com refused the request with HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/responseclassifier.cpp" line="86"/>
        <source>the answer from ballchasing.com broke off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/responseclassifier.cpp" line="94"/>
        <source>ballchasing.com sent an unreadable answer (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/responseclassifier.cpp" line="97"/>
        <source>ballchasing.com sent JSON that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcs::Stats</name>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="20"/>
        <source>Shots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="21"/>
        <source>Shots against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="22"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="23"/>
        <source>Goals against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="24"/>
        <source>Saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="25"/>
        <source>Assists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="26"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="27"/>
        <source>Shooting %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="30"/>
        <source>Boost used per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="32"/>
        <source>Boost collected per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="34"/>
        <source>Average boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="36"/>
        <source>Boost collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="38"/>
        <source>Boost stolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="41"/>
        <source>Collected from big pads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="42"/>
        <source>Stolen from big pads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="45"/>
        <source>Collected from small pads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="46"/>
        <source>Stolen from small pads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="48"/>
        <source>Big pads collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="50"/>
        <source>Big pads stolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="52"/>
        <source>Small pads collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="54"/>
        <source>Small pads stolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="56"/>
        <source>Overfill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="58"/>
        <source>Overfill stolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="61"/>
        <source>Used while supersonic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="62"/>
        <source>Time at zero boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="64"/>
        <source>% at zero boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="66"/>
        <source>Time at full boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="68"/>
        <source>% at full boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="70"/>
        <source>Time at 0-25 boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="72"/>
        <source>Time at 25-50 boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="74"/>
        <source>Time at 50-75 boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="76"/>
        <source>Time at 75-100 boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="78"/>
        <source>% at 0-25 boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="80"/>
        <source>% at 25-50 boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="82"/>
        <source>% at 50-75 boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="84"/>
        <source>% at 75-100 boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="87"/>
        <source>Average speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="89"/>
        <source>Distance travelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="91"/>
        <source>Time supersonic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="93"/>
        <source>Time at boost speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="95"/>
        <source>Time at slow speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="97"/>
        <source>Time on the ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="99"/>
        <source>Time in low air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="101"/>
        <source>Time in high air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="103"/>
        <source>Time powersliding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="105"/>
        <source>Powerslides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="108"/>
        <source>Average powerslide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="110"/>
        <source>Average speed % of max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="111"/>
        <source>% slow speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="113"/>
        <source>% boost speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="115"/>
        <source>% supersonic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="117"/>
        <source>% on the ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="119"/>
        <source>% in low air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="121"/>
        <source>% in high air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="125"/>
        <source>Average distance to ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="127"/>
        <source>Distance to ball (possession)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="129"/>
        <source>Distance to ball (no possession)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="131"/>
        <source>Average distance to mates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="133"/>
        <source>Time in defensive third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="135"/>
        <source>Time in neutral third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="137"/>
        <source>Time in offensive third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="139"/>
        <source>Time in defensive half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="141"/>
        <source>Time in offensive half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="143"/>
        <source>Time behind the ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="145"/>
        <source>Time in front of the ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="146"/>
        <source>Time most back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="148"/>
        <source>Time most forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="151"/>
        <source>Goals conceded as last defender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="153"/>
        <source>Time closest to ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="155"/>
        <source>Time farthest from ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="157"/>
        <source>% in defensive third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="159"/>
        <source>% in offensive third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="161"/>
        <source>% in neutral third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="163"/>
        <source>% in defensive half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="165"/>
        <source>% in offensive half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="167"/>
        <source>% behind the ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="169"/>
        <source>% in front of the ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="170"/>
        <source>% most back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="172"/>
        <source>% most forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="175"/>
        <source>% closest to ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="177"/>
        <source>% farthest from ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="179"/>
        <source>Demos inflicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="180"/>
        <source>Demos taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/stats/aggregates.cpp" line="75"/>
        <location filename="../src/stats/aggregates.cpp" line="78"/>
        <location filename="../src/stats/aggregates.cpp" line="164"/>
        <source>aggregating stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/stats/aggregates.cpp" line="200"/>
        <location filename="../src/stats/aggregates.cpp" line="205"/>
        <source>listing replays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/stats/aggregates.cpp" line="254"/>
        <source>listing players</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/stats/analyses.cpp" line="33"/>
        <location filename="../src/stats/analyses.cpp" line="37"/>
        <source>analysing the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/stats/configsuggestion.cpp" line="32"/>
        <location filename="../src/stats/configsuggestion.cpp" line="35"/>
        <location filename="../src/stats/configsuggestion.cpp" line="63"/>
        <location filename="../src/stats/configsuggestion.cpp" line="66"/>
        <location filename="../src/stats/configsuggestion.cpp" line="96"/>
        <source>suggesting a config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/stats/dailytotals.cpp" line="48"/>
        <source>summing stats per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/stats/replayhalves.cpp" line="54"/>
        <source>reading the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/stats/roleindex.cpp" line="47"/>
        <source>saving player roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcs::Storage</name>
    <message>
        <location filename="../src/storage/detailcodec.cpp" line="57"/>
        <source>a stored replay detail is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/replayrepository.cpp" line="82"/>
        <location filename="../src/storage/replayrepository.cpp" line="85"/>
        <source>looking up cached replays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/replayrepository.cpp" line="100"/>
        <location filename="../src/storage/replayrepository.cpp" line="104"/>
        <source>remembering a listed replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/replayrepository.cpp" line="110"/>
        <source>storing replay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/replayrepository.cpp" line="190"/>
        <location filename="../src/storage/replayrepository.cpp" line="193"/>
        <source>recording a failed fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/replayrepository.cpp" line="205"/>
        <source>listing replays to fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/replayrepository.cpp" line="218"/>
        <location filename="../src/storage/replayrepository.cpp" line="221"/>
        <source>counting replays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/replayrepository.cpp" line="231"/>
        <location filename="../src/storage/replayrepository.cpp" line="233"/>
        <source>reading replay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/replayrepository.cpp" line="263"/>
        <location filename="../src/storage/replayrepository.cpp" line="268"/>
        <source>listing replays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/replayrepository.cpp" line="279"/>
        <source>counting replays per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/rolerepository.cpp" line="23"/>
        <source>reading the player config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/rolerepository.cpp" line="30"/>
        <source>the saved player config is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/rolerepository.cpp" line="40"/>
        <location filename="../src/storage/rolerepository.cpp" line="44"/>
        <source>saving the player config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/rolerepository.cpp" line="54"/>
        <source>reading players</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/rolerepository.cpp" line="74"/>
        <source>saving player roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/smalltables.cpp" line="22"/>
        <location filename="../src/storage/smalltables.cpp" line="25"/>
        <location filename="../src/storage/smalltables.cpp" line="29"/>
        <source>saving request times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/smalltables.cpp" line="39"/>
        <location filename="../src/storage/smalltables.cpp" line="41"/>
        <source>reading request times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/smalltables.cpp" line="54"/>
        <location filename="../src/storage/smalltables.cpp" line="56"/>
        <source>pruning request times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/smalltables.cpp" line="63"/>
        <location filename="../src/storage/smalltables.cpp" line="64"/>
        <location filename="../src/storage/smalltables.cpp" line="67"/>
        <location filename="../src/storage/smalltables.cpp" line="71"/>
        <source>saving the map names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/smalltables.cpp" line="80"/>
        <source>reading the map names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/smalltables.cpp" line="97"/>
        <location filename="../src/storage/smalltables.cpp" line="113"/>
        <location filename="../src/storage/smalltables.cpp" line="116"/>
        <source>writing settings of the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/smalltables.cpp" line="103"/>
        <location filename="../src/storage/smalltables.cpp" line="105"/>
        <source>reading settings of the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/storageerror.cpp" line="16"/>
        <source>the disk is full while %1; free some space and sync again (nothing stored so far is lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/storageerror.cpp" line="23"/>
        <source>the cache is damaged (%1) while %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/storageerror.cpp" line="28"/>
        <source>the cache is busy (%1) while %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/storageerror.cpp" line="31"/>
        <source>database error while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/synclogrepository.cpp" line="77"/>
        <location filename="../src/storage/synclogrepository.cpp" line="79"/>
        <source>starting the sync log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/synclogrepository.cpp" line="91"/>
        <location filename="../src/storage/synclogrepository.cpp" line="94"/>
        <source>updating the sync log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/synclogrepository.cpp" line="102"/>
        <location filename="../src/storage/synclogrepository.cpp" line="105"/>
        <source>reading the sync log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/synclogrepository.cpp" line="160"/>
        <location filename="../src/storage/synclogrepository.cpp" line="162"/>
        <source>recovering the sync log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcs::SyncCommand</name>
    <message>
        <location filename="../src/app/synccommand.cpp" line="44"/>
        <source>%1: found %2 · fetched %3 · skipped %4 · failed %5 · pending %6 · %7/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/synccommand.cpp" line="53"/>
        <source> · ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/synccommand.cpp" line="66"/>
        <source>bcstats: --%1 &apos;%2&apos; is not a date; use YYYY-MM-DD or RFC 3339 (2024-05-01T18:00:00+02:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/synccommand.cpp" line="87"/>
        <source>bcstats: --after is later than --before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/synccommand.cpp" line="113"/>
        <source>Already synced: sync #%1 (started %2) covers this range; use --force to sync it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/synccommand.cpp" line="120"/>
        <location filename="../src/app/synccommand.cpp" line="144"/>
        <source>bcstats: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/synccommand.cpp" line="129"/>
        <source>Sync #%1 %2: %3 found, %4 fetched, %5 already cached, %6 failed, %7 pending, %8 requests.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcs::SyncManager</name>
    <message>
        <location filename="../src/sync/syncmanager.cpp" line="48"/>
        <location filename="../src/sync/syncmanager.cpp" line="58"/>
        <source>the sync service is not running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcs::SyncWorker</name>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="62"/>
        <source>the application was closed during the sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="134"/>
        <source>a sync is already running (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="274"/>
        <source>listing replays failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="394"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
