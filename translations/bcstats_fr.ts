<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>bcs::AnalysisPage</name>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>What wins games: results per scoreline, per lineup of teammates, and how each stat goes with winning.</source>
        <translation>Ce qui fait gagner&#xa0;: résultats par score, par composition de coéquipiers, et lien entre chaque stat et la victoire.</translation>
    </message>
    <message>
        <source>Score (mine first)</source>
        <translation>Score (le mien d&apos;abord)</translation>
    </message>
    <message>
        <source>Goal difference</source>
        <translation>Différence de buts</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Analyses</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>Per score</source>
        <translation>Par score</translation>
    </message>
    <message>
        <source>By goal difference</source>
        <translation>Par différence de buts</translation>
    </message>
    <message>
        <source>Per game</source>
        <translation>Par match</translation>
    </message>
    <message>
        <source>What matters</source>
        <translation>Ce qui compte</translation>
    </message>
    <message>
        <source>Lineups</source>
        <translation>Compositions</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Every stat ranked by how strongly it goes with goal difference in your games</source>
        <translation>Chaque stat classée selon son lien avec la différence de buts dans vos matchs</translation>
    </message>
    <message>
        <source>Show these replays</source>
        <translation>Afficher ces replays</translation>
    </message>
</context>
<context>
    <name>bcs::Api</name>
    <message>
        <source>the body must be the config, e.g. {&quot;me&quot;: [&quot;name&quot;], &quot;teammates&quot;: {}}</source>
        <translation>le corps doit être la config, p. ex. {&quot;me&quot;: [&quot;name&quot;], &quot;teammates&quot;: {}}</translation>
    </message>
    <message>
        <source>replay %1 is not in the cache; sync first</source>
        <translation>le replay %1 n&apos;est pas dans le cache&#xa0;; synchronisez d&apos;abord</translation>
    </message>
    <message>
        <source>Method Not Allowed: %1 %2 accepts GET</source>
        <translation>Method Not Allowed&#xa0;: %1 %2 accepte GET</translation>
    </message>
    <message>
        <source>Forbidden: %1 is outside the static directory</source>
        <translation>Forbidden&#xa0;: %1 est hors du répertoire statique</translation>
    </message>
    <message>
        <source>Not Found: %1</source>
        <translation>Not Found&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not Found: %1 (the API is under /api; set BCSTATS_STATIC_DIR to serve a frontend here)</source>
        <translation>Not Found&#xa0;: %1 (l&apos;API est sous /api&#xa0;; définissez BCSTATS_STATIC_DIR pour servir une interface web ici)</translation>
    </message>
    <message>
        <source>stat is required, e.g. stat=core.saves or stat=boost.bpm</source>
        <translation>stat est requis, p. ex. stat=core.saves ou stat=boost.bpm</translation>
    </message>
    <message>
        <source>stat: &apos;%1&apos; is not a stat; use group.key, e.g. core.saves, boost.bpm, movement.avg_speed</source>
        <translation>stat&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une stat&#xa0;; utilisez groupe.clé, p. ex. core.saves, boost.bpm, movement.avg_speed</translation>
    </message>
    <message>
        <source>stat is required; accepted: %1, or group.key of any stat, e.g. core.saves</source>
        <translation>stat est requis&#xa0;; acceptés&#xa0;: %1, ou groupe.clé de n&apos;importe quelle stat, p. ex. core.saves</translation>
    </message>
    <message>
        <source>stat: &apos;%1&apos; is not a stat; accepted: %2, or group.key of any stat, e.g. core.saves</source>
        <translation>stat&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une stat&#xa0;; acceptés&#xa0;: %2, ou groupe.clé de n&apos;importe quelle stat, p. ex. core.saves</translation>
    </message>
    <message>
        <source>role: &apos;%1&apos; is not a role; accepted: %2</source>
        <translation>role&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un rôle&#xa0;; acceptés&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;me&quot; is not configured: say which names are yours with PUT /api/players/config</source>
        <translation>«&#xa0;me&#xa0;» n&apos;est pas configuré&#xa0;: indiquez quels noms sont les vôtres avec PUT /api/players/config</translation>
    </message>
    <message>
        <source>replay-date-after is later than replay-date-before</source>
        <translation>replay-date-after est postérieur à replay-date-before</translation>
    </message>
    <message>
        <source>bucket: &apos;%1&apos; is not week or month</source>
        <translation>bucket&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni week ni month</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;; accepted: %2</source>
        <translation>champ inconnu «&#xa0;%1&#xa0;»&#xa0;; acceptés&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 must be a string date</source>
        <translation>%1 doit être une date sous forme de chaîne</translation>
    </message>
    <message>
        <source>No sync is running</source>
        <translation>Aucune synchronisation en cours</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Synchronisation annulée</translation>
    </message>
    <message>
        <source>A sync is already running (sync %1); wait for it or cancel it</source>
        <translation>Une synchronisation est déjà en cours (synchronisation %1)&#xa0;; attendez-la ou annulez-la</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date; use YYYY-MM-DD or RFC 3339, e.g. 2024-05-01T18:00:00+02:00</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date&#xa0;; utilisez AAAA-MM-JJ ou RFC 3339, p. ex. 2024-05-01T18:00:00+02:00</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number from %3 to %4</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre entier de %3 à %4</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not true or false</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>the body is not valid JSON: %1 at byte %2</source>
        <translation>le corps n&apos;est pas du JSON valide&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>the body must be a JSON object</source>
        <translation>le corps doit être un objet JSON</translation>
    </message>
    <message>
        <source>more than %1 bytes of blank lines before a request</source>
        <translation>plus de %1 octets de lignes vides avant une requête</translation>
    </message>
    <message>
        <source>the request line and headers are over %1 bytes</source>
        <translation>la ligne de requête et les en-têtes dépassent %1 octets</translation>
    </message>
    <message>
        <source>folded header lines are not accepted</source>
        <translation>les lignes d&apos;en-tête repliées ne sont pas acceptées</translation>
    </message>
    <message>
        <source>header line &apos;%1&apos; has no name and colon</source>
        <translation>la ligne d&apos;en-tête «&#xa0;%1&#xa0;» n&apos;a ni nom ni deux-points</translation>
    </message>
    <message>
        <source>Content-Length &apos;%1&apos; is not a byte count</source>
        <translation>Content-Length «&#xa0;%1&#xa0;» n&apos;est pas un nombre d&apos;octets</translation>
    </message>
    <message>
        <source>conflicting Content-Length headers</source>
        <translation>en-têtes Content-Length contradictoires</translation>
    </message>
    <message>
        <source>the request body is %1 bytes; the limit is %2</source>
        <translation>le corps de la requête fait %1 octets&#xa0;; la limite est %2</translation>
    </message>
    <message>
        <source>the chunked body&apos;s framing is over %1 bytes</source>
        <translation>le découpage du corps chunked dépasse %1 octets</translation>
    </message>
    <message>
        <source>a chunk-size line must end with CRLF</source>
        <translation>une ligne chunk-size doit se terminer par CRLF</translation>
    </message>
    <message>
        <source>chunk size &apos;%1&apos; is not hexadecimal</source>
        <translation>la taille de chunk «&#xa0;%1&#xa0;» n&apos;est pas hexadécimale</translation>
    </message>
    <message>
        <source>the chunked request body is over %1 bytes</source>
        <translation>le corps chunked de la requête dépasse %1 octets</translation>
    </message>
    <message>
        <source>chunked trailers are not accepted</source>
        <translation>les trailers chunked ne sont pas acceptés</translation>
    </message>
    <message>
        <source>a chunk must end with CRLF</source>
        <translation>un chunk doit se terminer par CRLF</translation>
    </message>
    <message>
        <source>Host &apos;%1&apos; is not this server (it answers to %2; add names with BCSTATS_ALLOWED_HOSTS)</source>
        <translation>Host «&#xa0;%1&#xa0;» n&apos;est pas ce serveur (il répond à %2&#xa0;; ajoutez des noms avec BCSTATS_ALLOWED_HOSTS)</translation>
    </message>
    <message>
        <source>origin &apos;%1&apos; is not allowed (BCSTATS_CORS_ORIGINS)</source>
        <translation>l&apos;origine «&#xa0;%1&#xa0;» n&apos;est pas autorisée (BCSTATS_CORS_ORIGINS)</translation>
    </message>
    <message>
        <source>%1 from origin &apos;%2&apos; refused: that origin is not allowed (BCSTATS_CORS_ORIGINS)</source>
        <translation>%1 depuis l&apos;origine «&#xa0;%2&#xa0;» refusé&#xa0;: cette origine n&apos;est pas autorisée (BCSTATS_CORS_ORIGINS)</translation>
    </message>
    <message>
        <source>cross-site %1 refused (Sec-Fetch-Site: cross-site)</source>
        <translation>%1 intersite refusé (Sec-Fetch-Site: cross-site)</translation>
    </message>
    <message>
        <source>request bodies must be JSON (Content-Type: application/json), not &apos;%1&apos;</source>
        <translation>les corps de requête doivent être en JSON (Content-Type: application/json), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>this server needs &apos;Authorization: Bearer &lt;token&gt;&apos; (BCSTATS_API_TOKEN)</source>
        <translation>ce serveur exige &apos;Authorization: Bearer &lt;token&gt;&apos; (BCSTATS_API_TOKEN)</translation>
    </message>
    <message>
        <source>wrong bearer token</source>
        <translation>jeton bearer incorrect</translation>
    </message>
</context>
<context>
    <name>bcs::ApiKeySaver</name>
    <message>
        <source>system keychain</source>
        <translation>trousseau du système</translation>
    </message>
    <message>
        <source>Saved in your system&apos;s keychain.</source>
        <translation>Enregistrée dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>The key could not be saved: %1; %2</source>
        <translation>La clé n&apos;a pas pu être enregistrée&#xa0;: %1&#xa0;; %2</translation>
    </message>
    <message>
        <source>.env file %1</source>
        <translation>fichier .env %1</translation>
    </message>
    <message>
        <source>This system has no keychain (%1), so the key is saved in %2, readable only by you.</source>
        <translation>Ce système n&apos;a pas de trousseau (%1), la clé est donc enregistrée dans %2, lisible par vous seul.</translation>
    </message>
    <message>
        <source>the key was removed</source>
        <translation>la clé a été supprimée</translation>
    </message>
    <message>
        <source>The key could not be removed: %1</source>
        <translation>La clé n&apos;a pas pu être supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The key was removed.</source>
        <translation>La clé a été supprimée.</translation>
    </message>
    <message>
        <source>The key was removed from %1; the keychain said: %2</source>
        <translation>La clé a été supprimée de %1&#xa0;; le trousseau a répondu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>bcs::ApiKeyStore</name>
    <message>
        <source>the system keychain is not available (%1); set BALLCHASING_API_KEY in the environment or in a .env file instead</source>
        <translation>le trousseau du système n&apos;est pas disponible (%1)&#xa0;; définissez plutôt BALLCHASING_API_KEY dans l&apos;environnement ou dans un fichier .env</translation>
    </message>
    <message>
        <source>the system keychain did not answer within %1 s; set BALLCHASING_API_KEY in the environment or in a .env file instead</source>
        <translation>le trousseau du système n&apos;a pas répondu en %1 s&#xa0;; définissez plutôt BALLCHASING_API_KEY dans l&apos;environnement ou dans un fichier .env</translation>
    </message>
    <message>
        <source>no ballchasing API key is set: enter it in the app (saved in the system keychain) or set BALLCHASING_API_KEY</source>
        <translation>aucune clé d&apos;API ballchasing n&apos;est définie&#xa0;: saisissez-la dans l&apos;application (enregistrée dans le trousseau du système) ou définissez BALLCHASING_API_KEY</translation>
    </message>
    <message>
        <source>the API key saved in the system keychain is empty</source>
        <translation>la clé d&apos;API enregistrée dans le trousseau du système est vide</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>trousseau du système</translation>
    </message>
    <message>
        <source>the system keychain did not answer in time; the key was not saved</source>
        <translation>le trousseau du système n&apos;a pas répondu à temps&#xa0;; la clé n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>the system keychain did not answer in time</source>
        <translation>le trousseau du système n&apos;a pas répondu à temps</translation>
    </message>
</context>
<context>
    <name>bcs::ApiServer</name>
    <message>
        <source>refusing to listen on %1 without BCSTATS_API_TOKEN: anyone on the network could read your stats and start syncs; set a token or use 127.0.0.1</source>
        <translation>écoute sur %1 refusée sans BCSTATS_API_TOKEN&#xa0;: n&apos;importe qui sur le réseau pourrait lire vos stats et lancer des synchronisations&#xa0;; définissez un jeton ou utilisez 127.0.0.1</translation>
    </message>
</context>
<context>
    <name>bcs::ApiServerWorker</name>
    <message>
        <source>&apos;%1&apos; is not an IP address to listen on</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP sur laquelle écouter</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>impossible d&apos;écouter sur %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Method Not Allowed: %1 %2 accepts %3</source>
        <translation>Method Not Allowed&#xa0;: %1 %2 accepte %3</translation>
    </message>
    <message>
        <source>Not Found: %1 %2 is not an API route; GET /api/openapi.json lists them</source>
        <translation>Not Found&#xa0;: %1 %2 n&apos;est pas une route de l&apos;API&#xa0;; GET /api/openapi.json les liste</translation>
    </message>
</context>
<context>
    <name>bcs::Application</name>
    <message>
        <source>bcstats: warning: %1</source>
        <translation>bcstats&#xa0;: avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>bcstats: %1</source>
        <translation>bcstats&#xa0;: %1</translation>
    </message>
    <message>
        <source>bcstats: the demo data is never synced</source>
        <translation>bcstats&#xa0;: les données de démo ne sont jamais synchronisées</translation>
    </message>
    <message>
        <source>demo data is never synced</source>
        <translation>les données de démo ne sont jamais synchronisées</translation>
    </message>
    <message>
        <source>bcstats: demo data in %1</source>
        <translation>bcstats&#xa0;: données de démo dans %1</translation>
    </message>
    <message>
        <source>bcstats: ballchasing API key from %1</source>
        <translation>bcstats&#xa0;: clé d&apos;API ballchasing provenant de %1</translation>
    </message>
    <message>
        <source>bcstats: no ballchasing API key: %1</source>
        <translation>bcstats&#xa0;: pas de clé d&apos;API ballchasing&#xa0;: %1</translation>
    </message>
    <message>
        <source>the demo data is never synced</source>
        <translation>les données de démo ne sont jamais synchronisées</translation>
    </message>
    <message>
        <source>bcstats: this build has no tables to export</source>
        <translation>bcstats&#xa0;: cette version n&apos;a aucun tableau à exporter</translation>
    </message>
    <message>
        <source>API listening on %1</source>
        <translation>API à l&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>bcstats: API listening on %1</source>
        <translation>bcstats&#xa0;: API à l&apos;écoute sur %1</translation>
    </message>
