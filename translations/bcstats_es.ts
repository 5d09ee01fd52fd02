<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>bcs::AnalysisPage</name>
    <message>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>What wins games: results per scoreline, per lineup of teammates, and how each stat goes with winning.</source>
        <translation>Qué gana partidos: resultados por marcador, por alineación de compañeros y cómo se relaciona cada estadística con ganar.</translation>
    </message>
    <message>
        <source>Score (mine first)</source>
        <translation>Marcador (el mío primero)</translation>
    </message>
    <message>
        <source>Goal difference</source>
        <translation>Diferencia de goles</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Partido</translation>
    </message>
    <message>
        <source>Analyses</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Per score</source>
        <translation>Por marcador</translation>
    </message>
    <message>
        <source>By goal difference</source>
        <translation>Por diferencia de goles</translation>
    </message>
    <message>
        <source>Per game</source>
        <translation>Por partido</translation>
    </message>
    <message>
        <source>What matters</source>
        <translation>Qué importa</translation>
    </message>
    <message>
        <source>Lineups</source>
        <translation>Alineaciones</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Every stat ranked by how strongly it goes with goal difference in your games</source>
        <translation>Cada estadística ordenada según cuánto se relaciona con la diferencia de goles en tus partidos</translation>
    </message>
    <message>
        <source>Show these replays</source>
        <translation>Mostrar estas repeticiones</translation>
    </message>
</context>
<context>
    <name>bcs::Api</name>
    <message>
        <source>the body must be the config, e.g. {&quot;me&quot;: [&quot;name&quot;], &quot;teammates&quot;: {}}</source>
        <translation>el cuerpo debe ser la configuración, p. ej. {&quot;me&quot;: [&quot;name&quot;], &quot;teammates&quot;: {}}</translation>
    </message>
    <message>
        <source>replay %1 is not in the cache; sync first</source>
        <translation>la repetición %1 no está en la caché; sincroniza primero</translation>
    </message>
    <message>
        <source>Method Not Allowed: %1 %2 accepts GET</source>
        <translation>Method Not Allowed: %1 %2 acepta GET</translation>
    </message>
    <message>
        <source>Forbidden: %1 is outside the static directory</source>
        <translation>Forbidden: %1 está fuera del directorio estático</translation>
    </message>
    <message>
        <source>Not Found: %1</source>
        <translation>Not Found: %1</translation>
    </message>
    <message>
        <source>Not Found: %1 (the API is under /api; set BCSTATS_STATIC_DIR to serve a frontend here)</source>
        <translation>Not Found: %1 (la API está en /api; define BCSTATS_STATIC_DIR para servir aquí un frontend)</translation>
    </message>
    <message>
        <source>stat is required, e.g. stat=core.saves or stat=boost.bpm</source>
        <translation>falta stat, p. ej. stat=core.saves o stat=boost.bpm</translation>
    </message>
    <message>
        <source>stat: &apos;%1&apos; is not a stat; use group.key, e.g. core.saves, boost.bpm, movement.avg_speed</source>
        <translation>stat: &apos;%1&apos; no es una estadística; usa grupo.clave, p. ej. core.saves, boost.bpm, movement.avg_speed</translation>
    </message>
    <message>
        <source>stat is required; accepted: %1, or group.key of any stat, e.g. core.saves</source>
        <translation>falta stat; se aceptan: %1, o el grupo.clave de cualquier estadística, p. ej. core.saves</translation>
    </message>
    <message>
        <source>stat: &apos;%1&apos; is not a stat; accepted: %2, or group.key of any stat, e.g. core.saves</source>
        <translation>stat: &apos;%1&apos; no es una estadística; se aceptan: %2, o el grupo.clave de cualquier estadística, p. ej. core.saves</translation>
    </message>
    <message>
        <source>role: &apos;%1&apos; is not a role; accepted: %2</source>
        <translation>role: &apos;%1&apos; no es un rol; se aceptan: %2</translation>
    </message>
    <message>
        <source>&quot;me&quot; is not configured: say which names are yours with PUT /api/players/config</source>
        <translation>&quot;me&quot; no está configurado: indica qué nombres son tuyos con PUT /api/players/config</translation>
    </message>
    <message>
        <source>replay-date-after is later than replay-date-before</source>
        <translation>replay-date-after es posterior a replay-date-before</translation>
    </message>
    <message>
        <source>bucket: &apos;%1&apos; is not week or month</source>
        <translation>bucket: &apos;%1&apos; no es week ni month</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;; accepted: %2</source>
        <translation>campo desconocido &apos;%1&apos;; se aceptan: %2</translation>
    </message>
    <message>
        <source>%1 must be a string date</source>
        <translation>%1 debe ser una fecha en texto</translation>
    </message>
    <message>
        <source>No sync is running</source>
        <translation>No hay ninguna sincronización en curso</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Sincronización cancelada</translation>
    </message>
    <message>
        <source>A sync is already running (sync %1); wait for it or cancel it</source>
        <translation>Ya hay una sincronización en curso (sincronización %1); espera a que termine o cancélala</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date; use YYYY-MM-DD or RFC 3339, e.g. 2024-05-01T18:00:00+02:00</source>
        <translation>%1: &apos;%2&apos; no es una fecha; usa AAAA-MM-DD o RFC 3339, p. ej. 2024-05-01T18:00:00+02:00</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number from %3 to %4</source>
        <translation>%1: &apos;%2&apos; no es un número entero de %3 a %4</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not true or false</source>
        <translation>%1: &apos;%2&apos; no es true ni false</translation>
    </message>
    <message>
        <source>the body is not valid JSON: %1 at byte %2</source>
        <translation>el cuerpo no es JSON válido: %1 en el byte %2</translation>
    </message>
    <message>
        <source>the body must be a JSON object</source>
        <translation>el cuerpo debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>more than %1 bytes of blank lines before a request</source>
        <translation>más de %1 bytes de líneas en blanco antes de una petición</translation>
    </message>
    <message>
        <source>the request line and headers are over %1 bytes</source>
        <translation>la línea de petición y las cabeceras superan los %1 bytes</translation>
    </message>
    <message>
        <source>folded header lines are not accepted</source>
        <translation>no se aceptan líneas de cabecera plegadas</translation>
    </message>
    <message>
        <source>header line &apos;%1&apos; has no name and colon</source>
        <translation>la línea de cabecera &apos;%1&apos; no tiene nombre y dos puntos</translation>
    </message>
    <message>
        <source>Content-Length &apos;%1&apos; is not a byte count</source>
        <translation>Content-Length &apos;%1&apos; no es un número de bytes</translation>
    </message>
    <message>
        <source>conflicting Content-Length headers</source>
        <translation>cabeceras Content-Length contradictorias</translation>
    </message>
    <message>
        <source>the request body is %1 bytes; the limit is %2</source>
        <translation>el cuerpo de la petición tiene %1 bytes; el límite es %2</translation>
    </message>
    <message>
        <source>the chunked body&apos;s framing is over %1 bytes</source>
        <translation>el entramado del cuerpo por fragmentos supera los %1 bytes</translation>
    </message>
    <message>
        <source>a chunk-size line must end with CRLF</source>
        <translation>una línea de tamaño de fragmento debe terminar en CRLF</translation>
    </message>
    <message>
        <source>chunk size &apos;%1&apos; is not hexadecimal</source>
        <translation>el tamaño de fragmento &apos;%1&apos; no es hexadecimal</translation>
    </message>
    <message>
        <source>the chunked request body is over %1 bytes</source>
        <translation>el cuerpo de la petición por fragmentos supera los %1 bytes</translation>
    </message>
    <message>
        <source>chunked trailers are not accepted</source>
        <translation>no se aceptan trailers en fragmentos</translation>
    </message>
    <message>
        <source>a chunk must end with CRLF</source>
        <translation>un fragmento debe terminar en CRLF</translation>
    </message>
    <message>
        <source>Host &apos;%1&apos; is not this server (it answers to %2; add names with BCSTATS_ALLOWED_HOSTS)</source>
        <translation>Host &apos;%1&apos; no es este servidor (responde a %2; añade nombres con BCSTATS_ALLOWED_HOSTS)</translation>
    </message>
    <message>
        <source>origin &apos;%1&apos; is not allowed (BCSTATS_CORS_ORIGINS)</source>
        <translation>el origen &apos;%1&apos; no está permitido (BCSTATS_CORS_ORIGINS)</translation>
    </message>
    <message>
        <source>%1 from origin &apos;%2&apos; refused: that origin is not allowed (BCSTATS_CORS_ORIGINS)</source>
        <translation>%1 desde el origen &apos;%2&apos; rechazado: ese origen no está permitido (BCSTATS_CORS_ORIGINS)</translation>
    </message>
    <message>
        <source>cross-site %1 refused (Sec-Fetch-Site: cross-site)</source>
        <translation>%1 entre sitios rechazado (Sec-Fetch-Site: cross-site)</translation>
    </message>
    <message>
        <source>request bodies must be JSON (Content-Type: application/json), not &apos;%1&apos;</source>
        <translation>los cuerpos de petición deben ser JSON (Content-Type: application/json), no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>this server needs &apos;Authorization: Bearer &lt;token&gt;&apos; (BCSTATS_API_TOKEN)</source>
        <translation>este servidor requiere &apos;Authorization: Bearer &lt;token&gt;&apos; (BCSTATS_API_TOKEN)</translation>
    </message>
    <message>
        <source>wrong bearer token</source>
        <translation>token bearer incorrecto</translation>
    </message>
</context>
<context>
    <name>bcs::ApiKeySaver</name>
    <message>
        <source>system keychain</source>
        <translation>llavero del sistema</translation>
    </message>
    <message>
        <source>Saved in your system&apos;s keychain.</source>
        <translation>Guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The key could not be saved: %1; %2</source>
        <translation>No se pudo guardar la clave: %1; %2</translation>
    </message>
    <message>
        <source>.env file %1</source>
        <translation>archivo .env %1</translation>
    </message>
    <message>
        <source>This system has no keychain (%1), so the key is saved in %2, readable only by you.</source>
        <translation>Este sistema no tiene llavero (%1), así que la clave se guarda en %2, legible solo por ti.</translation>
    </message>
    <message>
        <source>the key was removed</source>
        <translation>se quitó la clave</translation>
    </message>
    <message>
        <source>The key could not be removed: %1</source>
        <translation>No se pudo quitar la clave: %1</translation>
    </message>
    <message>
        <source>The key was removed.</source>
        <translation>Se quitó la clave.</translation>
    </message>
    <message>
        <source>The key was removed from %1; the keychain said: %2</source>
        <translation>Se quitó la clave de %1; el llavero respondió: %2</translation>
    </message>
</context>
<context>
    <name>bcs::ApiKeyStore</name>
    <message>
        <source>the system keychain is not available (%1); set BALLCHASING_API_KEY in the environment or in a .env file instead</source>
        <translation>el llavero del sistema no está disponible (%1); define BALLCHASING_API_KEY en el entorno o en un archivo .env</translation>
    </message>
    <message>
        <source>the system keychain did not answer within %1 s; set BALLCHASING_API_KEY in the environment or in a .env file instead</source>
        <translation>el llavero del sistema no respondió en %1 s; define BALLCHASING_API_KEY en el entorno o en un archivo .env</translation>
    </message>
    <message>
        <source>no ballchasing API key is set: enter it in the app (saved in the system keychain) or set BALLCHASING_API_KEY</source>
        <translation>no hay ninguna clave de API de ballchasing: introdúcela en la app (se guarda en el llavero del sistema) o define BALLCHASING_API_KEY</translation>
    </message>
    <message>
        <source>the API key saved in the system keychain is empty</source>
        <translation>la clave de API guardada en el llavero del sistema está vacía</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>llavero del sistema</translation>
    </message>
    <message>
        <source>the system keychain did not answer in time; the key was not saved</source>
        <translation>el llavero del sistema no respondió a tiempo; la clave no se guardó</translation>
    </message>
    <message>
        <source>the system keychain did not answer in time</source>
        <translation>el llavero del sistema no respondió a tiempo</translation>
    </message>
</context>
<context>
    <name>bcs::ApiServer</name>
    <message>
        <source>refusing to listen on %1 without BCSTATS_API_TOKEN: anyone on the network could read your stats and start syncs; set a token or use 127.0.0.1</source>
        <translation>no se escuchará en %1 sin BCSTATS_API_TOKEN: cualquiera en la red podría leer tus estadísticas e iniciar sincronizaciones; define un token o usa 127.0.0.1</translation>
    </message>
</context>
<context>
    <name>bcs::ApiServerWorker</name>
    <message>
        <source>&apos;%1&apos; is not an IP address to listen on</source>
        <translation>&apos;%1&apos; no es una dirección IP en la que escuchar</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>no se puede escuchar en %1:%2: %3</translation>
    </message>
    <message>
        <source>Method Not Allowed: %1 %2 accepts %3</source>
        <translation>Method Not Allowed: %1 %2 acepta %3</translation>
    </message>
    <message>
        <source>Not Found: %1 %2 is not an API route; GET /api/openapi.json lists them</source>
        <translation>Not Found: %1 %2 no es una ruta de la API; GET /api/openapi.json las enumera</translation>
    </message>
</context>
<context>
    <name>bcs::Application</name>
    <message>
        <source>bcstats: warning: %1</source>
        <translation>bcstats: aviso: %1</translation>
    </message>
    <message>
        <source>bcstats: %1</source>
        <translation>bcstats: %1</translation>
    </message>
    <message>
        <source>bcstats: the demo data is never synced</source>
        <translation>bcstats: los datos de demostración nunca se sincronizan</translation>
    </message>
    <message>
        <source>demo data is never synced</source>
        <translation>los datos de demostración nunca se sincronizan</translation>
    </message>
    <message>
        <source>bcstats: demo data in %1</source>
        <translation>bcstats: datos de demostración en %1</translation>
    </message>
    <message>
        <source>bcstats: ballchasing API key from %1</source>
        <translation>bcstats: clave de API de ballchasing de %1</translation>
    </message>
    <message>
        <source>bcstats: no ballchasing API key: %1</source>
        <translation>bcstats: no hay clave de API de ballchasing: %1</translation>
    </message>
    <message>
        <source>the demo data is never synced</source>
        <translation>los datos de demostración nunca se sincronizan</translation>
    </message>
    <message>
        <source>bcstats: this build has no tables to export</source>
        <translation>bcstats: esta compilación no tiene tablas que exportar</translation>
    </message>
    <message>
        <source>API listening on %1</source>
        <translation>API escuchando en %1</translation>
    </message>
    <message>
        <source>bcstats: API listening on %1</source>
        <translation>bcstats: API escuchando en %1</translation>
    </message>
