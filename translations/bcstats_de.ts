<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>bcs::ApiKeyStore</name>
    <message>
        <location filename="../src/secrets/apikeystore.cpp" line="39"/>
        <source>the system keychain is not available (%1); set BALLCHASING_API_KEY in the environment or in a .env file instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/secrets/apikeystore.cpp" line="58"/>
        <source>the system keychain did not answer within %1 s; set BALLCHASING_API_KEY in the environment or in a .env file instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/secrets/apikeystore.cpp" line="64"/>
        <source>no ballchasing API key is set: enter it in the app (saved in the system keychain) or set BALLCHASING_API_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/secrets/apikeystore.cpp" line="70"/>
        <source>the API key saved in the system keychain is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/secrets/apikeystore.cpp" line="71"/>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/secrets/apikeystore.cpp" line="81"/>
        <source>the system keychain did not answer in time; the key was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/secrets/apikeystore.cpp" line="98"/>
        <source>the system keychain did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcs::ApiServer</name>
    <message>
        <location filename="../src/api/apiserver.cpp" line="27"/>
        <source>refusing to listen on %1 without BCSTATS_API_TOKEN: anyone on the network could read your stats and start syncs; set a token or use 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcs::ApiServerWorker</name>
    <message>
        <location filename="../src/api/apiserverworker.cpp" line="43"/>
        <source>&apos;%1&apos; is not an IP address to listen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apiserverworker.cpp" line="49"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apiserverworker.cpp" line="86"/>
        <source>Method Not Allowed: %1 %2 accepts %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apiserverworker.cpp" line="94"/>
        <source>Not Found: %1 %2 is not an API route; GET /api/openapi.json lists them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcs::Application</name>
    <message>
        <location filename="../src/app/application.cpp" line="100"/>
        <source>bcstats: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/application.cpp" line="102"/>
        <location filename="../src/app/application.cpp" line="138"/>
        <source>bcstats: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/application.cpp" line="114"/>
        <source>bcstats: ballchasing API key from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/application.cpp" line="115"/>
        <source>bcstats: no ballchasing API key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/application.cpp" line="142"/>
        <source>API listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/application.cpp" line="144"/>
        <source>bcstats: API listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcs::BallchasingClient</name>
    <message>
        <location filename="../src/net/ballchasingclient.cpp" line="78"/>
        <location filename="../src/net/ballchasingclient.cpp" line="162"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/ballchasingclient.cpp" line="91"/>
        <source>no ballchasing API key is configured; set BALLCHASING_API_KEY or enter the key in the app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcs::CommandLine</name>
    <message>
        <location filename="../src/app/commandline.cpp" line="40"/>
        <source>%1 syncs your ballchasing.com replays into a local cache and shows your stats, your teammates&apos; and your opponents&apos;.