</context>
<context>
    <name>bcs::BallchasingClient</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no ballchasing API key is configured; set BALLCHASING_API_KEY or enter the key in the app</source>
        <translation>aucune clé d&apos;API ballchasing n&apos;est configurée&#xa0;; définissez BALLCHASING_API_KEY ou saisissez la clé dans l&apos;application</translation>
    </message>
</context>
<context>
    <name>bcs::Banner</name>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>bcs::BucketsModel</name>
    <message>
        <source>Take %1 out of their roles</source>
        <translation>Retirer %1 de ses rôles</translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation>Attribuer %1 à %2</translation>
    </message>
    <message>
        <source>%1 (whole account)</source>
        <translation>%1 (compte entier)</translation>
    </message>
    <message>
        <source>%1 — every name: %2</source>
        <translation>%1 — tous les noms&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 · %2 in the table</source>
        <translation>%1 · %2 dans le tableau</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The names and accounts that are you. Drop names here.</source>
        <translation>Les noms et comptes qui sont vous. Déposez des noms ici.</translation>
    </message>
    <message>
        <source>Drop names here to take them out of every role: they count as anonymous teammates or opponents.</source>
        <translation>Déposez des noms ici pour les retirer de tous les rôles&#xa0;: ils comptent comme coéquipiers ou adversaires anonymes.</translation>
    </message>
    <message>
        <source>A regular teammate: every name here counts as %1. Double-click or press F2 to rename.</source>
        <translation>Un coéquipier régulier&#xa0;: chaque nom ici compte comme %1. Double-cliquez ou appuyez sur F2 pour renommer.</translation>
    </message>
    <message>
        <source>This account, whatever name it plays under</source>
        <translation>Ce compte, quel que soit le nom sous lequel il joue</translation>
    </message>
    <message>
        <source>This name, on any account</source>
        <translation>Ce nom, sur n&apos;importe quel compte</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
</context>
<context>
    <name>bcs::Chart</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Enregistrer le graphique en PNG…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Graphique non enregistré</translation>
    </message>
    <message>
        <source>The chart was not saved: %1.</source>
        <translation>Le graphique n&apos;a pas été enregistré&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>bcs::CommandLine</name>
    <message>
        <source>%1 syncs your ballchasing.com replays into a local cache and shows your stats, your teammates&apos; and your opponents&apos;.
Configuration keys (see .env.example) can be set in the environment or a .env file; these options override them.</source>
        <translation>%1 synchronise vos replays ballchasing.com dans un cache local et affiche vos stats, celles de vos coéquipiers et de vos adversaires.
Les clés de configuration (voir .env.example) peuvent être définies dans l&apos;environnement ou un fichier .env&#xa0;; ces options les remplacent.</translation>
    </message>
    <message>
        <source>No window: run the API server until SIGINT/SIGTERM. Prints &quot;API listening on http://HOST:PORT&quot; when ready.</source>
        <translation>Sans fenêtre&#xa0;: fait tourner le serveur d&apos;API jusqu&apos;à SIGINT/SIGTERM. Affiche &quot;API listening on http://HOST:PORT&quot; une fois prêt.</translation>
    </message>
    <message>
        <source>Port of the embedded API (0 = any free port) [BCSTATS_API_PORT].</source>
        <translation>Port de l&apos;API intégrée (0 = n&apos;importe quel port libre) [BCSTATS_API_PORT].</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Address the embedded API listens on [BCSTATS_API_HOST].</source>
        <translation>Adresse sur laquelle écoute l&apos;API intégrée [BCSTATS_API_HOST].</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HÔTE</translation>
    </message>
    <message>
        <source>Directory holding cache.sqlite [BCSTATS_DATA_DIR].</source>
        <translation>Dossier contenant cache.sqlite [BCSTATS_DATA_DIR].</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Do not start the embedded API server.</source>
        <translation>Ne pas démarrer le serveur d&apos;API intégré.</translation>
    </message>
    <message>
        <source>Print the effective configuration and where each value came from, then exit.</source>
        <translation>Affiche la configuration effective et la provenance de chaque valeur, puis quitte.</translation>
    </message>
    <message>
        <source>Print a commented .env template with every configuration key, then exit.</source>
        <translation>Affiche un modèle .env commenté avec toutes les clés de configuration, puis quitte.</translation>
    </message>
    <message>
        <source>With `sync`: only games played on or after DATE (YYYY-MM-DD or RFC 3339).</source>
        <translation>Avec `sync`&#xa0;: seulement les matchs joués le DATE ou après (AAAA-MM-JJ ou RFC 3339).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>With `sync`: only games played on or before DATE (YYYY-MM-DD or RFC 3339).</source>
        <translation>Avec `sync`&#xa0;: seulement les matchs joués le DATE ou avant (AAAA-MM-JJ ou RFC 3339).</translation>
    </message>
    <message>
        <source>With `sync`: sync even if the range was synced before.</source>
        <translation>Avec `sync`&#xa0;: synchronise même si la période a déjà été synchronisée.</translation>
    </message>
    <message>
        <source>Open generated demo data (in &lt;data dir&gt;/demo, built on first use) instead of your cache; nothing is synced into it.</source>
        <translation>Ouvre des données de démo générées (dans &lt;data dir&gt;/demo, créées à la première utilisation) au lieu de votre cache&#xa0;; rien n&apos;y est synchronisé.</translation>
    </message>
    <message>
        <source>Render every page at 1280x800 into DIR/&lt;page&gt;.png, then exit.</source>
        <translation>Génère une capture de chaque page en 1280x800 dans DOSSIER/&lt;page&gt;.png, puis quitte.</translation>
    </message>
    <message>
        <source>Draw with the light or dark palette whatever the system&apos;s.</source>
        <translation>Dessine avec la palette claire ou sombre, quelle que soit celle du système.</translation>
    </message>
    <message>
        <source>light|dark</source>
        <translation>light|dark</translation>
    </message>
    <message>
        <source>Scale the window by F (e.g. 2).</source>
        <translation>Met la fenêtre à l&apos;échelle F (p. ex. 2).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>With `export`: games on or after DATE (YYYY-MM-DD or RFC 3339).</source>
        <translation>Avec `export`&#xa0;: matchs du DATE ou après (AAAA-MM-JJ ou RFC 3339).</translation>
    </message>
    <message>
        <source>With `export`: games on or before DATE (YYYY-MM-DD or RFC 3339).</source>
        <translation>Avec `export`&#xa0;: matchs du DATE ou avant (AAAA-MM-JJ ou RFC 3339).</translation>
    </message>
    <message>
        <source>With `export`: only this playlist (id or name); repeat for several.</source>
        <translation>Avec `export`&#xa0;: seulement cette playlist (id ou nom)&#xa0;; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>PLAYLIST</source>
        <translation>PLAYLIST</translation>
    </message>
    <message>
        <source>With `export`: only N-vs-N games (1-4).</source>
        <translation>Avec `export`&#xa0;: seulement les matchs N contre N (1-4).</translation>
    </message>
    <message>
        <source>With `export`: leave out tied games.</source>
        <translation>Avec `export`&#xa0;: exclut les matchs nuls.</translation>
    </message>
    <message>
        <source>With `export`: only games of at least SECONDS.</source>
        <translation>Avec `export`&#xa0;: seulement les matchs d&apos;au moins SECONDES.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>With `export`: only games on MAP (code or name).</source>
        <translation>Avec `export`&#xa0;: seulement les matchs sur CARTE (code ou nom).</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>CARTE</translation>
    </message>
    <message>
        <source>With `export`: write the CSV to FILE instead of stdout.</source>
        <translation>Avec `export`&#xa0;: écrit le CSV dans FICHIER au lieu de stdout.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>With `export stats|teammates|opponents`: totals, not means per game.</source>
        <translation>Avec `export stats|teammates|opponents`&#xa0;: totaux, pas moyennes par match.</translation>
    </message>
    <message>
        <source>Run one sync in the terminal with a progress line, then exit (0 on success).</source>
        <translation>Lance une synchronisation dans le terminal avec une ligne de progression, puis quitte (0 en cas de succès).</translation>
    </message>
    <message>
        <source>Write a table as CSV without opening a window: export %1 [filters] [--out FILE].</source>
        <translation>Écrit un tableau en CSV sans ouvrir de fenêtre&#xa0;: export %1 [filtres] [--out FICHIER].</translation>
    </message>
    <message>
        <source>bcstats: export what? bcstats export %1 [filters] [--out FILE]</source>
        <translation>bcstats&#xa0;: exporter quoi&#xa0;? bcstats export %1 [filtres] [--out FICHIER]</translation>
    </message>
    <message>
        <source>bcstats: --%1 goes with `bcstats export`</source>
        <translation>bcstats&#xa0;: --%1 va avec `bcstats export`</translation>
    </message>
    <message>
        <source>bcstats: unexpected argument &apos;%1&apos;; see bcstats --help</source>
        <translation>bcstats&#xa0;: argument inattendu «&#xa0;%1&#xa0;»&#xa0;; voir bcstats --help</translation>
    </message>
    <message>
        <source>bcstats: --after, --before and --force go with `bcstats sync`</source>
        <translation>bcstats&#xa0;: --after, --before et --force vont avec `bcstats sync`</translation>
    </message>
    <message>
        <source>bcstats: --palette is light or dark, not &apos;%1&apos;</source>
        <translation>bcstats&#xa0;: --palette vaut light ou dark, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>bcstats: --scale is a factor from 0.5 to 4, e.g. 2</source>
        <translation>bcstats&#xa0;: --scale est un facteur de 0.5 à 4, p. ex. 2</translation>
    </message>
    <message>
        <source>bcstats: --screenshots needs the window, not --headless</source>
        <translation>bcstats&#xa0;: --screenshots nécessite la fenêtre, pas --headless</translation>
    </message>
</context>
<context>
    <name>bcs::ComparisonModel</name>
    <message>
        <source>Core</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Boost</source>
        <translation>Boost</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Demolitions</source>
        <translation>Démolitions</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>Plus c&apos;est haut, mieux c&apos;est.</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>Plus c&apos;est bas, mieux c&apos;est.</translation>
    </message>
    <message>
        <source>Neither more nor less is better: a way of playing.</source>
        <translation>Ni plus ni moins n&apos;est mieux&#xa0;: c&apos;est une façon de jouer.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Randoms</source>
        <translation>Randoms</translation>
    </message>
    <message>
        <source>Opponents</source>
        <translation>Adversaires</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Matchs</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de victoire</translation>
    </message>
    <message>
        <source>Games with details</source>
        <translation>Matchs avec détails</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Every listed game the filter keeps, details cached or not; randoms and opponents count once per player.</source>
        <translation>Chaque match listé que le filtre garde, détails en cache ou non&#xa0;; randoms et adversaires comptent une fois par joueur.</translation>
    </message>
    <message>
        <source>Games won of every listed game. Higher is better.</source>
        <translation>Matchs gagnés sur tous les matchs listés. Plus c&apos;est haut, mieux c&apos;est.</translation>
    </message>
    <message>
        <source>The games whose details are cached: what every stat below is over.</source>
        <translation>Les matchs dont les détails sont en cache&#xa0;: la base de chaque stat ci-dessous.</translation>
    </message>
    <message>
        <source>A mean per game in both views.</source>
        <translation>Une moyenne par match dans les deux vues.</translation>
    </message>
    <message>
        <source>Shown per game; the totals view sums it.</source>
        <translation>Affiché par match&#xa0;; la vue des totaux en fait la somme.</translation>
    </message>
    <message>
        <source>Shown in total; the per-game view divides it.</source>
        <translation>Affiché en total&#xa0;; la vue par match le divise.</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1&#xa0;: %2 — %3</translation>
    </message>
    <message>
        <source>%1: no games with details under this filter</source>
        <translation>%1&#xa0;: aucun match avec détails pour ce filtre</translation>
    </message>
    <message>
        <source>%1 — %2: %3, a mean over %4</source>
        <translation>%1 — %2&#xa0;: %3, moyenne sur %4</translation>
    </message>
    <message>
        <source>%1 — %2: %3 per game over %4</source>
        <translation>%1 — %2&#xa0;: %3 par match sur %4</translation>
    </message>
    <message>
        <source>%1 — %2: %3 in total over %4</source>
        <translation>%1 — %2&#xa0;: %3 au total sur %4</translation>
    </message>
    <message>
        <source>Stat</source>
        <translation>Stat</translation>
    </message>
    <message>
        <source>%1: results over %2; detailed stats over %3</source>
        <translation>%1&#xa0;: résultats sur %2&#xa0;; stats détaillées sur %3</translation>
    </message>
    <message>
        <source>Randoms are the teammates you have not named in Players. Each counts once per game played, so two randoms in one game count as two, and every value is per player.</source>
        <translation>Les randoms sont les coéquipiers que vous n&apos;avez pas nommés dans Joueurs. Chacun compte une fois par match joué, donc deux randoms dans un match comptent pour deux, et chaque valeur est par joueur.</translation>
    </message>
    <message>
        <source>Each opponent counts once per game played, so the two opponents of a 2v2 game count as two, and every value is per player.</source>
        <translation>Chaque adversaire compte une fois par match joué, donc les deux adversaires d&apos;un match 2v2 comptent pour deux, et chaque valeur est par joueur.</translation>
    </message>