</context>
<context>
    <name>bcs::BallchasingClient</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>no ballchasing API key is configured; set BALLCHASING_API_KEY or enter the key in the app</source>
        <translation>no hay ninguna clave de API de ballchasing configurada; define BALLCHASING_API_KEY o introduce la clave en la app</translation>
    </message>
</context>
<context>
    <name>bcs::Banner</name>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
</context>
<context>
    <name>bcs::BucketsModel</name>
    <message>
        <source>Take %1 out of their roles</source>
        <translation>Quitar a %1 de sus roles</translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation>Asignar %1 a %2</translation>
    </message>
    <message>
        <source>%1 (whole account)</source>
        <translation>%1 (toda la cuenta)</translation>
    </message>
    <message>
        <source>%1 — every name: %2</source>
        <translation>%1 — todos los nombres: %2</translation>
    </message>
    <message>
        <source>%1 · %2 in the table</source>
        <translation>%1 · %2 en la tabla</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The names and accounts that are you. Drop names here.</source>
        <translation>Los nombres y cuentas que son tú. Suelta nombres aquí.</translation>
    </message>
    <message>
        <source>Drop names here to take them out of every role: they count as anonymous teammates or opponents.</source>
        <translation>Suelta nombres aquí para quitarlos de todos los roles: cuentan como compañeros o rivales anónimos.</translation>
    </message>
    <message>
        <source>A regular teammate: every name here counts as %1. Double-click or press F2 to rename.</source>
        <translation>Un compañero habitual: cada nombre aquí cuenta como %1. Doble clic o F2 para renombrar.</translation>
    </message>
    <message>
        <source>This account, whatever name it plays under</source>
        <translation>Esta cuenta, juegue con el nombre que juegue</translation>
    </message>
    <message>
        <source>This name, on any account</source>
        <translation>Este nombre, en cualquier cuenta</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renombrar %1 como %2</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
</context>
<context>
    <name>bcs::Chart</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Guardar gráfico como PNG…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Guardar gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Gráfico no guardado</translation>
    </message>
    <message>
        <source>The chart was not saved: %1.</source>
        <translation>No se guardó el gráfico: %1.</translation>
    </message>
</context>
<context>
    <name>bcs::CommandLine</name>
    <message>
        <source>%1 syncs your ballchasing.com replays into a local cache and shows your stats, your teammates&apos; and your opponents&apos;.
Configuration keys (see .env.example) can be set in the environment or a .env file; these options override them.</source>
        <translation>%1 sincroniza tus repeticiones de ballchasing.com en una caché local y muestra tus estadísticas, las de tus compañeros y las de tus rivales.
Las claves de configuración (ver .env.example) pueden definirse en el entorno o en un archivo .env; estas opciones las sustituyen.</translation>
    </message>
    <message>
        <source>No window: run the API server until SIGINT/SIGTERM. Prints &quot;API listening on http://HOST:PORT&quot; when ready.</source>
        <translation>Sin ventana: ejecuta el servidor de la API hasta SIGINT/SIGTERM. Muestra &quot;API listening on http://HOST:PORT&quot; cuando está listo.</translation>
    </message>
    <message>
        <source>Port of the embedded API (0 = any free port) [BCSTATS_API_PORT].</source>
        <translation>Puerto de la API integrada (0 = cualquier puerto libre) [BCSTATS_API_PORT].</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Address the embedded API listens on [BCSTATS_API_HOST].</source>
        <translation>Dirección en la que escucha la API integrada [BCSTATS_API_HOST].</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Directory holding cache.sqlite [BCSTATS_DATA_DIR].</source>
        <translation>Directorio que contiene cache.sqlite [BCSTATS_DATA_DIR].</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Do not start the embedded API server.</source>
        <translation>No iniciar el servidor de la API integrada.</translation>
    </message>
    <message>
        <source>Print the effective configuration and where each value came from, then exit.</source>
        <translation>Mostrar la configuración efectiva y de dónde viene cada valor, y salir.</translation>
    </message>
    <message>
        <source>Print a commented .env template with every configuration key, then exit.</source>
        <translation>Mostrar una plantilla .env comentada con todas las claves de configuración, y salir.</translation>
    </message>
    <message>
        <source>With `sync`: only games played on or after DATE (YYYY-MM-DD or RFC 3339).</source>
        <translation>Con `sync`: solo partidos jugados el DATE o después (AAAA-MM-DD o RFC 3339).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>With `sync`: only games played on or before DATE (YYYY-MM-DD or RFC 3339).</source>
        <translation>Con `sync`: solo partidos jugados el DATE o antes (AAAA-MM-DD o RFC 3339).</translation>
    </message>
    <message>
        <source>With `sync`: sync even if the range was synced before.</source>
        <translation>Con `sync`: sincronizar aunque el intervalo ya se haya sincronizado.</translation>
    </message>
    <message>
        <source>Open generated demo data (in &lt;data dir&gt;/demo, built on first use) instead of your cache; nothing is synced into it.</source>
        <translation>Abrir datos de demostración generados (en &lt;data dir&gt;/demo, creados en el primer uso) en lugar de tu caché; no se sincroniza nada en ellos.</translation>
    </message>
    <message>
        <source>Render every page at 1280x800 into DIR/&lt;page&gt;.png, then exit.</source>
        <translation>Renderizar cada página a 1280x800 en DIR/&lt;page&gt;.png, y salir.</translation>
    </message>
    <message>
        <source>Draw with the light or dark palette whatever the system&apos;s.</source>
        <translation>Dibujar con la paleta clara u oscura, sea cual sea la del sistema.</translation>
    </message>
    <message>
        <source>light|dark</source>
        <translation>light|dark</translation>
    </message>
    <message>
        <source>Scale the window by F (e.g. 2).</source>
        <translation>Escalar la ventana por F (p. ej. 2).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>With `export`: games on or after DATE (YYYY-MM-DD or RFC 3339).</source>
        <translation>Con `export`: partidos del DATE o posteriores (AAAA-MM-DD o RFC 3339).</translation>
    </message>
    <message>
        <source>With `export`: games on or before DATE (YYYY-MM-DD or RFC 3339).</source>
        <translation>Con `export`: partidos del DATE o anteriores (AAAA-MM-DD o RFC 3339).</translation>
    </message>
    <message>
        <source>With `export`: only this playlist (id or name); repeat for several.</source>
        <translation>Con `export`: solo este modo (id o nombre); repetir para varios.</translation>
    </message>
    <message>
        <source>PLAYLIST</source>
        <translation>PLAYLIST</translation>
    </message>
    <message>
        <source>With `export`: only N-vs-N games (1-4).</source>
        <translation>Con `export`: solo partidos N contra N (1-4).</translation>
    </message>
    <message>
        <source>With `export`: leave out tied games.</source>
        <translation>Con `export`: excluir los partidos empatados.</translation>
    </message>
    <message>
        <source>With `export`: only games of at least SECONDS.</source>
        <translation>Con `export`: solo partidos de al menos SECONDS.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>With `export`: only games on MAP (code or name).</source>
        <translation>Con `export`: solo partidos en MAP (código o nombre).</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>With `export`: write the CSV to FILE instead of stdout.</source>
        <translation>Con `export`: escribir el CSV en FILE en lugar de stdout.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>With `export stats|teammates|opponents`: totals, not means per game.</source>
        <translation>Con `export stats|teammates|opponents`: totales, no medias por partido.</translation>
    </message>
    <message>
        <source>Run one sync in the terminal with a progress line, then exit (0 on success).</source>
        <translation>Ejecutar una sincronización en la terminal con una línea de progreso, y salir (0 si tiene éxito).</translation>
    </message>
    <message>
        <source>Write a table as CSV without opening a window: export %1 [filters] [--out FILE].</source>
        <translation>Escribir una tabla como CSV sin abrir ninguna ventana: export %1 [filtros] [--out FILE].</translation>
    </message>
    <message>
        <source>bcstats: export what? bcstats export %1 [filters] [--out FILE]</source>
        <translation>bcstats: ¿exportar qué? bcstats export %1 [filtros] [--out FILE]</translation>
    </message>
    <message>
        <source>bcstats: --%1 goes with `bcstats export`</source>
        <translation>bcstats: --%1 va con `bcstats export`</translation>
    </message>
    <message>
        <source>bcstats: unexpected argument &apos;%1&apos;; see bcstats --help</source>
        <translation>bcstats: argumento inesperado &apos;%1&apos;; consulta bcstats --help</translation>
    </message>
    <message>
        <source>bcstats: --after, --before and --force go with `bcstats sync`</source>
        <translation>bcstats: --after, --before y --force van con `bcstats sync`</translation>
    </message>
    <message>
        <source>bcstats: --palette is light or dark, not &apos;%1&apos;</source>
        <translation>bcstats: --palette es light o dark, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>bcstats: --scale is a factor from 0.5 to 4, e.g. 2</source>
        <translation>bcstats: --scale es un factor de 0.5 a 4, p. ej. 2</translation>
    </message>
    <message>
        <source>bcstats: --screenshots needs the window, not --headless</source>
        <translation>bcstats: --screenshots necesita la ventana, no --headless</translation>
    </message>
</context>
<context>
    <name>bcs::ComparisonModel</name>
    <message>
        <source>Core</source>
        <translation>Básicas</translation>
    </message>
    <message>
        <source>Boost</source>
        <translation>Turbo</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>Posicionamiento</translation>
    </message>
    <message>
        <source>Demolitions</source>
        <translation>Demoliciones</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>Más es mejor.</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>Menos es mejor.</translation>
    </message>
    <message>
        <source>Neither more nor less is better: a way of playing.</source>
        <translation>Ni más ni menos es mejor: es un estilo de juego.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>Randoms</source>
        <translation>Aleatorios</translation>
    </message>
    <message>
        <source>Opponents</source>
        <translation>Rivales</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Partidos</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>% de victorias</translation>
    </message>
    <message>
        <source>Games with details</source>
        <translation>Partidos con detalles</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Every listed game the filter keeps, details cached or not; randoms and opponents count once per player.</source>
        <translation>Todos los partidos listados que el filtro conserva, con detalles en caché o no; los aleatorios y los rivales cuentan una vez por jugador.</translation>
    </message>
    <message>
        <source>Games won of every listed game. Higher is better.</source>
        <translation>Partidos ganados de todos los partidos listados. Más es mejor.</translation>
    </message>
    <message>
        <source>The games whose details are cached: what every stat below is over.</source>
        <translation>Los partidos cuyos detalles están en caché: sobre ellos se calcula cada estadística de abajo.</translation>
    </message>
    <message>
        <source>A mean per game in both views.</source>
        <translation>Una media por partido en ambas vistas.</translation>
    </message>
    <message>
        <source>Shown per game; the totals view sums it.</source>
        <translation>Se muestra por partido; la vista de totales lo suma.</translation>
    </message>
    <message>
        <source>Shown in total; the per-game view divides it.</source>
        <translation>Se muestra en total; la vista por partido lo divide.</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>%1: no games with details under this filter</source>
        <translation>%1: no hay partidos con detalles con este filtro</translation>
    </message>
    <message>
        <source>%1 — %2: %3, a mean over %4</source>
        <translation>%1 — %2: %3, media sobre %4</translation>
    </message>
    <message>
        <source>%1 — %2: %3 per game over %4</source>
        <translation>%1 — %2: %3 por partido sobre %4</translation>
    </message>
    <message>
        <source>%1 — %2: %3 in total over %4</source>
        <translation>%1 — %2: %3 en total sobre %4</translation>
    </message>
    <message>
        <source>Stat</source>
        <translation>Estadística</translation>
    </message>
    <message>
        <source>%1: results over %2; detailed stats over %3</source>
        <translation>%1: resultados sobre %2; estadísticas detalladas sobre %3</translation>
    </message>
    <message>
        <source>Randoms are the teammates you have not named in Players. Each counts once per game played, so two randoms in one game count as two, and every value is per player.</source>
        <translation>Los aleatorios son los compañeros que no has nombrado en Jugadores. Cada uno cuenta una vez por partido jugado, así que dos aleatorios en un partido cuentan como dos, y cada valor es por jugador.</translation>
    </message>
    <message>
        <source>Each opponent counts once per game played, so the two opponents of a 2v2 game count as two, and every value is per player.</source>
        <translation>Cada rival cuenta una vez por partido jugado, así que los dos rivales de un partido 2v2 cuentan como dos, y cada valor es por jugador.</translation>
    </message>
</context>
<context>
    <name>bcs::Config</name>
    <message>
        <source>environment</source>
        <translation>entorno</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 (line skipped)</source>
        <translation>%1 %2 (línea omitida)</translation>
    </message>
    <message>
        <source>.env file %1</source>
        <translation>archivo .env %1</translation>
    </message>
    <message>
        <source>saved settings</source>
        <translation>configuración guardada</translation>
    </message>
    <message>
        <source>%1 in saved settings (%2) is ignored: secrets are never read from settings; remove it and use the keychain, the environment or a .env file</source>
        <translation>%1 en la configuración guardada (%2) se ignora: los secretos nunca se leen de la configuración; quítalo y usa el llavero, el entorno o un archivo .env</translation>
    </message>
    <message>
        <source>&lt;hidden&gt;</source>
        <translation>&lt;oculto&gt;</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; %3 (from %4)</source>
        <translation>%1: &apos;%2&apos; %3 (de %4)</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>línea de comandos</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>%1 and %2 differ in %3; using %1</source>
        <translation>%1 y %2 difieren en %3; se usa %1</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>variable de entorno %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>llavero del sistema</translation>
    </message>
    <message>
        <source>is not a tier; accepted: auto, %1</source>
        <translation>no es un nivel; se aceptan: auto, %1</translation>
    </message>
    <message>
        <source>is not a URL; accepted: http(s)://host[:port]/path, e.g. https://ballchasing.com/api</source>
        <translation>no es una URL; se acepta: http(s)://host[:port]/path, p. ej. https://ballchasing.com/api</translation>
    </message>
    <message>
        <source>%1: %2 (from %3)</source>
        <translation>%1: %2 (de %3)</translation>
    </message>
    <message>
        <source>is not a list of sources; accepted: uploader, uploader,accounts</source>
        <translation>no es una lista de fuentes; se acepta: uploader, uploader,accounts</translation>
    </message>
    <message>
        <source>is not an IP address or host name; accepted e.g. 127.0.0.1, ::1, localhost</source>
        <translation>no es una dirección IP ni un nombre de host; se acepta p. ej. 127.0.0.1, ::1, localhost</translation>
    </message>
    <message>
        <source>is not a port; accepted: 0-65535 (0 = any free port)</source>
        <translation>no es un puerto; se acepta: 0-65535 (0 = cualquier puerto libre)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an origin; accepted: scheme://host[:port|:*] or * (from %3)</source>
        <translation>%1: &apos;%2&apos; no es un origen; se acepta: scheme://host[:port|:*] o * (de %3)</translation>
    </message>
    <message>
        <source>is not an existing directory</source>
        <translation>no es un directorio existente</translation>
    </message>
    <message>
        <source>must list host names or addresses, without scheme, path or wildcard</source>
        <translation>debe enumerar nombres de host o direcciones, sin esquema, ruta ni comodín</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>no definido</translation>
    </message>
    <message>
        <source>set</source>
        <translation>definido</translation>
    </message>
    <message>
        <source>from tier</source>
        <translation>según el nivel</translation>
    </message>
    <message>
        <source>bundled page</source>
        <translation>página incluida</translation>
    </message>
