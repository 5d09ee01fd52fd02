<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>bcs::AnalysisPage</name>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>What wins games: results per scoreline, per lineup of teammates, and how each stat goes with winning.</source>
        <translation>Was Spiele gewinnt: Ergebnisse je Spielstand, je Aufstellung von Mitspielern und wie jede Statistik mit Siegen zusammenhängt.</translation>
    </message>
    <message>
        <source>Score (mine first)</source>
        <translation>Spielstand (meiner zuerst)</translation>
    </message>
    <message>
        <source>Goal difference</source>
        <translation>Tordifferenz</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Spiel</translation>
    </message>
    <message>
        <source>Analyses</source>
        <translation>Analysen</translation>
    </message>
    <message>
        <source>Per score</source>
        <translation>Je Spielstand</translation>
    </message>
    <message>
        <source>By goal difference</source>
        <translation>Nach Tordifferenz</translation>
    </message>
    <message>
        <source>Per game</source>
        <translation>Je Spiel</translation>
    </message>
    <message>
        <source>What matters</source>
        <translation>Was zählt</translation>
    </message>
    <message>
        <source>Lineups</source>
        <translation>Aufstellungen</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Every stat ranked by how strongly it goes with goal difference in your games</source>
        <translation>Jede Statistik, geordnet danach, wie stark sie in Ihren Spielen mit der Tordifferenz zusammenhängt</translation>
    </message>
    <message>
        <source>Show these replays</source>
        <translation>Diese Replays zeigen</translation>
    </message>
</context>
<context>
    <name>bcs::Api</name>
    <message>
        <source>the body must be the config, e.g. {&quot;me&quot;: [&quot;name&quot;], &quot;teammates&quot;: {}}</source>
        <translation>der Body muss die Konfiguration sein, z. B. {&quot;me&quot;: [&quot;name&quot;], &quot;teammates&quot;: {}}</translation>
    </message>
    <message>
        <source>replay %1 is not in the cache; sync first</source>
        <translation>Replay %1 ist nicht im Cache; zuerst synchronisieren</translation>
    </message>
    <message>
        <source>stat is required, e.g. stat=core.saves or stat=boost.bpm</source>
        <translation>stat ist erforderlich, z. B. stat=core.saves oder stat=boost.bpm</translation>
    </message>
    <message>
        <source>stat: &apos;%1&apos; is not a stat; use group.key, e.g. core.saves, boost.bpm, movement.avg_speed</source>
        <translation>stat: &apos;%1&apos; ist keine Statistik; verwenden Sie group.key, z. B. core.saves, boost.bpm, movement.avg_speed</translation>
    </message>
    <message>
        <source>role: &apos;%1&apos; is not a role; accepted: %2</source>
        <translation>role: &apos;%1&apos; ist keine Rolle; zulässig: %2</translation>
    </message>
    <message>
        <source>replay-date-after is later than replay-date-before</source>
        <translation>replay-date-after liegt nach replay-date-before</translation>
    </message>
    <message>
        <source>bucket: &apos;%1&apos; is not week or month</source>
        <translation>bucket: &apos;%1&apos; ist weder week noch month</translation>
    </message>
    <message>
        <source>&quot;me&quot; is not configured: say which names are yours with PUT /api/players/config</source>
        <translation>&quot;me&quot; ist nicht konfiguriert: geben Sie mit PUT /api/players/config an, welche Namen Ihre sind</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;; accepted: %2</source>
        <translation>unbekanntes Feld &apos;%1&apos;; zulässig: %2</translation>
    </message>
    <message>
        <source>%1 must be a string date</source>
        <translation>%1 muss ein Datum als String sein</translation>
    </message>
    <message>
        <source>No sync is running</source>
        <translation>Es läuft kein Sync</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Sync abgebrochen</translation>
    </message>
    <message>
        <source>A sync is already running (sync %1); wait for it or cancel it</source>
        <translation>Es läuft bereits ein Sync (Sync %1); warten Sie ihn ab oder brechen Sie ihn ab</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date; use YYYY-MM-DD or RFC 3339, e.g. 2024-05-01T18:00:00+02:00</source>
        <translation>%1: &apos;%2&apos; ist kein Datum; verwenden Sie YYYY-MM-DD oder RFC 3339, z. B. 2024-05-01T18:00:00+02:00</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number from %3 to %4</source>
        <translation>%1: &apos;%2&apos; ist keine ganze Zahl von %3 bis %4</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not true or false</source>
        <translation>%1: &apos;%2&apos; ist weder true noch false</translation>
    </message>
    <message>
        <source>the body is not valid JSON: %1 at byte %2</source>
        <translation>der Body ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>the body must be a JSON object</source>
        <translation>der Body muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>Method Not Allowed: %1 %2 accepts GET</source>
        <translation>Method Not Allowed: %1 %2 akzeptiert GET</translation>
    </message>
    <message>
        <source>Forbidden: %1 is outside the static directory</source>
        <translation>Forbidden: %1 liegt außerhalb des statischen Verzeichnisses</translation>
    </message>
    <message>
        <source>Not Found: %1</source>
        <translation>Not Found: %1</translation>
    </message>
    <message>
        <source>Not Found: %1 (the API is under /api; set BCSTATS_STATIC_DIR to serve a frontend here)</source>
        <translation>Not Found: %1 (die API liegt unter /api; setzen Sie BCSTATS_STATIC_DIR, um hier ein Frontend auszuliefern)</translation>
    </message>
    <message>
        <source>the request body is %1 bytes; the limit is %2</source>
        <translation>der Request-Body hat %1 Bytes; das Limit ist %2</translation>
    </message>
    <message>
        <source>Host &apos;%1&apos; is not this server (it answers to %2; add names with BCSTATS_ALLOWED_HOSTS)</source>
        <translation>Host &apos;%1&apos; ist nicht dieser Server (er antwortet auf %2; weitere Namen mit BCSTATS_ALLOWED_HOSTS hinzufügen)</translation>
    </message>
    <message>
        <source>origin &apos;%1&apos; is not allowed (BCSTATS_CORS_ORIGINS)</source>
        <translation>Origin &apos;%1&apos; ist nicht erlaubt (BCSTATS_CORS_ORIGINS)</translation>
    </message>
    <message>
        <source>%1 from origin &apos;%2&apos; refused: that origin is not allowed (BCSTATS_CORS_ORIGINS)</source>
        <translation>%1 von Origin &apos;%2&apos; abgelehnt: dieser Origin ist nicht erlaubt (BCSTATS_CORS_ORIGINS)</translation>
    </message>
    <message>
        <source>cross-site %1 refused (Sec-Fetch-Site: cross-site)</source>
        <translation>Cross-Site-%1 abgelehnt (Sec-Fetch-Site: cross-site)</translation>
    </message>
    <message>
        <source>request bodies must be JSON (Content-Type: application/json), not &apos;%1&apos;</source>
        <translation>Request-Bodys müssen JSON sein (Content-Type: application/json), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>this server needs &apos;Authorization: Bearer &lt;token&gt;&apos; (BCSTATS_API_TOKEN)</source>
        <translation>dieser Server erfordert &apos;Authorization: Bearer &lt;token&gt;&apos; (BCSTATS_API_TOKEN)</translation>
    </message>
    <message>
        <source>wrong bearer token</source>
        <translation>falscher Bearer-Token</translation>
    </message>
    <message>
        <source>stat is required; accepted: %1, or group.key of any stat, e.g. core.saves</source>
        <translation>stat ist erforderlich; zulässig: %1 oder group.key einer beliebigen Statistik, z. B. core.saves</translation>
    </message>
    <message>
        <source>stat: &apos;%1&apos; is not a stat; accepted: %2, or group.key of any stat, e.g. core.saves</source>
        <translation>stat: &apos;%1&apos; ist keine Statistik; zulässig: %2 oder group.key einer beliebigen Statistik, z. B. core.saves</translation>
    </message>
    <message>
        <source>more than %1 bytes of blank lines before a request</source>
        <translation>mehr als %1 Bytes Leerzeilen vor einem Request</translation>
    </message>
    <message>
        <source>the request line and headers are over %1 bytes</source>
        <translation>Request-Zeile und Header sind länger als %1 Bytes</translation>
    </message>
    <message>
        <source>folded header lines are not accepted</source>
        <translation>gefaltete Header-Zeilen werden nicht akzeptiert</translation>
    </message>
    <message>
        <source>header line &apos;%1&apos; has no name and colon</source>
        <translation>Header-Zeile &apos;%1&apos; hat keinen Namen mit Doppelpunkt</translation>
    </message>
    <message>
        <source>Content-Length &apos;%1&apos; is not a byte count</source>
        <translation>Content-Length &apos;%1&apos; ist keine Byteanzahl</translation>
    </message>
    <message>
        <source>conflicting Content-Length headers</source>
        <translation>widersprüchliche Content-Length-Header</translation>
    </message>
    <message>
        <source>the chunked body&apos;s framing is over %1 bytes</source>
        <translation>die Rahmung des Chunked-Bodys ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>a chunk-size line must end with CRLF</source>
        <translation>eine Chunk-Size-Zeile muss mit CRLF enden</translation>
    </message>
    <message>
        <source>chunk size &apos;%1&apos; is not hexadecimal</source>
        <translation>Chunk-Größe &apos;%1&apos; ist nicht hexadezimal</translation>
    </message>
    <message>
        <source>the chunked request body is over %1 bytes</source>
        <translation>der Chunked-Request-Body ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>chunked trailers are not accepted</source>
        <translation>Chunked-Trailer werden nicht akzeptiert</translation>
    </message>
    <message>
        <source>a chunk must end with CRLF</source>
        <translation>ein Chunk muss mit CRLF enden</translation>
    </message>
</context>
<context>
    <name>bcs::ApiKeySaver</name>
    <message>
        <source>system keychain</source>
        <translation>System-Schlüsselbund</translation>
    </message>
    <message>
        <source>Saved in your system&apos;s keychain.</source>
        <translation>Im Schlüsselbund Ihres Systems gespeichert.</translation>
    </message>
    <message>
        <source>The key could not be saved: %1; %2</source>
        <translation>Der Schlüssel konnte nicht gespeichert werden: %1; %2</translation>
    </message>
    <message>
        <source>.env file %1</source>
        <translation>.env-Datei %1</translation>
    </message>
    <message>
        <source>This system has no keychain (%1), so the key is saved in %2, readable only by you.</source>
        <translation>Dieses System hat keinen Schlüsselbund (%1), daher wird der Schlüssel in %2 gespeichert, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>the key was removed</source>
        <translation>der Schlüssel wurde entfernt</translation>
    </message>
    <message>
        <source>The key could not be removed: %1</source>
        <translation>Der Schlüssel konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The key was removed.</source>
        <translation>Der Schlüssel wurde entfernt.</translation>
    </message>
    <message>
        <source>The key was removed from %1; the keychain said: %2</source>
        <translation>Der Schlüssel wurde aus %1 entfernt; der Schlüsselbund meldete: %2</translation>
    </message>
</context>
<context>
    <name>bcs::ApiKeyStore</name>
    <message>
        <source>the system keychain is not available (%1); set BALLCHASING_API_KEY in the environment or in a .env file instead</source>
        <translation>der System-Schlüsselbund ist nicht verfügbar (%1); setzen Sie stattdessen BALLCHASING_API_KEY in der Umgebung oder in einer .env-Datei</translation>
    </message>
    <message>
        <source>the system keychain did not answer within %1 s; set BALLCHASING_API_KEY in the environment or in a .env file instead</source>
        <translation>der System-Schlüsselbund hat nicht innerhalb von %1 s geantwortet; setzen Sie stattdessen BALLCHASING_API_KEY in der Umgebung oder in einer .env-Datei</translation>
    </message>
    <message>
        <source>no ballchasing API key is set: enter it in the app (saved in the system keychain) or set BALLCHASING_API_KEY</source>
        <translation>kein ballchasing-API-Schlüssel gesetzt: geben Sie ihn in der App ein (wird im System-Schlüsselbund gespeichert) oder setzen Sie BALLCHASING_API_KEY</translation>
    </message>
    <message>
        <source>the API key saved in the system keychain is empty</source>
        <translation>der im System-Schlüsselbund gespeicherte API-Schlüssel ist leer</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>System-Schlüsselbund</translation>
    </message>
    <message>
        <source>the system keychain did not answer in time; the key was not saved</source>
        <translation>der System-Schlüsselbund hat nicht rechtzeitig geantwortet; der Schlüssel wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>the system keychain did not answer in time</source>
        <translation>der System-Schlüsselbund hat nicht rechtzeitig geantwortet</translation>
    </message>
</context>
<context>
    <name>bcs::ApiServer</name>
    <message>
        <source>refusing to listen on %1 without BCSTATS_API_TOKEN: anyone on the network could read your stats and start syncs; set a token or use 127.0.0.1</source>
        <translation>Lauschen auf %1 ohne BCSTATS_API_TOKEN abgelehnt: jeder im Netzwerk könnte Ihre Statistiken lesen und Syncs starten; setzen Sie einen Token oder verwenden Sie 127.0.0.1</translation>
    </message>
</context>
<context>
    <name>bcs::ApiServerWorker</name>
    <message>
        <source>&apos;%1&apos; is not an IP address to listen on</source>
        <translation>&apos;%1&apos; ist keine IP-Adresse zum Lauschen</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <source>Method Not Allowed: %1 %2 accepts %3</source>
        <translation>Method Not Allowed: %1 %2 akzeptiert %3</translation>
    </message>
    <message>
        <source>Not Found: %1 %2 is not an API route; GET /api/openapi.json lists them</source>
        <translation>Not Found: %1 %2 ist keine API-Route; GET /api/openapi.json listet sie auf</translation>
    </message>
</context>
<context>
    <name>bcs::Application</name>
    <message>
        <source>bcstats: warning: %1</source>
        <translation>bcstats: Warnung: %1</translation>
    </message>
    <message>
        <source>bcstats: %1</source>
        <translation>bcstats: %1</translation>
    </message>
    <message>
        <source>bcstats: ballchasing API key from %1</source>
        <translation>bcstats: ballchasing-API-Schlüssel aus %1</translation>
    </message>
    <message>
        <source>bcstats: no ballchasing API key: %1</source>
        <translation>bcstats: kein ballchasing-API-Schlüssel: %1</translation>
    </message>
    <message>
        <source>API listening on %1</source>
        <translation>API listening on %1</translation>
    </message>
    <message>
        <source>bcstats: API listening on %1</source>
        <translation>bcstats: API lauscht auf %1</translation>
    </message>
    <message>
        <source>bcstats: the demo data is never synced</source>
        <translation>bcstats: die Demodaten werden nie synchronisiert</translation>
    </message>
    <message>
        <source>demo data is never synced</source>
        <translation>Demodaten werden nie synchronisiert</translation>
    </message>
    <message>
        <source>bcstats: demo data in %1</source>
        <translation>bcstats: Demodaten in %1</translation>
    </message>
    <message>
        <source>the demo data is never synced</source>
        <translation>die Demodaten werden nie synchronisiert</translation>
    </message>
    <message>
        <source>bcstats: this build has no tables to export</source>
        <translation>bcstats: dieser Build hat keine Tabellen zum Exportieren</translation>
    </message>