Configuration keys (see .env.example) can be set in the environment or a .env file; these options override them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="48"/>
        <source>No window: run the API server until SIGINT/SIGTERM. Prints &quot;API listening on http://HOST:PORT&quot; when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="52"/>
        <source>Port of the embedded API (0 = any free port) [BCSTATS_API_PORT].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="52"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="54"/>
        <source>Address the embedded API listens on [BCSTATS_API_HOST].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="55"/>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="57"/>
        <source>Directory holding cache.sqlite [BCSTATS_DATA_DIR].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="58"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="60"/>
        <source>Do not start the embedded API server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="62"/>
        <source>Print the effective configuration and where each value came from, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="66"/>
        <source>Print a commented .env template with every configuration key, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="72"/>
        <source>bcstats: unexpected argument &apos;%1&apos;; see bcstats --help</source>
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
        <location filename="../src/core/config/configloader.cpp" line="204"/>
        <source>command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="170"/>
        <location filename="../src/core/config/configloader.cpp" line="193"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="184"/>
        <source>%1 and %2 differ in %3; using %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="203"/>
        <source>environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="205"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="208"/>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="215"/>
        <source>is not a tier; accepted: auto, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="228"/>
        <source>is not a URL; accepted: http(s)://host[:port]/path, e.g. https://ballchasing.com/api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="238"/>
        <source>%1: %2 (from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="249"/>
        <source>is not an IP address or host name; accepted e.g. 127.0.0.1, ::1, localhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="260"/>
        <source>is not a port; accepted: 0-65535 (0 = any free port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="276"/>
        <source>%1: &apos;%2&apos; is not an origin; accepted: scheme://host[:port|:*] or * (from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="289"/>
        <source>is not an existing directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="302"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="302"/>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="309"/>
        <source>from tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/configloader.cpp" line="316"/>
        <source>bundled page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcs::DotEnv</name>
    <message>
        <location filename="../src/core/config/dotenv.cpp" line="24"/>
        <source>unterminated single quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/dotenv.cpp" line="29"/>
        <location filename="../src/core/config/dotenv.cpp" line="49"/>
        <source>unexpected text after the closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/dotenv.cpp" line="56"/>
        <source>unterminated double quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/dotenv.cpp" line="85"/>
        <source>line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/dotenv.cpp" line="87"/>
        <source>expected KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/dotenv.cpp" line="92"/>
        <source>&apos;%1&apos; is not a valid variable name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcs::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="27"/>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="42"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="43"/>
        <source>Set ballchasing &amp;API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="46"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="61"/>
        <source>Your replays will be cached in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="62"/>
        <source>To start, set your ballchasing API key (File → Set ballchasing API key…). You find it on ballchasing.com/upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="64"/>
        <source>API key from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="65"/>
        <source>No API key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="66"/>
        <source>Local API off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="67"/>
        <source>Local API on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="74"/>
        <source>Ballchasing API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="75"/>
        <source>Paste the API key from ballchasing.com/upload.
It is saved in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="83"/>
        <source>Key not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="86"/>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bcs::ResponseClassifier</name>
    <message>
        <location filename="../src/net/responseclassifier.cpp" line="47"/>
        <source>ballchasing.com did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/responseclassifier.cpp" line="52"/>
        <source>cannot reach ballchasing.com: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/responseclassifier.cpp" line="57"/>
        <source>ballchasing.com rejected the API key; check it on https://ballchasing.com/upload and set it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/responseclassifier.cpp" line="64"/>
        <source>not found on ballchasing.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/responseclassifier.cpp" line="69"/>
        <source>ballchasing.com is rate limiting this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/responseclassifier.cpp" line="74"/>
        <source>ballchasing.com failed with HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/responseclassifier.cpp" line="80"/>
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
        <location filename="../src/core/statcatalogue.cpp" line="22"/>
        <source>Shots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="23"/>
        <source>Shots against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="24"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="25"/>
        <source>Goals against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="26"/>
        <source>Saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="27"/>
        <source>Assists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="28"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="29"/>
        <source>Shooting %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="32"/>
        <source>Boost used per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="34"/>
        <source>Boost collected per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="36"/>
        <source>Average boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="38"/>
        <source>Boost collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="40"/>
        <source>Boost stolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="43"/>
        <source>Collected from big pads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="44"/>
        <source>Stolen from big pads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="47"/>
        <source>Collected from small pads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="48"/>
        <source>Stolen from small pads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="50"/>
        <source>Big pads collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="52"/>
        <source>Big pads stolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="54"/>
        <source>Small pads collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="56"/>
        <source>Small pads stolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="58"/>
        <source>Overfill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="60"/>
        <source>Overfill stolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="63"/>
        <source>Used while supersonic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="64"/>
        <source>Time at zero boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="66"/>
        <source>% at zero boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="68"/>
        <source>Time at full boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="70"/>
        <source>% at full boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="72"/>
        <source>Time at 0-25 boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="74"/>
        <source>Time at 25-50 boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="76"/>
        <source>Time at 50-75 boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="78"/>
        <source>Time at 75-100 boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="80"/>
        <source>% at 0-25 boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="82"/>
        <source>% at 25-50 boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="84"/>
        <source>% at 50-75 boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="86"/>
        <source>% at 75-100 boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="89"/>
        <source>Average speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="91"/>
        <source>Distance travelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="93"/>
        <source>Time supersonic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="95"/>
        <source>Time at boost speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="97"/>
        <source>Time at slow speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="99"/>
        <source>Time on the ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="101"/>
        <source>Time in low air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="103"/>
        <source>Time in high air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="105"/>
        <source>Time powersliding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="107"/>
        <source>Powerslides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="110"/>
        <source>Average powerslide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="112"/>
        <source>Average speed % of max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="113"/>
        <source>% slow speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="115"/>
        <source>% boost speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="117"/>
        <source>% supersonic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="119"/>
        <source>% on the ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="121"/>
        <source>% in low air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="123"/>
        <source>% in high air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="127"/>
        <source>Average distance to ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="129"/>
        <source>Distance to ball (possession)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="131"/>
        <source>Distance to ball (no possession)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="133"/>
        <source>Average distance to mates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="135"/>
        <source>Time in defensive third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="137"/>
        <source>Time in neutral third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="139"/>
        <source>Time in offensive third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="141"/>
        <source>Time in defensive half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="143"/>
        <source>Time in offensive half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="145"/>
        <source>Time behind the ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="147"/>
        <source>Time in front of the ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="148"/>
        <source>Time most back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="150"/>
        <source>Time most forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="153"/>
        <source>Goals conceded as last defender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="155"/>
        <source>Time closest to ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="157"/>
        <source>Time farthest from ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="159"/>
        <source>% in defensive third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="161"/>
        <source>% in offensive third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="163"/>
        <source>% in neutral third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="165"/>
        <source>% in defensive half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="167"/>
        <source>% in offensive half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="169"/>
        <source>% behind the ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="171"/>
        <source>% in front of the ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="172"/>
        <source>% most back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="174"/>
        <source>% most forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="177"/>
        <source>% closest to ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="179"/>
        <source>% farthest from ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="181"/>
        <source>Demos inflicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/statcatalogue.cpp" line="182"/>
        <source>Demos taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