</context>
<context>
    <name>bcs::Database</name>
    <message>
        <source>opening the cache</source>
        <translation>abriendo la caché</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>abriendo %1</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>no se puede crear el directorio de datos %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database (damaged, or another file); it was left untouched. Move it away to start a new cache, or choose another --data-dir.</source>
        <translation>%1 no es una base de datos SQLite (dañada, u otro archivo); no se ha tocado. Muévela a otro sitio para empezar una caché nueva, o elige otro --data-dir.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); it was left untouched. Move it away to start a new cache.</source>
        <translation>%1 no se puede leer (%2); no se ha tocado. Muévela a otro sitio para empezar una caché nueva.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Ballchasing Stats (cache version %2; this version reads up to %3). It was left untouched: update Ballchasing Stats, or use another --data-dir.</source>
        <translation>%1 la escribió una versión más reciente de Ballchasing Stats (versión de caché %2; esta versión lee hasta la %3). No se ha tocado: actualiza Ballchasing Stats o usa otro --data-dir.</translation>
    </message>
    <message>
        <source>this build&apos;s stat catalogue names columns that no cache migration creates (%1); the cache was not changed beyond its migrations.</source>
        <translation>el catálogo de estadísticas de esta compilación nombra columnas que ninguna migración de la caché crea (%1); la caché no se modificó más allá de sus migraciones.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it was left untouched. Move it away to start a new cache.</source>
        <translation>%1 está dañada (%2); no se ha tocado. Muévela a otro sitio para empezar una caché nueva.</translation>
    </message>
    <message>
        <source>%1 is damaged and was left untouched (%2). Move it away to start a new cache.</source>
        <translation>%1 está dañada y no se ha tocado (%2). Muévela a otro sitio para empezar una caché nueva.</translation>
    </message>
</context>
<context>
    <name>bcs::Demo</name>
    <message>
        <source>finishing the demo data</source>
        <translation>terminando los datos de demostración</translation>
    </message>
    <message>
        <source>cannot create the demo data directory %1</source>
        <translation>no se puede crear el directorio de datos de demostración %1</translation>
    </message>
    <message>
        <source>cannot move the demo data to %1</source>
        <translation>no se pueden mover los datos de demostración a %1</translation>
    </message>
    <message>
        <source>building the demo data was cancelled</source>
        <translation>se canceló la creación de los datos de demostración</translation>
    </message>
    <message>
        <source>the demo player config is invalid: %1</source>
        <translation>la configuración de jugadores de la demostración no es válida: %1</translation>
    </message>
</context>
<context>
    <name>bcs::DemoPreparation</name>
    <message>
        <source>Building the demo data: a year of generated games…</source>
        <translation>Creando los datos de demostración: un año de partidos generados…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Ballchasing Stats — demo data</source>
        <translation>Ballchasing Stats — datos de demostración</translation>
    </message>
    <message>
        <source>bcstats: building the demo data in %1…</source>
        <translation>bcstats: creando los datos de demostración en %1…</translation>
    </message>
</context>
<context>
    <name>bcs::DotEnv</name>
    <message>
        <source>unterminated single quote</source>
        <translation>comilla simple sin cerrar</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote</source>
        <translation>texto inesperado tras la comilla de cierre</translation>
    </message>
    <message>
        <source>unterminated double quote</source>
        <translation>comilla doble sin cerrar</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>línea %1: </translation>
    </message>
    <message>
        <source>expected KEY=VALUE</source>
        <translation>se esperaba CLAVE=VALOR</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid variable name</source>
        <translation>&apos;%1&apos; no es un nombre de variable válido</translation>
    </message>
</context>
<context>
    <name>bcs::DotEnvKeyFile</name>
    <message>
        <source>cannot create the data folder %1</source>
        <translation>no se puede crear la carpeta de datos %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>bcs::ExportCommand</name>
    <message>
        <source>the %1 table is from your side, and no name is yours yet: say which names are yours on the Players page (or PUT /api/players/config)</source>
        <translation>la tabla %1 es desde tu lado, y aún no hay ningún nombre tuyo: indica qué nombres son tuyos en la página Jugadores (o PUT /api/players/config)</translation>
    </message>
    <message>
        <source>could not write the CSV to the standard output</source>
        <translation>no se pudo escribir el CSV en la salida estándar</translation>
    </message>
    <message>
        <source>bcstats: %1 rows written to %2</source>
        <translation>bcstats: %1 filas escritas en %2</translation>
    </message>
</context>
<context>
    <name>bcs::FilterBar</name>
    <message>
        <source>No ties</source>
        <translation>Sin empates</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Entre…</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Playlists</source>
        <translation>Modos</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Cualquier tamaño</translation>
    </message>
    <message>
        <source>%1v%1</source>
        <translation>%1v%1</translation>
    </message>
    <message>
        <source>Team size</source>
        <translation>Tamaño del equipo</translation>
    </message>
    <message>
        <source>Leave out games that ended in a tie (private matches)</source>
        <translation>Excluir los partidos que terminaron en empate (partidas privadas)</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Cualquier duración</translation>
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
        <translation>Duración mínima</translation>
    </message>
    <message>
        <source>Leave out games shorter than this (forfeits, early leavers)</source>
        <translation>Excluir los partidos más cortos que esto (rendiciones, abandonos)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Show every game again</source>
        <translation>Volver a mostrar todos los partidos</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Restablecer filtros</translation>
    </message>
    <message>
        <source>Games the filter keeps</source>
        <translation>Partidos que conserva el filtro</translation>
    </message>
    <message>
        <source>Any map</source>
        <translation>Cualquier mapa</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every playlist</source>
        <translation>Todos los modos</translation>
    </message>
    <message>
        <source>%1 playlists</source>
        <translation>%1 modos</translation>
    </message>
    <message>
        <source>Choose playlists</source>
        <translation>Elegir modos</translation>
    </message>
    <message>
        <source>%1 · %2 with details</source>
        <translation>%1 · %2 con detalles</translation>
    </message>
</context>
<context>
    <name>bcs::FilterState</name>
    <message>
        <source>all dates</source>
        <translation>todas las fechas</translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation>últimos 7 días</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>últimos 30 días</translation>
    </message>
    <message>
        <source>last 90 days</source>
        <translation>últimos 90 días</translation>
    </message>
    <message>
        <source>last 12 months</source>
        <translation>últimos 12 meses</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>%1v%1</source>
        <translation>%1v%1</translation>
    </message>
    <message>
        <source>no ties</source>
        <translation>sin empates</translation>
    </message>
    <message>
        <source>at least %1 min</source>
        <translation>al menos %1 min</translation>
    </message>
</context>
<context>
    <name>bcs::GameGroupsModel</name>
    <message>
        <source>Game</source>
        <translation>Partido</translation>
    </message>
    <message>
        <source>Score (mine first)</source>
        <translation>Marcador (el mío primero)</translation>
    </message>
    <message>
        <source> (OT)</source>
        <translation> (prór.)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>Teammates</source>
        <translation>Compañeros</translation>
    </message>
    <message>
        <source>Opponents</source>
        <translation>Rivales</translation>
    </message>
    <message>
        <source>%1: %2, mean per game</source>
        <translation>%1: %2, media por partido</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Expand a row to see its games</source>
        <translation>Despliega una fila para ver sus partidos</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Jugados</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganados</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>% de victorias</translation>
    </message>
    <message>
        <source>Games whose details are cached: the means are over these</source>
        <translation>Partidos cuyos detalles están en caché: las medias se calculan sobre ellos</translation>
    </message>
    <message>
        <source>With details</source>
        <translation>Con detalles</translation>
    </message>
    <message>
        <source>%1 ending %2; the means over the %3 with details</source>
        <translation>%1 terminados %2; las medias sobre los %3 con detalles</translation>
    </message>
    <message>
        <source>%1 won or lost by %2 goals</source>
        <translation>%1 ganados o perdidos por %2 goles</translation>
    </message>
</context>
<context>
    <name>bcs::LineupsModel</name>
    <message>
        <source>No named teammate</source>
        <translation>Sin compañeros nombrados</translation>
    </message>
    <message>
        <source>Named teammates with me</source>
        <translation>Compañeros nombrados conmigo</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Partidos</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganados</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>% de victorias</translation>
    </message>
</context>
<context>
    <name>bcs::LineupsTab</name>
    <message>
        <source>Win rate by lineup</source>
        <translation>% de victorias por alineación</translation>
    </message>
    <message>
        <source>Win rate by lineup, chart</source>
        <translation>% de victorias por alineación, gráfico</translation>
    </message>
    <message>
        <source>Named teammates with me</source>
        <translation>Compañeros nombrados conmigo</translation>
    </message>
    <message>
        <source>Win rate (%)</source>
        <translation>Victorias (%)</translation>
    </message>
    <message>
        <source>No games with me under these filters</source>
        <translation>No hay partidos conmigo con estos filtros</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>% de victorias</translation>
    </message>
    <message>
        <source>%1: %2 won of %3 (95 %: %4 – %5)</source>
        <translation>%1: %2 ganados de %3 (95 %: %4 – %5)</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
</context>
<context>
    <name>bcs::MainWindow</name>
    <message>
        <source>Ballchasing Stats — demo data</source>
        <translation>Ballchasing Stats — datos de demostración</translation>
    </message>
    <message>
        <source>Ballchasing Stats</source>
        <translation>Ballchasing Stats</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Players</source>
        <translation>Jugadores</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Replays</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Players •</source>
        <translation>Jugadores •</translation>
    </message>
    <message>
        <source>Unsaved role changes</source>
        <translation>Cambios de roles sin guardar</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Demo data: nothing is synced</source>
        <translation>Datos de demostración: no se sincroniza nada</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Abrir carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>&amp;Export table as CSV…</source>
        <translation>&amp;Exportar tabla como CSV…</translation>
    </message>
    <message>
        <source>&amp;Open replay on ballchasing.com</source>
        <translation>Abrir &amp;repetición en ballchasing.com</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Save role changes</source>
        <translation>&amp;Guardar cambios de roles</translation>
    </message>
    <message>
        <source>Re&amp;vert role changes</source>
        <translation>Re&amp;vertir cambios de roles</translation>
    </message>
    <message>
        <source>Reset &amp;filters</source>
        <translation>Restablecer &amp;filtros</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>Página de &amp;bienvenida</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Cancelar sincronización</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Get a ballchasing &amp;API key</source>
        <translation>Obtener una clave de &amp;API de ballchasing</translation>
    </message>
    <message>
        <source>&amp;About Ballchasing Stats</source>
        <translation>Acerca &amp;de Ballchasing Stats</translation>
    </message>
    <message>
        <source>About Ballchasing Stats</source>
        <translation>Acerca de Ballchasing Stats</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ballchasing Stats&lt;/b&gt; %1&lt;br&gt;Your Rocket League replays from ballchasing.com, on your computer.</source>
        <translation>&lt;b&gt;Ballchasing Stats&lt;/b&gt; %1&lt;br&gt;Tus repeticiones de Rocket League de ballchasing.com, en tu dispositivo.</translation>
    </message>
    <message>
        <source>You changed who is who on the Players page. Save the changes before quitting?</source>
        <translation>Has cambiado quién es quién en la página Jugadores. ¿Guardar los cambios antes de salir?</translation>
    </message>
    <message>
        <source>The other pages still count the saved roles. Save your changes now?</source>
        <translation>Las demás páginas siguen contando los roles guardados. ¿Guardar los cambios ahora?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>Quedarme aquí</translation>
    </message>
    <message>
        <source>Checking for new replays…</source>
        <translation>Buscando repeticiones nuevas…</translation>
    </message>
    <message>
        <source>1 new replay</source>
        <translation>1 repetición nueva</translation>
    </message>
    <message>
        <source>%1 new replays</source>
        <translation>%1 repeticiones nuevas</translation>
    </message>
    <message>
        <source>: %1 won, %2 lost</source>
        <translation>: %1 ganadas, %2 perdidas</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 details</source>
        <translation>Sincronizando: %1 de %2 detalles</translation>
    </message>
    <message>
        <source>Syncing: listing, %1 so far</source>
        <translation>Sincronizando: listado, %1 hasta ahora</translation>
    </message>
    <message>
        <source>Synced at %1: %2 fetched</source>
        <translation>Sincronizado a las %1: %2 descargadas</translation>
    </message>
    <message>
        <source>Last sync cancelled</source>
        <translation>Última sincronización cancelada</translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation>Última sincronización fallida</translation>
    </message>
</context>
<context>
    <name>bcs::PageFrame</name>
    <message>
        <source>There is nothing to show yet: sync your replays first.</source>
        <translation>Todavía no hay nada que mostrar: sincroniza primero tus repeticiones.</translation>
    </message>
    <message>
        <source>Sync your replays</source>
        <translation>Sincroniza tus repeticiones</translation>
    </message>
    <message>
        <source>Tell us which of the %1 names in your replays are yours.</source>
        <translation>Indica cuáles de los %1 nombres de tus repeticiones son tuyos.</translation>
    </message>
    <message>
        <source>Tell us which names are yours</source>
        <translation>Indica qué nombres son tuyos</translation>
    </message>
    <message>
        <source>%1 are ready for this page; its tables and charts are not in this build yet. The local API has the same answers meanwhile.</source>
        <translation>%1 están listos para esta página; sus tablas y gráficos aún no están en esta compilación. Mientras tanto, la API local da las mismas respuestas.</translation>
    </message>