</context>
<context>
    <name>bcs::BallchasingClient</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no ballchasing API key is configured; set BALLCHASING_API_KEY or enter the key in the app</source>
        <translation>kein ballchasing-API-Schlüssel konfiguriert; setzen Sie BALLCHASING_API_KEY oder geben Sie den Schlüssel in der App ein</translation>
    </message>
</context>
<context>
    <name>bcs::Banner</name>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>bcs::BucketsModel</name>
    <message>
        <source>Take %1 out of their roles</source>
        <translation>%1 aus den Rollen nehmen</translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation>%1 zu %2 zuordnen</translation>
    </message>
    <message>
        <source>%1 (whole account)</source>
        <translation>%1 (ganzes Konto)</translation>
    </message>
    <message>
        <source>%1 — every name: %2</source>
        <translation>%1 — alle Namen: %2</translation>
    </message>
    <message>
        <source>%1 · %2 in the table</source>
        <translation>%1 · %2 in der Tabelle</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The names and accounts that are you. Drop names here.</source>
        <translation>Die Namen und Konten, die Sie sind. Namen hier ablegen.</translation>
    </message>
    <message>
        <source>Drop names here to take them out of every role: they count as anonymous teammates or opponents.</source>
        <translation>Legen Sie Namen hier ab, um sie aus allen Rollen zu nehmen: Sie zählen dann als anonyme Mitspieler oder Gegner.</translation>
    </message>
    <message>
        <source>A regular teammate: every name here counts as %1. Double-click or press F2 to rename.</source>
        <translation>Ein fester Mitspieler: jeder Name hier zählt als %1. Zum Umbenennen doppelklicken oder F2 drücken.</translation>
    </message>
    <message>
        <source>This account, whatever name it plays under</source>
        <translation>Dieses Konto, egal unter welchem Namen es spielt</translation>
    </message>
    <message>
        <source>This name, on any account</source>
        <translation>Dieser Name, auf jedem Konto</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
</context>
<context>
    <name>bcs::Chart</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Diagramm als PNG speichern…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Diagramm nicht gespeichert</translation>
    </message>
    <message>
        <source>The chart was not saved: %1.</source>
        <translation>Das Diagramm wurde nicht gespeichert: %1.</translation>
    </message>
</context>
<context>
    <name>bcs::CommandLine</name>
    <message>
        <source>%1 syncs your ballchasing.com replays into a local cache and shows your stats, your teammates&apos; and your opponents&apos;.
Configuration keys (see .env.example) can be set in the environment or a .env file; these options override them.</source>
        <translation>%1 synchronisiert Ihre Replays von ballchasing.com in einen lokalen Cache und zeigt Ihre Statistiken, die Ihrer Mitspieler und die Ihrer Gegner.
Konfigurationsschlüssel (siehe .env.example) lassen sich in der Umgebung oder in einer .env-Datei setzen; diese Optionen haben Vorrang.</translation>
    </message>
    <message>
        <source>No window: run the API server until SIGINT/SIGTERM. Prints &quot;API listening on http://HOST:PORT&quot; when ready.</source>
        <translation>Kein Fenster: den API-Server bis SIGINT/SIGTERM ausführen. Gibt &quot;API listening on http://HOST:PORT&quot; aus, sobald er bereit ist.</translation>
    </message>
    <message>
        <source>Port of the embedded API (0 = any free port) [BCSTATS_API_PORT].</source>
        <translation>Port der eingebetteten API (0 = beliebiger freier Port) [BCSTATS_API_PORT].</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Address the embedded API listens on [BCSTATS_API_HOST].</source>
        <translation>Adresse, auf der die eingebettete API lauscht [BCSTATS_API_HOST].</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Directory holding cache.sqlite [BCSTATS_DATA_DIR].</source>
        <translation>Verzeichnis mit cache.sqlite [BCSTATS_DATA_DIR].</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Do not start the embedded API server.</source>
        <translation>Den eingebetteten API-Server nicht starten.</translation>
    </message>
    <message>
        <source>Print the effective configuration and where each value came from, then exit.</source>
        <translation>Die wirksame Konfiguration ausgeben und woher jeder Wert stammt, dann beenden.</translation>
    </message>
    <message>
        <source>Print a commented .env template with every configuration key, then exit.</source>
        <translation>Eine kommentierte .env-Vorlage mit allen Konfigurationsschlüsseln ausgeben, dann beenden.</translation>
    </message>
    <message>
        <source>With `sync`: only games played on or after DATE (YYYY-MM-DD or RFC 3339).</source>
        <translation>Mit `sync`: nur Spiele am oder nach DATE (YYYY-MM-DD oder RFC 3339).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>With `sync`: only games played on or before DATE (YYYY-MM-DD or RFC 3339).</source>
        <translation>Mit `sync`: nur Spiele am oder vor DATE (YYYY-MM-DD oder RFC 3339).</translation>
    </message>
    <message>
        <source>With `sync`: sync even if the range was synced before.</source>
        <translation>Mit `sync`: auch synchronisieren, wenn der Zeitraum schon synchronisiert wurde.</translation>
    </message>
    <message>
        <source>Run one sync in the terminal with a progress line, then exit (0 on success).</source>
        <translation>Einen Sync im Terminal mit Fortschrittszeile ausführen, dann beenden (0 bei Erfolg).</translation>
    </message>
    <message>
        <source>bcstats: unexpected argument &apos;%1&apos;; see bcstats --help</source>
        <translation>bcstats: unerwartetes Argument &apos;%1&apos;; siehe bcstats --help</translation>
    </message>
    <message>
        <source>bcstats: --after, --before and --force go with `bcstats sync`</source>
        <translation>bcstats: --after, --before und --force gehören zu `bcstats sync`</translation>
    </message>
    <message>
        <source>Open generated demo data (in &lt;data dir&gt;/demo, built on first use) instead of your cache; nothing is synced into it.</source>
        <translation>Generierte Demodaten öffnen (in &lt;data dir&gt;/demo, beim ersten Mal erstellt) statt Ihres Caches; nichts wird dorthin synchronisiert.</translation>
    </message>
    <message>
        <source>Render every page at 1280x800 into DIR/&lt;page&gt;.png, then exit.</source>
        <translation>Jede Seite in 1280x800 nach DIR/&lt;page&gt;.png rendern, dann beenden.</translation>
    </message>
    <message>
        <source>Draw with the light or dark palette whatever the system&apos;s.</source>
        <translation>Mit heller oder dunkler Palette zeichnen, unabhängig vom System.</translation>
    </message>
    <message>
        <source>light|dark</source>
        <translation>light|dark</translation>
    </message>
    <message>
        <source>Scale the window by F (e.g. 2).</source>
        <translation>Das Fenster um F skalieren (z. B. 2).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>With `export`: games on or after DATE (YYYY-MM-DD or RFC 3339).</source>
        <translation>Mit `export`: Spiele am oder nach DATE (YYYY-MM-DD oder RFC 3339).</translation>
    </message>
    <message>
        <source>With `export`: games on or before DATE (YYYY-MM-DD or RFC 3339).</source>
        <translation>Mit `export`: Spiele am oder vor DATE (YYYY-MM-DD oder RFC 3339).</translation>
    </message>
    <message>
        <source>With `export`: only this playlist (id or name); repeat for several.</source>
        <translation>Mit `export`: nur diese Playlist (ID oder Name); für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>PLAYLIST</source>
        <translation>PLAYLIST</translation>
    </message>
    <message>
        <source>With `export`: only N-vs-N games (1-4).</source>
        <translation>Mit `export`: nur N-gegen-N-Spiele (1-4).</translation>
    </message>
    <message>
        <source>With `export`: leave out tied games.</source>
        <translation>Mit `export`: Spiele mit Remis auslassen.</translation>
    </message>
    <message>
        <source>With `export`: only games of at least SECONDS.</source>
        <translation>Mit `export`: nur Spiele von mindestens SECONDS.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>With `export`: only games on MAP (code or name).</source>
        <translation>Mit `export`: nur Spiele auf MAP (Code oder Name).</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>With `export`: write the CSV to FILE instead of stdout.</source>
        <translation>Mit `export`: die CSV nach FILE statt nach stdout schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>With `export stats|teammates|opponents`: totals, not means per game.</source>
        <translation>Mit `export stats|teammates|opponents`: Summen statt Mittelwerten je Spiel.</translation>
    </message>
    <message>
        <source>Write a table as CSV without opening a window: export %1 [filters] [--out FILE].</source>
        <translation>Eine Tabelle als CSV schreiben, ohne ein Fenster zu öffnen: export %1 [filters] [--out FILE].</translation>
    </message>
    <message>
        <source>bcstats: export what? bcstats export %1 [filters] [--out FILE]</source>
        <translation>bcstats: was exportieren? bcstats export %1 [filters] [--out FILE]</translation>
    </message>
    <message>
        <source>bcstats: --%1 goes with `bcstats export`</source>
        <translation>bcstats: --%1 gehört zu `bcstats export`</translation>
    </message>
    <message>
        <source>bcstats: --palette is light or dark, not &apos;%1&apos;</source>
        <translation>bcstats: --palette ist light oder dark, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>bcstats: --scale is a factor from 0.5 to 4, e.g. 2</source>
        <translation>bcstats: --scale ist ein Faktor von 0.5 bis 4, z. B. 2</translation>
    </message>
    <message>
        <source>bcstats: --screenshots needs the window, not --headless</source>
        <translation>bcstats: --screenshots braucht das Fenster, nicht --headless</translation>
    </message>
</context>
<context>
    <name>bcs::ComparisonModel</name>
    <message>
        <source>Core</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Boost</source>
        <translation>Boost</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>Positionierung</translation>
    </message>
    <message>
        <source>Demolitions</source>
        <translation>Zerstörungen</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>Höher ist besser.</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>Niedriger ist besser.</translation>
    </message>
    <message>
        <source>Neither more nor less is better: a way of playing.</source>
        <translation>Weder mehr noch weniger ist besser: eine Spielweise.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Randoms</source>
        <translation>Randoms</translation>
    </message>
    <message>
        <source>Opponents</source>
        <translation>Gegner</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Spiele</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Siegquote</translation>
    </message>
    <message>
        <source>Games with details</source>
        <translation>Spiele mit Details</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Every listed game the filter keeps, details cached or not; randoms and opponents count once per player.</source>
        <translation>Alle gelisteten Spiele, die der Filter behält, ob mit Details im Cache oder nicht; Randoms und Gegner zählen einmal pro Spieler.</translation>
    </message>
    <message>
        <source>Games won of every listed game. Higher is better.</source>
        <translation>Gewonnene Spiele von allen gelisteten Spielen. Höher ist besser.</translation>
    </message>
    <message>
        <source>The games whose details are cached: what every stat below is over.</source>
        <translation>Die Spiele, deren Details im Cache sind: darauf beziehen sich alle Statistiken unten.</translation>
    </message>
    <message>
        <source>A mean per game in both views.</source>
        <translation>In beiden Ansichten ein Mittelwert je Spiel.</translation>
    </message>
    <message>
        <source>Shown per game; the totals view sums it.</source>
        <translation>Je Spiel angezeigt; die Summenansicht addiert es.</translation>
    </message>
    <message>
        <source>Shown in total; the per-game view divides it.</source>
        <translation>Als Summe angezeigt; die Ansicht je Spiel teilt es.</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>%1: no games with details under this filter</source>
        <translation>%1: keine Spiele mit Details bei diesem Filter</translation>
    </message>
    <message>
        <source>%1 — %2: %3, a mean over %4</source>
        <translation>%1 — %2: %3, ein Mittelwert über %4</translation>
    </message>
    <message>
        <source>%1 — %2: %3 per game over %4</source>
        <translation>%1 — %2: %3 je Spiel über %4</translation>
    </message>
    <message>
        <source>%1 — %2: %3 in total over %4</source>
        <translation>%1 — %2: %3 insgesamt über %4</translation>
    </message>
    <message>
        <source>Stat</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>%1: results over %2; detailed stats over %3</source>
        <translation>%1: Ergebnisse über %2; Detailstatistiken über %3</translation>
    </message>
    <message>
        <source>Randoms are the teammates you have not named in Players. Each counts once per game played, so two randoms in one game count as two, and every value is per player.</source>
        <translation>Randoms sind die Mitspieler, die Sie unter „Spieler“ nicht benannt haben. Jeder zählt einmal pro gespieltem Spiel, zwei Randoms in einem Spiel zählen also doppelt, und jeder Wert gilt pro Spieler.</translation>
    </message>
    <message>
        <source>Each opponent counts once per game played, so the two opponents of a 2v2 game count as two, and every value is per player.</source>
        <translation>Jeder Gegner zählt einmal pro gespieltem Spiel, die zwei Gegner eines 2v2-Spiels zählen also doppelt, und jeder Wert gilt pro Spieler.</translation>
    </message>
</context>
<context>
    <name>bcs::Config</name>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 %2 (line skipped)</source>
        <translation>%1 %2 (Zeile übersprungen)</translation>
    </message>
    <message>
        <source>.env file %1</source>
        <translation>.env-Datei %1</translation>
    </message>
    <message>
        <source>saved settings</source>
        <translation>gespeicherte Einstellungen</translation>
    </message>
    <message>
        <source>%1 in saved settings (%2) is ignored: secrets are never read from settings; remove it and use the keychain, the environment or a .env file</source>
        <translation>%1 in den gespeicherten Einstellungen (%2) wird ignoriert: Geheimnisse werden nie aus den Einstellungen gelesen; entfernen Sie es und verwenden Sie den Schlüsselbund, die Umgebung oder eine .env-Datei</translation>
    </message>
    <message>
        <source>&lt;hidden&gt;</source>
        <translation>&lt;verborgen&gt;</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; %3 (from %4)</source>
        <translation>%1: &apos;%2&apos; %3 (aus %4)</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%1 and %2 differ in %3; using %1</source>
        <translation>%1 und %2 unterscheiden sich in %3; %1 wird verwendet</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>System-Schlüsselbund</translation>
    </message>
    <message>
        <source>is not a tier; accepted: auto, %1</source>
        <translation>ist keine Stufe; zulässig: auto, %1</translation>
    </message>
    <message>
        <source>is not a URL; accepted: http(s)://host[:port]/path, e.g. https://ballchasing.com/api</source>
        <translation>ist keine URL; zulässig: http(s)://host[:port]/path, z. B. https://ballchasing.com/api</translation>
    </message>
    <message>
        <source>%1: %2 (from %3)</source>
        <translation>%1: %2 (aus %3)</translation>
    </message>
    <message>
        <source>is not an IP address or host name; accepted e.g. 127.0.0.1, ::1, localhost</source>
        <translation>ist weder IP-Adresse noch Hostname; zulässig z. B. 127.0.0.1, ::1, localhost</translation>
    </message>
    <message>
        <source>is not a port; accepted: 0-65535 (0 = any free port)</source>
        <translation>ist kein Port; zulässig: 0-65535 (0 = beliebiger freier Port)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an origin; accepted: scheme://host[:port|:*] or * (from %3)</source>
        <translation>%1: &apos;%2&apos; ist kein Origin; zulässig: scheme://host[:port|:*] oder * (aus %3)</translation>
    </message>
    <message>
        <source>is not an existing directory</source>
        <translation>ist kein vorhandenes Verzeichnis</translation>
    </message>
    <message>
        <source>must list host names or addresses, without scheme, path or wildcard</source>
        <translation>muss Hostnamen oder Adressen auflisten, ohne Schema, Pfad oder Platzhalter</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>from tier</source>
        <translation>aus der Stufe</translation>
    </message>
    <message>
        <source>bundled page</source>
        <translation>mitgelieferte Seite</translation>
    </message>
    <message>
        <source>is not a list of sources; accepted: uploader, uploader,accounts</source>
        <translation>ist keine Liste von Quellen; zulässig: uploader, uploader,accounts</translation>
    </message>