</context>
<context>
    <name>bcs::Config</name>
    <message>
        <source>environment</source>
        <translation>environnement</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %2 (line skipped)</source>
        <translation>%1 %2 (ligne ignorée)</translation>
    </message>
    <message>
        <source>.env file %1</source>
        <translation>fichier .env %1</translation>
    </message>
    <message>
        <source>saved settings</source>
        <translation>paramètres enregistrés</translation>
    </message>
    <message>
        <source>%1 in saved settings (%2) is ignored: secrets are never read from settings; remove it and use the keychain, the environment or a .env file</source>
        <translation>%1 dans les paramètres enregistrés (%2) est ignoré&#xa0;: les secrets ne sont jamais lus depuis les paramètres&#xa0;; supprimez-le et utilisez le trousseau, l&apos;environnement ou un fichier .env</translation>
    </message>
    <message>
        <source>&lt;hidden&gt;</source>
        <translation>&lt;masqué&gt;</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; %3 (from %4)</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» %3 (depuis %4)</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>%1 and %2 differ in %3; using %1</source>
        <translation>%1 et %2 diffèrent pour %3&#xa0;; %1 est utilisé</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>variable d&apos;environnement %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>trousseau du système</translation>
    </message>
    <message>
        <source>is not a tier; accepted: auto, %1</source>
        <translation>n&apos;est pas un niveau&#xa0;; acceptés&#xa0;: auto, %1</translation>
    </message>
    <message>
        <source>is not a URL; accepted: http(s)://host[:port]/path, e.g. https://ballchasing.com/api</source>
        <translation>n&apos;est pas une URL&#xa0;; accepté&#xa0;: http(s)://hôte[:port]/chemin, p. ex. https://ballchasing.com/api</translation>
    </message>
    <message>
        <source>%1: %2 (from %3)</source>
        <translation>%1&#xa0;: %2 (depuis %3)</translation>
    </message>
    <message>
        <source>is not a list of sources; accepted: uploader, uploader,accounts</source>
        <translation>n&apos;est pas une liste de sources&#xa0;; acceptés&#xa0;: uploader, uploader,accounts</translation>
    </message>
    <message>
        <source>is not an IP address or host name; accepted e.g. 127.0.0.1, ::1, localhost</source>
        <translation>n&apos;est pas une adresse IP ni un nom d&apos;hôte&#xa0;; acceptés p. ex. 127.0.0.1,&#xa0;::1, localhost</translation>
    </message>
    <message>
        <source>is not a port; accepted: 0-65535 (0 = any free port)</source>
        <translation>n&apos;est pas un port&#xa0;; acceptés&#xa0;: 0-65535 (0 = n&apos;importe quel port libre)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an origin; accepted: scheme://host[:port|:*] or * (from %3)</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une origine&#xa0;; accepté&#xa0;: schéma://hôte[:port|:*] ou * (depuis %3)</translation>
    </message>
    <message>
        <source>is not an existing directory</source>
        <translation>n&apos;est pas un dossier existant</translation>
    </message>
    <message>
        <source>must list host names or addresses, without scheme, path or wildcard</source>
        <translation>doit lister des noms d&apos;hôte ou des adresses, sans schéma, chemin ni joker</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>from tier</source>
        <translation>selon le niveau</translation>
    </message>
    <message>
        <source>bundled page</source>
        <translation>page intégrée</translation>
    </message>