</context>
<context>
    <name>bcs::PlayerConfig</name>
    <message>
        <source>%1 must be a list of names</source>
        <translation>%1 debe ser una lista de nombres</translation>
    </message>
    <message>
        <source>%1[%2] must be a name (a string), not %3</source>
        <translation>%1[%2] debe ser un nombre (una cadena), no %3</translation>
    </message>
    <message>
        <source>%1[%2] is an empty name</source>
        <translation>%1[%2] es un nombre vacío</translation>
    </message>
    <message>
        <source>%1[%2] is longer than 200 characters</source>
        <translation>%1[%2] tiene más de 200 caracteres</translation>
    </message>
    <message>
        <source>the config must be a JSON object like {&quot;me&quot;: [...], &quot;teammates&quot;: {...}}</source>
        <translation>la configuración debe ser un objeto JSON como {&quot;me&quot;: [...], &quot;teammates&quot;: {...}}</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; a config has only &apos;me&apos; and &apos;teammates&apos;</source>
        <translation>clave desconocida &apos;%1&apos;; una configuración solo tiene &apos;me&apos; y &apos;teammates&apos;</translation>
    </message>
    <message>
        <source>teammates must be an object: {&quot;alias&quot;: [&quot;name&quot;, ...]}</source>
        <translation>teammates debe ser un objeto: {&quot;alias&quot;: [&quot;name&quot;, ...]}</translation>
    </message>
    <message>
        <source>a teammate alias is empty</source>
        <translation>un alias de compañero está vacío</translation>
    </message>
    <message>
        <source>teammate alias &apos;%1&apos; is given twice</source>
        <translation>el alias de compañero &apos;%1&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in two roles: %2 and %3</source>
        <translation>&apos;%1&apos; está en dos roles: %2 y %3</translation>
    </message>
    <message>
        <source>teammate %1</source>
        <translation>compañero %1</translation>
    </message>