</context>
<context>
    <name>bcs::Database</name>
    <message>
        <source>opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <source>opening the cache</source>
        <translation>Öffnen des Caches</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>das Datenverzeichnis %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database (damaged, or another file); it was left untouched. Move it away to start a new cache, or choose another --data-dir.</source>
        <translation>%1 ist keine SQLite-Datenbank (beschädigt oder eine andere Datei); sie wurde nicht angetastet. Verschieben Sie sie, um einen neuen Cache zu beginnen, oder wählen Sie ein anderes --data-dir.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); it was left untouched. Move it away to start a new cache.</source>
        <translation>%1 kann nicht gelesen werden (%2); die Datei wurde nicht angetastet. Verschieben Sie sie, um einen neuen Cache zu beginnen.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Ballchasing Stats (cache version %2; this version reads up to %3). It was left untouched: update Ballchasing Stats, or use another --data-dir.</source>
        <translation>%1 wurde von einer neueren Version von Ballchasing Stats geschrieben (Cache-Version %2; diese Version liest bis %3). Die Datei wurde nicht angetastet: Aktualisieren Sie Ballchasing Stats oder verwenden Sie ein anderes --data-dir.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it was left untouched. Move it away to start a new cache.</source>
        <translation>%1 ist beschädigt (%2); die Datei wurde nicht angetastet. Verschieben Sie sie, um einen neuen Cache zu beginnen.</translation>
    </message>
    <message>
        <source>%1 is damaged and was left untouched (%2). Move it away to start a new cache.</source>
        <translation>%1 ist beschädigt und wurde nicht angetastet (%2). Verschieben Sie die Datei, um einen neuen Cache zu beginnen.</translation>
    </message>
    <message>
        <source>this build&apos;s stat catalogue names columns that no cache migration creates (%1); the cache was not changed beyond its migrations.</source>
        <translation>der Statistikkatalog dieses Builds nennt Spalten, die keine Cache-Migration anlegt (%1); der Cache wurde über seine Migrationen hinaus nicht verändert.</translation>
    </message>
</context>
<context>
    <name>bcs::Demo</name>
    <message>
        <source>finishing the demo data</source>
        <translation>Fertigstellen der Demodaten</translation>
    </message>
    <message>
        <source>cannot create the demo data directory %1</source>
        <translation>das Demodaten-Verzeichnis %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot move the demo data to %1</source>
        <translation>die Demodaten können nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>building the demo data was cancelled</source>
        <translation>das Erstellen der Demodaten wurde abgebrochen</translation>
    </message>
    <message>
        <source>the demo player config is invalid: %1</source>
        <translation>die Spielerkonfiguration der Demo ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>bcs::DemoPreparation</name>
    <message>
        <source>Building the demo data: a year of generated games…</source>
        <translation>Demodaten werden erstellt: ein Jahr generierter Spiele…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Ballchasing Stats — demo data</source>
        <translation>Ballchasing Stats — Demodaten</translation>
    </message>
    <message>
        <source>bcstats: building the demo data in %1…</source>
        <translation>bcstats: Demodaten werden in %1 erstellt…</translation>
    </message>
</context>
<context>
    <name>bcs::DotEnv</name>
    <message>
        <source>unterminated single quote</source>
        <translation>nicht geschlossenes einfaches Anführungszeichen</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote</source>
        <translation>unerwarteter Text nach dem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>unterminated double quote</source>
        <translation>nicht geschlossenes doppeltes Anführungszeichen</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <source>expected KEY=VALUE</source>
        <translation>KEY=VALUE erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid variable name</source>
        <translation>&apos;%1&apos; ist kein gültiger Variablenname</translation>
    </message>
</context>
<context>
    <name>bcs::DotEnvKeyFile</name>
    <message>
        <source>cannot create the data folder %1</source>
        <translation>der Datenordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>bcs::ExportCommand</name>
    <message>
        <source>the %1 table is from your side, and no name is yours yet: say which names are yours on the Players page (or PUT /api/players/config)</source>
        <translation>die Tabelle %1 ist aus Ihrer Sicht, und noch ist kein Name Ihrer: geben Sie auf der Seite „Spieler“ an, welche Namen Ihre sind (oder PUT /api/players/config)</translation>
    </message>
    <message>
        <source>could not write the CSV to the standard output</source>
        <translation>die CSV konnte nicht in die Standardausgabe geschrieben werden</translation>
    </message>
    <message>
        <source>bcstats: %1 rows written to %2</source>
        <translation>bcstats: %1 Zeilen nach %2 geschrieben</translation>
    </message>
</context>
<context>
    <name>bcs::FilterBar</name>
    <message>
        <source>No ties</source>
        <translation>Ohne Remis</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Zeitraum…</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Playlists</source>
        <translation>Playlists</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Jede Größe</translation>
    </message>
    <message>
        <source>%1v%1</source>
        <translation>%1v%1</translation>
    </message>
    <message>
        <source>Team size</source>
        <translation>Teamgröße</translation>
    </message>
    <message>
        <source>Leave out games that ended in a tie (private matches)</source>
        <translation>Spiele auslassen, die mit Remis endeten (private Spiele)</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Jede Länge</translation>
    </message>
    <message>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minimum duration</source>
        <translation>Mindestdauer</translation>
    </message>
    <message>
        <source>Leave out games shorter than this (forfeits, early leavers)</source>
        <translation>Spiele auslassen, die kürzer sind (Aufgegebene, frühe Abgänge)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Show every game again</source>
        <translation>Wieder alle Spiele zeigen</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Games the filter keeps</source>
        <translation>Spiele, die der Filter behält</translation>
    </message>
    <message>
        <source>Any map</source>
        <translation>Jede Map</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every playlist</source>
        <translation>Alle Playlists</translation>
    </message>
    <message>
        <source>%1 playlists</source>
        <translation>%1 Playlists</translation>
    </message>
    <message>
        <source>Choose playlists</source>
        <translation>Playlists wählen</translation>
    </message>
    <message>
        <source>%1 · %2 with details</source>
        <translation>%1 · %2 mit Details</translation>
    </message>
</context>
<context>
    <name>bcs::FilterState</name>
    <message>
        <source>all dates</source>
        <translation>gesamter Zeitraum</translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation>letzte 7 Tage</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>letzte 30 Tage</translation>
    </message>
    <message>
        <source>last 90 days</source>
        <translation>letzte 90 Tage</translation>
    </message>
    <message>
        <source>last 12 months</source>
        <translation>letzte 12 Monate</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>%1v%1</source>
        <translation>%1v%1</translation>
    </message>
    <message>
        <source>no ties</source>
        <translation>ohne Remis</translation>
    </message>
    <message>
        <source>at least %1 min</source>
        <translation>mindestens %1 min</translation>
    </message>
</context>
<context>
    <name>bcs::GameGroupsModel</name>
    <message>
        <source>Game</source>
        <translation>Spiel</translation>
    </message>
    <message>
        <source>Score (mine first)</source>
        <translation>Spielstand (meiner zuerst)</translation>
    </message>
    <message>
        <source> (OT)</source>
        <translation> (OT)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Teammates</source>
        <translation>Mitspieler</translation>
    </message>
    <message>
        <source>Opponents</source>
        <translation>Gegner</translation>
    </message>
    <message>
        <source>%1: %2, mean per game</source>
        <translation>%1: %2, Mittelwert je Spiel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Expand a row to see its games</source>
        <translation>Klappen Sie eine Zeile auf, um ihre Spiele zu sehen</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Gespielt</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Siegquote</translation>
    </message>
    <message>
        <source>Games whose details are cached: the means are over these</source>
        <translation>Spiele, deren Details im Cache sind: die Mittelwerte beziehen sich darauf</translation>
    </message>
    <message>
        <source>With details</source>
        <translation>Mit Details</translation>
    </message>
    <message>
        <source>%1 ending %2; the means over the %3 with details</source>
        <translation>%1 mit Endstand %2; die Mittelwerte über die %3 mit Details</translation>
    </message>
    <message>
        <source>%1 won or lost by %2 goals</source>
        <translation>%1 mit %2 Toren Differenz gewonnen oder verloren</translation>
    </message>
</context>
<context>
    <name>bcs::LineupsModel</name>
    <message>
        <source>No named teammate</source>
        <translation>Kein benannter Mitspieler</translation>
    </message>
    <message>
        <source>Named teammates with me</source>
        <translation>Benannte Mitspieler mit mir</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Spiele</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Siegquote</translation>
    </message>
</context>
<context>
    <name>bcs::LineupsTab</name>
    <message>
        <source>Win rate by lineup</source>
        <translation>Siegquote nach Aufstellung</translation>
    </message>
    <message>
        <source>Win rate by lineup, chart</source>
        <translation>Siegquote nach Aufstellung, Diagramm</translation>
    </message>
    <message>
        <source>Named teammates with me</source>
        <translation>Benannte Mitspieler mit mir</translation>
    </message>
    <message>
        <source>Win rate (%)</source>
        <translation>Siegquote (%)</translation>
    </message>
    <message>
        <source>No games with me under these filters</source>
        <translation>Keine Spiele mit mir bei diesen Filtern</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Siegquote</translation>
    </message>
    <message>
        <source>%1: %2 won of %3 (95 %: %4 – %5)</source>
        <translation>%1: %2 gewonnen von %3 (95 %: %4 – %5)</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
</context>
<context>
    <name>bcs::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ballchasing Stats — demo data</source>
        <translation>Ballchasing Stats — Demodaten</translation>
    </message>
    <message>
        <source>Ballchasing Stats</source>
        <translation>Ballchasing Stats</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Players</source>
        <translation>Spieler</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>Statistiken</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Replays</source>
        <translation>Replays</translation>
    </message>
    <message>
        <source>Players •</source>
        <translation>Spieler •</translation>
    </message>
    <message>
        <source>Unsaved role changes</source>
        <translation>Ungespeicherte Rollenänderungen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Demo data: nothing is synced</source>
        <translation>Demodaten: nichts wird synchronisiert</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Export table as CSV…</source>
        <translation>Tabelle als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Open replay on ballchasing.com</source>
        <translation>Replay auf ballchasing.com ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Save role changes</source>
        <translation>Rollenänderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert role changes</source>
        <translation>Rollenänderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Reset &amp;filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>&amp;Willkommensseite</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>Sync a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Get a ballchasing &amp;API key</source>
        <translation>ballchasing-&amp;API-Schlüssel holen</translation>
    </message>
    <message>
        <source>&amp;About Ballchasing Stats</source>
        <translation>Ü&amp;ber Ballchasing Stats</translation>
    </message>
    <message>
        <source>About Ballchasing Stats</source>
        <translation>Über Ballchasing Stats</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ballchasing Stats&lt;/b&gt; %1&lt;br&gt;Your Rocket League replays from ballchasing.com, on your computer.</source>
        <translation>&lt;b&gt;Ballchasing Stats&lt;/b&gt; %1&lt;br&gt;Ihre Rocket-League-Replays von ballchasing.com, auf Ihrem Computer.</translation>
    </message>
    <message>
        <source>You changed who is who on the Players page. Save the changes before quitting?</source>
        <translation>Sie haben auf der Seite „Spieler“ geändert, wer wer ist. Änderungen vor dem Beenden speichern?</translation>
    </message>
    <message>
        <source>The other pages still count the saved roles. Save your changes now?</source>
        <translation>Die anderen Seiten zählen noch die gespeicherten Rollen. Ihre Änderungen jetzt speichern?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>Hierbleiben</translation>
    </message>
    <message>
        <source>Checking for new replays…</source>
        <translation>Suche nach neuen Replays…</translation>
    </message>
    <message>
        <source>1 new replay</source>
        <translation>1 neues Replay</translation>
    </message>
    <message>
        <source>%1 new replays</source>
        <translation>%1 neue Replays</translation>
    </message>
    <message>
        <source>: %1 won, %2 lost</source>
        <translation>: %1 gewonnen, %2 verloren</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 details</source>
        <translation>Sync: %1 von %2 Details</translation>
    </message>
    <message>
        <source>Syncing: listing, %1 so far</source>
        <translation>Sync: Auflistung, bisher %1</translation>
    </message>
    <message>
        <source>Synced at %1: %2 fetched</source>
        <translation>Synchronisiert um %1: %2 abgerufen</translation>
    </message>
    <message>
        <source>Last sync cancelled</source>
        <translation>Letzter Sync abgebrochen</translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation>Letzter Sync fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>bcs::PageFrame</name>
    <message>
        <source>There is nothing to show yet: sync your replays first.</source>
        <translation>Hier gibt es noch nichts zu sehen: synchronisieren Sie zuerst Ihre Replays.</translation>
    </message>
    <message>
        <source>Sync your replays</source>
        <translation>Replays synchronisieren</translation>
    </message>
    <message>
        <source>Tell us which of the %1 names in your replays are yours.</source>
        <translation>Sagen Sie uns, welche der %1 Namen in Ihren Replays Ihre sind.</translation>
    </message>
    <message>
        <source>Tell us which names are yours</source>
        <translation>Sagen Sie uns, welche Namen Ihre sind</translation>
    </message>
    <message>
        <source>%1 are ready for this page; its tables and charts are not in this build yet. The local API has the same answers meanwhile.</source>
        <translation>%1 sind für diese Seite bereit; ihre Tabellen und Diagramme sind in diesem Build noch nicht enthalten. Die lokale API liefert bis dahin dieselben Antworten.</translation>
    </message>