</context>
<context>
    <name>bcs::Database</name>
    <message>
        <source>opening the cache</source>
        <translation>l&apos;ouverture du cache</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>l&apos;ouverture de %1</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>impossible de créer le dossier de données %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database (damaged, or another file); it was left untouched. Move it away to start a new cache, or choose another --data-dir.</source>
        <translation>%1 n&apos;est pas une base SQLite (endommagée, ou autre fichier)&#xa0;; il n&apos;a pas été modifié. Déplacez-le pour démarrer un nouveau cache, ou choisissez un autre --data-dir.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); it was left untouched. Move it away to start a new cache.</source>
        <translation>%1 ne peut pas être lu (%2)&#xa0;; il n&apos;a pas été modifié. Déplacez-le pour démarrer un nouveau cache.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Ballchasing Stats (cache version %2; this version reads up to %3). It was left untouched: update Ballchasing Stats, or use another --data-dir.</source>
        <translation>%1 a été écrit par une version plus récente de Ballchasing Stats (version de cache %2&#xa0;; cette version lit jusqu&apos;à %3). Il n&apos;a pas été modifié&#xa0;: mettez à jour Ballchasing Stats, ou utilisez un autre --data-dir.</translation>
    </message>
    <message>
        <source>this build&apos;s stat catalogue names columns that no cache migration creates (%1); the cache was not changed beyond its migrations.</source>
        <translation>le catalogue de stats de cette version nomme des colonnes qu&apos;aucune migration du cache ne crée (%1)&#xa0;; le cache n&apos;a pas été modifié au-delà de ses migrations.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it was left untouched. Move it away to start a new cache.</source>
        <translation>%1 est endommagé (%2)&#xa0;; il n&apos;a pas été modifié. Déplacez-le pour démarrer un nouveau cache.</translation>
    </message>
    <message>
        <source>%1 is damaged and was left untouched (%2). Move it away to start a new cache.</source>
        <translation>%1 est endommagé et n&apos;a pas été modifié (%2). Déplacez-le pour démarrer un nouveau cache.</translation>
    </message>
</context>
<context>
    <name>bcs::Demo</name>
    <message>
        <source>finishing the demo data</source>
        <translation>la finalisation des données de démo</translation>
    </message>
    <message>
        <source>cannot create the demo data directory %1</source>
        <translation>impossible de créer le dossier des données de démo %1</translation>
    </message>
    <message>
        <source>cannot move the demo data to %1</source>
        <translation>impossible de déplacer les données de démo vers %1</translation>
    </message>
    <message>
        <source>building the demo data was cancelled</source>
        <translation>la création des données de démo a été annulée</translation>
    </message>
    <message>
        <source>the demo player config is invalid: %1</source>
        <translation>la config des joueurs de la démo est invalide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>bcs::DemoPreparation</name>
    <message>
        <source>Building the demo data: a year of generated games…</source>
        <translation>Création des données de démo&#xa0;: une année de matchs générés…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Ballchasing Stats — demo data</source>
        <translation>Ballchasing Stats — données de démo</translation>
    </message>
    <message>
        <source>bcstats: building the demo data in %1…</source>
        <translation>bcstats&#xa0;: création des données de démo dans %1…</translation>
    </message>
</context>
<context>
    <name>bcs::DotEnv</name>
    <message>
        <source>unterminated single quote</source>
        <translation>apostrophe simple non fermée</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote</source>
        <translation>texte inattendu après le guillemet fermant</translation>
    </message>
    <message>
        <source>unterminated double quote</source>
        <translation>guillemet double non fermé</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>ligne %1&#xa0;: </translation>
    </message>
    <message>
        <source>expected KEY=VALUE</source>
        <translation>KEY=VALUE attendu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid variable name</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de variable valide</translation>
    </message>
</context>
<context>
    <name>bcs::DotEnvKeyFile</name>
    <message>
        <source>cannot create the data folder %1</source>
        <translation>impossible de créer le dossier de données %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>bcs::ExportCommand</name>
    <message>
        <source>the %1 table is from your side, and no name is yours yet: say which names are yours on the Players page (or PUT /api/players/config)</source>
        <translation>le tableau %1 est de votre point de vue, et aucun nom n&apos;est encore le vôtre&#xa0;: indiquez vos noms sur la page Joueurs (ou PUT /api/players/config)</translation>
    </message>
    <message>
        <source>could not write the CSV to the standard output</source>
        <translation>impossible d&apos;écrire le CSV sur la sortie standard</translation>
    </message>
    <message>
        <source>bcstats: %1 rows written to %2</source>
        <translation>bcstats&#xa0;: %1 lignes écrites dans %2</translation>
    </message>
</context>
<context>
    <name>bcs::FilterBar</name>
    <message>
        <source>No ties</source>
        <translation>Sans nuls</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Entre…</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Playlists</source>
        <translation>Playlists</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Toute taille</translation>
    </message>
    <message>
        <source>%1v%1</source>
        <translation>%1v%1</translation>
    </message>
    <message>
        <source>Team size</source>
        <translation>Taille d&apos;équipe</translation>
    </message>
    <message>
        <source>Leave out games that ended in a tie (private matches)</source>
        <translation>Exclure les matchs nuls (matchs privés)</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Toute durée</translation>
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
        <translation>Durée minimale</translation>
    </message>
    <message>
        <source>Leave out games shorter than this (forfeits, early leavers)</source>
        <translation>Exclure les matchs plus courts (forfaits, départs anticipés)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Show every game again</source>
        <translation>Afficher à nouveau tous les matchs</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Réinitialiser les filtres</translation>
    </message>
    <message>
        <source>Games the filter keeps</source>
        <translation>Matchs gardés par le filtre</translation>
    </message>
    <message>
        <source>Any map</source>
        <translation>Toutes les cartes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every playlist</source>
        <translation>Toutes les playlists</translation>
    </message>
    <message>
        <source>%1 playlists</source>
        <translation>%1 playlists</translation>
    </message>
    <message>
        <source>Choose playlists</source>
        <translation>Choisir les playlists</translation>
    </message>
    <message>
        <source>%1 · %2 with details</source>
        <translation>%1 · %2 avec détails</translation>
    </message>
</context>
<context>
    <name>bcs::FilterState</name>
    <message>
        <source>all dates</source>
        <translation>toutes les dates</translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>%1v%1</source>
        <translation>%1v%1</translation>
    </message>
    <message>
        <source>no ties</source>
        <translation>sans nuls</translation>
    </message>
    <message>
        <source>at least %1 min</source>
        <translation>au moins %1 min</translation>
    </message>
</context>
<context>
    <name>bcs::GameGroupsModel</name>
    <message>
        <source>Game</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Score (mine first)</source>
        <translation>Score (le mien d&apos;abord)</translation>
    </message>
    <message>
        <source> (OT)</source>
        <translation> (prol.)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Teammates</source>
        <translation>Coéquipiers</translation>
    </message>
    <message>
        <source>Opponents</source>
        <translation>Adversaires</translation>
    </message>
    <message>
        <source>%1: %2, mean per game</source>
        <translation>%1&#xa0;: %2, moyenne par match</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Expand a row to see its games</source>
        <translation>Dépliez une ligne pour voir ses matchs</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Joués</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnés</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdus</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de victoire</translation>
    </message>
    <message>
        <source>Games whose details are cached: the means are over these</source>
        <translation>Matchs dont les détails sont en cache&#xa0;: les moyennes portent sur eux</translation>
    </message>
    <message>
        <source>With details</source>
        <translation>Avec détails</translation>
    </message>
    <message>
        <source>%1 ending %2; the means over the %3 with details</source>
        <translation>%1 terminés sur %2&#xa0;; moyennes sur les %3 avec détails</translation>
    </message>
    <message>
        <source>%1 won or lost by %2 goals</source>
        <translation>%1 gagnés ou perdus de %2 buts</translation>
    </message>
</context>
<context>
    <name>bcs::LineupsModel</name>
    <message>
        <source>No named teammate</source>
        <translation>Aucun coéquipier nommé</translation>
    </message>
    <message>
        <source>Named teammates with me</source>
        <translation>Coéquipiers nommés avec moi</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Matchs</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnés</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdus</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de victoire</translation>
    </message>
</context>
<context>
    <name>bcs::LineupsTab</name>
    <message>
        <source>Win rate by lineup</source>
        <translation>Taux de victoire par composition</translation>
    </message>
    <message>
        <source>Win rate by lineup, chart</source>
        <translation>Taux de victoire par composition, graphique</translation>
    </message>
    <message>
        <source>Named teammates with me</source>
        <translation>Coéquipiers nommés avec moi</translation>
    </message>
    <message>
        <source>Win rate (%)</source>
        <translation>Taux de victoire (%)</translation>
    </message>
    <message>
        <source>No games with me under these filters</source>
        <translation>Aucun match avec moi pour ces filtres</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de victoire</translation>
    </message>
    <message>
        <source>%1: %2 won of %3 (95 %: %4 – %5)</source>
        <translation>%1&#xa0;: %2 gagnés sur %3 (95 %&#xa0;: %4 – %5)</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 avec %2</translation>
    </message>
</context>
<context>
    <name>bcs::MainWindow</name>
    <message>
        <source>Ballchasing Stats — demo data</source>
        <translation>Ballchasing Stats — données de démo</translation>
    </message>
    <message>
        <source>Ballchasing Stats</source>
        <translation>Ballchasing Stats</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>Players</source>
        <translation>Joueurs</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>Stats</translation>
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
        <translation>Joueurs •</translation>
    </message>
    <message>
        <source>Unsaved role changes</source>
        <translation>Modifications de rôles non enregistrées</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Demo data: nothing is synced</source>
        <translation>Données de démo&#xa0;: rien n&apos;est synchronisé</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Ouvrir le &amp;dossier de données</translation>
    </message>
    <message>
        <source>&amp;Export table as CSV…</source>
        <translation>&amp;Exporter le tableau en CSV…</translation>
    </message>
    <message>
        <source>&amp;Open replay on ballchasing.com</source>
        <translation>&amp;Ouvrir le replay sur ballchasing.com</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Save role changes</source>
        <translation>&amp;Enregistrer les rôles modifiés</translation>
    </message>
    <message>
        <source>Re&amp;vert role changes</source>
        <translation>Re&amp;venir aux rôles enregistrés</translation>
    </message>
    <message>
        <source>Reset &amp;filters</source>
        <translation>Réinitialiser les &amp;filtres</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>Page d&apos;&amp;accueil</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchro</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Annuler la synchronisation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Get a ballchasing &amp;API key</source>
        <translation>Obtenir une clé d&apos;&amp;API ballchasing</translation>
    </message>
    <message>
        <source>&amp;About Ballchasing Stats</source>
        <translation>À &amp;propos de Ballchasing Stats</translation>
    </message>
    <message>
        <source>About Ballchasing Stats</source>
        <translation>À propos de Ballchasing Stats</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ballchasing Stats&lt;/b&gt; %1&lt;br&gt;Your Rocket League replays from ballchasing.com, on your computer.</source>
        <translation>&lt;b&gt;Ballchasing Stats&lt;/b&gt; %1&lt;br&gt;Vos replays Rocket League de ballchasing.com, sur votre ordinateur.</translation>
    </message>
    <message>
        <source>You changed who is who on the Players page. Save the changes before quitting?</source>
        <translation>Vous avez modifié qui est qui sur la page Joueurs. Enregistrer les modifications avant de quitter&#xa0;?</translation>
    </message>
    <message>
        <source>The other pages still count the saved roles. Save your changes now?</source>
        <translation>Les autres pages comptent toujours les rôles enregistrés. Enregistrer vos modifications maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>Rester ici</translation>
    </message>
    <message>
        <source>Checking for new replays…</source>
        <translation>Recherche de nouveaux replays…</translation>
    </message>
    <message>
        <source>1 new replay</source>
        <translation>1 nouveau replay</translation>
    </message>
    <message>
        <source>%1 new replays</source>
        <translation>%1 nouveaux replays</translation>
    </message>
    <message>
        <source>: %1 won, %2 lost</source>
        <translation>: %1 gagnés, %2 perdus</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 details</source>
        <translation>Synchronisation&#xa0;: %1 détails sur %2</translation>
    </message>
    <message>
        <source>Syncing: listing, %1 so far</source>
        <translation>Synchronisation&#xa0;: liste, %1 pour l&apos;instant</translation>
    </message>
    <message>
        <source>Synced at %1: %2 fetched</source>
        <translation>Synchronisé à %1&#xa0;: %2 récupérés</translation>
    </message>
    <message>
        <source>Last sync cancelled</source>
        <translation>Dernière synchro annulée</translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation>Dernière synchro échouée</translation>
    </message>
</context>
<context>
    <name>bcs::PageFrame</name>
    <message>
        <source>There is nothing to show yet: sync your replays first.</source>
        <translation>Rien à afficher pour l&apos;instant&#xa0;: synchronisez d&apos;abord vos replays.</translation>
    </message>
    <message>
        <source>Sync your replays</source>
        <translation>Synchroniser vos replays</translation>
    </message>
    <message>
        <source>Tell us which of the %1 names in your replays are yours.</source>
        <translation>Indiquez-nous lesquels des %1 noms de vos replays sont les vôtres.</translation>
    </message>
    <message>
        <source>Tell us which names are yours</source>
        <translation>Indiquez-nous vos noms</translation>
    </message>
    <message>
        <source>%1 are ready for this page; its tables and charts are not in this build yet. The local API has the same answers meanwhile.</source>
        <translation>%1 sont prêts pour cette page&#xa0;; ses tableaux et graphiques ne sont pas encore dans cette version. L&apos;API locale donne les mêmes réponses en attendant.</translation>
    </message>
</context>
<context>
    <name>bcs::PlayerConfig</name>
    <message>
        <source>%1 must be a list of names</source>
        <translation>%1 doit être une liste de noms</translation>
    </message>
    <message>
        <source>%1[%2] must be a name (a string), not %3</source>
        <translation>%1[%2] doit être un nom (une chaîne), pas %3</translation>
    </message>
    <message>
        <source>%1[%2] is an empty name</source>
        <translation>%1[%2] est un nom vide</translation>
    </message>
    <message>
        <source>%1[%2] is longer than 200 characters</source>
        <translation>%1[%2] dépasse 200 caractères</translation>
    </message>
    <message>
        <source>the config must be a JSON object like {&quot;me&quot;: [...], &quot;teammates&quot;: {...}}</source>
        <translation>la config doit être un objet JSON comme {&quot;me&quot;: [...], &quot;teammates&quot;: {...}}</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; a config has only &apos;me&apos; and &apos;teammates&apos;</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;»&#xa0;; une config n&apos;a que &apos;me&apos; et &apos;teammates&apos;</translation>
    </message>
    <message>
        <source>teammates must be an object: {&quot;alias&quot;: [&quot;name&quot;, ...]}</source>
        <translation>teammates doit être un objet&#xa0;: {&quot;alias&quot;: [&quot;name&quot;, ...]}</translation>
    </message>
    <message>
        <source>a teammate alias is empty</source>
        <translation>un alias de coéquipier est vide</translation>
    </message>
    <message>
        <source>teammate alias &apos;%1&apos; is given twice</source>
        <translation>l&apos;alias de coéquipier «&#xa0;%1&#xa0;» est donné deux fois</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in two roles: %2 and %3</source>
        <translation>«&#xa0;%1&#xa0;» est dans deux rôles&#xa0;: %2 et %3</translation>
    </message>
    <message>
        <source>teammate %1</source>
        <translation>coéquipier %1</translation>
    </message>
</context>
<context>
    <name>bcs::PlayersPage</name>
    <message>
        <source>Players</source>
        <translation>Joueurs</translation>
    </message>
    <message>
        <source>Every name in your replays, to drag into “Me”, your regular teammates, or leave as strangers.</source>
        <translation>Tous les noms de vos replays, à glisser dans «&#xa0;Moi&#xa0;», vos coéquipiers réguliers, ou à laisser comme inconnus.</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Suggérer</translation>
    </message>
    <message>
        <source>Propose who is who from your accounts: the account in most games is you, the ones often on your team your teammates. One step to undo.</source>
        <translation>Propose qui est qui d&apos;après vos comptes&#xa0;: le compte présent dans le plus de matchs est vous, ceux souvent dans votre équipe vos coéquipiers. Une seule étape à annuler.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Back to the saved roles (one step to undo)</source>
        <translation>Revenir aux rôles enregistrés (une seule étape à annuler)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the roles: every page then counts them (Ctrl+S)</source>
        <translation>Enregistrer les rôles&#xa0;: toutes les pages les comptent alors (Ctrl+S)</translation>
    </message>
    <message>
        <source>Filter names or account ids (Ctrl+F)</source>
        <translation>Filtrer par nom ou ID de compte (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter players</source>
        <translation>Filtrer les joueurs</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Par nom</translation>
    </message>
    <message>
        <source>By account</source>
        <translation>Par compte</translation>
    </message>
    <message>
        <source>Group players</source>
        <translation>Grouper les joueurs</translation>
    </message>
    <message>
        <source>By account: one row per account with every name it used; what you assign then is the whole account, whatever name it plays under.</source>
        <translation>Par compte&#xa0;: une ligne par compte avec tous les noms qu&apos;il a utilisés&#xa0;; ce que vous attribuez est alors le compte entier, quel que soit le nom sous lequel il joue.</translation>
    </message>
    <message>
        <source>Players seen</source>
        <translation>Joueurs vus</translation>
    </message>
    <message>
        <source>Drag names from the table into a role, or select them and press Alt+1 for Me, Alt+2… for a teammate, Alt+0 to take them out.</source>
        <translation>Glissez des noms du tableau vers un rôle, ou sélectionnez-les et appuyez sur Alt+1 pour Moi, Alt+2… pour un coéquipier, Alt+0 pour les retirer.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Add teammate</source>
        <translation>Ajouter un coéquipier</translation>
    </message>
    <message>
        <source>A new bucket for a regular teammate</source>
        <translation>Un nouveau groupe pour un coéquipier régulier</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the teammate; their names become not assigned</source>
        <translation>Supprimer le coéquipier&#xa0;; ses noms redeviennent non attribués</translation>
    </message>
    <message>
        <source>&amp;Assign selected names to</source>
        <translation>A&amp;ttribuer les noms sélectionnés à</translation>
    </message>
    <message>
        <source>A new teammate…</source>
        <translation>Un nouveau coéquipier…</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Attribuer à</translation>
    </message>
    <message>
        <source>Take out of the role</source>
        <translation>Retirer du rôle</translation>
    </message>
    <message>
        <source>Could not read the players: %1</source>
        <translation>Impossible de lire les joueurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not assigned (take out of every role)</source>
        <translation>Non attribué (retirer de tous les rôles)</translation>
    </message>
    <message>
        <source>New teammate %1</source>
        <translation>Nouveau coéquipier %1</translation>
    </message>
    <message>
        <source>Add teammate %1</source>
        <translation>Ajouter le coéquipier %1</translation>
    </message>
    <message>
        <source>Remove teammate %1</source>
        <translation>Supprimer le coéquipier %1</translation>
    </message>
    <message>
        <source>Nothing to suggest yet: no account has enough games. Sync more replays, or drag your names by hand.</source>
        <translation>Rien à suggérer pour l&apos;instant&#xa0;: aucun compte n&apos;a assez de matchs. Synchronisez plus de replays, ou glissez vos noms à la main.</translation>
    </message>
    <message>
        <source>The suggestion is what the buckets already hold.</source>
        <translation>La suggestion correspond déjà au contenu des groupes.</translation>
    </message>
    <message>
        <source>Suggested roles</source>
        <translation>Rôles suggérés</translation>
    </message>
    <message>
        <source>Suggested roles applied: check them, then save. Undo (Ctrl+Z) takes them back.</source>
        <translation>Rôles suggérés appliqués&#xa0;: vérifiez-les, puis enregistrez. Annuler (Ctrl+Z) les retire.</translation>
    </message>
    <message>
        <source>Could not suggest roles: %1</source>
        <translation>Impossible de suggérer des rôles&#xa0;: %1</translation>
    </message>
    <message>
        <source>The roles cannot be saved: no cache is open.</source>
        <translation>Les rôles ne peuvent pas être enregistrés&#xa0;: aucun cache n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>The roles cannot be saved: %1</source>
        <translation>Les rôles ne peuvent pas être enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The roles were not saved: %1. Your changes are kept; try again.</source>
        <translation>Les rôles n&apos;ont pas été enregistrés&#xa0;: %1. Vos modifications sont conservées&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Roles saved: every page counts them now.</source>
        <translation>Rôles enregistrés&#xa0;: toutes les pages les comptent maintenant.</translation>
    </message>
</context>
<context>
    <name>bcs::PlayersTableModel</name>
    <message>
        <source>%1 (and %2)</source>
        <translation>%1 (et %2)</translation>
    </message>
    <message>
        <source>Names this account used: %1</source>
        <translation>Noms utilisés par ce compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>ID de compte</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Matchs</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu en dernier</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Take %1 out of their roles</source>
        <translation>Retirer %1 de ses rôles</translation>
    </message>
</context>
<context>
    <name>bcs::QtChartsChart</name>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
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
        <translation>semaine du %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 per week, %2</source>
        <translation>%1 par semaine, %2</translation>
    </message>
    <message>
        <source>%1 per day, %2</source>
        <translation>%1 par jour, %2</translation>
    </message>
</context>
<context>
    <name>bcs::RankTab</name>
    <message>
        <source>&amp;Playlist:</source>
        <translation>&amp;Playlist&#xa0;:</translation>
    </message>
    <message>
        <source>Ranked playlist</source>
        <translation>Playlist classée</translation>
    </message>
    <message>
        <source>My rank over time</source>
        <translation>Mon rang au fil du temps</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Rank tier (1 Bronze I … 22 Supersonic Legend)</source>
        <translation>Rang (1 Bronze I … 22 Légende supersonique)</translation>
    </message>
    <message>
        <source>No ranked games with a rank under these filters</source>
        <translation>Aucun match classé avec un rang pour ces filtres</translation>
    </message>
    <message>
        <source>My rank</source>
        <translation>Mon rang</translation>
    </message>
    <message>
        <source>Opponents&apos; mean</source>
        <translation>Moyenne des adversaires</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Opponents&apos; mean tier %1 (of %2 with a rank)</source>
        <translation>Rang moyen des adversaires %1 (sur %2 avec un rang)</translation>
    </message>
</context>
<context>
    <name>bcs::RateLimitPanel</name>
    <message>
        <source>Tier:</source>
        <translation>Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>Listings:</source>
        <translation>Listes&#xa0;:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Détails&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (automatic)</source>
        <translation>%1 (automatique)</translation>
    </message>
    <message>
        <source>%1 of %2 free this second</source>
        <translation>%1 sur %2 libres cette seconde</translation>
    </message>
    <message>
        <source> · %1 of %2 used this hour</source>
        <translation> · %1 sur %2 utilisés cette heure</translation>
    </message>
    <message>
        <source>, next in %1</source>
        <translation>, prochaine dans %1</translation>
    </message>
    <message>
        <source>, oldest leaves in %1</source>
        <translation>, la plus ancienne expire dans %1</translation>
    </message>
    <message>
        <source> · no hourly limit</source>
        <translation> · pas de limite horaire</translation>
    </message>
</context>
<context>
    <name>bcs::ReplayDetailPane</name>
    <message>
        <source>Select a replay to see who played in it and how.</source>
        <translation>Sélectionnez un replay pour voir qui y a joué et comment.</translation>
    </message>
    <message>
        <source>Open on &amp;ballchasing.com</source>
        <translation>Ouvrir sur &amp;ballchasing.com</translation>
    </message>
    <message>
        <source>Replay details</source>
        <translation>Détails du replay</translation>
    </message>
    <message>
        <source>Replay title</source>
        <translation>Titre du replay</translation>
    </message>
    <message>
        <source>Open on ballchasing.com</source>
        <translation>Ouvrir sur ballchasing.com</translation>
    </message>
    <message>
        <source>Opens this replay&apos;s page on ballchasing.com in your browser</source>
        <translation>Ouvre la page de ce replay sur ballchasing.com dans votre navigateur</translation>
    </message>
    <message>
        <source>When and where it was played</source>
        <translation>Quand et où il a été joué</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Blue team colour</source>
        <translation>Couleur de l&apos;équipe bleue</translation>
    </message>
    <message>
        <source>Orange team colour</source>
        <translation>Couleur de l&apos;équipe orange</translation>
    </message>
    <message>
        <source>Players of the replay</source>
        <translation>Joueurs du replay</translation>
    </message>
    <message>
        <source>This replay could not be read: %1</source>
        <translation>Ce replay n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Untitled replay</source>
        <translation>Replay sans titre</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Blue %1 – %2 Orange</source>
        <translation>Bleus %1 – %2 Orange</translation>
    </message>
    <message>
        <source>You did not play</source>
        <translation>Vous n&apos;avez pas joué</translation>
    </message>
    <message>
        <source>Win</source>
        <translation>Victoire</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Défaite</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Nul</translation>
    </message>
    <message>
        <source>%1 (you played orange)</source>
        <translation>%1 (vous étiez orange)</translation>
    </message>
    <message>
        <source>%1 (you played blue)</source>
        <translation>%1 (vous étiez bleu)</translation>
    </message>
    <message>
        <source>Only the listing of this replay is cached so far: its players and scores. The other stats arrive with its details at the next sync.</source>
        <translation>Seule la liste de ce replay est en cache pour l&apos;instant&#xa0;: ses joueurs et ses scores. Les autres stats arrivent avec ses détails à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>bcs::ReplayPlayersModel</name>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Teammate</source>
        <translation>Coéquipier</translation>
    </message>
    <message>
        <source>Opponent</source>
        <translation>Adversaire</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Non résolu</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>You did not play in this game, so no one has a role in it</source>
        <translation>Vous n&apos;avez pas joué ce match, personne n&apos;y a donc de rôle</translation>
    </message>
    <message>
        <source>On your team, under a name you have not given a role</source>
        <translation>Dans votre équipe, sous un nom auquel vous n&apos;avez pas donné de rôle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Joueur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
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
        <translation>Victoire</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Défaite</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Nul</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 contre %2</translation>
    </message>
    <message>
        <source>Your team&apos;s goals first</source>
        <translation>Buts de votre équipe d&apos;abord</translation>
    </message>
    <message>
        <source>Blue&apos;s goals first</source>
        <translation>Buts des bleus d&apos;abord</translation>
    </message>
    <message>
        <source>You did not play in this game</source>
        <translation>Vous n&apos;avez pas joué ce match</translation>
    </message>
    <message>
        <source>%1 in all, %2 of it overtime</source>
        <translation>%1 en tout, dont %2 de prolongation</translation>
    </message>
    <message>
        <source>Your team: %1</source>
        <translation>Votre équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Blue: %1</source>
        <translation>Bleus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Opponents: %1</source>
        <translation>Adversaires&#xa0;: %1</translation>
    </message>
    <message>
        <source>Orange: %1</source>
        <translation>Orange&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not sortable</source>
        <translation>Non triable</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Playlist</source>
        <translation>Playlist</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Players</source>
        <translation>Joueurs</translation>
    </message>
    <message>
        <source>Replay ID</source>
        <translation>ID du replay</translation>
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
        <translation>Chaque match avec son score, qui a joué dans quel rôle, et les stats de chaque joueur.</translation>
    </message>
    <message>
        <source>Filter by player, map or title (Ctrl+F)</source>
        <translation>Filtrer par joueur, carte ou titre (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter replays</source>
        <translation>Filtrer les replays</translation>
    </message>
    <message>
        <source>Replays shown</source>
        <translation>Replays affichés</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Show all replays</source>
        <translation>Afficher tous les replays</translation>
    </message>
    <message>
        <source>23 hours ago</source>
        <translation>il y a 23 heures</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Open on &amp;ballchasing.com</source>
        <translation>Ouvrir sur &amp;ballchasing.com</translation>
    </message>
    <message>
        <source>The replays could not be read: %1. Try again in a moment.</source>
        <translation>Les replays n&apos;ont pas pu être lus&#xa0;: %1. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — %2 of them under the current filters</source>
        <translation>%1 — dont %2 avec les filtres actuels</translation>
    </message>
    <message>
        <source>No replays</source>
        <translation>Aucun replay</translation>
    </message>
    <message>
        <source>No replay has “%1” in a player&apos;s name, its map, playlist or title.</source>
        <translation>Aucun replay ne contient «&#xa0;%1&#xa0;» dans un nom de joueur, sa carte, sa playlist ou son titre.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>None of these replays is under the current filters.</source>
        <translation>Aucun de ces replays ne correspond aux filtres actuels.</translation>
    </message>
    <message>
        <source>No replay matches the filters.</source>
        <translation>Aucun replay ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>%1 · loading…</source>
        <translation>%1 · chargement…</translation>
    </message>
</context>
<context>
    <name>bcs::ResponseClassifier</name>
    <message>
        <source>ballchasing.com did not answer in time</source>
        <translation>ballchasing.com n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>cannot reach ballchasing.com: %1</source>
        <translation>impossible de joindre ballchasing.com&#xa0;: %1</translation>
    </message>
    <message>
        <source>ballchasing.com rejected the API key; check it on https://ballchasing.com/upload and set it again</source>
        <translation>ballchasing.com a refusé la clé d&apos;API&#xa0;; vérifiez-la sur https://ballchasing.com/upload et saisissez-la à nouveau</translation>
    </message>
    <message>
        <source>not found on ballchasing.com</source>
        <translation>introuvable sur ballchasing.com</translation>
    </message>
    <message>
        <source>ballchasing.com is rate limiting this key</source>
        <translation>ballchasing.com limite le débit de cette clé</translation>
    </message>
    <message>
        <source>ballchasing.com failed with HTTP %1</source>
        <translation>ballchasing.com a échoué avec HTTP %1</translation>
    </message>
    <message>
        <source>ballchasing.com refused the request with HTTP %1</source>
        <translation>ballchasing.com a refusé la requête avec HTTP %1</translation>
    </message>
    <message>
        <source>the answer from ballchasing.com broke off: %1</source>
        <translation>la réponse de ballchasing.com a été interrompue&#xa0;: %1</translation>
    </message>
    <message>
        <source>ballchasing.com sent an unreadable answer (%1 at byte %2)</source>
        <translation>ballchasing.com a envoyé une réponse illisible (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>ballchasing.com sent JSON that is not an object</source>
        <translation>ballchasing.com a envoyé du JSON qui n&apos;est pas un objet</translation>
    </message>
</context>
<context>
    <name>bcs::RoleBuckets</name>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>Teammate %1</source>
        <translation>Coéquipier %1</translation>
    </message>
</context>
<context>
    <name>bcs::RoleEditor</name>
    <message>
        <source>Revert to the saved roles</source>
        <translation>Revenir aux rôles enregistrés</translation>
    </message>
</context>
<context>
    <name>bcs::ScreenshotRenderer</name>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>bcs::SettingsDialog</name>
    <message>
        <source>&amp;Remove key</source>
        <translation>&amp;Supprimer la clé</translation>
    </message>
    <message>
        <source>&amp;Serve the local API (for a browser or scripts)</source>
        <translation>Activer l&apos;API &amp;locale (pour un navigateur ou des scripts)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>ballchasing.com</source>
        <translation>ballchasing.com</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic (what ballchasing reports)</source>
        <translation>Automatique (selon ballchasing)</translation>
    </message>
    <message>
        <source>Your patron tier decides how fast replays may be fetched</source>
        <translation>Votre niveau Patreon détermine la vitesse de récupération des replays</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>Local API server</source>
        <translation>Serveur d&apos;API locale</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>n&apos;importe quel port libre</translation>
    </message>
    <message>
        <source>none: only this computer may connect</source>
        <translation>aucun&#xa0;: seul cet ordinateur peut se connecter</translation>
    </message>
    <message>
        <source>Web pages allowed to call the API, comma-separated, e.g. http://localhost:*</source>
        <translation>Pages web autorisées à appeler l&apos;API, séparées par des virgules, p. ex. http://localhost:*</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;CORS origins:</source>
        <translation>&amp;Origines CORS&#xa0;:</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>Cette application</translation>
    </message>
    <message>
        <source>Open the data folder in the file manager</source>
        <translation>Ouvrir le dossier de données dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données&#xa0;:</translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation>Défini par&#xa0;: %1</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <source>Takes effect when the app starts next</source>
        <translation>Prend effet au prochain démarrage de l&apos;application</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>While the app is open, look for new replays this often and say what arrived</source>
        <translation>Tant que l&apos;application est ouverte, chercher de nouveaux replays à cet intervalle et signaler les arrivées</translation>
    </message>
    <message>
        <source>Check for new replays &amp;every:</source>
        <translation>Chercher de nouveaux replays &amp;toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Demo data: the key and the tier are those of your real cache and are changed there.</source>
        <translation>Données de démo&#xa0;: la clé et le niveau sont ceux de votre vrai cache et se modifient là-bas.</translation>
    </message>
    <message>
        <source>Paste your ballchasing API key</source>
        <translation>Collez votre clé d&apos;API ballchasing</translation>
    </message>
    <message>
        <source>Paste a new key to change it</source>
        <translation>Collez une nouvelle clé pour la changer</translation>
    </message>
    <message>
        <source>New ballchasing API key</source>
        <translation>Nouvelle clé d&apos;API ballchasing</translation>
    </message>
    <message>
        <source>No key yet: get one at ballchasing.com/upload.</source>
        <translation>Pas encore de clé&#xa0;: obtenez-en une sur ballchasing.com/upload.</translation>
    </message>
    <message>
        <source>The key comes from %1; change it there.</source>
        <translation>Origine de la clé&#xa0;: %1&#xa0;; modifiez-la là-bas.</translation>
    </message>
    <message>
        <source>The key in use comes from the %1.</source>
        <translation>Origine de la clé utilisée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Set by %1 (%2); change it there</source>
        <translation>Défini par&#xa0;: %1 (%2)&#xa0;; modifiez-le là-bas</translation>
    </message>
    <message>
        <source>No key: syncing is off until you add one.</source>
        <translation>Pas de clé&#xa0;: la synchronisation est désactivée jusqu&apos;à ce que vous en ajoutiez une.</translation>
    </message>
    <message>
        <source>The local API could not start: %1</source>
        <translation>L&apos;API locale n&apos;a pas pu démarrer&#xa0;: %1</translation>
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
        <translation>boost</translation>
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
        <translation>au total</translation>
    </message>
    <message>
        <source>per game</source>
        <translation>par match</translation>
    </message>
    <message>
        <source>s per game</source>
        <translation>s par match</translation>
    </message>
    <message>
        <source>s in total</source>
        <translation>s au total</translation>
    </message>
    <message>
        <source>boost per game</source>
        <translation>boost par match</translation>
    </message>
    <message>
        <source>boost in total</source>
        <translation>boost au total</translation>
    </message>
    <message>
        <source>uu per game</source>
        <translation>uu par match</translation>
    </message>
    <message>
        <source>uu in total</source>
        <translation>uu au total</translation>
    </message>
</context>
<context>
    <name>bcs::StatImpactModel</name>
    <message>
        <source>How much of the goal difference in your games goes with %1: %2 of its spread (r²)</source>
        <translation>Ce que %1 explique de la différence de buts de vos matchs&#xa0;: %2 de sa variance (r²)</translation>
    </message>
    <message>
        <source>Each 1 more of %1 goes with %2 goals of difference, on the least-squares line</source>
        <translation>Chaque unité de %1 en plus va de pair avec %2 buts d&apos;écart, sur la droite des moindres carrés</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Stat</source>
        <translation>Stat</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Explains (r²)</source>
        <translation>Explique (r²)</translation>
    </message>
    <message>
        <source>Slope (goals per 1)</source>
        <translation>Pente (buts par unité)</translation>
    </message>
    <message>
        <source>My mean</source>
        <translation>Ma moyenne</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Matchs</translation>
    </message>
</context>
<context>
    <name>bcs::Stats</name>
    <message>
        <source>Shots</source>
        <translation>Tirs</translation>
    </message>
    <message>
        <source>Shots on the other team&apos;s goal.</source>
        <translation>Tirs cadrés sur le but adverse.</translation>
    </message>
    <message>
        <source>Shots against</source>
        <translation>Tirs subis</translation>
    </message>
    <message>
        <source>Shots the other team took on the player&apos;s goal.</source>
        <translation>Tirs de l&apos;équipe adverse sur le but du joueur.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Buts</translation>
    </message>
    <message>
        <source>Goals scored.</source>
        <translation>Buts marqués.</translation>
    </message>
    <message>
        <source>Goals against</source>
        <translation>Buts encaissés</translation>
    </message>
    <message>
        <source>Goals the other team scored against the player&apos;s team.</source>
        <translation>Buts marqués par l&apos;équipe adverse contre l&apos;équipe du joueur.</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Arrêts</translation>
    </message>
    <message>
        <source>Shots on goal that the player kept out.</source>
        <translation>Tirs cadrés que le joueur a repoussés.</translation>
    </message>
    <message>
        <source>Assists</source>
        <translation>Passes décisives</translation>
    </message>
    <message>
        <source>Passes that led straight to a teammate&apos;s goal.</source>
        <translation>Passes qui ont mené directement à un but d&apos;un coéquipier.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>The in-game score, Rocket League&apos;s points for goals, saves, shots, touches and more.</source>
        <translation>Le score en jeu, les points de Rocket League pour les buts, arrêts, tirs, touches et plus.</translation>
    </message>
    <message>
        <source>Shooting %</source>
        <translation>% de réussite</translation>
    </message>
    <message>
        <source>Goals per shot over all games, as a percentage.</source>
        <translation>Buts par tir sur tous les matchs, en pourcentage.</translation>
    </message>
    <message>
        <source>Boost used per minute</source>
        <translation>Boost utilisé par minute</translation>
    </message>
    <message>
        <source>Boost used per minute played; a style more than a skill.</source>
        <translation>Boost utilisé par minute jouée&#xa0;; un style plus qu&apos;une compétence.</translation>
    </message>
    <message>
        <source>Boost collected per minute</source>
        <translation>Boost ramassé par minute</translation>
    </message>
    <message>
        <source>Boost picked up per minute played.</source>
        <translation>Boost ramassé par minute jouée.</translation>
    </message>
    <message>
        <source>Average boost</source>
        <translation>Boost moyen</translation>
    </message>
    <message>
        <source>The boost held on average, from 0 to 100.</source>
        <translation>Le boost détenu en moyenne, de 0 à 100.</translation>
    </message>
    <message>
        <source>Boost collected</source>
        <translation>Boost ramassé</translation>
    </message>
    <message>
        <source>Boost picked up from every pad.</source>
        <translation>Boost ramassé sur tous les pads.</translation>
    </message>
    <message>
        <source>Boost stolen</source>
        <translation>Boost volé</translation>
    </message>
    <message>
        <source>Boost picked up from pads in the other team&apos;s half, denying it to them.</source>
        <translation>Boost ramassé sur les pads de la moitié adverse, en le privant à l&apos;adversaire.</translation>
    </message>
    <message>
        <source>Collected from big pads</source>
        <translation>Ramassé sur gros pads</translation>
    </message>
    <message>
        <source>Boost picked up from the six big pads (100 each).</source>
        <translation>Boost ramassé sur les six gros pads (100 chacun).</translation>
    </message>
    <message>
        <source>Stolen from big pads</source>
        <translation>Volé sur gros pads</translation>
    </message>
    <message>
        <source>Boost taken from the big pads in the other team&apos;s half.</source>
        <translation>Boost pris sur les gros pads de la moitié adverse.</translation>
    </message>
    <message>
        <source>Collected from small pads</source>
        <translation>Ramassé sur petits pads</translation>
    </message>
    <message>
        <source>Boost picked up from the small pads (12 each).</source>
        <translation>Boost ramassé sur les petits pads (12 chacun).</translation>
    </message>
    <message>
        <source>Stolen from small pads</source>
        <translation>Volé sur petits pads</translation>
    </message>
    <message>
        <source>Boost taken from the small pads in the other team&apos;s half.</source>
        <translation>Boost pris sur les petits pads de la moitié adverse.</translation>
    </message>
    <message>
        <source>Big pads collected</source>
        <translation>Gros pads ramassés</translation>
    </message>
    <message>
        <source>How many big pads were picked up.</source>
        <translation>Nombre de gros pads ramassés.</translation>
    </message>
    <message>
        <source>Big pads stolen</source>
        <translation>Gros pads volés</translation>
    </message>
    <message>
        <source>How many big pads in the other team&apos;s half were picked up.</source>
        <translation>Nombre de gros pads ramassés dans la moitié adverse.</translation>
    </message>
    <message>
        <source>Small pads collected</source>
        <translation>Petits pads ramassés</translation>
    </message>
    <message>
        <source>How many small pads were picked up.</source>
        <translation>Nombre de petits pads ramassés.</translation>
    </message>
    <message>
        <source>Small pads stolen</source>
        <translation>Petits pads volés</translation>
    </message>
    <message>
        <source>How many small pads in the other team&apos;s half were picked up.</source>
        <translation>Nombre de petits pads ramassés dans la moitié adverse.</translation>
    </message>
    <message>
        <source>Overfill</source>
        <translation>Surplus</translation>
    </message>
    <message>
        <source>Boost wasted by picking up a pad with more than the tank could take.</source>
        <translation>Boost gaspillé en ramassant un pad alors que le réservoir ne pouvait pas tout contenir.</translation>
    </message>
    <message>
        <source>Overfill stolen</source>
        <translation>Surplus volé</translation>
    </message>
    <message>
        <source>Boost wasted by overfilling from pads in the other team&apos;s half.</source>
        <translation>Boost gaspillé en surplus sur les pads de la moitié adverse.</translation>
    </message>
    <message>
        <source>Used while supersonic</source>
        <translation>Utilisé en supersonique</translation>
    </message>
    <message>
        <source>Boost spent while already at top speed, where it adds nothing.</source>
        <translation>Boost dépensé déjà à vitesse maximale, où il n&apos;apporte rien.</translation>
    </message>
    <message>
        <source>Time at zero boost</source>
        <translation>Temps à 0 boost</translation>
    </message>
    <message>
        <source>Time spent with an empty tank.</source>
        <translation>Temps passé avec le réservoir vide.</translation>
    </message>
    <message>
        <source>% at zero boost</source>
        <translation>% à 0 boost</translation>
    </message>
    <message>
        <source>Share of the game spent with an empty tank.</source>
        <translation>Part du match passée avec le réservoir vide.</translation>
    </message>
    <message>
        <source>Time at full boost</source>
        <translation>Temps à 100 boost</translation>
    </message>
    <message>
        <source>Time spent with a full tank.</source>
        <translation>Temps passé avec le réservoir plein.</translation>
    </message>
    <message>
        <source>% at full boost</source>
        <translation>% à 100 boost</translation>
    </message>
    <message>
        <source>Share of the game spent with a full tank.</source>
        <translation>Part du match passée avec le réservoir plein.</translation>
    </message>
    <message>
        <source>Time at 0-25 boost</source>
        <translation>Temps à 0-25 boost</translation>
    </message>
    <message>
        <source>Time spent holding 0 to 25 boost.</source>
        <translation>Temps passé avec 0 à 25 de boost.</translation>
    </message>
    <message>
        <source>Time at 25-50 boost</source>
        <translation>Temps à 25-50 boost</translation>
    </message>
    <message>
        <source>Time spent holding 25 to 50 boost.</source>
        <translation>Temps passé avec 25 à 50 de boost.</translation>
    </message>
    <message>
        <source>Time at 50-75 boost</source>
        <translation>Temps à 50-75 boost</translation>
    </message>
    <message>
        <source>Time spent holding 50 to 75 boost.</source>
        <translation>Temps passé avec 50 à 75 de boost.</translation>
    </message>
    <message>
        <source>Time at 75-100 boost</source>
        <translation>Temps à 75-100 boost</translation>
    </message>
    <message>
        <source>Time spent holding 75 to 100 boost.</source>
        <translation>Temps passé avec 75 à 100 de boost.</translation>
    </message>
    <message>
        <source>% at 0-25 boost</source>
        <translation>% à 0-25 boost</translation>
    </message>
    <message>
        <source>Share of the game spent holding 0 to 25 boost.</source>
        <translation>Part du match passée avec 0 à 25 de boost.</translation>
    </message>
    <message>
        <source>% at 25-50 boost</source>
        <translation>% à 25-50 boost</translation>
    </message>
    <message>
        <source>Share of the game spent holding 25 to 50 boost.</source>
        <translation>Part du match passée avec 25 à 50 de boost.</translation>
    </message>
    <message>
        <source>% at 50-75 boost</source>
        <translation>% à 50-75 boost</translation>
    </message>
    <message>
        <source>Share of the game spent holding 50 to 75 boost.</source>
        <translation>Part du match passée avec 50 à 75 de boost.</translation>
    </message>
    <message>
        <source>% at 75-100 boost</source>
        <translation>% à 75-100 boost</translation>
    </message>
    <message>
        <source>Share of the game spent holding 75 to 100 boost.</source>
        <translation>Part du match passée avec 75 à 100 de boost.</translation>
    </message>
    <message>
        <source>Average speed</source>
        <translation>Vitesse moyenne</translation>
    </message>
    <message>
        <source>The car&apos;s average speed in unreal units per second.</source>
        <translation>Vitesse moyenne de la voiture en unités Unreal par seconde.</translation>
    </message>
    <message>
        <source>Distance travelled</source>
        <translation>Distance parcourue</translation>
    </message>
    <message>
        <source>How far the car travelled.</source>
        <translation>Distance parcourue par la voiture.</translation>
    </message>
    <message>
        <source>Time supersonic</source>
        <translation>Temps supersonique</translation>
    </message>
    <message>
        <source>Time spent at supersonic speed, the car&apos;s top speed.</source>
        <translation>Temps passé à vitesse supersonique, la vitesse maximale de la voiture.</translation>
    </message>
    <message>
        <source>Time at boost speed</source>
        <translation>Temps à vitesse boost</translation>
    </message>
    <message>
        <source>Time spent at speeds only boost reaches, below supersonic.</source>
        <translation>Temps passé à des vitesses que seul le boost atteint, sous le supersonique.</translation>
    </message>
    <message>
        <source>Time at slow speed</source>
        <translation>Temps à vitesse lente</translation>
    </message>
    <message>
        <source>Time spent at slow speed, below what the throttle alone gives.</source>
        <translation>Temps passé à vitesse lente, sous ce que donne l&apos;accélérateur seul.</translation>
    </message>
    <message>
        <source>Time on the ground</source>
        <translation>Temps au sol</translation>
    </message>
    <message>
        <source>Time spent with the wheels on the ground.</source>
        <translation>Temps passé les roues au sol.</translation>
    </message>
    <message>
        <source>Time in low air</source>
        <translation>Temps en air bas</translation>
    </message>
    <message>
        <source>Time spent in the air below the crossbar.</source>
        <translation>Temps passé en l&apos;air sous la barre transversale.</translation>
    </message>
    <message>
        <source>Time in high air</source>
        <translation>Temps en air haut</translation>
    </message>
    <message>
        <source>Time spent in the air above the crossbar.</source>
        <translation>Temps passé en l&apos;air au-dessus de la barre transversale.</translation>
    </message>
    <message>
        <source>Time powersliding</source>
        <translation>Temps en powerslide</translation>
    </message>
    <message>
        <source>Time spent holding powerslide.</source>
        <translation>Temps passé à maintenir le powerslide.</translation>
    </message>
    <message>
        <source>Powerslides</source>
        <translation>Powerslides</translation>
    </message>
    <message>
        <source>How many times powerslide was used.</source>
        <translation>Nombre d&apos;utilisations du powerslide.</translation>
    </message>
    <message>
        <source>Average powerslide</source>
        <translation>Powerslide moyen</translation>
    </message>
    <message>
        <source>How long a powerslide lasted on average.</source>
        <translation>Durée moyenne d&apos;un powerslide.</translation>
    </message>
    <message>
        <source>Average speed % of max</source>
        <translation>Vitesse moyenne en % du max</translation>
    </message>
    <message>
        <source>Average speed as a share of the car&apos;s top speed.</source>
        <translation>Vitesse moyenne en part de la vitesse maximale de la voiture.</translation>
    </message>
    <message>
        <source>% slow speed</source>
        <translation>% vitesse lente</translation>
    </message>
    <message>
        <source>Share of the game spent at slow speed.</source>
        <translation>Part du match passée à vitesse lente.</translation>
    </message>
    <message>
        <source>% boost speed</source>
        <translation>% vitesse boost</translation>
    </message>
    <message>
        <source>Share of the game spent at boost speed, below supersonic.</source>
        <translation>Part du match passée à vitesse boost, sous le supersonique.</translation>
    </message>
    <message>
        <source>% supersonic</source>
        <translation>% supersonique</translation>
    </message>
    <message>
        <source>Share of the game spent at supersonic speed.</source>
        <translation>Part du match passée à vitesse supersonique.</translation>
    </message>
    <message>
        <source>% on the ground</source>
        <translation>% au sol</translation>
    </message>
    <message>
        <source>Share of the game spent on the ground.</source>
        <translation>Part du match passée au sol.</translation>
    </message>
    <message>
        <source>% in low air</source>
        <translation>% en air bas</translation>
    </message>
    <message>
        <source>Share of the game spent in the air below the crossbar.</source>
        <translation>Part du match passée en l&apos;air sous la barre transversale.</translation>
    </message>
    <message>
        <source>% in high air</source>
        <translation>% en air haut</translation>
    </message>
    <message>
        <source>Share of the game spent in the air above the crossbar.</source>
        <translation>Part du match passée en l&apos;air au-dessus de la barre transversale.</translation>
    </message>
    <message>
        <source>Average distance to ball</source>
        <translation>Distance moyenne à la balle</translation>
    </message>
    <message>
        <source>How far from the ball the car was on average.</source>
        <translation>Distance moyenne entre la voiture et la balle.</translation>
    </message>
    <message>
        <source>Distance to ball (possession)</source>
        <translation>Distance à la balle (possession)</translation>
    </message>
    <message>
        <source>Average distance to the ball while the player&apos;s team had it.</source>
        <translation>Distance moyenne à la balle quand l&apos;équipe du joueur l&apos;avait.</translation>
    </message>
    <message>
        <source>Distance to ball (no possession)</source>
        <translation>Distance à la balle (sans possession)</translation>
    </message>
    <message>
        <source>Average distance to the ball while the other team had it.</source>
        <translation>Distance moyenne à la balle quand l&apos;équipe adverse l&apos;avait.</translation>
    </message>
    <message>
        <source>Average distance to mates</source>
        <translation>Distance moyenne aux coéquipiers</translation>
    </message>
    <message>
        <source>Average distance to the teammates, how spread the team played.</source>
        <translation>Distance moyenne aux coéquipiers, à quel point l&apos;équipe jouait écartée.</translation>
    </message>
    <message>
        <source>Time in defensive third</source>
        <translation>Temps en tiers défensif</translation>
    </message>
    <message>
        <source>Time spent in the player&apos;s own third of the pitch.</source>
        <translation>Temps passé dans le tiers du terrain du joueur.</translation>
    </message>
    <message>
        <source>Time in neutral third</source>
        <translation>Temps en tiers neutre</translation>
    </message>
    <message>
        <source>Time spent in the middle third of the pitch.</source>
        <translation>Temps passé dans le tiers central du terrain.</translation>
    </message>
    <message>
        <source>Time in offensive third</source>
        <translation>Temps en tiers offensif</translation>
    </message>
    <message>
        <source>Time spent in the other team&apos;s third of the pitch.</source>
        <translation>Temps passé dans le tiers du terrain de l&apos;équipe adverse.</translation>
    </message>
    <message>
        <source>Time in defensive half</source>
        <translation>Temps en moitié défensive</translation>
    </message>
    <message>
        <source>Time spent in the player&apos;s own half.</source>
        <translation>Temps passé dans sa propre moitié.</translation>
    </message>
    <message>
        <source>Time in offensive half</source>
        <translation>Temps en moitié offensive</translation>
    </message>
    <message>
        <source>Time spent in the other team&apos;s half.</source>
        <translation>Temps passé dans la moitié adverse.</translation>
    </message>
    <message>
        <source>Time behind the ball</source>
        <translation>Temps derrière la balle</translation>
    </message>
    <message>
        <source>Time spent between the ball and the player&apos;s own goal.</source>
        <translation>Temps passé entre la balle et son propre but.</translation>
    </message>
    <message>
        <source>Time in front of the ball</source>
        <translation>Temps devant la balle</translation>
    </message>
    <message>
        <source>Time spent between the ball and the other team&apos;s goal.</source>
        <translation>Temps passé entre la balle et le but adverse.</translation>
    </message>
    <message>
        <source>Time most back</source>
        <translation>Temps le plus en retrait</translation>
    </message>
    <message>
        <source>Time spent as the team&apos;s last player back.</source>
        <translation>Temps passé comme dernier joueur de l&apos;équipe en défense.</translation>
    </message>
    <message>
        <source>Time most forward</source>
        <translation>Temps le plus avancé</translation>
    </message>
    <message>
        <source>Time spent as the team&apos;s player furthest forward.</source>
        <translation>Temps passé comme joueur le plus avancé de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Goals conceded as last defender</source>
        <translation>Buts encaissés en dernier défenseur</translation>
    </message>
    <message>
        <source>Goals conceded while the player was the last one back.</source>
        <translation>Buts encaissés alors que le joueur était le dernier en défense.</translation>
    </message>
    <message>
        <source>Time closest to ball</source>
        <translation>Temps le plus près de la balle</translation>
    </message>
    <message>
        <source>Time spent as the team&apos;s player closest to the ball.</source>
        <translation>Temps passé comme joueur de l&apos;équipe le plus proche de la balle.</translation>
    </message>
    <message>
        <source>Time farthest from ball</source>
        <translation>Temps le plus loin de la balle</translation>
    </message>
    <message>
        <source>Time spent as the team&apos;s player farthest from the ball.</source>
        <translation>Temps passé comme joueur de l&apos;équipe le plus éloigné de la balle.</translation>
    </message>
    <message>
        <source>% in defensive third</source>
        <translation>% en tiers défensif</translation>
    </message>
    <message>
        <source>Share of the game spent in the player&apos;s own third.</source>
        <translation>Part du match passée dans son propre tiers.</translation>
    </message>
    <message>
        <source>% in offensive third</source>
        <translation>% en tiers offensif</translation>
    </message>
    <message>
        <source>Share of the game spent in the other team&apos;s third.</source>
        <translation>Part du match passée dans le tiers adverse.</translation>
    </message>
    <message>
        <source>% in neutral third</source>
        <translation>% en tiers neutre</translation>
    </message>
    <message>
        <source>Share of the game spent in the middle third.</source>
        <translation>Part du match passée dans le tiers central.</translation>
    </message>
    <message>
        <source>% in defensive half</source>
        <translation>% en moitié défensive</translation>
    </message>
    <message>
        <source>Share of the game spent in the player&apos;s own half.</source>
        <translation>Part du match passée dans sa propre moitié.</translation>
    </message>
    <message>
        <source>% in offensive half</source>
        <translation>% en moitié offensive</translation>
    </message>
    <message>
        <source>Share of the game spent in the other team&apos;s half.</source>
        <translation>Part du match passée dans la moitié adverse.</translation>
    </message>
    <message>
        <source>% behind the ball</source>
        <translation>% derrière la balle</translation>
    </message>
    <message>
        <source>Share of the game spent between the ball and the player&apos;s own goal.</source>
        <translation>Part du match passée entre la balle et son propre but.</translation>
    </message>
    <message>
        <source>% in front of the ball</source>
        <translation>% devant la balle</translation>
    </message>
    <message>
        <source>Share of the game spent between the ball and the other team&apos;s goal.</source>
        <translation>Part du match passée entre la balle et le but adverse.</translation>
    </message>
    <message>
        <source>% most back</source>
        <translation>% le plus en retrait</translation>
    </message>
    <message>
        <source>Share of the game spent as the team&apos;s last player back.</source>
        <translation>Part du match passée comme dernier joueur de l&apos;équipe en défense.</translation>
    </message>
    <message>
        <source>% most forward</source>
        <translation>% le plus avancé</translation>
    </message>
    <message>
        <source>Share of the game spent as the team&apos;s player furthest forward.</source>
        <translation>Part du match passée comme joueur le plus avancé de l&apos;équipe.</translation>
    </message>
    <message>
        <source>% closest to ball</source>
        <translation>% le plus près de la balle</translation>
    </message>
    <message>
        <source>Share of the game spent as the team&apos;s player closest to the ball.</source>
        <translation>Part du match passée comme joueur de l&apos;équipe le plus proche de la balle.</translation>
    </message>
    <message>
        <source>% farthest from ball</source>
        <translation>% le plus loin de la balle</translation>
    </message>
    <message>
        <source>Share of the game spent as the team&apos;s player farthest from the ball.</source>
        <translation>Part du match passée comme joueur de l&apos;équipe le plus éloigné de la balle.</translation>
    </message>
    <message>
        <source>Demos inflicted</source>
        <translation>Démos infligées</translation>
    </message>
    <message>
        <source>Opponents demolished.</source>
        <translation>Adversaires démolis.</translation>
    </message>
    <message>
        <source>Demos taken</source>
        <translation>Démos subies</translation>
    </message>
    <message>
        <source>Times the player was demolished.</source>
        <translation>Nombre de fois où le joueur a été démoli.</translation>
    </message>
    <message>
        <source>aggregating stats</source>
        <translation>l&apos;agrégation des stats</translation>
    </message>
    <message>
        <source>listing replays</source>
        <translation>la liste des replays</translation>
    </message>
    <message>
        <source>listing players</source>
        <translation>la liste des joueurs</translation>
    </message>
    <message>
        <source>analysing the cache</source>
        <translation>l&apos;analyse du cache</translation>
    </message>
    <message>
        <source>suggesting a config</source>
        <translation>la suggestion d&apos;une config</translation>
    </message>
    <message>
        <source>summing stats per day</source>
        <translation>la somme des stats par jour</translation>
    </message>
    <message>
        <source>listing the filter&apos;s choices</source>
        <translation>la liste des choix du filtre</translation>
    </message>
    <message>
        <source>counting games</source>
        <translation>le comptage des matchs</translation>
    </message>
    <message>
        <source>reading the cache</source>
        <translation>la lecture du cache</translation>
    </message>
    <message>
        <source>summing the sides of my games</source>
        <translation>la somme des équipes de mes matchs</translation>
    </message>
    <message>
        <source>saving player roles</source>
        <translation>l&apos;enregistrement des rôles des joueurs</translation>
    </message>
</context>
<context>
    <name>bcs::StatsCharts</name>
    <message>
        <source>week of %1</source>
        <translation>semaine du %1</translation>
    </message>
    <message>
        <source>No games with details under this filter.</source>
        <translation>Aucun match avec détails pour ce filtre.</translation>
    </message>
    <message>
        <source>%1: %2 over %3 — click for the replays</source>
        <translation>%1&#xa0;: %2 sur %3 — cliquez pour voir les replays</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Matchs</translation>
    </message>
    <message>
        <source>No games under this filter.</source>
        <translation>Aucun match pour ce filtre.</translation>
    </message>
    <message>
        <source>%1: %2, %3 with details, win rate %4</source>
        <translation>%1&#xa0;: %2, %3 avec détails, taux de victoire %4</translation>
    </message>
    <message>
        <source>%1, %2: %3 over %4</source>
        <translation>%1, %2&#xa0;: %3 sur %4</translation>
    </message>
</context>
<context>
    <name>bcs::StatsHeadline</name>
    <message>
        <source>few games</source>
        <translation>peu de matchs</translation>
    </message>
    <message>
        <source>My record</source>
        <translation>Mon bilan</translation>
    </message>
    <message>
        <source>My win rate</source>
        <translation>Mon taux de victoire</translation>
    </message>
    <message>
        <source>What the numbers cover</source>
        <translation>Ce que couvrent les chiffres</translation>
    </message>
    <message>
        <source>Few games</source>
        <translation>Peu de matchs</translation>
    </message>
    <message>
        <source>Fewer than %1 games: the win rate can still move a lot with each game. The ± interval says by how much.</source>
        <translation>Moins de %1 matchs&#xa0;: le taux de victoire peut encore beaucoup bouger à chaque match. L&apos;intervalle ± indique de combien.</translation>
    </message>
    <message>
        <source>No games under this filter</source>
        <translation>Aucun match pour ce filtre</translation>
    </message>
    <message>
        <source>%1 · %2 won · %3 lost · %4 tied</source>
        <translation>%1 · %2 gagnés · %3 perdus · %4 nuls</translation>
    </message>
    <message>
        <source>Win rate %1 ± %2</source>
        <translation>Taux de victoire %1 ± %2</translation>
    </message>
    <message>
        <source>95 % Wilson interval: %1 – %2. Over %3 the true win rate is most likely within this range.</source>
        <translation>Intervalle de Wilson à 95 %&#xa0;: %1 – %2. Sur %3, le vrai taux de victoire se trouve très probablement dans cette plage.</translation>
    </message>
    <message>
        <source>Widen the filter to see results and stats.</source>
        <translation>Élargissez le filtre pour voir résultats et stats.</translation>
    </message>
    <message>
        <source>Results and detailed stats over the %1 you played.</source>
        <translation>Résultats et stats détaillées sur les %1 que vous avez joués.</translation>
    </message>
    <message>
        <source>Results over the %1 you played; detailed stats over %2 — the details of the others have not arrived yet.</source>
        <translation>Résultats sur les %1 que vous avez joués&#xa0;; stats détaillées sur %2 — les détails des autres ne sont pas encore arrivés.</translation>
    </message>
</context>
<context>
    <name>bcs::StatsPage</name>
    <message>
        <source>Stats</source>
        <translation>Stats</translation>
    </message>
    <message>
        <source>Your stats, your teammates&apos; and your opponents&apos;, side by side, with charts over time.</source>
        <translation>Vos stats, celles de vos coéquipiers et de vos adversaires, côte à côte, avec des graphiques dans le temps.</translation>
    </message>
    <message>
        <source>&amp;Per game</source>
        <translation>&amp;Par match</translation>
    </message>
    <message>
        <source>&amp;Totals</source>
        <translation>&amp;Totaux</translation>
    </message>
    <message>
        <source>Show values per game</source>
        <translation>Afficher les valeurs par match</translation>
    </message>
    <message>
        <source>Show totals</source>
        <translation>Afficher les totaux</translation>
    </message>
    <message>
        <source>Every stat as a mean per game: fair between roles with different numbers of games.</source>
        <translation>Chaque stat en moyenne par match&#xa0;: équitable entre rôles aux nombres de matchs différents.</translation>
    </message>
    <message>
        <source>Counts and times summed over the games; rates and percentages stay means per game.</source>
        <translation>Nombres et durées additionnés sur les matchs&#xa0;; taux et pourcentages restent des moyennes par match.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>Updating the numbers</source>
        <translation>Mise à jour des chiffres</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Stats of every role side by side</source>
        <translation>Stats de chaque rôle côte à côte</translation>
    </message>
    <message>
        <source>Sort as the catalogue</source>
        <translation>Trier comme le catalogue</translation>
    </message>
    <message>
        <source>Chart of the selected stat by role</source>
        <translation>Graphique de la stat sélectionnée par rôle</translation>
    </message>
    <message>
        <source>The selected stat by role</source>
        <translation>La stat sélectionnée par rôle</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Enregistrer le graphique en image PNG</translation>
    </message>
    <message>
        <source>Save the chart by role as PNG</source>
        <translation>Enregistrer le graphique par rôle en PNG</translation>
    </message>
    <message>
        <source>Chart of the selected stat over time</source>
        <translation>Graphique de la stat sélectionnée dans le temps</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Period of the chart over time</source>
        <translation>Période du graphique dans le temps</translation>
    </message>
    <message>
        <source>Roles in the chart over time</source>
        <translation>Rôles du graphique dans le temps</translation>
    </message>
    <message>
        <source>Choose whose line the chart draws</source>
        <translation>Choisir les courbes que trace le graphique</translation>
    </message>
    <message>
        <source>The selected stat over time</source>
        <translation>La stat sélectionnée dans le temps</translation>
    </message>
    <message>
        <source>Save the chart over time as PNG</source>
        <translation>Enregistrer le graphique dans le temps en PNG</translation>
    </message>
    <message>
        <source>The stats could not be read: %1. Try again after the sync, or restart the app.</source>
        <translation>Les stats n&apos;ont pas pu être lues&#xa0;: %1. Réessayez après la synchronisation, ou redémarrez l&apos;application.</translation>
    </message>
    <message>
        <source>%1 by role</source>
        <translation>%1 par rôle</translation>
    </message>
    <message>
        <source>No roles</source>
        <translation>Aucun rôle</translation>
    </message>
    <message>
        <source>%1 roles</source>
        <translation>%1 rôles</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 dans le temps</translation>
    </message>
    <message>
        <source>%1: games with details</source>
        <translation>%1&#xa0;: matchs avec détails</translation>
    </message>
    <message>
        <source>%1: games</source>
        <translation>%1&#xa0;: matchs</translation>
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
        <translation>%1 copié</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démo</translation>
    </message>
    <message>
        <source>A generated cache of its own; a real sync never writes into it</source>
        <translation>Un cache généré à part&#xa0;; une vraie synchronisation n&apos;y écrit jamais</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Pas de clé d&apos;API</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The ballchasing API key comes from %1</source>
        <translation>La clé d&apos;API ballchasing vient de&#xa0;: %1</translation>
    </message>
    <message>
        <source>API off</source>
        <translation>API désactivée</translation>
    </message>
    <message>
        <source>The local API server is turned off in Settings</source>
        <translation>Le serveur d&apos;API locale est désactivé dans les Paramètres</translation>
    </message>
    <message>
        <source>API error</source>
        <translation>Erreur d&apos;API</translation>
    </message>
    <message>
        <source>The local API server could not start: %1</source>
        <translation>Le serveur d&apos;API locale n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>The local API for a browser or scripts; click to copy the address</source>
        <translation>L&apos;API locale pour un navigateur ou des scripts&#xa0;; cliquez pour copier l&apos;adresse</translation>
    </message>
</context>
<context>
    <name>bcs::Storage</name>
    <message>
        <source>a stored replay detail is damaged (%1)</source>
        <translation>un détail de replay enregistré est endommagé (%1)</translation>
    </message>
    <message>
        <source>looking up cached replays</source>
        <translation>la recherche des replays en cache</translation>
    </message>
    <message>
        <source>remembering listed replays</source>
        <translation>la mémorisation des replays listés</translation>
    </message>
    <message>
        <source>storing replay %1</source>
        <translation>l&apos;enregistrement du replay %1</translation>
    </message>
    <message>
        <source>storing %1 replays</source>
        <translation>l&apos;enregistrement de %1 replays</translation>
    </message>
    <message>
        <source>recording a failed fetch</source>
        <translation>l&apos;enregistrement d&apos;une récupération échouée</translation>
    </message>
    <message>
        <source>listing replays to fetch</source>
        <translation>la liste des replays à récupérer</translation>
    </message>
    <message>
        <source>counting replays</source>
        <translation>le comptage des replays</translation>
    </message>
    <message>
        <source>reading replay %1</source>
        <translation>la lecture du replay %1</translation>
    </message>
    <message>
        <source>listing replays</source>
        <translation>la liste des replays</translation>
    </message>
    <message>
        <source>counting replays per day</source>
        <translation>le comptage des replays par jour</translation>
    </message>
    <message>
        <source>reading the player config</source>
        <translation>la lecture de la config des joueurs</translation>
    </message>
    <message>
        <source>the saved player config is damaged: %1</source>
        <translation>la config des joueurs enregistrée est endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <source>saving the player config</source>
        <translation>l&apos;enregistrement de la config des joueurs</translation>
    </message>
    <message>
        <source>reading players</source>
        <translation>la lecture des joueurs</translation>
    </message>
    <message>
        <source>reading accounts</source>
        <translation>la lecture des comptes</translation>
    </message>
    <message>
        <source>saving player roles</source>
        <translation>l&apos;enregistrement des rôles des joueurs</translation>
    </message>
    <message>
        <source>saving request times</source>
        <translation>l&apos;enregistrement des horaires de requêtes</translation>
    </message>
    <message>
        <source>reading request times</source>
        <translation>la lecture des horaires de requêtes</translation>
    </message>
    <message>
        <source>pruning request times</source>
        <translation>le nettoyage des horaires de requêtes</translation>
    </message>
    <message>
        <source>saving the map names</source>
        <translation>l&apos;enregistrement des noms de cartes</translation>
    </message>
    <message>
        <source>reading the map names</source>
        <translation>la lecture des noms de cartes</translation>
    </message>
    <message>
        <source>writing settings of the cache</source>
        <translation>l&apos;écriture des paramètres du cache</translation>
    </message>
    <message>
        <source>reading settings of the cache</source>
        <translation>la lecture des paramètres du cache</translation>
    </message>
    <message>
        <source>the disk is full while %1; free some space and sync again (nothing stored so far is lost)</source>
        <translation>le disque est plein pendant %1&#xa0;; libérez de l&apos;espace et synchronisez à nouveau (rien de ce qui est déjà enregistré n&apos;est perdu)</translation>
    </message>
    <message>
        <source>the cache is damaged (%1) while %2</source>
        <translation>le cache est endommagé (%1) pendant %2</translation>
    </message>
    <message>
        <source>the cache cannot be written (%1) while %2; check that its folder is writable</source>
        <translation>le cache ne peut pas être écrit (%1) pendant %2&#xa0;; vérifiez que son dossier est accessible en écriture</translation>
    </message>
    <message>
        <source>the cache is busy (%1) while %2</source>
        <translation>le cache est occupé (%1) pendant %2</translation>
    </message>
    <message>
        <source>database error while %1: %2</source>
        <translation>erreur de base de données pendant %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>starting the sync log</source>
        <translation>le démarrage du journal de synchronisation</translation>
    </message>
    <message>
        <source>updating the sync log</source>
        <translation>la mise à jour du journal de synchronisation</translation>
    </message>
    <message>
        <source>reading the sync log</source>
        <translation>la lecture du journal de synchronisation</translation>
    </message>
    <message>
        <source>recording a completed listing</source>
        <translation>l&apos;enregistrement d&apos;une liste terminée</translation>
    </message>
    <message>
        <source>recovering the sync log</source>
        <translation>la récupération du journal de synchronisation</translation>
    </message>
</context>
<context>
    <name>bcs::Sync</name>
    <message>
        <source>ballchasing answered with another replay (%1)</source>
        <translation>ballchasing a répondu avec un autre replay (%1)</translation>
    </message>
    <message>
        <source>ballchasing could not process this replay file</source>
        <translation>ballchasing n&apos;a pas pu traiter ce fichier de replay</translation>
    </message>
</context>
<context>
    <name>bcs::SyncCommand</name>
    <message>
        <source>%1: found %2 · fetched %3 of %8 due · skipped %4 · failed %5 · pending %6 · %7/s</source>
        <translation>%1&#xa0;: %2 trouvés · %3 récupérés sur %8 prévus · %4 ignorés · %5 en échec · %6 en attente · %7/s</translation>
    </message>
    <message>
        <source> · ETA %1</source>
        <translation> · reste %1</translation>
    </message>
    <message>
        <source>bcstats: --%1 &apos;%2&apos; is not a date; use YYYY-MM-DD or RFC 3339 (2024-05-01T18:00:00+02:00)</source>
        <translation>bcstats&#xa0;: --%1 «&#xa0;%2&#xa0;» n&apos;est pas une date&#xa0;; utilisez AAAA-MM-JJ ou RFC 3339 (2024-05-01T18:00:00+02:00)</translation>
    </message>
    <message>
        <source>bcstats: --after is later than --before</source>
        <translation>bcstats&#xa0;: --after est postérieur à --before</translation>
    </message>
    <message>
        <source>Already synced: sync #%1 (started %2) covers this range; use --force to sync it again.</source>
        <translation>Déjà synchronisé&#xa0;: la synchronisation n° %1 (démarrée le %2) couvre cette période&#xa0;; utilisez --force pour la synchroniser à nouveau.</translation>
    </message>
    <message>
        <source>bcstats: %1</source>
        <translation>bcstats&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync #%1 %2: %3 found, %4 fetched, %5 already cached, %6 failed, %7 pending, %8 requests.</source>
        <translation>Synchronisation n° %1 %2&#xa0;: %3 trouvés, %4 récupérés, %5 déjà en cache, %6 en échec, %7 en attente, %8 requêtes.</translation>
    </message>
    <message>
        <source>  not stored: %1 (%2)</source>
        <translation>  non enregistré&#xa0;: %1 (%2)</translation>
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
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>bcs::SyncHistoryModel</name>
    <message>
        <source>everything</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Cancelled (listing complete)</source>
        <translation>Annulée (liste terminée)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échouée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Listed replays whose details were already cached</source>
        <translation>Replays listés dont les détails étaient déjà en cache</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvés</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Récupérés</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>En cache</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
</context>
<context>
    <name>bcs::SyncManager</name>
    <message>
        <source>the sync service is not running</source>
        <translation>le service de synchronisation ne tourne pas</translation>
    </message>
</context>
<context>
    <name>bcs::SyncOverview</name>
    <message>
        <source>finding where the season began</source>
        <translation>la recherche du début de la saison</translation>
    </message>
    <message>
        <source>counting player names</source>
        <translation>le comptage des noms de joueurs</translation>
    </message>
    <message>
        <source>reading what the sync brought</source>
        <translation>la lecture de l&apos;apport de la synchronisation</translation>
    </message>
    <message>
        <source>counting cached replays</source>
        <translation>le comptage des replays en cache</translation>
    </message>
</context>
<context>
    <name>bcs::SyncPage</name>
    <message>
        <source>Sync &amp;again where already synced</source>
        <translation>&amp;Resynchroniser les périodes déjà synchronisées</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Lists the range again even where an earlier sync covered it, to pick up late uploads</source>
        <translation>Liste à nouveau la période même là où une synchronisation précédente l&apos;a couverte, pour récupérer les envois tardifs</translation>
    </message>
    <message>
        <source>Sync the range (F5)</source>
        <translation>Synchroniser la période (F5)</translation>
    </message>
    <message>
        <source>Stop the running sync (Esc); the next one continues where it stopped</source>
        <translation>Arrêter la synchronisation en cours (Échap)&#xa0;; la suivante reprend là où elle s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>What to sync</source>
        <translation>Quoi synchroniser</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Limites de débit</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>ballchasing rejected the API key (%1). Check it in Settings.</source>
        <translation>ballchasing a refusé la clé d&apos;API (%1). Vérifiez-la dans les Paramètres.</translation>
    </message>
    <message>
        <source>This is demo data: it is never synced</source>
        <translation>Ce sont des données de démo&#xa0;: elles ne sont jamais synchronisées</translation>
    </message>
    <message>
        <source>Add your ballchasing API key in Settings first</source>
        <translation>Ajoutez d&apos;abord votre clé d&apos;API ballchasing dans les Paramètres</translation>
    </message>
    <message>
        <source>Checking what is already cached…</source>
        <translation>Vérification de ce qui est déjà en cache…</translation>
    </message>
    <message>
        <source>No sync is running.</source>
        <translation>Aucune synchronisation en cours.</translation>
    </message>
    <message>
        <source>Already synced: %1 — covered by the sync of %2. Tick “Sync again” to list the range once more for late uploads.</source>
        <translation>Déjà synchronisé&#xa0;: %1 — couvert par la synchronisation du %2. Cochez «&#xa0;Resynchroniser&#xa0;» pour lister la période une fois de plus et récupérer les envois tardifs.</translation>
    </message>
    <message>
        <source>A sync is already running; its progress is below.</source>
        <translation>Une synchronisation est déjà en cours&#xa0;; sa progression est ci-dessous.</translation>
    </message>
    <message>
        <source>The sync could not start: %1</source>
        <translation>La synchronisation n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failures (%1)</source>
        <translation>Échecs (%1)</translation>
    </message>
    <message>
        <source>; %1 could not be stored (see Failures)</source>
        <translation>; %1 n&apos;ont pas pu être enregistrés (voir Échecs)</translation>
    </message>
    <message>
        <source>Sync completed: %1 fetched</source>
        <translation>Synchronisation terminée&#xa0;: %1 récupérés</translation>
    </message>
    <message>
        <source>Sync cancelled after %1 fetched. The next sync continues where this one stopped.</source>
        <translation>Synchronisation annulée après %1 récupérés. La prochaine synchronisation reprend là où celle-ci s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>The cache could not be read: %1</source>
        <translation>Le cache n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>%1 en cache</translation>
    </message>
    <message>
        <source> · %1 more listed, details to come</source>
        <translation> · %1 de plus listés, détails à venir</translation>
    </message>
    <message>
        <source> · last sync %1</source>
        <translation> · dernière synchronisation %1</translation>
    </message>
    <message>
        <source> · never synced</source>
        <translation> · jamais synchronisé</translation>
    </message>
    <message>
        <source>Replays</source>
        <translation>Replays</translation>
    </message>
    <message>
        <source>Replays per day appear here after your first sync.</source>
        <translation>Les replays par jour apparaissent ici après votre première synchronisation.</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>%1 already cached</source>
        <translation>%1 déjà en cache</translation>
    </message>
    <message>
        <source>Demo data: nothing is synced</source>
        <translation>Données de démo&#xa0;: rien n&apos;est synchronisé</translation>
    </message>
    <message>
        <source>Add your API key to see how many replays ballchasing has</source>
        <translation>Ajoutez votre clé d&apos;API pour voir combien de replays ballchasing possède</translation>
    </message>
    <message>
        <source>Asking ballchasing how many replays %1 are…</source>
        <translation>Demande à ballchasing le nombre de %1…</translation>
    </message>
    <message>
        <source>ballchasing has %1 of yours in this range</source>
        <translation>ballchasing compte %1 à vous sur cette période</translation>
    </message>
    <message>
        <source>ballchasing could not say how many replays there are: %1</source>
        <translation>ballchasing n&apos;a pas pu indiquer combien de replays il y a&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>bcs::SyncProgressPanel</name>
    <message>
        <source>No sync is running.</source>
        <translation>Aucune synchronisation en cours.</translation>
    </message>
    <message>
        <source>Checking what is already cached…</source>
        <translation>Vérification de ce qui est déjà en cache…</translation>
    </message>
    <message>
        <source>Listing your replays: %1 so far</source>
        <translation>Liste de vos replays&#xa0;: %1 pour l&apos;instant</translation>
    </message>
    <message>
        <source>Listing complete: players and results are ready to look at. Fetching the details of each game…</source>
        <translation>Liste terminée&#xa0;: joueurs et résultats sont prêts à consulter. Récupération des détails de chaque match…</translation>
    </message>
    <message>
        <source>%1 of %2 details</source>
        <translation>%1 détails sur %2</translation>
    </message>
    <message>
        <source>%1 found · %2 fetched · %3 already cached · %4 failed · %5 pending</source>
        <translation>%1 trouvés · %2 récupérés · %3 déjà en cache · %4 en échec · %5 en attente</translation>
    </message>
    <message>
        <source>%1 details/s of the tier&apos;s %2/s</source>
        <translation>%1 détails/s sur les %2/s du niveau</translation>
    </message>
    <message>
        <source>%1 details/s</source>
        <translation>%1 détails/s</translation>
    </message>
    <message>
        <source> · about %1 left (the hourly limit included)</source>
        <translation> · environ %1 restant (limite horaire incluse)</translation>
    </message>
    <message>
        <source>ballchasing asked us to slow down (%1)</source>
        <translation>ballchasing nous a demandé de ralentir (%1)</translation>
    </message>
</context>
<context>
    <name>bcs::SyncRangeEditor</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <source>This &amp;season</source>
        <translation>Cette sa&amp;ison</translation>
    </message>
    <message>
        <source>Leave unticked to sync from your first replay</source>
        <translation>Laisser décoché pour synchroniser depuis votre premier replay</translation>
    </message>
    <message>
        <source>Leave unticked to sync up to now</source>
        <translation>Laisser décoché pour synchroniser jusqu&apos;à maintenant</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Last &amp;7 days</source>
        <translation>&amp;7 derniers jours</translation>
    </message>
    <message>
        <source>Last &amp;30 days</source>
        <translation>&amp;30 derniers jours</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Tout</translation>
    </message>
    <message>
        <source>Known after a first sync</source>
        <translation>Connu après une première synchronisation</translation>
    </message>
    <message>
        <source>Since %1, the first game of the newest season you played</source>
        <translation>Depuis le %1, le premier match de la saison la plus récente que vous avez jouée</translation>
    </message>
    <message>
        <source>all your replays</source>
        <translation>tous vos replays</translation>
    </message>
    <message>
        <source>your replays since %1</source>
        <translation>vos replays depuis le %1</translation>
    </message>
    <message>
        <source>your replays until %1</source>
        <translation>vos replays jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>your replays from %1 to %2</source>
        <translation>vos replays du %1 au %2</translation>
    </message>
</context>
<context>
    <name>bcs::SyncWorker</name>
    <message>
        <source>the application was closed during the sync</source>
        <translation>l&apos;application a été fermée pendant la synchronisation</translation>
    </message>
    <message>
        <source>a sync is already running (id %1)</source>
        <translation>une synchronisation est déjà en cours (id %1)</translation>
    </message>
    <message>
        <source>listing replays failed: %1</source>
        <translation>la liste des replays a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>bcs::TableExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>The table was not exported: %1.</source>
        <translation>Le tableau n&apos;a pas été exporté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copier les lignes</translation>
    </message>
</context>
<context>
    <name>bcs::TextFormat</name>
    <message>
        <source>1 replay</source>
        <translation>1 replay</translation>
    </message>
    <message>
        <source>%1 replays</source>
        <translation>%1 replays</translation>
    </message>
    <message>
        <source>1 game</source>
        <translation>1 match</translation>
    </message>
    <message>
        <source>%1 games</source>
        <translation>%1 matchs</translation>
    </message>
    <message>
        <source>1 name</source>
        <translation>1 nom</translation>
    </message>
    <message>
        <source>%1 names</source>
        <translation>%1 noms</translation>
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
        <translation>%1 jours %2 h</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>il y a une minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>il y a %1 minutes</translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>il y a une heure</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>il y a %1 heures</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>il y a %1 jours</translation>
    </message>
</context>
<context>
    <name>bcs::WelcomePage</name>
    <message>
        <source>&amp;Test key</source>
        <translation>&amp;Tester la clé</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>&amp;Enregistrer la clé</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <source>Welcome to Ballchasing Stats</source>
        <translation>Bienvenue dans Ballchasing Stats</translation>
    </message>
    <message>
        <source>Ballchasing Stats copies your Rocket League replays from ballchasing.com to this computer and shows how you, your regular teammates and your opponents play — per game, over time and in every playlist. Paste your ballchasing API key to start, or look around with demo data first.</source>
        <translation>Ballchasing Stats copie vos replays Rocket League de ballchasing.com sur cet ordinateur et montre comment vous, vos coéquipiers réguliers et vos adversaires jouez — par match, dans le temps et dans chaque playlist. Collez votre clé d&apos;API ballchasing pour commencer, ou explorez d&apos;abord avec les données de démo.</translation>
    </message>
    <message>
        <source>Paste your ballchasing API key</source>
        <translation>Collez votre clé d&apos;API ballchasing</translation>
    </message>
    <message>
        <source>ballchasing API key</source>
        <translation>clé d&apos;API ballchasing</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source>Get your key at &lt;a href=&quot;%1&quot;&gt;ballchasing.com/upload&lt;/a&gt; (sign in with Steam, then “Create new key”). It is kept in your system&apos;s keychain.</source>
        <translation>Obtenez votre clé sur &lt;a href=&quot;%1&quot;&gt;ballchasing.com/upload&lt;/a&gt; (connectez-vous avec Steam, puis «&#xa0;Create new key&#xa0;»). Elle est conservée dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>No key yet?</source>
        <translation>Pas encore de clé&#xa0;?</translation>
    </message>
    <message>
        <source>Asking ballchasing…</source>
        <translation>Interrogation de ballchasing…</translation>
    </message>
    <message>
        <source>ballchasing rejected this key. Copy it again from ballchasing.com/upload; it may have been revoked.</source>
        <translation>ballchasing a refusé cette clé. Copiez-la à nouveau depuis ballchasing.com/upload&#xa0;; elle a peut-être été révoquée.</translation>
    </message>
    <message>
        <source>The key could not be tested: %1</source>
        <translation>La clé n&apos;a pas pu être testée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The key works: account %1, %2 tier.</source>
        <translation>La clé fonctionne&#xa0;: compte %1, niveau %2.</translation>
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
        <translation>Différence de buts</translation>
    </message>
    <message>
        <source>No games with details under these filters</source>
        <translation>Aucun match avec détails pour ces filtres</translation>
    </message>
    <message>
        <source>My games</source>
        <translation>Mes matchs</translation>
    </message>
    <message>
        <source>Least squares (r² %1)</source>
        <translation>Moindres carrés (r² %1)</translation>
    </message>
    <message>
        <source>Win rate (%)</source>
        <translation>Taux de victoire (%)</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de victoire</translation>
    </message>
    <message>
        <source>%1 %2: %3 won of %4</source>
        <translation>%1 %2&#xa0;: %3 gagnés sur %4</translation>
    </message>
    <message>
        <source>Every stat against the goal difference of your games: the higher “explains”, the more your results move with it. Select a stat to see its games.</source>
        <translation>Chaque stat face à la différence de buts de vos matchs&#xa0;: plus «&#xa0;explique&#xa0;» est haut, plus vos résultats varient avec elle. Sélectionnez une stat pour voir ses matchs.</translation>
    </message>
    <message>
        <source>Stats ranked by how they go with goal difference</source>
        <translation>Stats classées selon leur lien avec la différence de buts</translation>
    </message>
    <message>
        <source>The selected stat against goal difference</source>
        <translation>La stat sélectionnée face à la différence de buts</translation>
    </message>
    <message>
        <source>Win rate by the selected stat</source>
        <translation>Taux de victoire selon la stat sélectionnée</translation>
    </message>
</context>
<context>
    <name>bcs::WindowSession</name>
    <message>
        <source>The demo could not be started</source>
        <translation>La démo n&apos;a pas pu être lancée</translation>
    </message>
</context>
</TS>