</context>
<context>
    <name>bcs::PlayersPage</name>
    <message>
        <source>Players</source>
        <translation>Jugadores</translation>
    </message>
    <message>
        <source>Every name in your replays, to drag into “Me”, your regular teammates, or leave as strangers.</source>
        <translation>Todos los nombres de tus repeticiones, para arrastrarlos a “Yo”, a tus compañeros habituales, o dejarlos como desconocidos.</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Sugerir</translation>
    </message>
    <message>
        <source>Propose who is who from your accounts: the account in most games is you, the ones often on your team your teammates. One step to undo.</source>
        <translation>Propone quién es quién a partir de tus cuentas: la cuenta con más partidos eres tú, y las que suelen estar en tu equipo, tus compañeros. Se deshace en un paso.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Back to the saved roles (one step to undo)</source>
        <translation>Volver a los roles guardados (se deshace en un paso)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the roles: every page then counts them (Ctrl+S)</source>
        <translation>Guardar los roles: así todas las páginas los cuentan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Filter names or account ids (Ctrl+F)</source>
        <translation>Filtrar nombres o ids de cuenta (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter players</source>
        <translation>Filtrar jugadores</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Por nombre</translation>
    </message>
    <message>
        <source>By account</source>
        <translation>Por cuenta</translation>
    </message>
    <message>
        <source>Group players</source>
        <translation>Agrupar jugadores</translation>
    </message>
    <message>
        <source>By account: one row per account with every name it used; what you assign then is the whole account, whatever name it plays under.</source>
        <translation>Por cuenta: una fila por cuenta con todos los nombres que usó; lo que asignes será la cuenta entera, juegue con el nombre que juegue.</translation>
    </message>
    <message>
        <source>Players seen</source>
        <translation>Jugadores vistos</translation>
    </message>
    <message>
        <source>Drag names from the table into a role, or select them and press Alt+1 for Me, Alt+2… for a teammate, Alt+0 to take them out.</source>
        <translation>Arrastra nombres de la tabla a un rol, o selecciónalos y pulsa Alt+1 para Yo, Alt+2… para un compañero, Alt+0 para quitarlos.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Add teammate</source>
        <translation>Añadir compañero</translation>
    </message>
    <message>
        <source>A new bucket for a regular teammate</source>
        <translation>Un grupo nuevo para un compañero habitual</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the teammate; their names become not assigned</source>
        <translation>Quitar el compañero; sus nombres quedan sin asignar</translation>
    </message>
    <message>
        <source>&amp;Assign selected names to</source>
        <translation>&amp;Asignar nombres seleccionados a</translation>
    </message>
    <message>
        <source>A new teammate…</source>
        <translation>Un compañero nuevo…</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Asignar a</translation>
    </message>
    <message>
        <source>Take out of the role</source>
        <translation>Quitar del rol</translation>
    </message>
    <message>
        <source>Could not read the players: %1</source>
        <translation>No se pudieron leer los jugadores: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not assigned (take out of every role)</source>
        <translation>Sin asignar (quitar de todos los roles)</translation>
    </message>
    <message>
        <source>New teammate %1</source>
        <translation>Compañero nuevo %1</translation>
    </message>
    <message>
        <source>Add teammate %1</source>
        <translation>Añadir compañero %1</translation>
    </message>
    <message>
        <source>Remove teammate %1</source>
        <translation>Quitar compañero %1</translation>
    </message>
    <message>
        <source>Nothing to suggest yet: no account has enough games. Sync more replays, or drag your names by hand.</source>
        <translation>Aún no hay nada que sugerir: ninguna cuenta tiene suficientes partidos. Sincroniza más repeticiones o arrastra tus nombres a mano.</translation>
    </message>
    <message>
        <source>The suggestion is what the buckets already hold.</source>
        <translation>La sugerencia coincide con lo que ya tienen los grupos.</translation>
    </message>
    <message>
        <source>Suggested roles</source>
        <translation>Roles sugeridos</translation>
    </message>
    <message>
        <source>Suggested roles applied: check them, then save. Undo (Ctrl+Z) takes them back.</source>
        <translation>Roles sugeridos aplicados: revísalos y guarda. Deshacer (Ctrl+Z) los retira.</translation>
    </message>
    <message>
        <source>Could not suggest roles: %1</source>
        <translation>No se pudieron sugerir roles: %1</translation>
    </message>
    <message>
        <source>The roles cannot be saved: no cache is open.</source>
        <translation>No se pueden guardar los roles: no hay ninguna caché abierta.</translation>
    </message>
    <message>
        <source>The roles cannot be saved: %1</source>
        <translation>No se pueden guardar los roles: %1</translation>
    </message>
    <message>
        <source>The roles were not saved: %1. Your changes are kept; try again.</source>
        <translation>No se guardaron los roles: %1. Tus cambios se conservan; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Roles saved: every page counts them now.</source>
        <translation>Roles guardados: ya cuentan en todas las páginas.</translation>
    </message>
</context>
<context>
    <name>bcs::PlayersTableModel</name>
    <message>
        <source>%1 (and %2)</source>
        <translation>%1 (y %2)</translation>
    </message>
    <message>
        <source>Names this account used: %1</source>
        <translation>Nombres que usó esta cuenta: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>Id de cuenta</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Partidos</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última vez</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Take %1 out of their roles</source>
        <translation>Quitar a %1 de sus roles</translation>
    </message>
</context>
<context>
    <name>bcs::QtChartsChart</name>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
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
        <translation>semana del %1</translation>
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
        <translation>%1 por semana, %2</translation>
    </message>
    <message>
        <source>%1 per day, %2</source>
        <translation>%1 por día, %2</translation>
    </message>
</context>
<context>
    <name>bcs::RankTab</name>
    <message>
        <source>&amp;Playlist:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>Ranked playlist</source>
        <translation>Modo competitivo</translation>
    </message>
    <message>
        <source>My rank over time</source>
        <translation>Mi rango a lo largo del tiempo</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Rank tier (1 Bronze I … 22 Supersonic Legend)</source>
        <translation>Rango (1 Bronce I … 22 Leyenda Supersónica)</translation>
    </message>
    <message>
        <source>No ranked games with a rank under these filters</source>
        <translation>No hay partidos competitivos con rango con estos filtros</translation>
    </message>
    <message>
        <source>My rank</source>
        <translation>Mi rango</translation>
    </message>
    <message>
        <source>Opponents&apos; mean</source>
        <translation>Media de los rivales</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Opponents&apos; mean tier %1 (of %2 with a rank)</source>
        <translation>Rango medio de los rivales %1 (de %2 con rango)</translation>
    </message>
</context>
<context>
    <name>bcs::RateLimitPanel</name>
    <message>
        <source>Tier:</source>
        <translation>Nivel:</translation>
    </message>
    <message>
        <source>Listings:</source>
        <translation>Listados:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Detalles:</translation>
    </message>
    <message>
        <source>%1 (automatic)</source>
        <translation>%1 (automático)</translation>
    </message>
    <message>
        <source>%1 of %2 free this second</source>
        <translation>%1 de %2 libres este segundo</translation>
    </message>
    <message>
        <source> · %1 of %2 used this hour</source>
        <translation> · %1 de %2 usadas esta hora</translation>
    </message>
    <message>
        <source>, next in %1</source>
        <translation>, siguiente en %1</translation>
    </message>
    <message>
        <source>, oldest leaves in %1</source>
        <translation>, la más antigua sale en %1</translation>
    </message>
    <message>
        <source> · no hourly limit</source>
        <translation> · sin límite por hora</translation>
    </message>
</context>
<context>
    <name>bcs::ReplayDetailPane</name>
    <message>
        <source>Select a replay to see who played in it and how.</source>
        <translation>Selecciona una repetición para ver quién jugó en ella y cómo.</translation>
    </message>
    <message>
        <source>Open on &amp;ballchasing.com</source>
        <translation>Abrir en &amp;ballchasing.com</translation>
    </message>
    <message>
        <source>Replay details</source>
        <translation>Detalles de la repetición</translation>
    </message>
    <message>
        <source>Replay title</source>
        <translation>Título de la repetición</translation>
    </message>
    <message>
        <source>Open on ballchasing.com</source>
        <translation>Abrir en ballchasing.com</translation>
    </message>
    <message>
        <source>Opens this replay&apos;s page on ballchasing.com in your browser</source>
        <translation>Abre la página de esta repetición en ballchasing.com en tu navegador</translation>
    </message>
    <message>
        <source>When and where it was played</source>
        <translation>Cuándo y dónde se jugó</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>Blue team colour</source>
        <translation>Color del equipo azul</translation>
    </message>
    <message>
        <source>Orange team colour</source>
        <translation>Color del equipo naranja</translation>
    </message>
    <message>
        <source>Players of the replay</source>
        <translation>Jugadores de la repetición</translation>
    </message>
    <message>
        <source>This replay could not be read: %1</source>
        <translation>No se pudo leer esta repetición: %1</translation>
    </message>
    <message>
        <source>Untitled replay</source>
        <translation>Repetición sin título</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>Blue %1 – %2 Orange</source>
        <translation>Azul %1 – %2 Naranja</translation>
    </message>
    <message>
        <source>You did not play</source>
        <translation>No jugaste</translation>
    </message>
    <message>
        <source>Win</source>
        <translation>Victoria</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Derrota</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Empate</translation>
    </message>
    <message>
        <source>%1 (you played orange)</source>
        <translation>%1 (jugaste en naranja)</translation>
    </message>
    <message>
        <source>%1 (you played blue)</source>
        <translation>%1 (jugaste en azul)</translation>
    </message>
    <message>
        <source>Only the listing of this replay is cached so far: its players and scores. The other stats arrive with its details at the next sync.</source>
        <translation>Por ahora solo está en caché el listado de esta repetición: sus jugadores y marcadores. Las demás estadísticas llegan con sus detalles en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>bcs::ReplayPlayersModel</name>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>Teammate</source>
        <translation>Compañero</translation>
    </message>
    <message>
        <source>Opponent</source>
        <translation>Rival</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Sin resolver</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Naranja</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>You did not play in this game, so no one has a role in it</source>
        <translation>No jugaste en este partido, así que nadie tiene un rol en él</translation>
    </message>
    <message>
        <source>On your team, under a name you have not given a role</source>
        <translation>En tu equipo, con un nombre al que no has dado un rol</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Jugador</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
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
        <translation>Victoria</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Derrota</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Empate</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs %2</translation>
    </message>
    <message>
        <source>Your team&apos;s goals first</source>
        <translation>Goles de tu equipo primero</translation>
    </message>
    <message>
        <source>Blue&apos;s goals first</source>
        <translation>Goles del azul primero</translation>
    </message>
    <message>
        <source>You did not play in this game</source>
        <translation>No jugaste en este partido</translation>
    </message>
    <message>
        <source>%1 in all, %2 of it overtime</source>
        <translation>%1 en total, %2 de prórroga</translation>
    </message>
    <message>
        <source>Your team: %1</source>
        <translation>Tu equipo: %1</translation>
    </message>
    <message>
        <source>Blue: %1</source>
        <translation>Azul: %1</translation>
    </message>
    <message>
        <source>Opponents: %1</source>
        <translation>Rivales: %1</translation>
    </message>
    <message>
        <source>Orange: %1</source>
        <translation>Naranja: %1</translation>
    </message>
    <message>
        <source>Not sortable</source>
        <translation>No ordenable</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Playlist</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Players</source>
        <translation>Jugadores</translation>
    </message>
    <message>
        <source>Replay ID</source>
        <translation>ID de repetición</translation>
    </message>
</context>
<context>
    <name>bcs::ReplaysPage</name>
    <message>
        <source>Replays</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Every game with its score, who played in which role, and each player&apos;s stats.</source>
        <translation>Cada partido con su marcador, quién jugó en qué rol y las estadísticas de cada jugador.</translation>
    </message>
    <message>
        <source>Filter by player, map or title (Ctrl+F)</source>
        <translation>Filtrar por jugador, mapa o título (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter replays</source>
        <translation>Filtrar repeticiones</translation>
    </message>
    <message>
        <source>Replays shown</source>
        <translation>Repeticiones mostradas</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Mostrar &amp;todo</translation>
    </message>
    <message>
        <source>Show all replays</source>
        <translation>Mostrar todas las repeticiones</translation>
    </message>
    <message>
        <source>23 hours ago</source>
        <translation>hace 23 horas</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Open on &amp;ballchasing.com</source>
        <translation>Abrir en &amp;ballchasing.com</translation>
    </message>
    <message>
        <source>The replays could not be read: %1. Try again in a moment.</source>
        <translation>No se pudieron leer las repeticiones: %1. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2 of them under the current filters</source>
        <translation>%1 — %2 de ellas con los filtros actuales</translation>
    </message>
    <message>
        <source>No replays</source>
        <translation>No hay repeticiones</translation>
    </message>
    <message>
        <source>No replay has “%1” in a player&apos;s name, its map, playlist or title.</source>
        <translation>Ninguna repetición tiene “%1” en el nombre de un jugador, su mapa, su modo o su título.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>None of these replays is under the current filters.</source>
        <translation>Ninguna de estas repeticiones cumple los filtros actuales.</translation>
    </message>
    <message>
        <source>No replay matches the filters.</source>
        <translation>Ninguna repetición cumple los filtros.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>%1 · loading…</source>
        <translation>%1 · cargando…</translation>
    </message>
</context>
<context>
    <name>bcs::ResponseClassifier</name>
    <message>
        <source>ballchasing.com did not answer in time</source>
        <translation>ballchasing.com no respondió a tiempo</translation>
    </message>
    <message>
        <source>cannot reach ballchasing.com: %1</source>
        <translation>no se puede conectar con ballchasing.com: %1</translation>
    </message>
    <message>
        <source>ballchasing.com rejected the API key; check it on https://ballchasing.com/upload and set it again</source>
        <translation>ballchasing.com rechazó la clave de API; revísala en https://ballchasing.com/upload y vuelve a introducirla</translation>
    </message>
    <message>
        <source>not found on ballchasing.com</source>
        <translation>no encontrado en ballchasing.com</translation>
    </message>
    <message>
        <source>ballchasing.com is rate limiting this key</source>
        <translation>ballchasing.com está limitando la frecuencia de esta clave</translation>
    </message>
    <message>
        <source>ballchasing.com failed with HTTP %1</source>
        <translation>ballchasing.com falló con HTTP %1</translation>
    </message>
    <message>
        <source>ballchasing.com refused the request with HTTP %1</source>
        <translation>ballchasing.com rechazó la petición con HTTP %1</translation>
    </message>
    <message>
        <source>the answer from ballchasing.com broke off: %1</source>
        <translation>la respuesta de ballchasing.com se cortó: %1</translation>
    </message>
    <message>
        <source>ballchasing.com sent an unreadable answer (%1 at byte %2)</source>
        <translation>ballchasing.com envió una respuesta ilegible (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>ballchasing.com sent JSON that is not an object</source>
        <translation>ballchasing.com envió un JSON que no es un objeto</translation>
    </message>
</context>
<context>
    <name>bcs::RoleBuckets</name>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Teammate %1</source>
        <translation>Compañero %1</translation>
    </message>
</context>
<context>
    <name>bcs::RoleEditor</name>
    <message>
        <source>Revert to the saved roles</source>
        <translation>Volver a los roles guardados</translation>
    </message>
</context>
<context>
    <name>bcs::ScreenshotRenderer</name>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
</context>
<context>
    <name>bcs::SettingsDialog</name>
    <message>
        <source>&amp;Remove key</source>
        <translation>&amp;Quitar clave</translation>
    </message>
    <message>
        <source>&amp;Serve the local API (for a browser or scripts)</source>
        <translation>&amp;Servir la API local (para un navegador o scripts)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>ballchasing.com</source>
        <translation>ballchasing.com</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>Automatic (what ballchasing reports)</source>
        <translation>Automático (lo que informa ballchasing)</translation>
    </message>
    <message>
        <source>Your patron tier decides how fast replays may be fetched</source>
        <translation>Tu nivel de patrocinador decide a qué velocidad se pueden descargar las repeticiones</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>Local API server</source>
        <translation>Servidor de la API local</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <source>none: only this computer may connect</source>
        <translation>ninguno: solo este dispositivo puede conectarse</translation>
    </message>
    <message>
        <source>Web pages allowed to call the API, comma-separated, e.g. http://localhost:*</source>
        <translation>Páginas web que pueden llamar a la API, separadas por comas, p. ej. http://localhost:*</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;CORS origins:</source>
        <translation>&amp;Orígenes CORS:</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>Esta app</translation>
    </message>
    <message>
        <source>Open the data folder in the file manager</source>
        <translation>Abrir la carpeta de datos en el gestor de archivos</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation>Definido por %1</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <source>Takes effect when the app starts next</source>
        <translation>Se aplica la próxima vez que se inicie la app</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>While the app is open, look for new replays this often and say what arrived</source>
        <translation>Mientras la app está abierta, buscar repeticiones nuevas con esta frecuencia y avisar de lo que llegó</translation>
    </message>
    <message>
        <source>Check for new replays &amp;every:</source>
        <translation>Buscar repeticiones nuevas ca&amp;da:</translation>
    </message>
    <message>
        <source>Demo data: the key and the tier are those of your real cache and are changed there.</source>
        <translation>Datos de demostración: la clave y el nivel son los de tu caché real y se cambian allí.</translation>
    </message>
    <message>
        <source>Paste your ballchasing API key</source>
        <translation>Pega tu clave de API de ballchasing</translation>
    </message>
    <message>
        <source>Paste a new key to change it</source>
        <translation>Pega una clave nueva para cambiarla</translation>
    </message>
    <message>
        <source>New ballchasing API key</source>
        <translation>Nueva clave de API de ballchasing</translation>
    </message>
    <message>
        <source>No key yet: get one at ballchasing.com/upload.</source>
        <translation>Aún no hay clave: consigue una en ballchasing.com/upload.</translation>
    </message>
    <message>
        <source>The key comes from %1; change it there.</source>
        <translation>La clave viene de %1; cámbiala allí.</translation>
    </message>
    <message>
        <source>The key in use comes from the %1.</source>
        <translation>La clave en uso viene del %1.</translation>
    </message>
    <message>
        <source>Set by %1 (%2); change it there</source>
        <translation>Definido por %1 (%2); cámbialo allí</translation>
    </message>
    <message>
        <source>No key: syncing is off until you add one.</source>
        <translation>Sin clave: la sincronización está desactivada hasta que añadas una.</translation>
    </message>
    <message>
        <source>The local API could not start: %1</source>
        <translation>No se pudo iniciar la API local: %1</translation>
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
        <translation>turbo</translation>
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
        <translation>en total</translation>
    </message>
    <message>
        <source>per game</source>
        <translation>por partido</translation>
    </message>
    <message>
        <source>s per game</source>
        <translation>s por partido</translation>
    </message>
    <message>
        <source>s in total</source>
        <translation>s en total</translation>
    </message>
    <message>
        <source>boost per game</source>
        <translation>turbo por partido</translation>
    </message>
    <message>
        <source>boost in total</source>
        <translation>turbo en total</translation>
    </message>
    <message>
        <source>uu per game</source>
        <translation>uu por partido</translation>
    </message>
    <message>
        <source>uu in total</source>
        <translation>uu en total</translation>
    </message>
</context>
<context>
    <name>bcs::StatImpactModel</name>
    <message>
        <source>How much of the goal difference in your games goes with %1: %2 of its spread (r²)</source>
        <translation>Cuánto de la diferencia de goles de tus partidos va con %1: %2 de su dispersión (r²)</translation>
    </message>
    <message>
        <source>Each 1 more of %1 goes with %2 goals of difference, on the least-squares line</source>
        <translation>Cada 1 más de %1 va con %2 goles de diferencia, según la recta de mínimos cuadrados</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Stat</source>
        <translation>Estadística</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Explains (r²)</source>
        <translation>Explica (r²)</translation>
    </message>
    <message>
        <source>Slope (goals per 1)</source>
        <translation>Pendiente (goles por 1)</translation>
    </message>
    <message>
        <source>My mean</source>
        <translation>Mi media</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Partidos</translation>
    </message>
</context>
<context>
    <name>bcs::Stats</name>
    <message>
        <source>Shots</source>
        <translation>Tiros</translation>
    </message>
    <message>
        <source>Shots on the other team&apos;s goal.</source>
        <translation>Tiros a la portería del otro equipo.</translation>
    </message>
    <message>
        <source>Shots against</source>
        <translation>Tiros en contra</translation>
    </message>
    <message>
        <source>Shots the other team took on the player&apos;s goal.</source>
        <translation>Tiros del otro equipo a la portería del jugador.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goles</translation>
    </message>
    <message>
        <source>Goals scored.</source>
        <translation>Goles marcados.</translation>
    </message>
    <message>
        <source>Goals against</source>
        <translation>Goles en contra</translation>
    </message>
    <message>
        <source>Goals the other team scored against the player&apos;s team.</source>
        <translation>Goles que el otro equipo marcó al equipo del jugador.</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Paradas</translation>
    </message>
    <message>
        <source>Shots on goal that the player kept out.</source>
        <translation>Tiros a portería que el jugador detuvo.</translation>
    </message>
    <message>
        <source>Assists</source>
        <translation>Asistencias</translation>
    </message>
    <message>
        <source>Passes that led straight to a teammate&apos;s goal.</source>
        <translation>Pases que llevaron directamente a un gol de un compañero.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>The in-game score, Rocket League&apos;s points for goals, saves, shots, touches and more.</source>
        <translation>La puntuación del partido, los puntos de Rocket League por goles, paradas, tiros, toques y más.</translation>
    </message>
    <message>
        <source>Shooting %</source>
        <translation>% de acierto</translation>
    </message>
    <message>
        <source>Goals per shot over all games, as a percentage.</source>
        <translation>Goles por tiro en todos los partidos, en porcentaje.</translation>
    </message>
    <message>
        <source>Boost used per minute</source>
        <translation>Turbo usado por minuto</translation>
    </message>
    <message>
        <source>Boost used per minute played; a style more than a skill.</source>
        <translation>Turbo usado por minuto jugado; más un estilo que una habilidad.</translation>
    </message>
    <message>
        <source>Boost collected per minute</source>
        <translation>Turbo recogido por minuto</translation>
    </message>
    <message>
        <source>Boost picked up per minute played.</source>
        <translation>Turbo recogido por minuto jugado.</translation>
    </message>
    <message>
        <source>Average boost</source>
        <translation>Turbo medio</translation>
    </message>
    <message>
        <source>The boost held on average, from 0 to 100.</source>
        <translation>El turbo que se tiene de media, de 0 a 100.</translation>
    </message>
    <message>
        <source>Boost collected</source>
        <translation>Turbo recogido</translation>
    </message>
    <message>
        <source>Boost picked up from every pad.</source>
        <translation>Turbo recogido de todos los pads.</translation>
    </message>
    <message>
        <source>Boost stolen</source>
        <translation>Turbo robado</translation>
    </message>
    <message>
        <source>Boost picked up from pads in the other team&apos;s half, denying it to them.</source>
        <translation>Turbo recogido de pads en la mitad del otro equipo, quitándoselo a ellos.</translation>
    </message>
    <message>
        <source>Collected from big pads</source>
        <translation>Recogido de pads grandes</translation>
    </message>
    <message>
        <source>Boost picked up from the six big pads (100 each).</source>
        <translation>Turbo recogido de los seis pads grandes (100 cada uno).</translation>
    </message>
    <message>
        <source>Stolen from big pads</source>
        <translation>Robado de pads grandes</translation>
    </message>
    <message>
        <source>Boost taken from the big pads in the other team&apos;s half.</source>
        <translation>Turbo tomado de los pads grandes de la mitad del otro equipo.</translation>
    </message>
    <message>
        <source>Collected from small pads</source>
        <translation>Recogido de pads pequeños</translation>
    </message>
    <message>
        <source>Boost picked up from the small pads (12 each).</source>
        <translation>Turbo recogido de los pads pequeños (12 cada uno).</translation>
    </message>
    <message>
        <source>Stolen from small pads</source>
        <translation>Robado de pads pequeños</translation>
    </message>
    <message>
        <source>Boost taken from the small pads in the other team&apos;s half.</source>
        <translation>Turbo tomado de los pads pequeños de la mitad del otro equipo.</translation>
    </message>
    <message>
        <source>Big pads collected</source>
        <translation>Pads grandes recogidos</translation>
    </message>
    <message>
        <source>How many big pads were picked up.</source>
        <translation>Cuántos pads grandes se recogieron.</translation>
    </message>
    <message>
        <source>Big pads stolen</source>
        <translation>Pads grandes robados</translation>
    </message>
    <message>
        <source>How many big pads in the other team&apos;s half were picked up.</source>
        <translation>Cuántos pads grandes de la mitad del otro equipo se recogieron.</translation>
    </message>
    <message>
        <source>Small pads collected</source>
        <translation>Pads pequeños recogidos</translation>
    </message>
    <message>
        <source>How many small pads were picked up.</source>
        <translation>Cuántos pads pequeños se recogieron.</translation>
    </message>
    <message>
        <source>Small pads stolen</source>
        <translation>Pads pequeños robados</translation>
    </message>
    <message>
        <source>How many small pads in the other team&apos;s half were picked up.</source>
        <translation>Cuántos pads pequeños de la mitad del otro equipo se recogieron.</translation>
    </message>
    <message>
        <source>Overfill</source>
        <translation>Exceso</translation>
    </message>
    <message>
        <source>Boost wasted by picking up a pad with more than the tank could take.</source>
        <translation>Turbo desperdiciado al recoger un pad con más de lo que cabía en el depósito.</translation>
    </message>
    <message>
        <source>Overfill stolen</source>
        <translation>Exceso robado</translation>
    </message>
    <message>
        <source>Boost wasted by overfilling from pads in the other team&apos;s half.</source>
        <translation>Turbo desperdiciado por exceso en pads de la mitad del otro equipo.</translation>
    </message>
    <message>
        <source>Used while supersonic</source>
        <translation>Usado en supersónico</translation>
    </message>
    <message>
        <source>Boost spent while already at top speed, where it adds nothing.</source>
        <translation>Turbo gastado ya a velocidad máxima, donde no aporta nada.</translation>
    </message>
    <message>
        <source>Time at zero boost</source>
        <translation>Tiempo sin turbo</translation>
    </message>
    <message>
        <source>Time spent with an empty tank.</source>
        <translation>Tiempo pasado con el depósito vacío.</translation>
    </message>
    <message>
        <source>% at zero boost</source>
        <translation>% sin turbo</translation>
    </message>
    <message>
        <source>Share of the game spent with an empty tank.</source>
        <translation>Parte del partido pasada con el depósito vacío.</translation>
    </message>
    <message>
        <source>Time at full boost</source>
        <translation>Tiempo con turbo lleno</translation>
    </message>
    <message>
        <source>Time spent with a full tank.</source>
        <translation>Tiempo pasado con el depósito lleno.</translation>
    </message>
    <message>
        <source>% at full boost</source>
        <translation>% con turbo lleno</translation>
    </message>
    <message>
        <source>Share of the game spent with a full tank.</source>
        <translation>Parte del partido pasada con el depósito lleno.</translation>
    </message>
    <message>
        <source>Time at 0-25 boost</source>
        <translation>Tiempo con 0-25 de turbo</translation>
    </message>
    <message>
        <source>Time spent holding 0 to 25 boost.</source>
        <translation>Tiempo pasado con 0 a 25 de turbo.</translation>
    </message>
    <message>
        <source>Time at 25-50 boost</source>
        <translation>Tiempo con 25-50 de turbo</translation>
    </message>
    <message>
        <source>Time spent holding 25 to 50 boost.</source>
        <translation>Tiempo pasado con 25 a 50 de turbo.</translation>
    </message>
    <message>
        <source>Time at 50-75 boost</source>
        <translation>Tiempo con 50-75 de turbo</translation>
    </message>
    <message>
        <source>Time spent holding 50 to 75 boost.</source>
        <translation>Tiempo pasado con 50 a 75 de turbo.</translation>
    </message>
    <message>
        <source>Time at 75-100 boost</source>
        <translation>Tiempo con 75-100 de turbo</translation>
    </message>
    <message>
        <source>Time spent holding 75 to 100 boost.</source>
        <translation>Tiempo pasado con 75 a 100 de turbo.</translation>
    </message>
    <message>
        <source>% at 0-25 boost</source>
        <translation>% con 0-25 de turbo</translation>
    </message>
    <message>
        <source>Share of the game spent holding 0 to 25 boost.</source>
        <translation>Parte del partido pasada con 0 a 25 de turbo.</translation>
    </message>
    <message>
        <source>% at 25-50 boost</source>
        <translation>% con 25-50 de turbo</translation>
    </message>
    <message>
        <source>Share of the game spent holding 25 to 50 boost.</source>
        <translation>Parte del partido pasada con 25 a 50 de turbo.</translation>
    </message>
    <message>
        <source>% at 50-75 boost</source>
        <translation>% con 50-75 de turbo</translation>
    </message>
    <message>
        <source>Share of the game spent holding 50 to 75 boost.</source>
        <translation>Parte del partido pasada con 50 a 75 de turbo.</translation>
    </message>
    <message>
        <source>% at 75-100 boost</source>
        <translation>% con 75-100 de turbo</translation>
    </message>
    <message>
        <source>Share of the game spent holding 75 to 100 boost.</source>
        <translation>Parte del partido pasada con 75 a 100 de turbo.</translation>
    </message>
    <message>
        <source>Average speed</source>
        <translation>Velocidad media</translation>
    </message>
    <message>
        <source>The car&apos;s average speed in unreal units per second.</source>
        <translation>La velocidad media del coche en unidades de Unreal por segundo.</translation>
    </message>
    <message>
        <source>Distance travelled</source>
        <translation>Distancia recorrida</translation>
    </message>
    <message>
        <source>How far the car travelled.</source>
        <translation>Cuánto recorrió el coche.</translation>
    </message>
    <message>
        <source>Time supersonic</source>
        <translation>Tiempo supersónico</translation>
    </message>
    <message>
        <source>Time spent at supersonic speed, the car&apos;s top speed.</source>
        <translation>Tiempo pasado a velocidad supersónica, la velocidad máxima del coche.</translation>
    </message>
    <message>
        <source>Time at boost speed</source>
        <translation>Tiempo a velocidad de turbo</translation>
    </message>
    <message>
        <source>Time spent at speeds only boost reaches, below supersonic.</source>
        <translation>Tiempo pasado a velocidades que solo alcanza el turbo, por debajo de supersónico.</translation>
    </message>
    <message>
        <source>Time at slow speed</source>
        <translation>Tiempo a velocidad lenta</translation>
    </message>
    <message>
        <source>Time spent at slow speed, below what the throttle alone gives.</source>
        <translation>Tiempo pasado a velocidad lenta, por debajo de lo que da el acelerador solo.</translation>
    </message>
    <message>
        <source>Time on the ground</source>
        <translation>Tiempo en el suelo</translation>
    </message>
    <message>
        <source>Time spent with the wheels on the ground.</source>
        <translation>Tiempo pasado con las ruedas en el suelo.</translation>
    </message>
    <message>
        <source>Time in low air</source>
        <translation>Tiempo en aire bajo</translation>
    </message>
    <message>
        <source>Time spent in the air below the crossbar.</source>
        <translation>Tiempo pasado en el aire por debajo del larguero.</translation>
    </message>
    <message>
        <source>Time in high air</source>
        <translation>Tiempo en aire alto</translation>
    </message>
    <message>
        <source>Time spent in the air above the crossbar.</source>
        <translation>Tiempo pasado en el aire por encima del larguero.</translation>
    </message>
    <message>
        <source>Time powersliding</source>
        <translation>Tiempo derrapando</translation>
    </message>
    <message>
        <source>Time spent holding powerslide.</source>
        <translation>Tiempo pasado manteniendo el derrape.</translation>
    </message>
    <message>
        <source>Powerslides</source>
        <translation>Derrapes</translation>
    </message>
    <message>
        <source>How many times powerslide was used.</source>
        <translation>Cuántas veces se usó el derrape.</translation>
    </message>
    <message>
        <source>Average powerslide</source>
        <translation>Derrape medio</translation>
    </message>
    <message>
        <source>How long a powerslide lasted on average.</source>
        <translation>Cuánto duró de media un derrape.</translation>
    </message>
    <message>
        <source>Average speed % of max</source>
        <translation>Velocidad media en % del máximo</translation>
    </message>
    <message>
        <source>Average speed as a share of the car&apos;s top speed.</source>
        <translation>Velocidad media como parte de la velocidad máxima del coche.</translation>
    </message>
    <message>
        <source>% slow speed</source>
        <translation>% a velocidad lenta</translation>
    </message>
    <message>
        <source>Share of the game spent at slow speed.</source>
        <translation>Parte del partido pasada a velocidad lenta.</translation>
    </message>
    <message>
        <source>% boost speed</source>
        <translation>% a velocidad de turbo</translation>
    </message>
    <message>
        <source>Share of the game spent at boost speed, below supersonic.</source>
        <translation>Parte del partido pasada a velocidad de turbo, por debajo de supersónico.</translation>
    </message>
    <message>
        <source>% supersonic</source>
        <translation>% supersónico</translation>
    </message>
    <message>
        <source>Share of the game spent at supersonic speed.</source>
        <translation>Parte del partido pasada a velocidad supersónica.</translation>
    </message>
    <message>
        <source>% on the ground</source>
        <translation>% en el suelo</translation>
    </message>
    <message>
        <source>Share of the game spent on the ground.</source>
        <translation>Parte del partido pasada en el suelo.</translation>
    </message>
    <message>
        <source>% in low air</source>
        <translation>% en aire bajo</translation>
    </message>
    <message>
        <source>Share of the game spent in the air below the crossbar.</source>
        <translation>Parte del partido pasada en el aire por debajo del larguero.</translation>
    </message>
    <message>
        <source>% in high air</source>
        <translation>% en aire alto</translation>
    </message>
    <message>
        <source>Share of the game spent in the air above the crossbar.</source>
        <translation>Parte del partido pasada en el aire por encima del larguero.</translation>
    </message>
    <message>
        <source>Average distance to ball</source>
        <translation>Distancia media al balón</translation>
    </message>
    <message>
        <source>How far from the ball the car was on average.</source>
        <translation>A qué distancia del balón estuvo el coche de media.</translation>
    </message>
    <message>
        <source>Distance to ball (possession)</source>
        <translation>Distancia al balón (con posesión)</translation>
    </message>
    <message>
        <source>Average distance to the ball while the player&apos;s team had it.</source>
        <translation>Distancia media al balón mientras el equipo del jugador lo tenía.</translation>
    </message>
    <message>
        <source>Distance to ball (no possession)</source>
        <translation>Distancia al balón (sin posesión)</translation>
    </message>
    <message>
        <source>Average distance to the ball while the other team had it.</source>
        <translation>Distancia media al balón mientras lo tenía el otro equipo.</translation>
    </message>
    <message>
        <source>Average distance to mates</source>
        <translation>Distancia media a compañeros</translation>
    </message>
    <message>
        <source>Average distance to the teammates, how spread the team played.</source>
        <translation>Distancia media a los compañeros, cuán separado jugó el equipo.</translation>
    </message>
    <message>
        <source>Time in defensive third</source>
        <translation>Tiempo en tercio defensivo</translation>
    </message>
    <message>
        <source>Time spent in the player&apos;s own third of the pitch.</source>
        <translation>Tiempo pasado en el tercio propio del campo.</translation>
    </message>
    <message>
        <source>Time in neutral third</source>
        <translation>Tiempo en tercio neutral</translation>
    </message>
    <message>
        <source>Time spent in the middle third of the pitch.</source>
        <translation>Tiempo pasado en el tercio central del campo.</translation>
    </message>
    <message>
        <source>Time in offensive third</source>
        <translation>Tiempo en tercio ofensivo</translation>
    </message>
    <message>
        <source>Time spent in the other team&apos;s third of the pitch.</source>
        <translation>Tiempo pasado en el tercio del otro equipo.</translation>
    </message>
    <message>
        <source>Time in defensive half</source>
        <translation>Tiempo en mitad defensiva</translation>
    </message>
    <message>
        <source>Time spent in the player&apos;s own half.</source>
        <translation>Tiempo pasado en la mitad propia del jugador.</translation>
    </message>
    <message>
        <source>Time in offensive half</source>
        <translation>Tiempo en mitad ofensiva</translation>
    </message>
    <message>
        <source>Time spent in the other team&apos;s half.</source>
        <translation>Tiempo pasado en la mitad del otro equipo.</translation>
    </message>
    <message>
        <source>Time behind the ball</source>
        <translation>Tiempo detrás del balón</translation>
    </message>
    <message>
        <source>Time spent between the ball and the player&apos;s own goal.</source>
        <translation>Tiempo pasado entre el balón y la portería propia.</translation>
    </message>
    <message>
        <source>Time in front of the ball</source>
        <translation>Tiempo delante del balón</translation>
    </message>
    <message>
        <source>Time spent between the ball and the other team&apos;s goal.</source>
        <translation>Tiempo pasado entre el balón y la portería del otro equipo.</translation>
    </message>
    <message>
        <source>Time most back</source>
        <translation>Tiempo como último</translation>
    </message>
    <message>
        <source>Time spent as the team&apos;s last player back.</source>
        <translation>Tiempo pasado como el jugador más retrasado del equipo.</translation>
    </message>
    <message>
        <source>Time most forward</source>
        <translation>Tiempo como más adelantado</translation>
    </message>
    <message>
        <source>Time spent as the team&apos;s player furthest forward.</source>
        <translation>Tiempo pasado como el jugador más adelantado del equipo.</translation>
    </message>
    <message>
        <source>Goals conceded as last defender</source>
        <translation>Goles recibidos como último</translation>
    </message>
    <message>
        <source>Goals conceded while the player was the last one back.</source>
        <translation>Goles recibidos mientras el jugador era el más retrasado.</translation>
    </message>
    <message>
        <source>Time closest to ball</source>
        <translation>Tiempo más cerca del balón</translation>
    </message>
    <message>
        <source>Time spent as the team&apos;s player closest to the ball.</source>
        <translation>Tiempo pasado como el jugador del equipo más cercano al balón.</translation>
    </message>
    <message>
        <source>Time farthest from ball</source>
        <translation>Tiempo más lejos del balón</translation>
    </message>
    <message>
        <source>Time spent as the team&apos;s player farthest from the ball.</source>
        <translation>Tiempo pasado como el jugador del equipo más lejano al balón.</translation>
    </message>
    <message>
        <source>% in defensive third</source>
        <translation>% en tercio defensivo</translation>
    </message>
    <message>
        <source>Share of the game spent in the player&apos;s own third.</source>
        <translation>Parte del partido pasada en el tercio propio.</translation>
    </message>
    <message>
        <source>% in offensive third</source>
        <translation>% en tercio ofensivo</translation>
    </message>
    <message>
        <source>Share of the game spent in the other team&apos;s third.</source>
        <translation>Parte del partido pasada en el tercio del otro equipo.</translation>
    </message>
    <message>
        <source>% in neutral third</source>
        <translation>% en tercio neutral</translation>
    </message>
    <message>
        <source>Share of the game spent in the middle third.</source>
        <translation>Parte del partido pasada en el tercio central.</translation>
    </message>
    <message>
        <source>% in defensive half</source>
        <translation>% en mitad defensiva</translation>
    </message>
    <message>
        <source>Share of the game spent in the player&apos;s own half.</source>
        <translation>Parte del partido pasada en la mitad propia.</translation>
    </message>
    <message>
        <source>% in offensive half</source>
        <translation>% en mitad ofensiva</translation>
    </message>
    <message>
        <source>Share of the game spent in the other team&apos;s half.</source>
        <translation>Parte del partido pasada en la mitad del otro equipo.</translation>
    </message>
    <message>
        <source>% behind the ball</source>
        <translation>% detrás del balón</translation>
    </message>
    <message>
        <source>Share of the game spent between the ball and the player&apos;s own goal.</source>
        <translation>Parte del partido pasada entre el balón y la portería propia.</translation>
    </message>
    <message>
        <source>% in front of the ball</source>
        <translation>% delante del balón</translation>
    </message>
    <message>
        <source>Share of the game spent between the ball and the other team&apos;s goal.</source>
        <translation>Parte del partido pasada entre el balón y la portería del otro equipo.</translation>
    </message>
    <message>
        <source>% most back</source>
        <translation>% como último</translation>
    </message>
    <message>
        <source>Share of the game spent as the team&apos;s last player back.</source>
        <translation>Parte del partido pasada como el jugador más retrasado del equipo.</translation>
    </message>
    <message>
        <source>% most forward</source>
        <translation>% como más adelantado</translation>
    </message>
    <message>
        <source>Share of the game spent as the team&apos;s player furthest forward.</source>
        <translation>Parte del partido pasada como el jugador más adelantado del equipo.</translation>
    </message>
    <message>
        <source>% closest to ball</source>
        <translation>% más cerca del balón</translation>
    </message>
    <message>
        <source>Share of the game spent as the team&apos;s player closest to the ball.</source>
        <translation>Parte del partido pasada como el jugador del equipo más cercano al balón.</translation>
    </message>
    <message>
        <source>% farthest from ball</source>
        <translation>% más lejos del balón</translation>
    </message>
    <message>
        <source>Share of the game spent as the team&apos;s player farthest from the ball.</source>
        <translation>Parte del partido pasada como el jugador del equipo más lejano al balón.</translation>
    </message>
    <message>
        <source>Demos inflicted</source>
        <translation>Demoliciones hechas</translation>
    </message>
    <message>
        <source>Opponents demolished.</source>
        <translation>Rivales demolidos.</translation>
    </message>
    <message>
        <source>Demos taken</source>
        <translation>Demoliciones sufridas</translation>
    </message>
    <message>
        <source>Times the player was demolished.</source>
        <translation>Veces que el jugador fue demolido.</translation>
    </message>
    <message>
        <source>aggregating stats</source>
        <translation>sumando estadísticas</translation>
    </message>
    <message>
        <source>listing replays</source>
        <translation>listando repeticiones</translation>
    </message>
    <message>
        <source>listing players</source>
        <translation>listando jugadores</translation>
    </message>
    <message>
        <source>analysing the cache</source>
        <translation>analizando la caché</translation>
    </message>
    <message>
        <source>suggesting a config</source>
        <translation>sugiriendo una configuración</translation>
    </message>
    <message>
        <source>summing stats per day</source>
        <translation>sumando estadísticas por día</translation>
    </message>
    <message>
        <source>listing the filter&apos;s choices</source>
        <translation>listando las opciones del filtro</translation>
    </message>
    <message>
        <source>counting games</source>
        <translation>contando partidos</translation>
    </message>
    <message>
        <source>reading the cache</source>
        <translation>leyendo la caché</translation>
    </message>
    <message>
        <source>summing the sides of my games</source>
        <translation>sumando los lados de mis partidos</translation>
    </message>
    <message>
        <source>saving player roles</source>
        <translation>guardando los roles de jugadores</translation>
    </message>
</context>
<context>
    <name>bcs::StatsCharts</name>
    <message>
        <source>week of %1</source>
        <translation>semana del %1</translation>
    </message>
    <message>
        <source>No games with details under this filter.</source>
        <translation>No hay partidos con detalles con este filtro.</translation>
    </message>
    <message>
        <source>%1: %2 over %3 — click for the replays</source>
        <translation>%1: %2 sobre %3 — haz clic para ver las repeticiones</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Partidos</translation>
    </message>
    <message>
        <source>No games under this filter.</source>
        <translation>No hay partidos con este filtro.</translation>
    </message>
    <message>
        <source>%1: %2, %3 with details, win rate %4</source>
        <translation>%1: %2, %3 con detalles, % de victorias %4</translation>
    </message>
    <message>
        <source>%1, %2: %3 over %4</source>
        <translation>%1, %2: %3 sobre %4</translation>
    </message>
</context>
<context>
    <name>bcs::StatsHeadline</name>
    <message>
        <source>few games</source>
        <translation>pocos partidos</translation>
    </message>
    <message>
        <source>My record</source>
        <translation>Mi balance</translation>
    </message>
    <message>
        <source>My win rate</source>
        <translation>Mi % de victorias</translation>
    </message>
    <message>
        <source>What the numbers cover</source>
        <translation>Qué abarcan los números</translation>
    </message>
    <message>
        <source>Few games</source>
        <translation>Pocos partidos</translation>
    </message>
    <message>
        <source>Fewer than %1 games: the win rate can still move a lot with each game. The ± interval says by how much.</source>
        <translation>Menos de %1 partidos: el % de victorias aún puede variar mucho con cada partido. El intervalo ± indica cuánto.</translation>
    </message>
    <message>
        <source>No games under this filter</source>
        <translation>No hay partidos con este filtro</translation>
    </message>
    <message>
        <source>%1 · %2 won · %3 lost · %4 tied</source>
        <translation>%1 · %2 ganados · %3 perdidos · %4 empatados</translation>
    </message>
    <message>
        <source>Win rate %1 ± %2</source>
        <translation>% de victorias %1 ± %2</translation>
    </message>
    <message>
        <source>95 % Wilson interval: %1 – %2. Over %3 the true win rate is most likely within this range.</source>
        <translation>Intervalo de Wilson al 95 %: %1 – %2. Sobre %3, el % de victorias real está muy probablemente en este rango.</translation>
    </message>
    <message>
        <source>Widen the filter to see results and stats.</source>
        <translation>Amplía el filtro para ver resultados y estadísticas.</translation>
    </message>
    <message>
        <source>Results and detailed stats over the %1 you played.</source>
        <translation>Resultados y estadísticas detalladas sobre los %1 que jugaste.</translation>
    </message>
    <message>
        <source>Results over the %1 you played; detailed stats over %2 — the details of the others have not arrived yet.</source>
        <translation>Resultados sobre los %1 que jugaste; estadísticas detalladas sobre %2: los detalles de los demás aún no han llegado.</translation>
    </message>
</context>
<context>
    <name>bcs::StatsPage</name>
    <message>
        <source>Stats</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Your stats, your teammates&apos; and your opponents&apos;, side by side, with charts over time.</source>
        <translation>Tus estadísticas, las de tus compañeros y las de tus rivales, lado a lado, con gráficos a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>&amp;Per game</source>
        <translation>&amp;Por partido</translation>
    </message>
    <message>
        <source>&amp;Totals</source>
        <translation>&amp;Totales</translation>
    </message>
    <message>
        <source>Show values per game</source>
        <translation>Mostrar valores por partido</translation>
    </message>
    <message>
        <source>Show totals</source>
        <translation>Mostrar totales</translation>
    </message>
    <message>
        <source>Every stat as a mean per game: fair between roles with different numbers of games.</source>
        <translation>Cada estadística como media por partido: justo entre roles con distinto número de partidos.</translation>
    </message>
    <message>
        <source>Counts and times summed over the games; rates and percentages stay means per game.</source>
        <translation>Cantidades y tiempos sumados sobre los partidos; las tasas y porcentajes siguen siendo medias por partido.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Updating the numbers</source>
        <translation>Actualizando los números</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Stats of every role side by side</source>
        <translation>Estadísticas de cada rol lado a lado</translation>
    </message>
    <message>
        <source>Sort as the catalogue</source>
        <translation>Ordenar como el catálogo</translation>
    </message>
    <message>
        <source>Chart of the selected stat by role</source>
        <translation>Gráfico de la estadística seleccionada por rol</translation>
    </message>
    <message>
        <source>The selected stat by role</source>
        <translation>La estadística seleccionada por rol</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Guardar el gráfico como imagen PNG</translation>
    </message>
    <message>
        <source>Save the chart by role as PNG</source>
        <translation>Guardar el gráfico por rol como PNG</translation>
    </message>
    <message>
        <source>Chart of the selected stat over time</source>
        <translation>Gráfico de la estadística seleccionada a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semanas</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <source>Period of the chart over time</source>
        <translation>Periodo del gráfico a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Roles in the chart over time</source>
        <translation>Roles en el gráfico a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Choose whose line the chart draws</source>
        <translation>Elige de quién es la línea que dibuja el gráfico</translation>
    </message>
    <message>
        <source>The selected stat over time</source>
        <translation>La estadística seleccionada a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Save the chart over time as PNG</source>
        <translation>Guardar el gráfico a lo largo del tiempo como PNG</translation>
    </message>
    <message>
        <source>The stats could not be read: %1. Try again after the sync, or restart the app.</source>
        <translation>No se pudieron leer las estadísticas: %1. Inténtalo de nuevo tras la sincronización o reinicia la app.</translation>
    </message>
    <message>
        <source>%1 by role</source>
        <translation>%1 por rol</translation>
    </message>
    <message>
        <source>No roles</source>
        <translation>Ningún rol</translation>
    </message>
    <message>
        <source>%1 roles</source>
        <translation>%1 roles</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 a lo largo del tiempo</translation>
    </message>
    <message>
        <source>%1: games with details</source>
        <translation>%1: partidos con detalles</translation>
    </message>
    <message>
        <source>%1: games</source>
        <translation>%1: partidos</translation>
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
        <translation>Copiado %1</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>A generated cache of its own; a real sync never writes into it</source>
        <translation>Una caché generada propia; una sincronización real nunca escribe en ella</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Sin clave de API</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clave: %1</translation>
    </message>
    <message>
        <source>The ballchasing API key comes from %1</source>
        <translation>La clave de API de ballchasing viene de %1</translation>
    </message>
    <message>
        <source>API off</source>
        <translation>API desactivada</translation>
    </message>
    <message>
        <source>The local API server is turned off in Settings</source>
        <translation>El servidor de la API local está desactivado en Configuración</translation>
    </message>
    <message>
        <source>API error</source>
        <translation>Error de la API</translation>
    </message>
    <message>
        <source>The local API server could not start: %1</source>
        <translation>No se pudo iniciar el servidor de la API local: %1</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>The local API for a browser or scripts; click to copy the address</source>
        <translation>La API local para un navegador o scripts; haz clic para copiar la dirección</translation>
    </message>
</context>
<context>
    <name>bcs::Storage</name>
    <message>
        <source>a stored replay detail is damaged (%1)</source>
        <translation>un detalle de repetición guardado está dañado (%1)</translation>
    </message>
    <message>
        <source>looking up cached replays</source>
        <translation>buscando repeticiones en caché</translation>
    </message>
    <message>
        <source>remembering listed replays</source>
        <translation>recordando las repeticiones listadas</translation>
    </message>
    <message>
        <source>storing replay %1</source>
        <translation>guardando la repetición %1</translation>
    </message>
    <message>
        <source>storing %1 replays</source>
        <translation>guardando %1 repeticiones</translation>
    </message>
    <message>
        <source>recording a failed fetch</source>
        <translation>registrando una descarga fallida</translation>
    </message>
    <message>
        <source>listing replays to fetch</source>
        <translation>listando las repeticiones por descargar</translation>
    </message>
    <message>
        <source>counting replays</source>
        <translation>contando repeticiones</translation>
    </message>
    <message>
        <source>reading replay %1</source>
        <translation>leyendo la repetición %1</translation>
    </message>
    <message>
        <source>listing replays</source>
        <translation>listando repeticiones</translation>
    </message>
    <message>
        <source>counting replays per day</source>
        <translation>contando repeticiones por día</translation>
    </message>
    <message>
        <source>reading the player config</source>
        <translation>leyendo la configuración de jugadores</translation>
    </message>
    <message>
        <source>the saved player config is damaged: %1</source>
        <translation>la configuración de jugadores guardada está dañada: %1</translation>
    </message>
    <message>
        <source>saving the player config</source>
        <translation>guardando la configuración de jugadores</translation>
    </message>
    <message>
        <source>reading players</source>
        <translation>leyendo jugadores</translation>
    </message>
    <message>
        <source>reading accounts</source>
        <translation>leyendo cuentas</translation>
    </message>
    <message>
        <source>saving player roles</source>
        <translation>guardando los roles de jugadores</translation>
    </message>
    <message>
        <source>saving request times</source>
        <translation>guardando los tiempos de petición</translation>
    </message>
    <message>
        <source>reading request times</source>
        <translation>leyendo los tiempos de petición</translation>
    </message>
    <message>
        <source>pruning request times</source>
        <translation>depurando los tiempos de petición</translation>
    </message>
    <message>
        <source>saving the map names</source>
        <translation>guardando los nombres de los mapas</translation>
    </message>
    <message>
        <source>reading the map names</source>
        <translation>leyendo los nombres de los mapas</translation>
    </message>
    <message>
        <source>writing settings of the cache</source>
        <translation>escribiendo la configuración de la caché</translation>
    </message>
    <message>
        <source>reading settings of the cache</source>
        <translation>leyendo la configuración de la caché</translation>
    </message>
    <message>
        <source>the disk is full while %1; free some space and sync again (nothing stored so far is lost)</source>
        <translation>el disco se llenó mientras se estaba %1; libera espacio y sincroniza de nuevo (no se pierde nada de lo guardado hasta ahora)</translation>
    </message>
    <message>
        <source>the cache is damaged (%1) while %2</source>
        <translation>la caché está dañada (%1) mientras se estaba %2</translation>
    </message>
    <message>
        <source>the cache cannot be written (%1) while %2; check that its folder is writable</source>
        <translation>no se puede escribir en la caché (%1) mientras se estaba %2; comprueba que su carpeta admita escritura</translation>
    </message>
    <message>
        <source>the cache is busy (%1) while %2</source>
        <translation>la caché está ocupada (%1) mientras se estaba %2</translation>
    </message>
    <message>
        <source>database error while %1: %2</source>
        <translation>error de la base de datos mientras se estaba %1: %2</translation>
    </message>
    <message>
        <source>starting the sync log</source>
        <translation>iniciando el registro de sincronizaciones</translation>
    </message>
    <message>
        <source>updating the sync log</source>
        <translation>actualizando el registro de sincronizaciones</translation>
    </message>
    <message>
        <source>reading the sync log</source>
        <translation>leyendo el registro de sincronizaciones</translation>
    </message>
    <message>
        <source>recording a completed listing</source>
        <translation>registrando un listado completado</translation>
    </message>
    <message>
        <source>recovering the sync log</source>
        <translation>recuperando el registro de sincronizaciones</translation>
    </message>
</context>
<context>
    <name>bcs::Sync</name>
    <message>
        <source>ballchasing answered with another replay (%1)</source>
        <translation>ballchasing respondió con otra repetición (%1)</translation>
    </message>
    <message>
        <source>ballchasing could not process this replay file</source>
        <translation>ballchasing no pudo procesar este archivo de repetición</translation>
    </message>
</context>
<context>
    <name>bcs::SyncCommand</name>
    <message>
        <source>%1: found %2 · fetched %3 of %8 due · skipped %4 · failed %5 · pending %6 · %7/s</source>
        <translation>%1: encontradas %2 · descargadas %3 de %8 pendientes · omitidas %4 · fallidas %5 · en espera %6 · %7/s</translation>
    </message>
    <message>
        <source> · ETA %1</source>
        <translation> · tiempo restante %1</translation>
    </message>
    <message>
        <source>bcstats: --%1 &apos;%2&apos; is not a date; use YYYY-MM-DD or RFC 3339 (2024-05-01T18:00:00+02:00)</source>
        <translation>bcstats: --%1 &apos;%2&apos; no es una fecha; usa AAAA-MM-DD o RFC 3339 (2024-05-01T18:00:00+02:00)</translation>
    </message>
    <message>
        <source>bcstats: --after is later than --before</source>
        <translation>bcstats: --after es posterior a --before</translation>
    </message>
    <message>
        <source>Already synced: sync #%1 (started %2) covers this range; use --force to sync it again.</source>
        <translation>Ya sincronizado: la sincronización n.º %1 (iniciada %2) cubre este intervalo; usa --force para sincronizarlo de nuevo.</translation>
    </message>
    <message>
        <source>bcstats: %1</source>
        <translation>bcstats: %1</translation>
    </message>
    <message>
        <source>Sync #%1 %2: %3 found, %4 fetched, %5 already cached, %6 failed, %7 pending, %8 requests.</source>
        <translation>Sincronización n.º %1 %2: %3 encontradas, %4 descargadas, %5 ya en caché, %6 fallidas, %7 en espera, %8 peticiones.</translation>
    </message>
    <message>
        <source>  not stored: %1 (%2)</source>
        <translation>  sin guardar: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>bcs::SyncFailuresModel</name>
    <message>
        <source>Replay</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>bcs::SyncHistoryModel</name>
    <message>
        <source>everything</source>
        <translation>todo</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Cancelled (listing complete)</source>
        <translation>Cancelada (listado completo)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fallida: %1</translation>
    </message>
    <message>
        <source>Listed replays whose details were already cached</source>
        <translation>Repeticiones listadas cuyos detalles ya estaban en caché</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontradas</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Descargadas</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>En caché</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Peticiones</translation>
    </message>
</context>
<context>
    <name>bcs::SyncManager</name>
    <message>
        <source>the sync service is not running</source>
        <translation>el servicio de sincronización no está en marcha</translation>
    </message>
</context>
<context>
    <name>bcs::SyncOverview</name>
    <message>
        <source>finding where the season began</source>
        <translation>buscando dónde empezó la temporada</translation>
    </message>
    <message>
        <source>counting player names</source>
        <translation>contando nombres de jugadores</translation>
    </message>
    <message>
        <source>reading what the sync brought</source>
        <translation>leyendo lo que trajo la sincronización</translation>
    </message>
    <message>
        <source>counting cached replays</source>
        <translation>contando repeticiones en caché</translation>
    </message>
</context>
<context>
    <name>bcs::SyncPage</name>
    <message>
        <source>Sync &amp;again where already synced</source>
        <translation>Sincronizar de &amp;nuevo lo ya sincronizado</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Lists the range again even where an earlier sync covered it, to pick up late uploads</source>
        <translation>Vuelve a listar el intervalo aunque una sincronización anterior ya lo cubriera, para recoger subidas tardías</translation>
    </message>
    <message>
        <source>Sync the range (F5)</source>
        <translation>Sincronizar el intervalo (F5)</translation>
    </message>
    <message>
        <source>Stop the running sync (Esc); the next one continues where it stopped</source>
        <translation>Detener la sincronización en curso (Esc); la siguiente continúa donde se detuvo</translation>
    </message>
    <message>
        <source>What to sync</source>
        <translation>Qué sincronizar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Límites de peticiones</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>ballchasing rejected the API key (%1). Check it in Settings.</source>
        <translation>ballchasing rechazó la clave de API (%1). Revísala en Configuración.</translation>
    </message>
    <message>
        <source>This is demo data: it is never synced</source>
        <translation>Estos son datos de demostración: nunca se sincronizan</translation>
    </message>
    <message>
        <source>Add your ballchasing API key in Settings first</source>
        <translation>Primero añade tu clave de API de ballchasing en Configuración</translation>
    </message>
    <message>
        <source>Checking what is already cached…</source>
        <translation>Comprobando qué hay ya en caché…</translation>
    </message>
    <message>
        <source>No sync is running.</source>
        <translation>No hay ninguna sincronización en curso.</translation>
    </message>
    <message>
        <source>Already synced: %1 — covered by the sync of %2. Tick “Sync again” to list the range once more for late uploads.</source>
        <translation>Ya sincronizado: %1, cubierto por la sincronización del %2. Marca “Sincronizar de nuevo” para volver a listar el intervalo por si hay subidas tardías.</translation>
    </message>
    <message>
        <source>A sync is already running; its progress is below.</source>
        <translation>Ya hay una sincronización en curso; su progreso está abajo.</translation>
    </message>
    <message>
        <source>The sync could not start: %1</source>
        <translation>No se pudo iniciar la sincronización: %1</translation>
    </message>
    <message>
        <source>Failures (%1)</source>
        <translation>Fallos (%1)</translation>
    </message>
    <message>
        <source>; %1 could not be stored (see Failures)</source>
        <translation>; %1 no se pudieron guardar (ver Fallos)</translation>
    </message>
    <message>
        <source>Sync completed: %1 fetched</source>
        <translation>Sincronización completada: %1 descargadas</translation>
    </message>
    <message>
        <source>Sync cancelled after %1 fetched. The next sync continues where this one stopped.</source>
        <translation>Sincronización cancelada tras %1 descargadas. La siguiente sincronización continúa donde se detuvo esta.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Falló la sincronización: %1</translation>
    </message>
    <message>
        <source>The cache could not be read: %1</source>
        <translation>No se pudo leer la caché: %1</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>%1 en caché</translation>
    </message>
    <message>
        <source> · %1 more listed, details to come</source>
        <translation> · %1 más listadas, detalles por llegar</translation>
    </message>
    <message>
        <source> · last sync %1</source>
        <translation> · última sincronización %1</translation>
    </message>
    <message>
        <source> · never synced</source>
        <translation> · nunca sincronizado</translation>
    </message>
    <message>
        <source>Replays</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Replays per day appear here after your first sync.</source>
        <translation>Las repeticiones por día aparecen aquí tras tu primera sincronización.</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>%1 already cached</source>
        <translation>%1 ya en caché</translation>
    </message>
    <message>
        <source>Demo data: nothing is synced</source>
        <translation>Datos de demostración: no se sincroniza nada</translation>
    </message>
    <message>
        <source>Add your API key to see how many replays ballchasing has</source>
        <translation>Añade tu clave de API para ver cuántas repeticiones tiene ballchasing</translation>
    </message>
    <message>
        <source>Asking ballchasing how many replays %1 are…</source>
        <translation>Preguntando a ballchasing cuántas son %1…</translation>
    </message>
    <message>
        <source>ballchasing has %1 of yours in this range</source>
        <translation>ballchasing tiene %1 tuyas en este intervalo</translation>
    </message>
    <message>
        <source>ballchasing could not say how many replays there are: %1</source>
        <translation>ballchasing no pudo decir cuántas repeticiones hay: %1</translation>
    </message>
</context>
<context>
    <name>bcs::SyncProgressPanel</name>
    <message>
        <source>No sync is running.</source>
        <translation>No hay ninguna sincronización en curso.</translation>
    </message>
    <message>
        <source>Checking what is already cached…</source>
        <translation>Comprobando qué hay ya en caché…</translation>
    </message>
    <message>
        <source>Listing your replays: %1 so far</source>
        <translation>Listando tus repeticiones: %1 hasta ahora</translation>
    </message>
    <message>
        <source>Listing complete: players and results are ready to look at. Fetching the details of each game…</source>
        <translation>Listado completo: los jugadores y resultados ya se pueden consultar. Descargando los detalles de cada partido…</translation>
    </message>
    <message>
        <source>%1 of %2 details</source>
        <translation>%1 de %2 detalles</translation>
    </message>
    <message>
        <source>%1 found · %2 fetched · %3 already cached · %4 failed · %5 pending</source>
        <translation>%1 encontradas · %2 descargadas · %3 ya en caché · %4 fallidas · %5 en espera</translation>
    </message>
    <message>
        <source>%1 details/s of the tier&apos;s %2/s</source>
        <translation>%1 detalles/s de los %2/s del nivel</translation>
    </message>
    <message>
        <source>%1 details/s</source>
        <translation>%1 detalles/s</translation>
    </message>
    <message>
        <source> · about %1 left (the hourly limit included)</source>
        <translation> · quedan unos %1 (incluido el límite por hora)</translation>
    </message>
    <message>
        <source>ballchasing asked us to slow down (%1)</source>
        <translation>ballchasing nos pidió ir más despacio (%1)</translation>
    </message>
</context>
<context>
    <name>bcs::SyncRangeEditor</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>This &amp;season</source>
        <translation>Esta &amp;temporada</translation>
    </message>
    <message>
        <source>Leave unticked to sync from your first replay</source>
        <translation>Déjalo sin marcar para sincronizar desde tu primera repetición</translation>
    </message>
    <message>
        <source>Leave unticked to sync up to now</source>
        <translation>Déjalo sin marcar para sincronizar hasta ahora</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Last &amp;7 days</source>
        <translation>Últimos &amp;7 días</translation>
    </message>
    <message>
        <source>Last &amp;30 days</source>
        <translation>Últimos &amp;30 días</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>T&amp;odo</translation>
    </message>
    <message>
        <source>Known after a first sync</source>
        <translation>Se sabe tras una primera sincronización</translation>
    </message>
    <message>
        <source>Since %1, the first game of the newest season you played</source>
        <translation>Desde el %1, el primer partido de la temporada más reciente que jugaste</translation>
    </message>
    <message>
        <source>all your replays</source>
        <translation>todas tus repeticiones</translation>
    </message>
    <message>
        <source>your replays since %1</source>
        <translation>tus repeticiones desde el %1</translation>
    </message>
    <message>
        <source>your replays until %1</source>
        <translation>tus repeticiones hasta el %1</translation>
    </message>
    <message>
        <source>your replays from %1 to %2</source>
        <translation>tus repeticiones del %1 al %2</translation>
    </message>
</context>
<context>
    <name>bcs::SyncWorker</name>
    <message>
        <source>the application was closed during the sync</source>
        <translation>la aplicación se cerró durante la sincronización</translation>
    </message>
    <message>
        <source>a sync is already running (id %1)</source>
        <translation>ya hay una sincronización en curso (id %1)</translation>
    </message>
    <message>
        <source>listing replays failed: %1</source>
        <translation>falló el listado de repeticiones: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>bcs::TableExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportar como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <source>The table was not exported: %1.</source>
        <translation>No se exportó la tabla: %1.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exportar como CSV…</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copiar filas</translation>
    </message>
</context>
<context>
    <name>bcs::TextFormat</name>
    <message>
        <source>1 replay</source>
        <translation>1 repetición</translation>
    </message>
    <message>
        <source>%1 replays</source>
        <translation>%1 repeticiones</translation>
    </message>
    <message>
        <source>1 game</source>
        <translation>1 partido</translation>
    </message>
    <message>
        <source>%1 games</source>
        <translation>%1 partidos</translation>
    </message>
    <message>
        <source>1 name</source>
        <translation>1 nombre</translation>
    </message>
    <message>
        <source>%1 names</source>
        <translation>%1 nombres</translation>
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
        <translation>%1 días %2 h</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>hace un minuto</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>hace %1 minutos</translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>hace una hora</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>hace %1 horas</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>hace %1 días</translation>
    </message>
</context>
<context>
    <name>bcs::WelcomePage</name>
    <message>
        <source>&amp;Test key</source>
        <translation>&amp;Probar clave</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>&amp;Guardar clave</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Probar la &amp;demo</translation>
    </message>
    <message>
        <source>Welcome to Ballchasing Stats</source>
        <translation>Te damos la bienvenida a Ballchasing Stats</translation>
    </message>
    <message>
        <source>Ballchasing Stats copies your Rocket League replays from ballchasing.com to this computer and shows how you, your regular teammates and your opponents play — per game, over time and in every playlist. Paste your ballchasing API key to start, or look around with demo data first.</source>
        <translation>Ballchasing Stats copia tus repeticiones de Rocket League de ballchasing.com a este dispositivo y muestra cómo juegan tú, tus compañeros habituales y tus rivales: por partido, a lo largo del tiempo y en cada modo. Pega tu clave de API de ballchasing para empezar, o echa antes un vistazo con los datos de demostración.</translation>
    </message>
    <message>
        <source>Paste your ballchasing API key</source>
        <translation>Pega tu clave de API de ballchasing</translation>
    </message>
    <message>
        <source>ballchasing API key</source>
        <translation>clave de API de ballchasing</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Mostrar la clave</translation>
    </message>
    <message>
        <source>Get your key at &lt;a href=&quot;%1&quot;&gt;ballchasing.com/upload&lt;/a&gt; (sign in with Steam, then “Create new key”). It is kept in your system&apos;s keychain.</source>
        <translation>Consigue tu clave en &lt;a href=&quot;%1&quot;&gt;ballchasing.com/upload&lt;/a&gt; (inicia sesión con Steam y luego “Create new key”). Se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>No key yet?</source>
        <translation>¿Aún no tienes clave?</translation>
    </message>
    <message>
        <source>Asking ballchasing…</source>
        <translation>Preguntando a ballchasing…</translation>
    </message>
    <message>
        <source>ballchasing rejected this key. Copy it again from ballchasing.com/upload; it may have been revoked.</source>
        <translation>ballchasing rechazó esta clave. Cópiala de nuevo de ballchasing.com/upload; puede que se haya revocado.</translation>
    </message>
    <message>
        <source>The key could not be tested: %1</source>
        <translation>No se pudo probar la clave: %1</translation>
    </message>
    <message>
        <source>The key works: account %1, %2 tier.</source>
        <translation>La clave funciona: cuenta %1, nivel %2.</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>normal</translation>
    </message>
</context>
<context>
    <name>bcs::WhatMattersTab</name>
    <message>
        <source>Goal difference</source>
        <translation>Diferencia de goles</translation>
    </message>
    <message>
        <source>No games with details under these filters</source>
        <translation>No hay partidos con detalles con estos filtros</translation>
    </message>
    <message>
        <source>My games</source>
        <translation>Mis partidos</translation>
    </message>
    <message>
        <source>Least squares (r² %1)</source>
        <translation>Mínimos cuadrados (r² %1)</translation>
    </message>
    <message>
        <source>Win rate (%)</source>
        <translation>Victorias (%)</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>% de victorias</translation>
    </message>
    <message>
        <source>%1 %2: %3 won of %4</source>
        <translation>%1 %2: %3 ganados de %4</translation>
    </message>
    <message>
        <source>Every stat against the goal difference of your games: the higher “explains”, the more your results move with it. Select a stat to see its games.</source>
        <translation>Cada estadística frente a la diferencia de goles de tus partidos: cuanto más alto “explica”, más se mueven tus resultados con ella. Selecciona una estadística para ver sus partidos.</translation>
    </message>
    <message>
        <source>Stats ranked by how they go with goal difference</source>
        <translation>Estadísticas ordenadas por cómo se relacionan con la diferencia de goles</translation>
    </message>
    <message>
        <source>The selected stat against goal difference</source>
        <translation>La estadística seleccionada frente a la diferencia de goles</translation>
    </message>
    <message>
        <source>Win rate by the selected stat</source>
        <translation>% de victorias por la estadística seleccionada</translation>
    </message>
</context>
<context>
    <name>bcs::WindowSession</name>
    <message>
        <source>The demo could not be started</source>
        <translation>No se pudo iniciar la demostración</translation>
    </message>
</context>
</TS>