</context>
<context>
    <name>bcs::PlayerConfig</name>
    <message>
        <source>%1 must be a list of names</source>
        <translation>%1 muss eine Liste von Namen sein</translation>
    </message>
    <message>
        <source>%1[%2] must be a name (a string), not %3</source>
        <translation>%1[%2] muss ein Name sein (ein String), nicht %3</translation>
    </message>
    <message>
        <source>%1[%2] is an empty name</source>
        <translation>%1[%2] ist ein leerer Name</translation>
    </message>
    <message>
        <source>%1[%2] is longer than 200 characters</source>
        <translation>%1[%2] ist länger als 200 Zeichen</translation>
    </message>
    <message>
        <source>the config must be a JSON object like {&quot;me&quot;: [...], &quot;teammates&quot;: {...}}</source>
        <translation>die Konfiguration muss ein JSON-Objekt sein wie {&quot;me&quot;: [...], &quot;teammates&quot;: {...}}</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; a config has only &apos;me&apos; and &apos;teammates&apos;</source>
        <translation>unbekannter Schlüssel &apos;%1&apos;; eine Konfiguration hat nur &apos;me&apos; und &apos;teammates&apos;</translation>
    </message>
    <message>
        <source>teammates must be an object: {&quot;alias&quot;: [&quot;name&quot;, ...]}</source>
        <translation>teammates muss ein Objekt sein: {&quot;alias&quot;: [&quot;name&quot;, ...]}</translation>
    </message>
    <message>
        <source>a teammate alias is empty</source>
        <translation>ein Mitspieler-Alias ist leer</translation>
    </message>
    <message>
        <source>teammate alias &apos;%1&apos; is given twice</source>
        <translation>Mitspieler-Alias &apos;%1&apos; kommt doppelt vor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in two roles: %2 and %3</source>
        <translation>&apos;%1&apos; ist in zwei Rollen: %2 und %3</translation>
    </message>
    <message>
        <source>teammate %1</source>
        <translation>Mitspieler %1</translation>
    </message>
</context>
<context>
    <name>bcs::PlayersPage</name>
    <message>
        <source>Players</source>
        <translation>Spieler</translation>
    </message>
    <message>
        <source>Every name in your replays, to drag into “Me”, your regular teammates, or leave as strangers.</source>
        <translation>Alle Namen in Ihren Replays, zum Ziehen nach „Ich“, zu Ihren festen Mitspielern, oder als Fremde belassen.</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Vorschlagen</translation>
    </message>
    <message>
        <source>Propose who is who from your accounts: the account in most games is you, the ones often on your team your teammates. One step to undo.</source>
        <translation>Aus Ihren Konten vorschlagen, wer wer ist: das Konto mit den meisten Spielen sind Sie, die oft in Ihrem Team Ihre Mitspieler. Mit einem Schritt rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Back to the saved roles (one step to undo)</source>
        <translation>Zurück zu den gespeicherten Rollen (mit einem Schritt rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the roles: every page then counts them (Ctrl+S)</source>
        <translation>Rollen speichern: alle Seiten zählen sie dann (Strg+S)</translation>
    </message>
    <message>
        <source>Filter names or account ids (Ctrl+F)</source>
        <translation>Namen oder Konto-IDs filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter players</source>
        <translation>Spieler filtern</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Nach Name</translation>
    </message>
    <message>
        <source>By account</source>
        <translation>Nach Konto</translation>
    </message>
    <message>
        <source>Group players</source>
        <translation>Spieler gruppieren</translation>
    </message>
    <message>
        <source>By account: one row per account with every name it used; what you assign then is the whole account, whatever name it plays under.</source>
        <translation>Nach Konto: eine Zeile pro Konto mit allen Namen, die es verwendet hat; was Sie zuordnen, ist dann das ganze Konto, egal unter welchem Namen es spielt.</translation>
    </message>
    <message>
        <source>Players seen</source>
        <translation>Gesehene Spieler</translation>
    </message>
    <message>
        <source>Drag names from the table into a role, or select them and press Alt+1 for Me, Alt+2… for a teammate, Alt+0 to take them out.</source>
        <translation>Ziehen Sie Namen aus der Tabelle in eine Rolle, oder wählen Sie sie aus und drücken Sie Alt+1 für Ich, Alt+2… für einen Mitspieler, Alt+0 zum Herausnehmen.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Add teammate</source>
        <translation>Mitspieler hinzufügen</translation>
    </message>
    <message>
        <source>A new bucket for a regular teammate</source>
        <translation>Ein neuer Bereich für einen festen Mitspieler</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the teammate; their names become not assigned</source>
        <translation>Den Mitspieler entfernen; seine Namen werden nicht mehr zugeordnet</translation>
    </message>
    <message>
        <source>&amp;Assign selected names to</source>
        <translation>Ausgewählte Namen &amp;zuordnen zu</translation>
    </message>
    <message>
        <source>A new teammate…</source>
        <translation>Ein neuer Mitspieler…</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Zuordnen zu</translation>
    </message>
    <message>
        <source>Take out of the role</source>
        <translation>Aus der Rolle nehmen</translation>
    </message>
    <message>
        <source>Could not read the players: %1</source>
        <translation>Die Spieler konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Not assigned (take out of every role)</source>
        <translation>Nicht zugeordnet (aus allen Rollen nehmen)</translation>
    </message>
    <message>
        <source>New teammate %1</source>
        <translation>Neuer Mitspieler %1</translation>
    </message>
    <message>
        <source>Add teammate %1</source>
        <translation>Mitspieler %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove teammate %1</source>
        <translation>Mitspieler %1 entfernen</translation>
    </message>
    <message>
        <source>Nothing to suggest yet: no account has enough games. Sync more replays, or drag your names by hand.</source>
        <translation>Noch nichts vorzuschlagen: kein Konto hat genug Spiele. Synchronisieren Sie mehr Replays oder ziehen Sie Ihre Namen von Hand.</translation>
    </message>
    <message>
        <source>The suggestion is what the buckets already hold.</source>
        <translation>Der Vorschlag entspricht dem, was die Bereiche schon enthalten.</translation>
    </message>
    <message>
        <source>Suggested roles</source>
        <translation>Vorgeschlagene Rollen</translation>
    </message>
    <message>
        <source>Suggested roles applied: check them, then save. Undo (Ctrl+Z) takes them back.</source>
        <translation>Vorgeschlagene Rollen übernommen: prüfen Sie sie, dann speichern. Rückgängig (Strg+Z) nimmt sie zurück.</translation>
    </message>
    <message>
        <source>Could not suggest roles: %1</source>
        <translation>Rollen konnten nicht vorgeschlagen werden: %1</translation>
    </message>
    <message>
        <source>The roles cannot be saved: no cache is open.</source>
        <translation>Die Rollen können nicht gespeichert werden: kein Cache geöffnet.</translation>
    </message>
    <message>
        <source>The roles cannot be saved: %1</source>
        <translation>Die Rollen können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The roles were not saved: %1. Your changes are kept; try again.</source>
        <translation>Die Rollen wurden nicht gespeichert: %1. Ihre Änderungen bleiben erhalten; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Roles saved: every page counts them now.</source>
        <translation>Rollen gespeichert: alle Seiten zählen sie jetzt.</translation>
    </message>
</context>
<context>
    <name>bcs::PlayersTableModel</name>
    <message>
        <source>%1 (and %2)</source>
        <translation>%1 (und %2)</translation>
    </message>
    <message>
        <source>Names this account used: %1</source>
        <translation>Von diesem Konto verwendete Namen: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Spiele</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Take %1 out of their roles</source>
        <translation>%1 aus den Rollen nehmen</translation>
    </message>
</context>
<context>
    <name>bcs::QtChartsChart</name>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source> (%1 – %2)</source>
        <translation> (%1 – %2)</translation>
    </message>
</context>
<context>
    <name>bcs::QtChartsTimeSeriesChart</name>
    <message>
        <source>week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 per week, %2</source>
        <translation>%1 pro Woche, %2</translation>
    </message>
    <message>
        <source>%1 per day, %2</source>
        <translation>%1 pro Tag, %2</translation>
    </message>
</context>
<context>
    <name>bcs::RankTab</name>
    <message>
        <source>&amp;Playlist:</source>
        <translation>&amp;Playlist:</translation>
    </message>
    <message>
        <source>Ranked playlist</source>
        <translation>Gewertete Playlist</translation>
    </message>
    <message>
        <source>My rank over time</source>
        <translation>Mein Rang im Zeitverlauf</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Rank tier (1 Bronze I … 22 Supersonic Legend)</source>
        <translation>Rangstufe (1 Bronze I … 22 Überschall-Legende)</translation>
    </message>
    <message>
        <source>No ranked games with a rank under these filters</source>
        <translation>Keine gewerteten Spiele mit Rang bei diesen Filtern</translation>
    </message>
    <message>
        <source>My rank</source>
        <translation>Mein Rang</translation>
    </message>
    <message>
        <source>Opponents&apos; mean</source>
        <translation>Mittelwert Gegner</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Opponents&apos; mean tier %1 (of %2 with a rank)</source>
        <translation>Mittlere Rangstufe der Gegner %1 (von %2 mit Rang)</translation>
    </message>
</context>
<context>
    <name>bcs::RateLimitPanel</name>
    <message>
        <source>Tier:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>Listings:</source>
        <translation>Auflistungen:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>%1 (automatic)</source>
        <translation>%1 (automatisch)</translation>
    </message>
    <message>
        <source>%1 of %2 free this second</source>
        <translation>%1 von %2 frei in dieser Sekunde</translation>
    </message>
    <message>
        <source> · %1 of %2 used this hour</source>
        <translation> · %1 von %2 in dieser Stunde verbraucht</translation>
    </message>
    <message>
        <source>, next in %1</source>
        <translation>, nächste in %1</translation>
    </message>
    <message>
        <source>, oldest leaves in %1</source>
        <translation>, älteste fällt weg in %1</translation>
    </message>
    <message>
        <source> · no hourly limit</source>
        <translation> · kein Stundenlimit</translation>
    </message>
</context>
<context>
    <name>bcs::ReplayDetailPane</name>
    <message>
        <source>Select a replay to see who played in it and how.</source>
        <translation>Wählen Sie ein Replay aus, um zu sehen, wer darin wie gespielt hat.</translation>
    </message>
    <message>
        <source>Open on &amp;ballchasing.com</source>
        <translation>Auf &amp;ballchasing.com öffnen</translation>
    </message>
    <message>
        <source>Replay details</source>
        <translation>Replay-Details</translation>
    </message>
    <message>
        <source>Replay title</source>
        <translation>Replay-Titel</translation>
    </message>
    <message>
        <source>Open on ballchasing.com</source>
        <translation>Auf ballchasing.com öffnen</translation>
    </message>
    <message>
        <source>Opens this replay&apos;s page on ballchasing.com in your browser</source>
        <translation>Öffnet die Seite dieses Replays auf ballchasing.com in Ihrem Browser</translation>
    </message>
    <message>
        <source>When and where it was played</source>
        <translation>Wann und wo gespielt wurde</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Spielstand</translation>
    </message>
    <message>
        <source>Blue team colour</source>
        <translation>Farbe des blauen Teams</translation>
    </message>
    <message>
        <source>Orange team colour</source>
        <translation>Farbe des orangen Teams</translation>
    </message>
    <message>
        <source>Players of the replay</source>
        <translation>Spieler des Replays</translation>
    </message>
    <message>
        <source>This replay could not be read: %1</source>
        <translation>Dieses Replay konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Untitled replay</source>
        <translation>Replay ohne Titel</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Blue %1 – %2 Orange</source>
        <translation>Blau %1 – %2 Orange</translation>
    </message>
    <message>
        <source>You did not play</source>
        <translation>Sie haben nicht mitgespielt</translation>
    </message>
    <message>
        <source>Win</source>
        <translation>Sieg</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Niederlage</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>%1 (you played orange)</source>
        <translation>%1 (Sie spielten Orange)</translation>
    </message>
    <message>
        <source>%1 (you played blue)</source>
        <translation>%1 (Sie spielten Blau)</translation>
    </message>
    <message>
        <source>Only the listing of this replay is cached so far: its players and scores. The other stats arrive with its details at the next sync.</source>
        <translation>Von diesem Replay ist bisher nur die Auflistung im Cache: seine Spieler und Spielstände. Die übrigen Statistiken kommen mit seinen Details beim nächsten Sync.</translation>
    </message>
</context>
<context>
    <name>bcs::ReplayPlayersModel</name>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Teammate</source>
        <translation>Mitspieler</translation>
    </message>
    <message>
        <source>Opponent</source>
        <translation>Gegner</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Ohne Rolle</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>You did not play in this game, so no one has a role in it</source>
        <translation>Sie haben in diesem Spiel nicht mitgespielt, daher hat niemand darin eine Rolle</translation>
    </message>
    <message>
        <source>On your team, under a name you have not given a role</source>
        <translation>In Ihrem Team, unter einem Namen, dem Sie keine Rolle gegeben haben</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Spieler</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>bcs::ReplaysModel</name>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>Win</source>
        <translation>Sieg</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Niederlage</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 gegen %2</translation>
    </message>
    <message>
        <source>Your team&apos;s goals first</source>
        <translation>Tore Ihres Teams zuerst</translation>
    </message>
    <message>
        <source>Blue&apos;s goals first</source>
        <translation>Tore von Blau zuerst</translation>
    </message>
    <message>
        <source>You did not play in this game</source>
        <translation>Sie haben in diesem Spiel nicht mitgespielt</translation>
    </message>
    <message>
        <source>%1 in all, %2 of it overtime</source>
        <translation>%1 insgesamt, davon %2 Verlängerung</translation>
    </message>
    <message>
        <source>Your team: %1</source>
        <translation>Ihr Team: %1</translation>
    </message>
    <message>
        <source>Blue: %1</source>
        <translation>Blau: %1</translation>
    </message>
    <message>
        <source>Opponents: %1</source>
        <translation>Gegner: %1</translation>
    </message>
    <message>
        <source>Orange: %1</source>
        <translation>Orange: %1</translation>
    </message>
    <message>
        <source>Not sortable</source>
        <translation>Nicht sortierbar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Playlist</source>
        <translation>Playlist</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Spielstand</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Players</source>
        <translation>Spieler</translation>
    </message>
    <message>
        <source>Replay ID</source>
        <translation>Replay-ID</translation>
    </message>
</context>
<context>
    <name>bcs::ReplaysPage</name>
    <message>
        <source>Replays</source>
        <translation>Replays</translation>
    </message>
    <message>
        <source>Every game with its score, who played in which role, and each player&apos;s stats.</source>
        <translation>Jedes Spiel mit Spielstand, wer in welcher Rolle gespielt hat und den Statistiken jedes Spielers.</translation>
    </message>
    <message>
        <source>Filter by player, map or title (Ctrl+F)</source>
        <translation>Nach Spieler, Map oder Titel filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter replays</source>
        <translation>Replays filtern</translation>
    </message>
    <message>
        <source>Replays shown</source>
        <translation>Angezeigte Replays</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Alle zeigen</translation>
    </message>
    <message>
        <source>Show all replays</source>
        <translation>Alle Replays zeigen</translation>
    </message>
    <message>
        <source>23 hours ago</source>
        <translation>vor 23 Stunden</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Spielstand</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Open on &amp;ballchasing.com</source>
        <translation>Auf &amp;ballchasing.com öffnen</translation>
    </message>
    <message>
        <source>The replays could not be read: %1. Try again in a moment.</source>
        <translation>Die Replays konnten nicht gelesen werden: %1. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2 of them under the current filters</source>
        <translation>%1 — davon %2 bei den aktuellen Filtern</translation>
    </message>
    <message>
        <source>No replays</source>
        <translation>Keine Replays</translation>
    </message>
    <message>
        <source>No replay has “%1” in a player&apos;s name, its map, playlist or title.</source>
        <translation>Kein Replay hat „%1“ im Namen eines Spielers, in Map, Playlist oder Titel.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>None of these replays is under the current filters.</source>
        <translation>Keines dieser Replays liegt in den aktuellen Filtern.</translation>
    </message>
    <message>
        <source>No replay matches the filters.</source>
        <translation>Kein Replay passt zu den Filtern.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>%1 · loading…</source>
        <translation>%1 · wird geladen…</translation>
    </message>
</context>
<context>
    <name>bcs::ResponseClassifier</name>
    <message>
        <source>ballchasing.com did not answer in time</source>
        <translation>ballchasing.com hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>cannot reach ballchasing.com: %1</source>
        <translation>ballchasing.com ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>ballchasing.com rejected the API key; check it on https://ballchasing.com/upload and set it again</source>
        <translation>ballchasing.com hat den API-Schlüssel abgelehnt; prüfen Sie ihn auf https://ballchasing.com/upload und setzen Sie ihn erneut</translation>
    </message>
    <message>
        <source>not found on ballchasing.com</source>
        <translation>auf ballchasing.com nicht gefunden</translation>
    </message>
    <message>
        <source>ballchasing.com is rate limiting this key</source>
        <translation>ballchasing.com drosselt diesen Schlüssel (Ratenlimit)</translation>
    </message>
    <message>
        <source>ballchasing.com failed with HTTP %1</source>
        <translation>ballchasing.com ist mit HTTP %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>ballchasing.com refused the request with HTTP %1</source>
        <translation>ballchasing.com hat die Anfrage mit HTTP %1 abgelehnt</translation>
    </message>
    <message>
        <source>the answer from ballchasing.com broke off: %1</source>
        <translation>die Antwort von ballchasing.com brach ab: %1</translation>
    </message>
    <message>
        <source>ballchasing.com sent an unreadable answer (%1 at byte %2)</source>
        <translation>ballchasing.com hat eine unlesbare Antwort gesendet (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>ballchasing.com sent JSON that is not an object</source>
        <translation>ballchasing.com hat JSON gesendet, das kein Objekt ist</translation>
    </message>
</context>
<context>
    <name>bcs::RoleBuckets</name>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Teammate %1</source>
        <translation>Mitspieler %1</translation>
    </message>
</context>
<context>
    <name>bcs::RoleEditor</name>
    <message>
        <source>Revert to the saved roles</source>
        <translation>Zu den gespeicherten Rollen zurückkehren</translation>
    </message>
</context>
<context>
    <name>bcs::ScreenshotRenderer</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>bcs::SettingsDialog</name>
    <message>
        <source>&amp;Remove key</source>
        <translation>Schlüssel &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Serve the local API (for a browser or scripts)</source>
        <translation>Lokale API &amp;bereitstellen (für einen Browser oder Skripte)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>ballchasing.com</source>
        <translation>ballchasing.com</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>Automatic (what ballchasing reports)</source>
        <translation>Automatisch (was ballchasing meldet)</translation>
    </message>
    <message>
        <source>Your patron tier decides how fast replays may be fetched</source>
        <translation>Ihre Patron-Stufe bestimmt, wie schnell Replays abgerufen werden dürfen</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>S&amp;tufe:</translation>
    </message>
    <message>
        <source>Local API server</source>
        <translation>Lokaler API-Server</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>none: only this computer may connect</source>
        <translation>keiner: nur dieser Computer darf sich verbinden</translation>
    </message>
    <message>
        <source>Web pages allowed to call the API, comma-separated, e.g. http://localhost:*</source>
        <translation>Webseiten, die die API aufrufen dürfen, kommagetrennt, z. B. http://localhost:*</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>&amp;CORS origins:</source>
        <translation>&amp;CORS-Origins:</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>Diese App</translation>
    </message>
    <message>
        <source>Open the data folder in the file manager</source>
        <translation>Den Datenordner im Dateimanager öffnen</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation>Gesetzt durch %1</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Takes effect when the app starts next</source>
        <translation>Wirkt beim nächsten Start der App</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>While the app is open, look for new replays this often and say what arrived</source>
        <translation>Solange die App offen ist, so oft nach neuen Replays suchen und melden, was angekommen ist</translation>
    </message>
    <message>
        <source>Check for new replays &amp;every:</source>
        <translation>Neue Replays suchen &amp;alle:</translation>
    </message>
    <message>
        <source>Demo data: the key and the tier are those of your real cache and are changed there.</source>
        <translation>Demodaten: Schlüssel und Stufe sind die Ihres echten Caches und werden dort geändert.</translation>
    </message>
    <message>
        <source>Paste your ballchasing API key</source>
        <translation>Fügen Sie Ihren ballchasing-API-Schlüssel ein</translation>
    </message>
    <message>
        <source>Paste a new key to change it</source>
        <translation>Neuen Schlüssel einfügen, um ihn zu ändern</translation>
    </message>
    <message>
        <source>New ballchasing API key</source>
        <translation>Neuer ballchasing-API-Schlüssel</translation>
    </message>
    <message>
        <source>No key yet: get one at ballchasing.com/upload.</source>
        <translation>Noch kein Schlüssel: holen Sie sich einen auf ballchasing.com/upload.</translation>
    </message>
    <message>
        <source>The key comes from %1; change it there.</source>
        <translation>Der Schlüssel stammt aus %1; ändern Sie ihn dort.</translation>
    </message>
    <message>
        <source>The key in use comes from the %1.</source>
        <translation>Der verwendete Schlüssel stammt aus: %1.</translation>
    </message>
    <message>
        <source>Set by %1 (%2); change it there</source>
        <translation>Gesetzt durch %1 (%2); dort ändern</translation>
    </message>
    <message>
        <source>No key: syncing is off until you add one.</source>
        <translation>Kein Schlüssel: Synchronisieren ist aus, bis Sie einen hinzufügen.</translation>
    </message>
    <message>
        <source>The local API could not start: %1</source>
        <translation>Die lokale API konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>bcs::StatFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>boost</source>
        <translation>Boost</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>/min</translation>
    </message>
    <message>
        <source>uu</source>
        <translation>uu</translation>
    </message>
    <message>
        <source>uu/s</source>
        <translation>uu/s</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>in total</source>
        <translation>insgesamt</translation>
    </message>
    <message>
        <source>per game</source>
        <translation>je Spiel</translation>
    </message>
    <message>
        <source>s per game</source>
        <translation>s je Spiel</translation>
    </message>
    <message>
        <source>s in total</source>
        <translation>s insgesamt</translation>
    </message>
    <message>
        <source>boost per game</source>
        <translation>Boost je Spiel</translation>
    </message>
    <message>
        <source>boost in total</source>
        <translation>Boost insgesamt</translation>
    </message>
    <message>
        <source>uu per game</source>
        <translation>uu je Spiel</translation>
    </message>
    <message>
        <source>uu in total</source>
        <translation>uu insgesamt</translation>
    </message>
</context>
<context>
    <name>bcs::StatImpactModel</name>
    <message>
        <source>How much of the goal difference in your games goes with %1: %2 of its spread (r²)</source>
        <translation>Wie viel der Tordifferenz in Ihren Spielen mit %1 zusammenhängt: %2 ihrer Streuung (r²)</translation>
    </message>
    <message>
        <source>Each 1 more of %1 goes with %2 goals of difference, on the least-squares line</source>
        <translation>1 mehr bei %1 geht mit %2 Toren Differenz einher, auf der Ausgleichsgeraden</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Stat</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Explains (r²)</source>
        <translation>Erklärt (r²)</translation>
    </message>
    <message>
        <source>Slope (goals per 1)</source>
        <translation>Steigung (Tore je 1)</translation>
    </message>
    <message>
        <source>My mean</source>
        <translation>Mein Mittelwert</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Spiele</translation>
    </message>
</context>
<context>
    <name>bcs::Stats</name>
    <message>
        <source>Shots</source>
        <translation>Schüsse</translation>
    </message>
    <message>
        <source>Shots against</source>
        <translation>Schüsse gegen</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tore</translation>
    </message>
    <message>
        <source>Goals against</source>
        <translation>Gegentore</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Paraden</translation>
    </message>
    <message>
        <source>Assists</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Shooting %</source>
        <translation>Schussquote %</translation>
    </message>
    <message>
        <source>Boost used per minute</source>
        <translation>Boost verbraucht pro Minute</translation>
    </message>
    <message>
        <source>Boost collected per minute</source>
        <translation>Boost gesammelt pro Minute</translation>
    </message>
    <message>
        <source>Average boost</source>
        <translation>Ø Boost</translation>
    </message>
    <message>
        <source>Boost collected</source>
        <translation>Boost gesammelt</translation>
    </message>
    <message>
        <source>Boost stolen</source>
        <translation>Boost gestohlen</translation>
    </message>
    <message>
        <source>Collected from big pads</source>
        <translation>Von großen Pads gesammelt</translation>
    </message>
    <message>
        <source>Stolen from big pads</source>
        <translation>Von großen Pads gestohlen</translation>
    </message>
    <message>
        <source>Collected from small pads</source>
        <translation>Von kleinen Pads gesammelt</translation>
    </message>
    <message>
        <source>Stolen from small pads</source>
        <translation>Von kleinen Pads gestohlen</translation>
    </message>
    <message>
        <source>Big pads collected</source>
        <translation>Große Pads gesammelt</translation>
    </message>
    <message>
        <source>Big pads stolen</source>
        <translation>Große Pads gestohlen</translation>
    </message>
    <message>
        <source>Small pads collected</source>
        <translation>Kleine Pads gesammelt</translation>
    </message>
    <message>
        <source>Small pads stolen</source>
        <translation>Kleine Pads gestohlen</translation>
    </message>
    <message>
        <source>Overfill</source>
        <translation>Überfüllung</translation>
    </message>
    <message>
        <source>Overfill stolen</source>
        <translation>Überfüllung gestohlen</translation>
    </message>
    <message>
        <source>Used while supersonic</source>
        <translation>Verbraucht bei Überschall</translation>
    </message>
    <message>
        <source>Time at zero boost</source>
        <translation>Zeit ohne Boost</translation>
    </message>
    <message>
        <source>% at zero boost</source>
        <translation>% ohne Boost</translation>
    </message>
    <message>
        <source>Time at full boost</source>
        <translation>Zeit mit vollem Boost</translation>
    </message>
    <message>
        <source>% at full boost</source>
        <translation>% mit vollem Boost</translation>
    </message>
    <message>
        <source>Time at 0-25 boost</source>
        <translation>Zeit bei 0-25 Boost</translation>
    </message>
    <message>
        <source>Time at 25-50 boost</source>
        <translation>Zeit bei 25-50 Boost</translation>
    </message>
    <message>
        <source>Time at 50-75 boost</source>
        <translation>Zeit bei 50-75 Boost</translation>
    </message>
    <message>
        <source>Time at 75-100 boost</source>
        <translation>Zeit bei 75-100 Boost</translation>
    </message>
    <message>
        <source>% at 0-25 boost</source>
        <translation>% bei 0-25 Boost</translation>
    </message>
    <message>
        <source>% at 25-50 boost</source>
        <translation>% bei 25-50 Boost</translation>
    </message>
    <message>
        <source>% at 50-75 boost</source>
        <translation>% bei 50-75 Boost</translation>
    </message>
    <message>
        <source>% at 75-100 boost</source>
        <translation>% bei 75-100 Boost</translation>
    </message>
    <message>
        <source>Average speed</source>
        <translation>Ø Tempo</translation>
    </message>
    <message>
        <source>Distance travelled</source>
        <translation>Zurückgelegte Strecke</translation>
    </message>
    <message>
        <source>Time supersonic</source>
        <translation>Zeit mit Überschall</translation>
    </message>
    <message>
        <source>Time at boost speed</source>
        <translation>Zeit mit Boosttempo</translation>
    </message>
    <message>
        <source>Time at slow speed</source>
        <translation>Zeit mit langsamem Tempo</translation>
    </message>
    <message>
        <source>Time on the ground</source>
        <translation>Zeit am Boden</translation>
    </message>
    <message>
        <source>Time in low air</source>
        <translation>Zeit tief in der Luft</translation>
    </message>
    <message>
        <source>Time in high air</source>
        <translation>Zeit hoch in der Luft</translation>
    </message>
    <message>
        <source>Time powersliding</source>
        <translation>Zeit im Powerslide</translation>
    </message>
    <message>
        <source>Powerslides</source>
        <translation>Powerslides</translation>
    </message>
    <message>
        <source>Average powerslide</source>
        <translation>Ø Powerslide</translation>
    </message>
    <message>
        <source>Average speed % of max</source>
        <translation>Ø Tempo in % des Maximums</translation>
    </message>
    <message>
        <source>% slow speed</source>
        <translation>% langsames Tempo</translation>
    </message>
    <message>
        <source>% boost speed</source>
        <translation>% Boosttempo</translation>
    </message>
    <message>
        <source>% supersonic</source>
        <translation>% Überschall</translation>
    </message>
    <message>
        <source>% on the ground</source>
        <translation>% am Boden</translation>
    </message>
    <message>
        <source>% in low air</source>
        <translation>% tief in der Luft</translation>
    </message>
    <message>
        <source>% in high air</source>
        <translation>% hoch in der Luft</translation>
    </message>
    <message>
        <source>Average distance to ball</source>
        <translation>Ø Abstand zum Ball</translation>
    </message>
    <message>
        <source>Distance to ball (possession)</source>
        <translation>Abstand zum Ball (Ballbesitz)</translation>
    </message>
    <message>
        <source>Distance to ball (no possession)</source>
        <translation>Abstand zum Ball (ohne Ballbesitz)</translation>
    </message>
    <message>
        <source>Average distance to mates</source>
        <translation>Ø Abstand zu Mitspielern</translation>
    </message>
    <message>
        <source>Time in defensive third</source>
        <translation>Zeit im Verteidigungsdrittel</translation>
    </message>
    <message>
        <source>Time in neutral third</source>
        <translation>Zeit im Mitteldrittel</translation>
    </message>
    <message>
        <source>Time in offensive third</source>
        <translation>Zeit im Angriffsdrittel</translation>
    </message>
    <message>
        <source>Time in defensive half</source>
        <translation>Zeit in eigener Hälfte</translation>
    </message>
    <message>
        <source>Time in offensive half</source>
        <translation>Zeit in gegnerischer Hälfte</translation>
    </message>
    <message>
        <source>Time behind the ball</source>
        <translation>Zeit hinter dem Ball</translation>
    </message>
    <message>
        <source>Time in front of the ball</source>
        <translation>Zeit vor dem Ball</translation>
    </message>
    <message>
        <source>Time most back</source>
        <translation>Zeit als Hinterster</translation>
    </message>
    <message>
        <source>Time most forward</source>
        <translation>Zeit als Vorderster</translation>
    </message>
    <message>
        <source>Goals conceded as last defender</source>
        <translation>Gegentore als letzter Verteidiger</translation>
    </message>
    <message>
        <source>Time closest to ball</source>
        <translation>Zeit am nächsten zum Ball</translation>
    </message>
    <message>
        <source>Time farthest from ball</source>
        <translation>Zeit am weitesten vom Ball</translation>
    </message>
    <message>
        <source>% in defensive third</source>
        <translation>% im Verteidigungsdrittel</translation>
    </message>
    <message>
        <source>% in offensive third</source>
        <translation>% im Angriffsdrittel</translation>
    </message>
    <message>
        <source>% in neutral third</source>
        <translation>% im Mitteldrittel</translation>
    </message>
    <message>
        <source>% in defensive half</source>
        <translation>% in eigener Hälfte</translation>
    </message>
    <message>
        <source>% in offensive half</source>
        <translation>% in gegnerischer Hälfte</translation>
    </message>
    <message>
        <source>% behind the ball</source>
        <translation>% hinter dem Ball</translation>
    </message>
    <message>
        <source>% in front of the ball</source>
        <translation>% vor dem Ball</translation>
    </message>
    <message>
        <source>% most back</source>
        <translation>% als Hinterster</translation>
    </message>
    <message>
        <source>% most forward</source>
        <translation>% als Vorderster</translation>
    </message>
    <message>
        <source>% closest to ball</source>
        <translation>% am nächsten zum Ball</translation>
    </message>
    <message>
        <source>% farthest from ball</source>
        <translation>% am weitesten vom Ball</translation>
    </message>
    <message>
        <source>Demos inflicted</source>
        <translation>Zerstörungen verursacht</translation>
    </message>
    <message>
        <source>Demos taken</source>
        <translation>Zerstörungen erlitten</translation>
    </message>
    <message>
        <source>aggregating stats</source>
        <translation>Zusammenfassen der Statistiken</translation>
    </message>
    <message>
        <source>listing replays</source>
        <translation>Auflisten der Replays</translation>
    </message>
    <message>
        <source>listing players</source>
        <translation>Auflisten der Spieler</translation>
    </message>
    <message>
        <source>analysing the cache</source>
        <translation>Analysieren des Caches</translation>
    </message>
    <message>
        <source>suggesting a config</source>
        <translation>Vorschlagen einer Konfiguration</translation>
    </message>
    <message>
        <source>summing stats per day</source>
        <translation>Summieren der Statistiken pro Tag</translation>
    </message>
    <message>
        <source>reading the cache</source>
        <translation>Lesen des Caches</translation>
    </message>
    <message>
        <source>saving player roles</source>
        <translation>Speichern der Spielerrollen</translation>
    </message>
    <message>
        <source>Shots on the other team&apos;s goal.</source>
        <translation>Schüsse auf das Tor des anderen Teams.</translation>
    </message>
    <message>
        <source>Shots the other team took on the player&apos;s goal.</source>
        <translation>Schüsse des anderen Teams auf das Tor des Spielers.</translation>
    </message>
    <message>
        <source>Goals scored.</source>
        <translation>Erzielte Tore.</translation>
    </message>
    <message>
        <source>Goals the other team scored against the player&apos;s team.</source>
        <translation>Tore, die das andere Team gegen das Team des Spielers erzielt hat.</translation>
    </message>
    <message>
        <source>Shots on goal that the player kept out.</source>
        <translation>Schüsse aufs Tor, die der Spieler abgewehrt hat.</translation>
    </message>
    <message>
        <source>Passes that led straight to a teammate&apos;s goal.</source>
        <translation>Pässe, die direkt zu einem Tor eines Mitspielers führten.</translation>
    </message>
    <message>
        <source>The in-game score, Rocket League&apos;s points for goals, saves, shots, touches and more.</source>
        <translation>Die Punkte im Spiel: die Punkte, die Rocket League für Tore, Paraden, Schüsse, Ballberührungen und mehr vergibt.</translation>
    </message>
    <message>
        <source>Goals per shot over all games, as a percentage.</source>
        <translation>Tore pro Schuss über alle Spiele, in Prozent.</translation>
    </message>
    <message>
        <source>Boost used per minute played; a style more than a skill.</source>
        <translation>Pro Spielminute verbrauchter Boost; eher ein Stil als eine Fähigkeit.</translation>
    </message>
    <message>
        <source>Boost picked up per minute played.</source>
        <translation>Pro Spielminute aufgesammelter Boost.</translation>
    </message>
    <message>
        <source>The boost held on average, from 0 to 100.</source>
        <translation>Der durchschnittlich gehaltene Boost, von 0 bis 100.</translation>
    </message>
    <message>
        <source>Boost picked up from every pad.</source>
        <translation>Von allen Pads aufgesammelter Boost.</translation>
    </message>
    <message>
        <source>Boost picked up from pads in the other team&apos;s half, denying it to them.</source>
        <translation>Von Pads in der Hälfte des anderen Teams aufgesammelter Boost, der ihm damit fehlt.</translation>
    </message>
    <message>
        <source>Boost picked up from the six big pads (100 each).</source>
        <translation>Von den sechs großen Pads aufgesammelter Boost (je 100).</translation>
    </message>
    <message>
        <source>Boost taken from the big pads in the other team&apos;s half.</source>
        <translation>Von den großen Pads in der Hälfte des anderen Teams genommener Boost.</translation>
    </message>
    <message>
        <source>Boost picked up from the small pads (12 each).</source>
        <translation>Von den kleinen Pads aufgesammelter Boost (je 12).</translation>
    </message>
    <message>
        <source>Boost taken from the small pads in the other team&apos;s half.</source>
        <translation>Von den kleinen Pads in der Hälfte des anderen Teams genommener Boost.</translation>
    </message>
    <message>
        <source>How many big pads were picked up.</source>
        <translation>Wie viele große Pads aufgesammelt wurden.</translation>
    </message>
    <message>
        <source>How many big pads in the other team&apos;s half were picked up.</source>
        <translation>Wie viele große Pads in der Hälfte des anderen Teams aufgesammelt wurden.</translation>
    </message>
    <message>
        <source>How many small pads were picked up.</source>
        <translation>Wie viele kleine Pads aufgesammelt wurden.</translation>
    </message>
    <message>
        <source>How many small pads in the other team&apos;s half were picked up.</source>
        <translation>Wie viele kleine Pads in der Hälfte des anderen Teams aufgesammelt wurden.</translation>
    </message>
    <message>
        <source>Boost wasted by picking up a pad with more than the tank could take.</source>
        <translation>Verschwendeter Boost, weil ein Pad mehr gab, als in den Tank passte.</translation>
    </message>
    <message>
        <source>Boost wasted by overfilling from pads in the other team&apos;s half.</source>
        <translation>Verschwendeter Boost durch Überfüllen an Pads in der Hälfte des anderen Teams.</translation>
    </message>
    <message>
        <source>Boost spent while already at top speed, where it adds nothing.</source>
        <translation>Boost, der bei bereits erreichter Höchstgeschwindigkeit verbraucht wurde, wo er nichts bringt.</translation>
    </message>
    <message>
        <source>Time spent with an empty tank.</source>
        <translation>Zeit mit leerem Tank.</translation>
    </message>
    <message>
        <source>Share of the game spent with an empty tank.</source>
        <translation>Anteil des Spiels mit leerem Tank.</translation>
    </message>
    <message>
        <source>Time spent with a full tank.</source>
        <translation>Zeit mit vollem Tank.</translation>
    </message>
    <message>
        <source>Share of the game spent with a full tank.</source>
        <translation>Anteil des Spiels mit vollem Tank.</translation>
    </message>
    <message>
        <source>Time spent holding 0 to 25 boost.</source>
        <translation>Zeit mit 0 bis 25 Boost.</translation>
    </message>
    <message>
        <source>Time spent holding 25 to 50 boost.</source>
        <translation>Zeit mit 25 bis 50 Boost.</translation>
    </message>
    <message>
        <source>Time spent holding 50 to 75 boost.</source>
        <translation>Zeit mit 50 bis 75 Boost.</translation>
    </message>
    <message>
        <source>Time spent holding 75 to 100 boost.</source>
        <translation>Zeit mit 75 bis 100 Boost.</translation>
    </message>
    <message>
        <source>Share of the game spent holding 0 to 25 boost.</source>
        <translation>Anteil des Spiels mit 0 bis 25 Boost.</translation>
    </message>
    <message>
        <source>Share of the game spent holding 25 to 50 boost.</source>
        <translation>Anteil des Spiels mit 25 bis 50 Boost.</translation>
    </message>
    <message>
        <source>Share of the game spent holding 50 to 75 boost.</source>
        <translation>Anteil des Spiels mit 50 bis 75 Boost.</translation>
    </message>
    <message>
        <source>Share of the game spent holding 75 to 100 boost.</source>
        <translation>Anteil des Spiels mit 75 bis 100 Boost.</translation>
    </message>
    <message>
        <source>The car&apos;s average speed in unreal units per second.</source>
        <translation>Das Durchschnittstempo des Autos in Unreal Units pro Sekunde.</translation>
    </message>
    <message>
        <source>How far the car travelled.</source>
        <translation>Wie weit das Auto gefahren ist.</translation>
    </message>
    <message>
        <source>Time spent at supersonic speed, the car&apos;s top speed.</source>
        <translation>Zeit mit Überschall, dem Höchsttempo des Autos.</translation>
    </message>
    <message>
        <source>Time spent at speeds only boost reaches, below supersonic.</source>
        <translation>Zeit mit Tempo, das nur Boost erreicht, unter Überschall.</translation>
    </message>
    <message>
        <source>Time spent at slow speed, below what the throttle alone gives.</source>
        <translation>Zeit mit langsamem Tempo, unter dem, was Gas allein bringt.</translation>
    </message>
    <message>
        <source>Time spent with the wheels on the ground.</source>
        <translation>Zeit mit den Rädern am Boden.</translation>
    </message>
    <message>
        <source>Time spent in the air below the crossbar.</source>
        <translation>Zeit in der Luft unterhalb der Latte.</translation>
    </message>
    <message>
        <source>Time spent in the air above the crossbar.</source>
        <translation>Zeit in der Luft oberhalb der Latte.</translation>
    </message>
    <message>
        <source>Time spent holding powerslide.</source>
        <translation>Zeit mit gehaltenem Powerslide.</translation>
    </message>
    <message>
        <source>How many times powerslide was used.</source>
        <translation>Wie oft Powerslide verwendet wurde.</translation>
    </message>
    <message>
        <source>How long a powerslide lasted on average.</source>
        <translation>Wie lange ein Powerslide im Durchschnitt dauerte.</translation>
    </message>
    <message>
        <source>Average speed as a share of the car&apos;s top speed.</source>
        <translation>Durchschnittstempo als Anteil am Höchsttempo des Autos.</translation>
    </message>
    <message>
        <source>Share of the game spent at slow speed.</source>
        <translation>Anteil des Spiels mit langsamem Tempo.</translation>
    </message>
    <message>
        <source>Share of the game spent at boost speed, below supersonic.</source>
        <translation>Anteil des Spiels mit Boosttempo, unter Überschall.</translation>
    </message>
    <message>
        <source>Share of the game spent at supersonic speed.</source>
        <translation>Anteil des Spiels mit Überschall.</translation>
    </message>
    <message>
        <source>Share of the game spent on the ground.</source>
        <translation>Anteil des Spiels am Boden.</translation>
    </message>
    <message>
        <source>Share of the game spent in the air below the crossbar.</source>
        <translation>Anteil des Spiels in der Luft unterhalb der Latte.</translation>
    </message>
    <message>
        <source>Share of the game spent in the air above the crossbar.</source>
        <translation>Anteil des Spiels in der Luft oberhalb der Latte.</translation>
    </message>
    <message>
        <source>How far from the ball the car was on average.</source>
        <translation>Wie weit das Auto im Durchschnitt vom Ball entfernt war.</translation>
    </message>
    <message>
        <source>Average distance to the ball while the player&apos;s team had it.</source>
        <translation>Durchschnittlicher Abstand zum Ball, während das Team des Spielers ihn hatte.</translation>
    </message>
    <message>
        <source>Average distance to the ball while the other team had it.</source>
        <translation>Durchschnittlicher Abstand zum Ball, während das andere Team ihn hatte.</translation>
    </message>
    <message>
        <source>Average distance to the teammates, how spread the team played.</source>
        <translation>Durchschnittlicher Abstand zu den Mitspielern: wie verteilt das Team spielte.</translation>
    </message>
    <message>
        <source>Time spent in the player&apos;s own third of the pitch.</source>
        <translation>Zeit im eigenen Drittel des Spielers.</translation>
    </message>
    <message>
        <source>Time spent in the middle third of the pitch.</source>
        <translation>Zeit im mittleren Drittel des Spielfelds.</translation>
    </message>
    <message>
        <source>Time spent in the other team&apos;s third of the pitch.</source>
        <translation>Zeit im Drittel des anderen Teams.</translation>
    </message>
    <message>
        <source>Time spent in the player&apos;s own half.</source>
        <translation>Zeit in der eigenen Hälfte des Spielers.</translation>
    </message>
    <message>
        <source>Time spent in the other team&apos;s half.</source>
        <translation>Zeit in der Hälfte des anderen Teams.</translation>
    </message>
    <message>
        <source>Time spent between the ball and the player&apos;s own goal.</source>
        <translation>Zeit zwischen dem Ball und dem eigenen Tor des Spielers.</translation>
    </message>
    <message>
        <source>Time spent between the ball and the other team&apos;s goal.</source>
        <translation>Zeit zwischen dem Ball und dem Tor des anderen Teams.</translation>
    </message>
    <message>
        <source>Time spent as the team&apos;s last player back.</source>
        <translation>Zeit als hinterster Spieler des Teams.</translation>
    </message>
    <message>
        <source>Time spent as the team&apos;s player furthest forward.</source>
        <translation>Zeit als vorderster Spieler des Teams.</translation>
    </message>
    <message>
        <source>Goals conceded while the player was the last one back.</source>
        <translation>Gegentore, während der Spieler der Hinterste war.</translation>
    </message>
    <message>
        <source>Time spent as the team&apos;s player closest to the ball.</source>
        <translation>Zeit als Spieler des Teams, der dem Ball am nächsten war.</translation>
    </message>
    <message>
        <source>Time spent as the team&apos;s player farthest from the ball.</source>
        <translation>Zeit als Spieler des Teams, der am weitesten vom Ball entfernt war.</translation>
    </message>
    <message>
        <source>Share of the game spent in the player&apos;s own third.</source>
        <translation>Anteil des Spiels im eigenen Drittel des Spielers.</translation>
    </message>
    <message>
        <source>Share of the game spent in the other team&apos;s third.</source>
        <translation>Anteil des Spiels im Drittel des anderen Teams.</translation>
    </message>
    <message>
        <source>Share of the game spent in the middle third.</source>
        <translation>Anteil des Spiels im mittleren Drittel.</translation>
    </message>
    <message>
        <source>Share of the game spent in the player&apos;s own half.</source>
        <translation>Anteil des Spiels in der eigenen Hälfte des Spielers.</translation>
    </message>
    <message>
        <source>Share of the game spent in the other team&apos;s half.</source>
        <translation>Anteil des Spiels in der Hälfte des anderen Teams.</translation>
    </message>
    <message>
        <source>Share of the game spent between the ball and the player&apos;s own goal.</source>
        <translation>Anteil des Spiels zwischen dem Ball und dem eigenen Tor des Spielers.</translation>
    </message>
    <message>
        <source>Share of the game spent between the ball and the other team&apos;s goal.</source>
        <translation>Anteil des Spiels zwischen dem Ball und dem Tor des anderen Teams.</translation>
    </message>
    <message>
        <source>Share of the game spent as the team&apos;s last player back.</source>
        <translation>Anteil des Spiels als hinterster Spieler des Teams.</translation>
    </message>
    <message>
        <source>Share of the game spent as the team&apos;s player furthest forward.</source>
        <translation>Anteil des Spiels als vorderster Spieler des Teams.</translation>
    </message>
    <message>
        <source>Share of the game spent as the team&apos;s player closest to the ball.</source>
        <translation>Anteil des Spiels als Spieler des Teams, der dem Ball am nächsten war.</translation>
    </message>
    <message>
        <source>Share of the game spent as the team&apos;s player farthest from the ball.</source>
        <translation>Anteil des Spiels als Spieler des Teams, der am weitesten vom Ball entfernt war.</translation>
    </message>
    <message>
        <source>Opponents demolished.</source>
        <translation>Zerstörte Gegner.</translation>
    </message>
    <message>
        <source>Times the player was demolished.</source>
        <translation>Wie oft der Spieler zerstört wurde.</translation>
    </message>
    <message>
        <source>listing the filter&apos;s choices</source>
        <translation>Auflisten der Filteroptionen</translation>
    </message>
    <message>
        <source>counting games</source>
        <translation>Zählen der Spiele</translation>
    </message>
    <message>
        <source>summing the sides of my games</source>
        <translation>Summieren der Seiten meiner Spiele</translation>
    </message>
</context>
<context>
    <name>bcs::StatsCharts</name>
    <message>
        <source>week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>No games with details under this filter.</source>
        <translation>Keine Spiele mit Details bei diesem Filter.</translation>
    </message>
    <message>
        <source>%1: %2 over %3 — click for the replays</source>
        <translation>%1: %2 über %3 — klicken für die Replays</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Spiele</translation>
    </message>
    <message>
        <source>No games under this filter.</source>
        <translation>Keine Spiele bei diesem Filter.</translation>
    </message>
    <message>
        <source>%1: %2, %3 with details, win rate %4</source>
        <translation>%1: %2, %3 mit Details, Siegquote %4</translation>
    </message>
    <message>
        <source>%1, %2: %3 over %4</source>
        <translation>%1, %2: %3 über %4</translation>
    </message>
</context>
<context>
    <name>bcs::StatsHeadline</name>
    <message>
        <source>few games</source>
        <translation>wenige Spiele</translation>
    </message>
    <message>
        <source>My record</source>
        <translation>Meine Bilanz</translation>
    </message>
    <message>
        <source>My win rate</source>
        <translation>Meine Siegquote</translation>
    </message>
    <message>
        <source>What the numbers cover</source>
        <translation>Worauf sich die Zahlen beziehen</translation>
    </message>
    <message>
        <source>Few games</source>
        <translation>Wenige Spiele</translation>
    </message>
    <message>
        <source>Fewer than %1 games: the win rate can still move a lot with each game. The ± interval says by how much.</source>
        <translation>Weniger als %1 Spiele: die Siegquote kann sich mit jedem Spiel noch stark ändern. Das ±-Intervall gibt an, wie stark.</translation>
    </message>
    <message>
        <source>No games under this filter</source>
        <translation>Keine Spiele bei diesem Filter</translation>
    </message>
    <message>
        <source>%1 · %2 won · %3 lost · %4 tied</source>
        <translation>%1 · %2 gewonnen · %3 verloren · %4 Remis</translation>
    </message>
    <message>
        <source>Win rate %1 ± %2</source>
        <translation>Siegquote %1 ± %2</translation>
    </message>
    <message>
        <source>95 % Wilson interval: %1 – %2. Over %3 the true win rate is most likely within this range.</source>
        <translation>95-%-Wilson-Intervall: %1 – %2. Über %3 liegt die wahre Siegquote höchstwahrscheinlich in diesem Bereich.</translation>
    </message>
    <message>
        <source>Widen the filter to see results and stats.</source>
        <translation>Erweitern Sie den Filter, um Ergebnisse und Statistiken zu sehen.</translation>
    </message>
    <message>
        <source>Results and detailed stats over the %1 you played.</source>
        <translation>Ergebnisse und Detailstatistiken über die %1, die Sie gespielt haben.</translation>
    </message>
    <message>
        <source>Results over the %1 you played; detailed stats over %2 — the details of the others have not arrived yet.</source>
        <translation>Ergebnisse über die %1, die Sie gespielt haben; Detailstatistiken über %2 — die Details der übrigen sind noch nicht angekommen.</translation>
    </message>
</context>
<context>
    <name>bcs::StatsPage</name>
    <message>
        <source>Stats</source>
        <translation>Statistiken</translation>
    </message>
    <message>
        <source>Your stats, your teammates&apos; and your opponents&apos;, side by side, with charts over time.</source>
        <translation>Ihre Statistiken, die Ihrer Mitspieler und die Ihrer Gegner nebeneinander, mit Diagrammen im Zeitverlauf.</translation>
    </message>
    <message>
        <source>&amp;Per game</source>
        <translation>&amp;Je Spiel</translation>
    </message>
    <message>
        <source>&amp;Totals</source>
        <translation>&amp;Summen</translation>
    </message>
    <message>
        <source>Show values per game</source>
        <translation>Werte je Spiel zeigen</translation>
    </message>
    <message>
        <source>Show totals</source>
        <translation>Summen zeigen</translation>
    </message>
    <message>
        <source>Every stat as a mean per game: fair between roles with different numbers of games.</source>
        <translation>Jede Statistik als Mittelwert je Spiel: fair zwischen Rollen mit unterschiedlich vielen Spielen.</translation>
    </message>
    <message>
        <source>Counts and times summed over the games; rates and percentages stay means per game.</source>
        <translation>Anzahlen und Zeiten über die Spiele summiert; Quoten und Prozente bleiben Mittelwerte je Spiel.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Aktualisiere…</translation>
    </message>
    <message>
        <source>Updating the numbers</source>
        <translation>Die Zahlen werden aktualisiert</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Stats of every role side by side</source>
        <translation>Statistiken aller Rollen nebeneinander</translation>
    </message>
    <message>
        <source>Sort as the catalogue</source>
        <translation>Wie im Katalog sortieren</translation>
    </message>
    <message>
        <source>Chart of the selected stat by role</source>
        <translation>Diagramm der gewählten Statistik nach Rolle</translation>
    </message>
    <message>
        <source>The selected stat by role</source>
        <translation>Die gewählte Statistik nach Rolle</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Das Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Save the chart by role as PNG</source>
        <translation>Das Diagramm nach Rolle als PNG speichern</translation>
    </message>
    <message>
        <source>Chart of the selected stat over time</source>
        <translation>Diagramm der gewählten Statistik im Zeitverlauf</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Period of the chart over time</source>
        <translation>Zeitraster des Diagramms im Zeitverlauf</translation>
    </message>
    <message>
        <source>Roles in the chart over time</source>
        <translation>Rollen im Diagramm im Zeitverlauf</translation>
    </message>
    <message>
        <source>Choose whose line the chart draws</source>
        <translation>Wählen Sie, wessen Linie das Diagramm zeichnet</translation>
    </message>
    <message>
        <source>The selected stat over time</source>
        <translation>Die gewählte Statistik im Zeitverlauf</translation>
    </message>
    <message>
        <source>Save the chart over time as PNG</source>
        <translation>Das Diagramm im Zeitverlauf als PNG speichern</translation>
    </message>
    <message>
        <source>The stats could not be read: %1. Try again after the sync, or restart the app.</source>
        <translation>Die Statistiken konnten nicht gelesen werden: %1. Versuchen Sie es nach dem Sync erneut oder starten Sie die App neu.</translation>
    </message>
    <message>
        <source>%1 by role</source>
        <translation>%1 nach Rolle</translation>
    </message>
    <message>
        <source>No roles</source>
        <translation>Keine Rollen</translation>
    </message>
    <message>
        <source>%1 roles</source>
        <translation>%1 Rollen</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 im Zeitverlauf</translation>
    </message>
    <message>
        <source>%1: games with details</source>
        <translation>%1: Spiele mit Details</translation>
    </message>
    <message>
        <source>%1: games</source>
        <translation>%1: Spiele</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>bcs::StatusBarPanel</name>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>A generated cache of its own; a real sync never writes into it</source>
        <translation>Ein eigener generierter Cache; ein echter Sync schreibt nie hinein</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Kein API-Schlüssel</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>The ballchasing API key comes from %1</source>
        <translation>Der ballchasing-API-Schlüssel stammt aus %1</translation>
    </message>
    <message>
        <source>API off</source>
        <translation>API aus</translation>
    </message>
    <message>
        <source>The local API server is turned off in Settings</source>
        <translation>Der lokale API-Server ist in den Einstellungen ausgeschaltet</translation>
    </message>
    <message>
        <source>API error</source>
        <translation>API-Fehler</translation>
    </message>
    <message>
        <source>The local API server could not start: %1</source>
        <translation>Der lokale API-Server konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>The local API for a browser or scripts; click to copy the address</source>
        <translation>Die lokale API für einen Browser oder Skripte; klicken, um die Adresse zu kopieren</translation>
    </message>
</context>
<context>
    <name>bcs::Storage</name>
    <message>
        <source>a stored replay detail is damaged (%1)</source>
        <translation>ein gespeichertes Replay-Detail ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>looking up cached replays</source>
        <translation>Nachschlagen der Replays im Cache</translation>
    </message>
    <message>
        <source>storing replay %1</source>
        <translation>Speichern von Replay %1</translation>
    </message>
    <message>
        <source>recording a failed fetch</source>
        <translation>Aufzeichnen eines fehlgeschlagenen Abrufs</translation>
    </message>
    <message>
        <source>listing replays to fetch</source>
        <translation>Auflisten der abzurufenden Replays</translation>
    </message>
    <message>
        <source>counting replays</source>
        <translation>Zählen der Replays</translation>
    </message>
    <message>
        <source>reading replay %1</source>
        <translation>Lesen von Replay %1</translation>
    </message>
    <message>
        <source>listing replays</source>
        <translation>Auflisten der Replays</translation>
    </message>
    <message>
        <source>counting replays per day</source>
        <translation>Zählen der Replays pro Tag</translation>
    </message>
    <message>
        <source>reading the player config</source>
        <translation>Lesen der Spielerkonfiguration</translation>
    </message>
    <message>
        <source>the saved player config is damaged: %1</source>
        <translation>die gespeicherte Spielerkonfiguration ist beschädigt: %1</translation>
    </message>
    <message>
        <source>saving the player config</source>
        <translation>Speichern der Spielerkonfiguration</translation>
    </message>
    <message>
        <source>reading players</source>
        <translation>Lesen der Spieler</translation>
    </message>
    <message>
        <source>saving player roles</source>
        <translation>Speichern der Spielerrollen</translation>
    </message>
    <message>
        <source>saving request times</source>
        <translation>Speichern der Anfragezeiten</translation>
    </message>
    <message>
        <source>reading request times</source>
        <translation>Lesen der Anfragezeiten</translation>
    </message>
    <message>
        <source>pruning request times</source>
        <translation>Bereinigen der Anfragezeiten</translation>
    </message>
    <message>
        <source>saving the map names</source>
        <translation>Speichern der Map-Namen</translation>
    </message>
    <message>
        <source>reading the map names</source>
        <translation>Lesen der Map-Namen</translation>
    </message>
    <message>
        <source>writing settings of the cache</source>
        <translation>Schreiben der Cache-Einstellungen</translation>
    </message>
    <message>
        <source>reading settings of the cache</source>
        <translation>Lesen der Cache-Einstellungen</translation>
    </message>
    <message>
        <source>the disk is full while %1; free some space and sync again (nothing stored so far is lost)</source>
        <translation>der Datenträger war beim %1 voll; geben Sie Speicherplatz frei und synchronisieren Sie erneut (bisher Gespeichertes geht nicht verloren)</translation>
    </message>
    <message>
        <source>the cache is damaged (%1) while %2</source>
        <translation>der Cache ist beschädigt (%1) beim %2</translation>
    </message>
    <message>
        <source>the cache is busy (%1) while %2</source>
        <translation>der Cache ist belegt (%1) beim %2</translation>
    </message>
    <message>
        <source>database error while %1: %2</source>
        <translation>Datenbankfehler beim %1: %2</translation>
    </message>
    <message>
        <source>starting the sync log</source>
        <translation>Starten des Sync-Protokolls</translation>
    </message>
    <message>
        <source>updating the sync log</source>
        <translation>Aktualisieren des Sync-Protokolls</translation>
    </message>
    <message>
        <source>reading the sync log</source>
        <translation>Lesen des Sync-Protokolls</translation>
    </message>
    <message>
        <source>recovering the sync log</source>
        <translation>Wiederherstellen des Sync-Protokolls</translation>
    </message>
    <message>
        <source>remembering listed replays</source>
        <translation>Merken der gelisteten Replays</translation>
    </message>
    <message>
        <source>storing %1 replays</source>
        <translation>Speichern von %1 Replays</translation>
    </message>
    <message>
        <source>reading accounts</source>
        <translation>Lesen der Konten</translation>
    </message>
    <message>
        <source>the cache cannot be written (%1) while %2; check that its folder is writable</source>
        <translation>der Cache kann beim %2 nicht geschrieben werden (%1); prüfen Sie, ob sein Ordner beschreibbar ist</translation>
    </message>
    <message>
        <source>recording a completed listing</source>
        <translation>Aufzeichnen einer abgeschlossenen Auflistung</translation>
    </message>
</context>
<context>
    <name>bcs::Sync</name>
    <message>
        <source>ballchasing answered with another replay (%1)</source>
        <translation>ballchasing hat mit einem anderen Replay geantwortet (%1)</translation>
    </message>
    <message>
        <source>ballchasing could not process this replay file</source>
        <translation>ballchasing konnte diese Replay-Datei nicht verarbeiten</translation>
    </message>
</context>
<context>
    <name>bcs::SyncCommand</name>
    <message>
        <source> · ETA %1</source>
        <translation> · Restzeit %1</translation>
    </message>
    <message>
        <source>bcstats: --%1 &apos;%2&apos; is not a date; use YYYY-MM-DD or RFC 3339 (2024-05-01T18:00:00+02:00)</source>
        <translation>bcstats: --%1 &apos;%2&apos; ist kein Datum; verwenden Sie YYYY-MM-DD oder RFC 3339 (2024-05-01T18:00:00+02:00)</translation>
    </message>
    <message>
        <source>bcstats: --after is later than --before</source>
        <translation>bcstats: --after liegt nach --before</translation>
    </message>
    <message>
        <source>Already synced: sync #%1 (started %2) covers this range; use --force to sync it again.</source>
        <translation>Bereits synchronisiert: Sync #%1 (gestartet %2) deckt diesen Zeitraum ab; mit --force erneut synchronisieren.</translation>
    </message>
    <message>
        <source>bcstats: %1</source>
        <translation>bcstats: %1</translation>
    </message>
    <message>
        <source>Sync #%1 %2: %3 found, %4 fetched, %5 already cached, %6 failed, %7 pending, %8 requests.</source>
        <translation>Sync #%1 %2: %3 gefunden, %4 abgerufen, %5 bereits im Cache, %6 fehlgeschlagen, %7 ausstehend, %8 Anfragen.</translation>
    </message>
    <message>
        <source>%1: found %2 · fetched %3 of %8 due · skipped %4 · failed %5 · pending %6 · %7/s</source>
        <translation>%1: gefunden %2 · abgerufen %3 von %8 fälligen · übersprungen %4 · fehlgeschlagen %5 · ausstehend %6 · %7/s</translation>
    </message>
    <message>
        <source>  not stored: %1 (%2)</source>
        <translation>  nicht gespeichert: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>bcs::SyncFailuresModel</name>
    <message>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>bcs::SyncHistoryModel</name>
    <message>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Cancelled (listing complete)</source>
        <translation>Abgebrochen (Auflistung vollständig)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Listed replays whose details were already cached</source>
        <translation>Gelistete Replays, deren Details bereits im Cache waren</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Im Cache</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
</context>
<context>
    <name>bcs::SyncManager</name>
    <message>
        <source>the sync service is not running</source>
        <translation>der Sync-Dienst läuft nicht</translation>
    </message>
</context>
<context>
    <name>bcs::SyncOverview</name>
    <message>
        <source>finding where the season began</source>
        <translation>Ermitteln des Saisonbeginns</translation>
    </message>
    <message>
        <source>counting player names</source>
        <translation>Zählen der Spielernamen</translation>
    </message>
    <message>
        <source>reading what the sync brought</source>
        <translation>Lesen, was der Sync gebracht hat</translation>
    </message>
    <message>
        <source>counting cached replays</source>
        <translation>Zählen der Replays im Cache</translation>
    </message>
</context>
<context>
    <name>bcs::SyncPage</name>
    <message>
        <source>Sync &amp;again where already synced</source>
        <translation>&amp;Erneut synchronisieren, wo bereits synchronisiert</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Lists the range again even where an earlier sync covered it, to pick up late uploads</source>
        <translation>Listet den Zeitraum erneut auf, auch wo ein früherer Sync ihn abgedeckt hat, um späte Uploads zu erfassen</translation>
    </message>
    <message>
        <source>Sync the range (F5)</source>
        <translation>Den Zeitraum synchronisieren (F5)</translation>
    </message>
    <message>
        <source>Stop the running sync (Esc); the next one continues where it stopped</source>
        <translation>Den laufenden Sync stoppen (Esc); der nächste macht dort weiter, wo er aufgehört hat</translation>
    </message>
    <message>
        <source>What to sync</source>
        <translation>Was synchronisieren</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Ratenlimits</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>ballchasing rejected the API key (%1). Check it in Settings.</source>
        <translation>ballchasing hat den API-Schlüssel abgelehnt (%1). Prüfen Sie ihn in den Einstellungen.</translation>
    </message>
    <message>
        <source>This is demo data: it is never synced</source>
        <translation>Das sind Demodaten: sie werden nie synchronisiert</translation>
    </message>
    <message>
        <source>Add your ballchasing API key in Settings first</source>
        <translation>Fügen Sie zuerst in den Einstellungen Ihren ballchasing-API-Schlüssel hinzu</translation>
    </message>
    <message>
        <source>Checking what is already cached…</source>
        <translation>Prüfe, was bereits im Cache ist…</translation>
    </message>
    <message>
        <source>No sync is running.</source>
        <translation>Es läuft kein Sync.</translation>
    </message>
    <message>
        <source>Already synced: %1 — covered by the sync of %2. Tick “Sync again” to list the range once more for late uploads.</source>
        <translation>Bereits synchronisiert: %1 — abgedeckt durch den Sync vom %2. Haken Sie „Erneut synchronisieren“ an, um den Zeitraum für späte Uploads noch einmal aufzulisten.</translation>
    </message>
    <message>
        <source>A sync is already running; its progress is below.</source>
        <translation>Es läuft bereits ein Sync; sein Fortschritt steht unten.</translation>
    </message>
    <message>
        <source>The sync could not start: %1</source>
        <translation>Der Sync konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Failures (%1)</source>
        <translation>Fehler (%1)</translation>
    </message>
    <message>
        <source>; %1 could not be stored (see Failures)</source>
        <translation>; %1 nicht gespeichert (siehe Fehler)</translation>
    </message>
    <message>
        <source>Sync completed: %1 fetched</source>
        <translation>Sync abgeschlossen: %1 abgerufen</translation>
    </message>
    <message>
        <source>Sync cancelled after %1 fetched. The next sync continues where this one stopped.</source>
        <translation>Sync abgebrochen, %1 abgerufen. Der nächste Sync macht dort weiter, wo dieser aufgehört hat.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The cache could not be read: %1</source>
        <translation>Der Cache konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>%1 im Cache</translation>
    </message>
    <message>
        <source> · %1 more listed, details to come</source>
        <translation> · %1 weitere gelistet, Details folgen</translation>
    </message>
    <message>
        <source> · last sync %1</source>
        <translation> · letzter Sync %1</translation>
    </message>
    <message>
        <source> · never synced</source>
        <translation> · nie synchronisiert</translation>
    </message>
    <message>
        <source>Replays</source>
        <translation>Replays</translation>
    </message>
    <message>
        <source>Replays per day appear here after your first sync.</source>
        <translation>Replays pro Tag erscheinen hier nach Ihrem ersten Sync.</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>%1 already cached</source>
        <translation>%1 bereits im Cache</translation>
    </message>
    <message>
        <source>Demo data: nothing is synced</source>
        <translation>Demodaten: nichts wird synchronisiert</translation>
    </message>
    <message>
        <source>Add your API key to see how many replays ballchasing has</source>
        <translation>Fügen Sie Ihren API-Schlüssel hinzu, um zu sehen, wie viele Replays ballchasing hat</translation>
    </message>
    <message>
        <source>Asking ballchasing how many replays %1 are…</source>
        <translation>ballchasing wird nach der Anzahl gefragt: %1…</translation>
    </message>
    <message>
        <source>ballchasing has %1 of yours in this range</source>
        <translation>ballchasing hat %1 von Ihnen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>ballchasing could not say how many replays there are: %1</source>
        <translation>ballchasing konnte nicht sagen, wie viele Replays es gibt: %1</translation>
    </message>
</context>
<context>
    <name>bcs::SyncProgressPanel</name>
    <message>
        <source>No sync is running.</source>
        <translation>Es läuft kein Sync.</translation>
    </message>
    <message>
        <source>Checking what is already cached…</source>
        <translation>Prüfe, was bereits im Cache ist…</translation>
    </message>
    <message>
        <source>Listing your replays: %1 so far</source>
        <translation>Ihre Replays werden aufgelistet: bisher %1</translation>
    </message>
    <message>
        <source>Listing complete: players and results are ready to look at. Fetching the details of each game…</source>
        <translation>Auflistung vollständig: Spieler und Ergebnisse können angesehen werden. Die Details jedes Spiels werden abgerufen…</translation>
    </message>
    <message>
        <source>%1 of %2 details</source>
        <translation>%1 von %2 Details</translation>
    </message>
    <message>
        <source>%1 found · %2 fetched · %3 already cached · %4 failed · %5 pending</source>
        <translation>%1 gefunden · %2 abgerufen · %3 bereits im Cache · %4 fehlgeschlagen · %5 ausstehend</translation>
    </message>
    <message>
        <source>%1 details/s of the tier&apos;s %2/s</source>
        <translation>%1 Details/s von %2/s der Stufe</translation>
    </message>
    <message>
        <source>%1 details/s</source>
        <translation>%1 Details/s</translation>
    </message>
    <message>
        <source> · about %1 left (the hourly limit included)</source>
        <translation> · noch etwa %1 (mit Stundenlimit)</translation>
    </message>
    <message>
        <source>ballchasing asked us to slow down (%1)</source>
        <translation>ballchasing hat uns gebeten, langsamer zu werden (%1)</translation>
    </message>
</context>
<context>
    <name>bcs::SyncRangeEditor</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>This &amp;season</source>
        <translation>Diese Sa&amp;ison</translation>
    </message>
    <message>
        <source>Leave unticked to sync from your first replay</source>
        <translation>Ohne Haken wird ab Ihrem ersten Replay synchronisiert</translation>
    </message>
    <message>
        <source>Leave unticked to sync up to now</source>
        <translation>Ohne Haken wird bis jetzt synchronisiert</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Last &amp;7 days</source>
        <translation>Letzte &amp;7 Tage</translation>
    </message>
    <message>
        <source>Last &amp;30 days</source>
        <translation>Letzte &amp;30 Tage</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>A&amp;lles</translation>
    </message>
    <message>
        <source>Known after a first sync</source>
        <translation>Bekannt nach einem ersten Sync</translation>
    </message>
    <message>
        <source>Since %1, the first game of the newest season you played</source>
        <translation>Seit %1, dem ersten Spiel der neuesten Saison, die Sie gespielt haben</translation>
    </message>
    <message>
        <source>all your replays</source>
        <translation>alle Ihre Replays</translation>
    </message>
    <message>
        <source>your replays since %1</source>
        <translation>Ihre Replays seit %1</translation>
    </message>
    <message>
        <source>your replays until %1</source>
        <translation>Ihre Replays bis %1</translation>
    </message>
    <message>
        <source>your replays from %1 to %2</source>
        <translation>Ihre Replays vom %1 bis %2</translation>
    </message>
</context>
<context>
    <name>bcs::SyncWorker</name>
    <message>
        <source>the application was closed during the sync</source>
        <translation>die Anwendung wurde während des Syncs geschlossen</translation>
    </message>
    <message>
        <source>a sync is already running (id %1)</source>
        <translation>es läuft bereits ein Sync (ID %1)</translation>
    </message>
    <message>
        <source>listing replays failed: %1</source>
        <translation>Auflisten der Replays fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>bcs::TableExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The table was not exported: %1.</source>
        <translation>Die Tabelle wurde nicht exportiert: %1.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
</context>
<context>
    <name>bcs::TextFormat</name>
    <message>
        <source>1 replay</source>
        <translation>1 Replay</translation>
    </message>
    <message>
        <source>%1 replays</source>
        <translation>%1 Replays</translation>
    </message>
    <message>
        <source>1 game</source>
        <translation>1 Spiel</translation>
    </message>
    <message>
        <source>%1 games</source>
        <translation>%1 Spiele</translation>
    </message>
    <message>
        <source>1 name</source>
        <translation>1 Name</translation>
    </message>
    <message>
        <source>%1 names</source>
        <translation>%1 Namen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 days %2 h</source>
        <translation>%1 Tage %2 h</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>vor einer Minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>vor %1 Minuten</translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>vor einer Stunde</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>vor %1 Stunden</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
</context>
<context>
    <name>bcs::WelcomePage</name>
    <message>
        <source>&amp;Test key</source>
        <translation>Schlüssel &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>Schlüssel &amp;speichern</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>Welcome to Ballchasing Stats</source>
        <translation>Willkommen bei Ballchasing Stats</translation>
    </message>
    <message>
        <source>Ballchasing Stats copies your Rocket League replays from ballchasing.com to this computer and shows how you, your regular teammates and your opponents play — per game, over time and in every playlist. Paste your ballchasing API key to start, or look around with demo data first.</source>
        <translation>Ballchasing Stats kopiert Ihre Rocket-League-Replays von ballchasing.com auf diesen Computer und zeigt, wie Sie, Ihre festen Mitspieler und Ihre Gegner spielen — je Spiel, im Zeitverlauf und in jeder Playlist. Fügen Sie zum Start Ihren ballchasing-API-Schlüssel ein, oder sehen Sie sich zuerst mit Demodaten um.</translation>
    </message>
    <message>
        <source>Paste your ballchasing API key</source>
        <translation>Fügen Sie Ihren ballchasing-API-Schlüssel ein</translation>
    </message>
    <message>
        <source>ballchasing API key</source>
        <translation>ballchasing-API-Schlüssel</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Get your key at &lt;a href=&quot;%1&quot;&gt;ballchasing.com/upload&lt;/a&gt; (sign in with Steam, then “Create new key”). It is kept in your system&apos;s keychain.</source>
        <translation>Ihren Schlüssel erhalten Sie auf &lt;a href=&quot;%1&quot;&gt;ballchasing.com/upload&lt;/a&gt; (mit Steam anmelden, dann „Create new key“). Er wird im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>No key yet?</source>
        <translation>Noch kein Schlüssel?</translation>
    </message>
    <message>
        <source>Asking ballchasing…</source>
        <translation>Frage ballchasing…</translation>
    </message>
    <message>
        <source>ballchasing rejected this key. Copy it again from ballchasing.com/upload; it may have been revoked.</source>
        <translation>ballchasing hat diesen Schlüssel abgelehnt. Kopieren Sie ihn erneut von ballchasing.com/upload; er wurde eventuell widerrufen.</translation>
    </message>
    <message>
        <source>The key could not be tested: %1</source>
        <translation>Der Schlüssel konnte nicht getestet werden: %1</translation>
    </message>
    <message>
        <source>The key works: account %1, %2 tier.</source>
        <translation>Der Schlüssel funktioniert: Konto %1, Stufe %2.</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>regular</translation>
    </message>
</context>
<context>
    <name>bcs::WhatMattersTab</name>
    <message>
        <source>Goal difference</source>
        <translation>Tordifferenz</translation>
    </message>
    <message>
        <source>No games with details under these filters</source>
        <translation>Keine Spiele mit Details bei diesen Filtern</translation>
    </message>
    <message>
        <source>My games</source>
        <translation>Meine Spiele</translation>
    </message>
    <message>
        <source>Least squares (r² %1)</source>
        <translation>Ausgleichsgerade (r² %1)</translation>
    </message>
    <message>
        <source>Win rate (%)</source>
        <translation>Siegquote (%)</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Siegquote</translation>
    </message>
    <message>
        <source>%1 %2: %3 won of %4</source>
        <translation>%1 %2: %3 gewonnen von %4</translation>
    </message>
    <message>
        <source>Every stat against the goal difference of your games: the higher “explains”, the more your results move with it. Select a stat to see its games.</source>
        <translation>Jede Statistik gegen die Tordifferenz Ihrer Spiele: je höher „Erklärt“, desto mehr bewegen sich Ihre Ergebnisse mit ihr. Wählen Sie eine Statistik, um ihre Spiele zu sehen.</translation>
    </message>
    <message>
        <source>Stats ranked by how they go with goal difference</source>
        <translation>Statistiken geordnet danach, wie sie mit der Tordifferenz zusammenhängen</translation>
    </message>
    <message>
        <source>The selected stat against goal difference</source>
        <translation>Die gewählte Statistik gegen die Tordifferenz</translation>
    </message>
    <message>
        <source>Win rate by the selected stat</source>
        <translation>Siegquote nach der gewählten Statistik</translation>
    </message>
</context>
<context>
    <name>bcs::WindowSession</name>
    <message>
        <source>The demo could not be started</source>
        <translation>Die Demo konnte nicht gestartet werden</translation>
    </message>
</context>
</TS>
