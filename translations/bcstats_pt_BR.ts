<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>bcs::AnalysisPage</name>
    <message>
        <source>Analysis</source>
        <translation>Análise</translation>
    </message>
    <message>
        <source>What wins games: results per scoreline, per lineup of teammates, and how each stat goes with winning.</source>
        <translation>O que ganha jogos: resultados por placar, por escalação de colegas e como cada estatística acompanha a vitória.</translation>
    </message>
    <message>
        <source>Score (mine first)</source>
        <translation>Placar (meu primeiro)</translation>
    </message>
    <message>
        <source>Goal difference</source>
        <translation>Saldo de gols</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Jogo</translation>
    </message>
    <message>
        <source>Analyses</source>
        <translation>Análises</translation>
    </message>
    <message>
        <source>Per score</source>
        <translation>Por placar</translation>
    </message>
    <message>
        <source>By goal difference</source>
        <translation>Por saldo de gols</translation>
    </message>
    <message>
        <source>Per game</source>
        <translation>Por jogo</translation>
    </message>
    <message>
        <source>What matters</source>
        <translation>O que importa</translation>
    </message>
    <message>
        <source>Lineups</source>
        <translation>Escalações</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Every stat ranked by how strongly it goes with goal difference in your games</source>
        <translation>Cada estatística ordenada por quanto acompanha o saldo de gols nos seus jogos</translation>
    </message>
    <message>
        <source>Show these replays</source>
        <translation>Mostrar estes replays</translation>
    </message>
</context>
<context>
    <name>bcs::Api</name>
    <message>
        <source>the body must be the config, e.g. {&quot;me&quot;: [&quot;name&quot;], &quot;teammates&quot;: {}}</source>
        <translation>o corpo deve ser a config, por ex. {&quot;me&quot;: [&quot;name&quot;], &quot;teammates&quot;: {}}</translation>
    </message>
    <message>
        <source>replay %1 is not in the cache; sync first</source>
        <translation>o replay %1 não está no cache; sincronize primeiro</translation>
    </message>
    <message>
        <source>Method Not Allowed: %1 %2 accepts GET</source>
        <translation>Método não permitido: %1 %2 aceita GET</translation>
    </message>
    <message>
        <source>Forbidden: %1 is outside the static directory</source>
        <translation>Proibido: %1 está fora do diretório estático</translation>
    </message>
    <message>
        <source>Not Found: %1</source>
        <translation>Não encontrado: %1</translation>
    </message>
    <message>
        <source>Not Found: %1 (the API is under /api; set BCSTATS_STATIC_DIR to serve a frontend here)</source>
        <translation>Não encontrado: %1 (a API fica em /api; defina BCSTATS_STATIC_DIR para servir um frontend aqui)</translation>
    </message>
    <message>
        <source>stat is required, e.g. stat=core.saves or stat=boost.bpm</source>
        <translation>stat é obrigatório, por ex. stat=core.saves ou stat=boost.bpm</translation>
    </message>
    <message>
        <source>stat: &apos;%1&apos; is not a stat; use group.key, e.g. core.saves, boost.bpm, movement.avg_speed</source>
        <translation>stat: &apos;%1&apos; não é uma estatística; use grupo.chave, por ex. core.saves, boost.bpm, movement.avg_speed</translation>
    </message>
    <message>
        <source>stat is required; accepted: %1, or group.key of any stat, e.g. core.saves</source>
        <translation>stat é obrigatório; aceitos: %1, ou grupo.chave de qualquer estatística, por ex. core.saves</translation>
    </message>
    <message>
        <source>stat: &apos;%1&apos; is not a stat; accepted: %2, or group.key of any stat, e.g. core.saves</source>
        <translation>stat: &apos;%1&apos; não é uma estatística; aceitos: %2, ou grupo.chave de qualquer estatística, por ex. core.saves</translation>
    </message>
    <message>
        <source>role: &apos;%1&apos; is not a role; accepted: %2</source>
        <translation>role: &apos;%1&apos; não é um papel; aceitos: %2</translation>
    </message>
    <message>
        <source>&quot;me&quot; is not configured: say which names are yours with PUT /api/players/config</source>
        <translation>&quot;me&quot; não está configurado: diga quais nomes são seus com PUT /api/players/config</translation>
    </message>
    <message>
        <source>replay-date-after is later than replay-date-before</source>
        <translation>replay-date-after é posterior a replay-date-before</translation>
    </message>
    <message>
        <source>bucket: &apos;%1&apos; is not week or month</source>
        <translation>bucket: &apos;%1&apos; não é week nem month</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;; accepted: %2</source>
        <translation>campo desconhecido &apos;%1&apos;; aceitos: %2</translation>
    </message>
    <message>
        <source>%1 must be a string date</source>
        <translation>%1 deve ser uma data em string</translation>
    </message>
    <message>
        <source>No sync is running</source>
        <translation>Nenhuma sincronização em andamento</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Sincronização cancelada</translation>
    </message>
    <message>
        <source>A sync is already running (sync %1); wait for it or cancel it</source>
        <translation>Uma sincronização já está em andamento (sincronização %1); aguarde ou cancele</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date; use YYYY-MM-DD or RFC 3339, e.g. 2024-05-01T18:00:00+02:00</source>
        <translation>%1: &apos;%2&apos; não é uma data; use AAAA-MM-DD ou RFC 3339, por ex. 2024-05-01T18:00:00+02:00</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number from %3 to %4</source>
        <translation>%1: &apos;%2&apos; não é um número inteiro de %3 a %4</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not true or false</source>
        <translation>%1: &apos;%2&apos; não é true nem false</translation>
    </message>
    <message>
        <source>the body is not valid JSON: %1 at byte %2</source>
        <translation>o corpo não é JSON válido: %1 no byte %2</translation>
    </message>
    <message>
        <source>the body must be a JSON object</source>
        <translation>o corpo deve ser um objeto JSON</translation>
    </message>
    <message>
        <source>more than %1 bytes of blank lines before a request</source>
        <translation>mais de %1 bytes de linhas em branco antes de uma requisição</translation>
    </message>
    <message>
        <source>the request line and headers are over %1 bytes</source>
        <translation>a linha de requisição e os cabeçalhos passam de %1 bytes</translation>
    </message>
    <message>
        <source>folded header lines are not accepted</source>
        <translation>linhas de cabeçalho dobradas não são aceitas</translation>
    </message>
    <message>
        <source>header line &apos;%1&apos; has no name and colon</source>
        <translation>a linha de cabeçalho &apos;%1&apos; não tem nome e dois-pontos</translation>
    </message>
    <message>
        <source>Content-Length &apos;%1&apos; is not a byte count</source>
        <translation>Content-Length &apos;%1&apos; não é uma contagem de bytes</translation>
    </message>
    <message>
        <source>conflicting Content-Length headers</source>
        <translation>cabeçalhos Content-Length conflitantes</translation>
    </message>
    <message>
        <source>the request body is %1 bytes; the limit is %2</source>
        <translation>o corpo da requisição tem %1 bytes; o limite é %2</translation>
    </message>
    <message>
        <source>the chunked body&apos;s framing is over %1 bytes</source>
        <translation>o enquadramento do corpo chunked passa de %1 bytes</translation>
    </message>
    <message>
        <source>a chunk-size line must end with CRLF</source>
        <translation>uma linha de tamanho de chunk deve terminar com CRLF</translation>
    </message>
    <message>
        <source>chunk size &apos;%1&apos; is not hexadecimal</source>
        <translation>o tamanho de chunk &apos;%1&apos; não é hexadecimal</translation>
    </message>
    <message>
        <source>the chunked request body is over %1 bytes</source>
        <translation>o corpo chunked da requisição passa de %1 bytes</translation>
    </message>
    <message>
        <source>chunked trailers are not accepted</source>
        <translation>trailers chunked não são aceitos</translation>
    </message>
    <message>
        <source>a chunk must end with CRLF</source>
        <translation>um chunk deve terminar com CRLF</translation>
    </message>
    <message>
        <source>Host &apos;%1&apos; is not this server (it answers to %2; add names with BCSTATS_ALLOWED_HOSTS)</source>
        <translation>Host &apos;%1&apos; não é este servidor (ele responde a %2; adicione nomes com BCSTATS_ALLOWED_HOSTS)</translation>
    </message>
    <message>
        <source>origin &apos;%1&apos; is not allowed (BCSTATS_CORS_ORIGINS)</source>
        <translation>a origem &apos;%1&apos; não é permitida (BCSTATS_CORS_ORIGINS)</translation>
    </message>
    <message>
        <source>%1 from origin &apos;%2&apos; refused: that origin is not allowed (BCSTATS_CORS_ORIGINS)</source>
        <translation>%1 da origem &apos;%2&apos; recusado: essa origem não é permitida (BCSTATS_CORS_ORIGINS)</translation>
    </message>
    <message>
        <source>cross-site %1 refused (Sec-Fetch-Site: cross-site)</source>
        <translation>%1 entre sites recusado (Sec-Fetch-Site: cross-site)</translation>
    </message>
    <message>
        <source>request bodies must be JSON (Content-Type: application/json), not &apos;%1&apos;</source>
        <translation>os corpos de requisição devem ser JSON (Content-Type: application/json), não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>this server needs &apos;Authorization: Bearer &lt;token&gt;&apos; (BCSTATS_API_TOKEN)</source>
        <translation>este servidor exige &apos;Authorization: Bearer &lt;token&gt;&apos; (BCSTATS_API_TOKEN)</translation>
    </message>
    <message>
        <source>wrong bearer token</source>
        <translation>token bearer incorreto</translation>
    </message>
</context>
<context>
    <name>bcs::ApiKeySaver</name>
    <message>
        <source>system keychain</source>
        <translation>chaveiro do sistema</translation>
    </message>
    <message>
        <source>Saved in your system&apos;s keychain.</source>
        <translation>Salva no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>The key could not be saved: %1; %2</source>
        <translation>Não foi possível salvar a chave: %1; %2</translation>
    </message>
    <message>
        <source>.env file %1</source>
        <translation>arquivo .env %1</translation>
    </message>
    <message>
        <source>This system has no keychain (%1), so the key is saved in %2, readable only by you.</source>
        <translation>Este sistema não tem chaveiro (%1), então a chave foi salva em %2, legível só por você.</translation>
    </message>
    <message>
        <source>the key was removed</source>
        <translation>a chave foi removida</translation>
    </message>
    <message>
        <source>The key could not be removed: %1</source>
        <translation>Não foi possível remover a chave: %1</translation>
    </message>
    <message>
        <source>The key was removed.</source>
        <translation>A chave foi removida.</translation>
    </message>
    <message>
        <source>The key was removed from %1; the keychain said: %2</source>
        <translation>A chave foi removida de %1; o chaveiro disse: %2</translation>
    </message>
</context>
<context>
    <name>bcs::ApiKeyStore</name>
    <message>
        <source>the system keychain is not available (%1); set BALLCHASING_API_KEY in the environment or in a .env file instead</source>
        <translation>o chaveiro do sistema não está disponível (%1); defina BALLCHASING_API_KEY no ambiente ou em um arquivo .env</translation>
    </message>
    <message>
        <source>the system keychain did not answer within %1 s; set BALLCHASING_API_KEY in the environment or in a .env file instead</source>
        <translation>o chaveiro do sistema não respondeu em %1 s; defina BALLCHASING_API_KEY no ambiente ou em um arquivo .env</translation>
    </message>
    <message>
        <source>no ballchasing API key is set: enter it in the app (saved in the system keychain) or set BALLCHASING_API_KEY</source>
        <translation>nenhuma chave de API do ballchasing definida: informe-a no app (salva no chaveiro do sistema) ou defina BALLCHASING_API_KEY</translation>
    </message>
    <message>
        <source>the API key saved in the system keychain is empty</source>
        <translation>a chave de API salva no chaveiro do sistema está vazia</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>chaveiro do sistema</translation>
    </message>
    <message>
        <source>the system keychain did not answer in time; the key was not saved</source>
        <translation>o chaveiro do sistema não respondeu a tempo; a chave não foi salva</translation>
    </message>
    <message>
        <source>the system keychain did not answer in time</source>
        <translation>o chaveiro do sistema não respondeu a tempo</translation>
    </message>
</context>
<context>
    <name>bcs::ApiServer</name>
    <message>
        <source>refusing to listen on %1 without BCSTATS_API_TOKEN: anyone on the network could read your stats and start syncs; set a token or use 127.0.0.1</source>
        <translation>recusando escutar em %1 sem BCSTATS_API_TOKEN: qualquer um na rede poderia ler suas estatísticas e iniciar sincronizações; defina um token ou use 127.0.0.1</translation>
    </message>
</context>
<context>
    <name>bcs::ApiServerWorker</name>
    <message>
        <source>&apos;%1&apos; is not an IP address to listen on</source>
        <translation>&apos;%1&apos; não é um endereço IP para escutar</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>não é possível escutar em %1:%2: %3</translation>
    </message>
    <message>
        <source>Method Not Allowed: %1 %2 accepts %3</source>
        <translation>Método não permitido: %1 %2 aceita %3</translation>
    </message>
    <message>
        <source>Not Found: %1 %2 is not an API route; GET /api/openapi.json lists them</source>
        <translation>Não encontrado: %1 %2 não é uma rota da API; GET /api/openapi.json lista as rotas</translation>
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
        <translation>bcstats: os dados de demonstração nunca são sincronizados</translation>
    </message>
    <message>
        <source>demo data is never synced</source>
        <translation>os dados de demonstração nunca são sincronizados</translation>
    </message>
    <message>
        <source>bcstats: demo data in %1</source>
        <translation>bcstats: dados de demonstração em %1</translation>
    </message>
    <message>
        <source>bcstats: ballchasing API key from %1</source>
        <translation>bcstats: chave de API do ballchasing de %1</translation>
    </message>
    <message>
        <source>bcstats: no ballchasing API key: %1</source>
        <translation>bcstats: sem chave de API do ballchasing: %1</translation>
    </message>
    <message>
        <source>the demo data is never synced</source>
        <translation>os dados de demonstração nunca são sincronizados</translation>
    </message>
    <message>
        <source>bcstats: this build has no tables to export</source>
        <translation>bcstats: esta build não tem tabelas para exportar</translation>
    </message>
    <message>
        <source>API listening on %1</source>
        <translation>API escutando em %1</translation>
    </message>
    <message>
        <source>bcstats: API listening on %1</source>
        <translation>bcstats: API escutando em %1</translation>
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
        <translation>nenhuma chave de API do ballchasing configurada; defina BALLCHASING_API_KEY ou informe a chave no app</translation>
    </message>
</context>
<context>
    <name>bcs::Banner</name>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar esta mensagem</translation>
    </message>
</context>
<context>
    <name>bcs::BucketsModel</name>
    <message>
        <source>Take %1 out of their roles</source>
        <translation>Tirar %1 dos seus papéis</translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation>Atribuir %1 a %2</translation>
    </message>
    <message>
        <source>%1 (whole account)</source>
        <translation>%1 (conta inteira)</translation>
    </message>
    <message>
        <source>%1 — every name: %2</source>
        <translation>%1 — todos os nomes: %2</translation>
    </message>
    <message>
        <source>%1 · %2 in the table</source>
        <translation>%1 · %2 na tabela</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The names and accounts that are you. Drop names here.</source>
        <translation>Os nomes e contas que são você. Solte nomes aqui.</translation>
    </message>
    <message>
        <source>Drop names here to take them out of every role: they count as anonymous teammates or opponents.</source>
        <translation>Solte nomes aqui para tirá-los de todos os papéis: eles contam como colegas ou adversários anônimos.</translation>
    </message>
    <message>
        <source>A regular teammate: every name here counts as %1. Double-click or press F2 to rename.</source>
        <translation>Um colega fixo: cada nome aqui conta como %1. Clique duas vezes ou pressione F2 para renomear.</translation>
    </message>
    <message>
        <source>This account, whatever name it plays under</source>
        <translation>Esta conta, com qualquer nome que use</translation>
    </message>
    <message>
        <source>This name, on any account</source>
        <translation>Este nome, em qualquer conta</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renomear %1 para %2</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Papéis</translation>
    </message>
</context>
<context>
    <name>bcs::Chart</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Salvar gráfico como PNG…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Salvar gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Gráfico não salvo</translation>
    </message>
    <message>
        <source>The chart was not saved: %1.</source>
        <translation>O gráfico não foi salvo: %1.</translation>
    </message>
</context>
<context>
    <name>bcs::CommandLine</name>
    <message>
        <source>%1 syncs your ballchasing.com replays into a local cache and shows your stats, your teammates&apos; and your opponents&apos;.
Configuration keys (see .env.example) can be set in the environment or a .env file; these options override them.</source>
        <translation>%1 sincroniza seus replays do ballchasing.com em um cache local e mostra suas estatísticas, as dos seus colegas e as dos seus adversários.
As chaves de configuração (veja .env.example) podem ser definidas no ambiente ou em um arquivo .env; estas opções as substituem.</translation>
    </message>
    <message>
        <source>No window: run the API server until SIGINT/SIGTERM. Prints &quot;API listening on http://HOST:PORT&quot; when ready.</source>
        <translation>Sem janela: executa o servidor da API até SIGINT/SIGTERM. Imprime &quot;API listening on http://HOST:PORT&quot; quando estiver pronto.</translation>
    </message>
    <message>
        <source>Port of the embedded API (0 = any free port) [BCSTATS_API_PORT].</source>
        <translation>Porta da API embutida (0 = qualquer porta livre) [BCSTATS_API_PORT].</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Address the embedded API listens on [BCSTATS_API_HOST].</source>
        <translation>Endereço em que a API embutida escuta [BCSTATS_API_HOST].</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Directory holding cache.sqlite [BCSTATS_DATA_DIR].</source>
        <translation>Pasta que contém cache.sqlite [BCSTATS_DATA_DIR].</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>PASTA</translation>
    </message>
    <message>
        <source>Do not start the embedded API server.</source>
        <translation>Não inicia o servidor da API embutida.</translation>
    </message>
    <message>
        <source>Print the effective configuration and where each value came from, then exit.</source>
        <translation>Imprime a configuração efetiva e de onde veio cada valor, depois sai.</translation>
    </message>
    <message>
        <source>Print a commented .env template with every configuration key, then exit.</source>
        <translation>Imprime um modelo .env comentado com todas as chaves de configuração, depois sai.</translation>
    </message>
    <message>
        <source>With `sync`: only games played on or after DATE (YYYY-MM-DD or RFC 3339).</source>
        <translation>Com `sync`: só jogos de DATA em diante (AAAA-MM-DD ou RFC 3339).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>With `sync`: only games played on or before DATE (YYYY-MM-DD or RFC 3339).</source>
        <translation>Com `sync`: só jogos até DATA (AAAA-MM-DD ou RFC 3339).</translation>
    </message>
    <message>
        <source>With `sync`: sync even if the range was synced before.</source>
        <translation>Com `sync`: sincroniza mesmo se o intervalo já foi sincronizado.</translation>
    </message>
    <message>
        <source>Open generated demo data (in &lt;data dir&gt;/demo, built on first use) instead of your cache; nothing is synced into it.</source>
        <translation>Abre dados de demonstração gerados (em &lt;pasta de dados&gt;/demo, criados no primeiro uso) em vez do seu cache; nada é sincronizado neles.</translation>
    </message>
    <message>
        <source>Render every page at 1280x800 into DIR/&lt;page&gt;.png, then exit.</source>
        <translation>Renderiza cada página em 1280x800 em PASTA/&lt;página&gt;.png, depois sai.</translation>
    </message>
    <message>
        <source>Draw with the light or dark palette whatever the system&apos;s.</source>
        <translation>Desenha com a paleta clara ou escura, seja qual for a do sistema.</translation>
    </message>
    <message>
        <source>light|dark</source>
        <translation>light|dark</translation>
    </message>
    <message>
        <source>Scale the window by F (e.g. 2).</source>
        <translation>Escala a janela por F (por ex. 2).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>With `export`: games on or after DATE (YYYY-MM-DD or RFC 3339).</source>
        <translation>Com `export`: jogos de DATA em diante (AAAA-MM-DD ou RFC 3339).</translation>
    </message>
    <message>
        <source>With `export`: games on or before DATE (YYYY-MM-DD or RFC 3339).</source>
        <translation>Com `export`: jogos até DATA (AAAA-MM-DD ou RFC 3339).</translation>
    </message>
    <message>
        <source>With `export`: only this playlist (id or name); repeat for several.</source>
        <translation>Com `export`: só esta playlist (id ou nome); repita para várias.</translation>
    </message>
    <message>
        <source>PLAYLIST</source>
        <translation>PLAYLIST</translation>
    </message>
    <message>
        <source>With `export`: only N-vs-N games (1-4).</source>
        <translation>Com `export`: só jogos N contra N (1-4).</translation>
    </message>
    <message>
        <source>With `export`: leave out tied games.</source>
        <translation>Com `export`: deixa de fora jogos empatados.</translation>
    </message>
    <message>
        <source>With `export`: only games of at least SECONDS.</source>
        <translation>Com `export`: só jogos de pelo menos SEGUNDOS.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>With `export`: only games on MAP (code or name).</source>
        <translation>Com `export`: só jogos em MAPA (código ou nome).</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>MAPA</translation>
    </message>
    <message>
        <source>With `export`: write the CSV to FILE instead of stdout.</source>
        <translation>Com `export`: grava o CSV em ARQUIVO em vez de stdout.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>With `export stats|teammates|opponents`: totals, not means per game.</source>
        <translation>Com `export stats|teammates|opponents`: totais, não médias por jogo.</translation>
    </message>
    <message>
        <source>Run one sync in the terminal with a progress line, then exit (0 on success).</source>
        <translation>Executa uma sincronização no terminal com uma linha de progresso, depois sai (0 em caso de sucesso).</translation>
    </message>
    <message>
        <source>Write a table as CSV without opening a window: export %1 [filters] [--out FILE].</source>
        <translation>Grava uma tabela como CSV sem abrir janela: export %1 [filtros] [--out ARQUIVO].</translation>
    </message>
    <message>
        <source>bcstats: export what? bcstats export %1 [filters] [--out FILE]</source>
        <translation>bcstats: exportar o quê? bcstats export %1 [filtros] [--out ARQUIVO]</translation>
    </message>
    <message>
        <source>bcstats: --%1 goes with `bcstats export`</source>
        <translation>bcstats: --%1 vai com `bcstats export`</translation>
    </message>
    <message>
        <source>bcstats: unexpected argument &apos;%1&apos;; see bcstats --help</source>
        <translation>bcstats: argumento inesperado &apos;%1&apos;; veja bcstats --help</translation>
    </message>
    <message>
        <source>bcstats: --after, --before and --force go with `bcstats sync`</source>
        <translation>bcstats: --after, --before e --force vão com `bcstats sync`</translation>
    </message>
    <message>
        <source>bcstats: --palette is light or dark, not &apos;%1&apos;</source>
        <translation>bcstats: --palette é light ou dark, não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>bcstats: --scale is a factor from 0.5 to 4, e.g. 2</source>
        <translation>bcstats: --scale é um fator de 0.5 a 4, por ex. 2</translation>
    </message>
    <message>
        <source>bcstats: --screenshots needs the window, not --headless</source>
        <translation>bcstats: --screenshots precisa da janela, não de --headless</translation>
    </message>
</context>
<context>
    <name>bcs::ComparisonModel</name>
    <message>
        <source>Core</source>
        <translation>Principais</translation>
    </message>
    <message>
        <source>Boost</source>
        <translation>Turbo</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimento</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>Posicionamento</translation>
    </message>
    <message>
        <source>Demolitions</source>
        <translation>Demolições</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>Quanto maior, melhor.</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>Quanto menor, melhor.</translation>
    </message>
    <message>
        <source>Neither more nor less is better: a way of playing.</source>
        <translation>Nem mais nem menos é melhor: é um jeito de jogar.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Eu</translation>
    </message>
    <message>
        <source>Randoms</source>
        <translation>Aleatórios</translation>
    </message>
    <message>
        <source>Opponents</source>
        <translation>Adversários</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Jogos</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taxa de vitória</translation>
    </message>
    <message>
        <source>Games with details</source>
        <translation>Jogos com detalhes</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Every listed game the filter keeps, details cached or not; randoms and opponents count once per player.</source>
        <translation>Todos os jogos listados que o filtro mantém, com detalhes no cache ou não; aleatórios e adversários contam uma vez por jogador.</translation>
    </message>
    <message>
        <source>Games won of every listed game. Higher is better.</source>
        <translation>Jogos vencidos entre todos os jogos listados. Quanto maior, melhor.</translation>
    </message>
    <message>
        <source>The games whose details are cached: what every stat below is over.</source>
        <translation>Os jogos cujos detalhes estão no cache: a base de cada estatística abaixo.</translation>
    </message>
    <message>
        <source>A mean per game in both views.</source>
        <translation>Uma média por jogo nas duas visões.</translation>
    </message>
    <message>
        <source>Shown per game; the totals view sums it.</source>
        <translation>Mostrado por jogo; a visão de totais soma.</translation>
    </message>
    <message>
        <source>Shown in total; the per-game view divides it.</source>
        <translation>Mostrado em total; a visão por jogo divide.</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>%1: no games with details under this filter</source>
        <translation>%1: nenhum jogo com detalhes neste filtro</translation>
    </message>
    <message>
        <source>%1 — %2: %3, a mean over %4</source>
        <translation>%1 — %2: %3, média de %4</translation>
    </message>
    <message>
        <source>%1 — %2: %3 per game over %4</source>
        <translation>%1 — %2: %3 por jogo em %4</translation>
    </message>
    <message>
        <source>%1 — %2: %3 in total over %4</source>
        <translation>%1 — %2: %3 no total em %4</translation>
    </message>
    <message>
        <source>Stat</source>
        <translation>Estatística</translation>
    </message>
    <message>
        <source>%1: results over %2; detailed stats over %3</source>
        <translation>%1: resultados de %2; estatísticas detalhadas de %3</translation>
    </message>
    <message>
        <source>Randoms are the teammates you have not named in Players. Each counts once per game played, so two randoms in one game count as two, and every value is per player.</source>
        <translation>Aleatórios são os colegas que você não nomeou em Jogadores. Cada um conta uma vez por jogo, então dois aleatórios em um jogo contam como dois, e todo valor é por jogador.</translation>
    </message>
    <message>
        <source>Each opponent counts once per game played, so the two opponents of a 2v2 game count as two, and every value is per player.</source>
        <translation>Cada adversário conta uma vez por jogo, então os dois adversários de um jogo 2v2 contam como dois, e todo valor é por jogador.</translation>
    </message>
</context>
<context>
    <name>bcs::Config</name>
    <message>
        <source>environment</source>
        <translation>ambiente</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 (line skipped)</source>
        <translation>%1 %2 (linha ignorada)</translation>
    </message>
    <message>
        <source>.env file %1</source>
        <translation>arquivo .env %1</translation>
    </message>
    <message>
        <source>saved settings</source>
        <translation>configurações salvas</translation>
    </message>
    <message>
        <source>%1 in saved settings (%2) is ignored: secrets are never read from settings; remove it and use the keychain, the environment or a .env file</source>
        <translation>%1 nas configurações salvas (%2) é ignorado: segredos nunca são lidos das configurações; remova-o e use o chaveiro, o ambiente ou um arquivo .env</translation>
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
        <translation>linha de comando</translation>
    </message>
    <message>
        <source>default</source>
        <translation>padrão</translation>
    </message>
    <message>
        <source>%1 and %2 differ in %3; using %1</source>
        <translation>%1 e %2 diferem em %3; usando %1</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>variável de ambiente %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>chaveiro do sistema</translation>
    </message>
    <message>
        <source>is not a tier; accepted: auto, %1</source>
        <translation>não é um nível; aceitos: auto, %1</translation>
    </message>
    <message>
        <source>is not a URL; accepted: http(s)://host[:port]/path, e.g. https://ballchasing.com/api</source>
        <translation>não é uma URL; aceito: http(s)://host[:porta]/caminho, por ex. https://ballchasing.com/api</translation>
    </message>
    <message>
        <source>%1: %2 (from %3)</source>
        <translation>%1: %2 (de %3)</translation>
    </message>
    <message>
        <source>is not a list of sources; accepted: uploader, uploader,accounts</source>
        <translation>não é uma lista de fontes; aceitos: uploader, uploader,accounts</translation>
    </message>
    <message>
        <source>is not an IP address or host name; accepted e.g. 127.0.0.1, ::1, localhost</source>
        <translation>não é um endereço IP nem nome de host; aceitos por ex. 127.0.0.1, ::1, localhost</translation>
    </message>
    <message>
        <source>is not a port; accepted: 0-65535 (0 = any free port)</source>
        <translation>não é uma porta; aceito: 0-65535 (0 = qualquer porta livre)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an origin; accepted: scheme://host[:port|:*] or * (from %3)</source>
        <translation>%1: &apos;%2&apos; não é uma origem; aceito: esquema://host[:porta|:*] ou * (de %3)</translation>
    </message>
    <message>
        <source>is not an existing directory</source>
        <translation>não é uma pasta existente</translation>
    </message>
    <message>
        <source>must list host names or addresses, without scheme, path or wildcard</source>
        <translation>deve listar nomes de host ou endereços, sem esquema, caminho ou curinga</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <source>set</source>
        <translation>definido</translation>
    </message>
    <message>
        <source>from tier</source>
        <translation>do nível</translation>
    </message>
    <message>
        <source>bundled page</source>
        <translation>página embutida</translation>
    </message>
</context>
<context>
    <name>bcs::Database</name>
    <message>
        <source>opening the cache</source>
        <translation>abrindo o cache</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>abrindo %1</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>não é possível criar a pasta de dados %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database (damaged, or another file); it was left untouched. Move it away to start a new cache, or choose another --data-dir.</source>
        <translation>%1 não é um banco de dados SQLite (danificado, ou outro arquivo); ele não foi alterado. Mova-o para outro lugar para começar um novo cache, ou escolha outro --data-dir.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); it was left untouched. Move it away to start a new cache.</source>
        <translation>%1 não pode ser lido (%2); ele não foi alterado. Mova-o para outro lugar para começar um novo cache.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Ballchasing Stats (cache version %2; this version reads up to %3). It was left untouched: update Ballchasing Stats, or use another --data-dir.</source>
        <translation>%1 foi gravado por uma versão mais nova do Ballchasing Stats (versão do cache %2; esta versão lê até %3). Ele não foi alterado: atualize o Ballchasing Stats ou use outro --data-dir.</translation>
    </message>
    <message>
        <source>this build&apos;s stat catalogue names columns that no cache migration creates (%1); the cache was not changed beyond its migrations.</source>
        <translation>o catálogo de estatísticas desta build nomeia colunas que nenhuma migração do cache cria (%1); o cache não foi alterado além das suas migrações.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it was left untouched. Move it away to start a new cache.</source>
        <translation>%1 está danificado (%2); ele não foi alterado. Mova-o para outro lugar para começar um novo cache.</translation>
    </message>
    <message>
        <source>%1 is damaged and was left untouched (%2). Move it away to start a new cache.</source>
        <translation>%1 está danificado e não foi alterado (%2). Mova-o para outro lugar para começar um novo cache.</translation>
    </message>
</context>
<context>
    <name>bcs::Demo</name>
    <message>
        <source>finishing the demo data</source>
        <translation>finalizando os dados de demonstração</translation>
    </message>
    <message>
        <source>cannot create the demo data directory %1</source>
        <translation>não é possível criar a pasta dos dados de demonstração %1</translation>
    </message>
    <message>
        <source>cannot move the demo data to %1</source>
        <translation>não é possível mover os dados de demonstração para %1</translation>
    </message>
    <message>
        <source>building the demo data was cancelled</source>
        <translation>a criação dos dados de demonstração foi cancelada</translation>
    </message>
    <message>
        <source>the demo player config is invalid: %1</source>
        <translation>a config de jogadores da demonstração é inválida: %1</translation>
    </message>
</context>
<context>
    <name>bcs::DemoPreparation</name>
    <message>
        <source>Building the demo data: a year of generated games…</source>
        <translation>Criando os dados de demonstração: um ano de jogos gerados…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Ballchasing Stats — demo data</source>
        <translation>Ballchasing Stats — dados de demonstração</translation>
    </message>
    <message>
        <source>bcstats: building the demo data in %1…</source>
        <translation>bcstats: criando os dados de demonstração em %1…</translation>
    </message>
</context>
<context>
    <name>bcs::DotEnv</name>
    <message>
        <source>unterminated single quote</source>
        <translation>aspa simples não fechada</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote</source>
        <translation>texto inesperado depois da aspa de fechamento</translation>
    </message>
    <message>
        <source>unterminated double quote</source>
        <translation>aspa dupla não fechada</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>linha %1: </translation>
    </message>
    <message>
        <source>expected KEY=VALUE</source>
        <translation>esperado CHAVE=VALOR</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid variable name</source>
        <translation>&apos;%1&apos; não é um nome de variável válido</translation>
    </message>
</context>
<context>
    <name>bcs::DotEnvKeyFile</name>
    <message>
        <source>cannot create the data folder %1</source>
        <translation>não é possível criar a pasta de dados %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>bcs::ExportCommand</name>
    <message>
        <source>the %1 table is from your side, and no name is yours yet: say which names are yours on the Players page (or PUT /api/players/config)</source>
        <translation>a tabela %1 é do seu lado, e nenhum nome é seu ainda: diga quais nomes são seus na página Jogadores (ou PUT /api/players/config)</translation>
    </message>
    <message>
        <source>could not write the CSV to the standard output</source>
        <translation>não foi possível gravar o CSV na saída padrão</translation>
    </message>
    <message>
        <source>bcstats: %1 rows written to %2</source>
        <translation>bcstats: %1 linhas gravadas em %2</translation>
    </message>
</context>
<context>
    <name>bcs::FilterBar</name>
    <message>
        <source>No ties</source>
        <translation>Sem empates</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Redefinir</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Todas as datas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 dias</translation>
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
        <translation>Datas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Playlists</source>
        <translation>Playlists</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Qualquer tamanho</translation>
    </message>
    <message>
        <source>%1v%1</source>
        <translation>%1v%1</translation>
    </message>
    <message>
        <source>Team size</source>
        <translation>Tamanho do time</translation>
    </message>
    <message>
        <source>Leave out games that ended in a tie (private matches)</source>
        <translation>Deixar de fora jogos que terminaram empatados (partidas privadas)</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Qualquer duração</translation>
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
        <translation>Duração mínima</translation>
    </message>
    <message>
        <source>Leave out games shorter than this (forfeits, early leavers)</source>
        <translation>Deixar de fora jogos mais curtos que isto (desistências, quem saiu cedo)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Show every game again</source>
        <translation>Mostrar todos os jogos de novo</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Redefinir filtros</translation>
    </message>
    <message>
        <source>Games the filter keeps</source>
        <translation>Jogos que o filtro mantém</translation>
    </message>
    <message>
        <source>Any map</source>
        <translation>Qualquer mapa</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every playlist</source>
        <translation>Todas as playlists</translation>
    </message>
    <message>
        <source>%1 playlists</source>
        <translation>%1 playlists</translation>
    </message>
    <message>
        <source>Choose playlists</source>
        <translation>Escolher playlists</translation>
    </message>
    <message>
        <source>%1 · %2 with details</source>
        <translation>%1 · %2 com detalhes</translation>
    </message>
</context>
<context>
    <name>bcs::FilterState</name>
    <message>
        <source>all dates</source>
        <translation>todas as datas</translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation>últimos 7 dias</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>últimos 30 dias</translation>
    </message>
    <message>
        <source>last 90 days</source>
        <translation>últimos 90 dias</translation>
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
        <translation>até %1</translation>
    </message>
    <message>
        <source>%1v%1</source>
        <translation>%1v%1</translation>
    </message>
    <message>
        <source>no ties</source>
        <translation>sem empates</translation>
    </message>
    <message>
        <source>at least %1 min</source>
        <translation>pelo menos %1 min</translation>
    </message>
</context>
<context>
    <name>bcs::GameGroupsModel</name>
    <message>
        <source>Game</source>
        <translation>Jogo</translation>
    </message>
    <message>
        <source>Score (mine first)</source>
        <translation>Placar (meu primeiro)</translation>
    </message>
    <message>
        <source> (OT)</source>
        <translation> (prorr.)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Eu</translation>
    </message>
    <message>
        <source>Teammates</source>
        <translation>Colegas</translation>
    </message>
    <message>
        <source>Opponents</source>
        <translation>Adversários</translation>
    </message>
    <message>
        <source>%1: %2, mean per game</source>
        <translation>%1: %2, média por jogo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Expand a row to see its games</source>
        <translation>Expanda uma linha para ver os jogos dela</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Jogados</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Vitórias</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Derrotas</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taxa de vitória</translation>
    </message>
    <message>
        <source>Games whose details are cached: the means are over these</source>
        <translation>Jogos cujos detalhes estão no cache: as médias são sobre eles</translation>
    </message>
    <message>
        <source>With details</source>
        <translation>Com detalhes</translation>
    </message>
    <message>
        <source>%1 ending %2; the means over the %3 with details</source>
        <translation>%1 com placar %2; médias sobre %3 com detalhes</translation>
    </message>
    <message>
        <source>%1 won or lost by %2 goals</source>
        <translation>%1 com vitória ou derrota por %2 gols</translation>
    </message>
</context>
<context>
    <name>bcs::LineupsModel</name>
    <message>
        <source>No named teammate</source>
        <translation>Nenhum colega nomeado</translation>
    </message>
    <message>
        <source>Named teammates with me</source>
        <translation>Colegas nomeados comigo</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Jogos</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Vitórias</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Derrotas</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taxa de vitória</translation>
    </message>
</context>
<context>
    <name>bcs::LineupsTab</name>
    <message>
        <source>Win rate by lineup</source>
        <translation>Taxa de vitória por escalação</translation>
    </message>
    <message>
        <source>Win rate by lineup, chart</source>
        <translation>Taxa de vitória por escalação, gráfico</translation>
    </message>
    <message>
        <source>Named teammates with me</source>
        <translation>Colegas nomeados comigo</translation>
    </message>
    <message>
        <source>Win rate (%)</source>
        <translation>Taxa de vitória (%)</translation>
    </message>
    <message>
        <source>No games with me under these filters</source>
        <translation>Nenhum jogo comigo com estes filtros</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taxa de vitória</translation>
    </message>
    <message>
        <source>%1: %2 won of %3 (95 %: %4 – %5)</source>
        <translation>%1: %2 vencidos de %3 (95 %: %4 – %5)</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 com %2</translation>
    </message>
</context>
<context>
    <name>bcs::MainWindow</name>
    <message>
        <source>Ballchasing Stats — demo data</source>
        <translation>Ballchasing Stats — dados de demonstração</translation>
    </message>
    <message>
        <source>Ballchasing Stats</source>
        <translation>Ballchasing Stats</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Players</source>
        <translation>Jogadores</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>Estatísticas</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Análise</translation>
    </message>
    <message>
        <source>Replays</source>
        <translation>Replays</translation>
    </message>
    <message>
        <source>Players •</source>
        <translation>Jogadores •</translation>
    </message>
    <message>
        <source>Unsaved role changes</source>
        <translation>Mudanças de papéis não salvas</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Demo data: nothing is synced</source>
        <translation>Dados de demonstração: nada é sincronizado</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Abrir pasta de &amp;dados</translation>
    </message>
    <message>
        <source>&amp;Export table as CSV…</source>
        <translation>&amp;Exportar tabela como CSV…</translation>
    </message>
    <message>
        <source>&amp;Open replay on ballchasing.com</source>
        <translation>Abrir &amp;replay no ballchasing.com</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Save role changes</source>
        <translation>&amp;Salvar mudanças de papéis</translation>
    </message>
    <message>
        <source>Re&amp;vert role changes</source>
        <translation>Re&amp;verter mudanças de papéis</translation>
    </message>
    <message>
        <source>Reset &amp;filters</source>
        <translation>Redefinir &amp;filtros</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>Página de &amp;boas-vindas</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Cancelar sincronização</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Get a ballchasing &amp;API key</source>
        <translation>Obter uma chave de &amp;API do ballchasing</translation>
    </message>
    <message>
        <source>&amp;About Ballchasing Stats</source>
        <translation>&amp;Sobre o Ballchasing Stats</translation>
    </message>
    <message>
        <source>About Ballchasing Stats</source>
        <translation>Sobre o Ballchasing Stats</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ballchasing Stats&lt;/b&gt; %1&lt;br&gt;Your Rocket League replays from ballchasing.com, on your computer.</source>
        <translation>&lt;b&gt;Ballchasing Stats&lt;/b&gt; %1&lt;br&gt;Seus replays de Rocket League do ballchasing.com, no seu computador.</translation>
    </message>
    <message>
        <source>You changed who is who on the Players page. Save the changes before quitting?</source>
        <translation>Você mudou quem é quem na página Jogadores. Salvar as mudanças antes de sair?</translation>
    </message>
    <message>
        <source>The other pages still count the saved roles. Save your changes now?</source>
        <translation>As outras páginas ainda contam os papéis salvos. Salvar suas mudanças agora?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>Ficar aqui</translation>
    </message>
    <message>
        <source>Checking for new replays…</source>
        <translation>Procurando replays novos…</translation>
    </message>
    <message>
        <source>1 new replay</source>
        <translation>1 replay novo</translation>
    </message>
    <message>
        <source>%1 new replays</source>
        <translation>%1 replays novos</translation>
    </message>
    <message>
        <source>: %1 won, %2 lost</source>
        <translation>: %1 vitórias, %2 derrotas</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 details</source>
        <translation>Sincronizando: %1 de %2 detalhes</translation>
    </message>
    <message>
        <source>Syncing: listing, %1 so far</source>
        <translation>Sincronizando: listando, %1 até agora</translation>
    </message>
    <message>
        <source>Synced at %1: %2 fetched</source>
        <translation>Sincronizado em %1: %2 baixados</translation>
    </message>
    <message>
        <source>Last sync cancelled</source>
        <translation>Última sincronização cancelada</translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation>Última sincronização falhou</translation>
    </message>
</context>
<context>
    <name>bcs::PageFrame</name>
    <message>
        <source>There is nothing to show yet: sync your replays first.</source>
        <translation>Ainda não há nada para mostrar: sincronize seus replays primeiro.</translation>
    </message>
    <message>
        <source>Sync your replays</source>
        <translation>Sincronizar seus replays</translation>
    </message>
    <message>
        <source>Tell us which of the %1 names in your replays are yours.</source>
        <translation>Diga quais dos %1 nomes nos seus replays são seus.</translation>
    </message>
    <message>
        <source>Tell us which names are yours</source>
        <translation>Diga quais nomes são seus</translation>
    </message>
    <message>
        <source>%1 are ready for this page; its tables and charts are not in this build yet. The local API has the same answers meanwhile.</source>
        <translation>%1 estão prontos para esta página; suas tabelas e gráficos ainda não estão nesta build. Enquanto isso, a API local tem as mesmas respostas.</translation>
    </message>
</context>
<context>
    <name>bcs::PlayerConfig</name>
    <message>
        <source>%1 must be a list of names</source>
        <translation>%1 deve ser uma lista de nomes</translation>
    </message>
    <message>
        <source>%1[%2] must be a name (a string), not %3</source>
        <translation>%1[%2] deve ser um nome (uma string), não %3</translation>
    </message>
    <message>
        <source>%1[%2] is an empty name</source>
        <translation>%1[%2] é um nome vazio</translation>
    </message>
    <message>
        <source>%1[%2] is longer than 200 characters</source>
        <translation>%1[%2] tem mais de 200 caracteres</translation>
    </message>
    <message>
        <source>the config must be a JSON object like {&quot;me&quot;: [...], &quot;teammates&quot;: {...}}</source>
        <translation>a config deve ser um objeto JSON como {&quot;me&quot;: [...], &quot;teammates&quot;: {...}}</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; a config has only &apos;me&apos; and &apos;teammates&apos;</source>
        <translation>chave desconhecida &apos;%1&apos;; uma config só tem &apos;me&apos; e &apos;teammates&apos;</translation>
    </message>
    <message>
        <source>teammates must be an object: {&quot;alias&quot;: [&quot;name&quot;, ...]}</source>
        <translation>teammates deve ser um objeto: {&quot;alias&quot;: [&quot;name&quot;, ...]}</translation>
    </message>
    <message>
        <source>a teammate alias is empty</source>
        <translation>um apelido de colega está vazio</translation>
    </message>
    <message>
        <source>teammate alias &apos;%1&apos; is given twice</source>
        <translation>o apelido de colega &apos;%1&apos; aparece duas vezes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in two roles: %2 and %3</source>
        <translation>&apos;%1&apos; está em dois papéis: %2 e %3</translation>
    </message>
    <message>
        <source>teammate %1</source>
        <translation>colega %1</translation>
    </message>
</context>
<context>
    <name>bcs::PlayersPage</name>
    <message>
        <source>Players</source>
        <translation>Jogadores</translation>
    </message>
    <message>
        <source>Every name in your replays, to drag into “Me”, your regular teammates, or leave as strangers.</source>
        <translation>Todos os nomes dos seus replays, para arrastar para “Eu”, para seus colegas fixos, ou deixar como desconhecidos.</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Sugerir</translation>
    </message>
    <message>
        <source>Propose who is who from your accounts: the account in most games is you, the ones often on your team your teammates. One step to undo.</source>
        <translation>Propõe quem é quem a partir das suas contas: a conta com mais jogos é você, as que estão sempre no seu time são seus colegas. Desfaz com um passo.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Mudanças não salvas</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <source>Back to the saved roles (one step to undo)</source>
        <translation>Volta aos papéis salvos (um passo para desfazer)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save the roles: every page then counts them (Ctrl+S)</source>
        <translation>Salva os papéis: todas as páginas passam a contá-los (Ctrl+S)</translation>
    </message>
    <message>
        <source>Filter names or account ids (Ctrl+F)</source>
        <translation>Filtrar nomes ou ids de conta (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter players</source>
        <translation>Filtrar jogadores</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Por nome</translation>
    </message>
    <message>
        <source>By account</source>
        <translation>Por conta</translation>
    </message>
    <message>
        <source>Group players</source>
        <translation>Agrupar jogadores</translation>
    </message>
    <message>
        <source>By account: one row per account with every name it used; what you assign then is the whole account, whatever name it plays under.</source>
        <translation>Por conta: uma linha por conta com todos os nomes que ela usou; o que você atribuir vale para a conta inteira, com qualquer nome que ela use.</translation>
    </message>
    <message>
        <source>Players seen</source>
        <translation>Jogadores vistos</translation>
    </message>
    <message>
        <source>Drag names from the table into a role, or select them and press Alt+1 for Me, Alt+2… for a teammate, Alt+0 to take them out.</source>
        <translation>Arraste nomes da tabela para um papel, ou selecione-os e pressione Alt+1 para Eu, Alt+2… para um colega, Alt+0 para tirá-los.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Papéis</translation>
    </message>
    <message>
        <source>Add teammate</source>
        <translation>Adicionar colega</translation>
    </message>
    <message>
        <source>A new bucket for a regular teammate</source>
        <translation>Um novo grupo para um colega fixo</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the teammate; their names become not assigned</source>
        <translation>Remove o colega; os nomes dele ficam sem atribuição</translation>
    </message>
    <message>
        <source>&amp;Assign selected names to</source>
        <translation>&amp;Atribuir nomes selecionados a</translation>
    </message>
    <message>
        <source>A new teammate…</source>
        <translation>Um novo colega…</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Atribuir a</translation>
    </message>
    <message>
        <source>Take out of the role</source>
        <translation>Tirar do papel</translation>
    </message>
    <message>
        <source>Could not read the players: %1</source>
        <translation>Não foi possível ler os jogadores: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Not assigned (take out of every role)</source>
        <translation>Sem atribuição (tirar de todos os papéis)</translation>
    </message>
    <message>
        <source>New teammate %1</source>
        <translation>Novo colega %1</translation>
    </message>
    <message>
        <source>Add teammate %1</source>
        <translation>Adicionar colega %1</translation>
    </message>
    <message>
        <source>Remove teammate %1</source>
        <translation>Remover colega %1</translation>
    </message>
    <message>
        <source>Nothing to suggest yet: no account has enough games. Sync more replays, or drag your names by hand.</source>
        <translation>Nada para sugerir ainda: nenhuma conta tem jogos suficientes. Sincronize mais replays ou arraste seus nomes manualmente.</translation>
    </message>
    <message>
        <source>The suggestion is what the buckets already hold.</source>
        <translation>A sugestão é o que os grupos já contêm.</translation>
    </message>
    <message>
        <source>Suggested roles</source>
        <translation>Papéis sugeridos</translation>
    </message>
    <message>
        <source>Suggested roles applied: check them, then save. Undo (Ctrl+Z) takes them back.</source>
        <translation>Papéis sugeridos aplicados: confira e depois salve. Desfazer (Ctrl+Z) os retira.</translation>
    </message>
    <message>
        <source>Could not suggest roles: %1</source>
        <translation>Não foi possível sugerir papéis: %1</translation>
    </message>
    <message>
        <source>The roles cannot be saved: no cache is open.</source>
        <translation>Os papéis não podem ser salvos: nenhum cache está aberto.</translation>
    </message>
    <message>
        <source>The roles cannot be saved: %1</source>
        <translation>Os papéis não podem ser salvos: %1</translation>
    </message>
    <message>
        <source>The roles were not saved: %1. Your changes are kept; try again.</source>
        <translation>Os papéis não foram salvos: %1. Suas mudanças foram mantidas; tente de novo.</translation>
    </message>
    <message>
        <source>Roles saved: every page counts them now.</source>
        <translation>Papéis salvos: todas as páginas os contam agora.</translation>
    </message>
</context>
<context>
    <name>bcs::PlayersTableModel</name>
    <message>
        <source>%1 (and %2)</source>
        <translation>%1 (e %2)</translation>
    </message>
    <message>
        <source>Names this account used: %1</source>
        <translation>Nomes que esta conta usou: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>ID da conta</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Jogos</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por último</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Take %1 out of their roles</source>
        <translation>Tirar %1 dos seus papéis</translation>
    </message>
</context>
<context>
    <name>bcs::QtChartsChart</name>
    <message>
        <source>cannot write %1</source>
        <translation>não é possível gravar %1</translation>
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
        <translation>semana de %1</translation>
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
        <translation>%1 por dia, %2</translation>
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
        <translation>Playlist competitiva</translation>
    </message>
    <message>
        <source>My rank over time</source>
        <translation>Meu rank ao longo do tempo</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Rank tier (1 Bronze I … 22 Supersonic Legend)</source>
        <translation>Rank (1 Bronze I … 22 Lenda Supersônica)</translation>
    </message>
    <message>
        <source>No ranked games with a rank under these filters</source>
        <translation>Nenhum jogo competitivo com rank com estes filtros</translation>
    </message>
    <message>
        <source>My rank</source>
        <translation>Meu rank</translation>
    </message>
    <message>
        <source>Opponents&apos; mean</source>
        <translation>Média dos adversários</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Opponents&apos; mean tier %1 (of %2 with a rank)</source>
        <translation>Rank médio dos adversários %1 (de %2 com rank)</translation>
    </message>
</context>
<context>
    <name>bcs::RateLimitPanel</name>
    <message>
        <source>Tier:</source>
        <translation>Nível:</translation>
    </message>
    <message>
        <source>Listings:</source>
        <translation>Listagens:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Detalhes:</translation>
    </message>
    <message>
        <source>%1 (automatic)</source>
        <translation>%1 (automático)</translation>
    </message>
    <message>
        <source>%1 of %2 free this second</source>
        <translation>%1 de %2 livres neste segundo</translation>
    </message>
    <message>
        <source> · %1 of %2 used this hour</source>
        <translation> · %1 de %2 usados nesta hora</translation>
    </message>
    <message>
        <source>, next in %1</source>
        <translation>, próximo em %1</translation>
    </message>
    <message>
        <source>, oldest leaves in %1</source>
        <translation>, o mais antigo sai em %1</translation>
    </message>
    <message>
        <source> · no hourly limit</source>
        <translation> · sem limite por hora</translation>
    </message>
</context>
<context>
    <name>bcs::ReplayDetailPane</name>
    <message>
        <source>Select a replay to see who played in it and how.</source>
        <translation>Selecione um replay para ver quem jogou nele e como.</translation>
    </message>
    <message>
        <source>Open on &amp;ballchasing.com</source>
        <translation>Abrir no &amp;ballchasing.com</translation>
    </message>
    <message>
        <source>Replay details</source>
        <translation>Detalhes do replay</translation>
    </message>
    <message>
        <source>Replay title</source>
        <translation>Título do replay</translation>
    </message>
    <message>
        <source>Open on ballchasing.com</source>
        <translation>Abrir no ballchasing.com</translation>
    </message>
    <message>
        <source>Opens this replay&apos;s page on ballchasing.com in your browser</source>
        <translation>Abre a página deste replay no ballchasing.com no seu navegador</translation>
    </message>
    <message>
        <source>When and where it was played</source>
        <translation>Quando e onde foi jogado</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Placar</translation>
    </message>
    <message>
        <source>Blue team colour</source>
        <translation>Cor do time azul</translation>
    </message>
    <message>
        <source>Orange team colour</source>
        <translation>Cor do time laranja</translation>
    </message>
    <message>
        <source>Players of the replay</source>
        <translation>Jogadores do replay</translation>
    </message>
    <message>
        <source>This replay could not be read: %1</source>
        <translation>Não foi possível ler este replay: %1</translation>
    </message>
    <message>
        <source>Untitled replay</source>
        <translation>Replay sem título</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 às %2</translation>
    </message>
    <message>
        <source>Blue %1 – %2 Orange</source>
        <translation>Azul %1 – %2 Laranja</translation>
    </message>
    <message>
        <source>You did not play</source>
        <translation>Você não jogou</translation>
    </message>
    <message>
        <source>Win</source>
        <translation>Vitória</translation>
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
        <translation>%1 (você jogou de laranja)</translation>
    </message>
    <message>
        <source>%1 (you played blue)</source>
        <translation>%1 (você jogou de azul)</translation>
    </message>
    <message>
        <source>Only the listing of this replay is cached so far: its players and scores. The other stats arrive with its details at the next sync.</source>
        <translation>Só a listagem deste replay está no cache até agora: seus jogadores e placares. As outras estatísticas chegam com os detalhes na próxima sincronização.</translation>
    </message>
</context>
<context>
    <name>bcs::ReplayPlayersModel</name>
    <message>
        <source>Me</source>
        <translation>Eu</translation>
    </message>
    <message>
        <source>Teammate</source>
        <translation>Colega</translation>
    </message>
    <message>
        <source>Opponent</source>
        <translation>Adversário</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Não identificado</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Laranja</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>You did not play in this game, so no one has a role in it</source>
        <translation>Você não jogou este jogo, então ninguém tem papel nele</translation>
    </message>
    <message>
        <source>On your team, under a name you have not given a role</source>
        <translation>No seu time, com um nome a que você não deu papel</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Jogador</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
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
        <translation>Vitória</translation>
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
        <translation>%1 x %2</translation>
    </message>
    <message>
        <source>Your team&apos;s goals first</source>
        <translation>Gols do seu time primeiro</translation>
    </message>
    <message>
        <source>Blue&apos;s goals first</source>
        <translation>Gols do azul primeiro</translation>
    </message>
    <message>
        <source>You did not play in this game</source>
        <translation>Você não jogou este jogo</translation>
    </message>
    <message>
        <source>%1 in all, %2 of it overtime</source>
        <translation>%1 no total, %2 de prorrogação</translation>
    </message>
    <message>
        <source>Your team: %1</source>
        <translation>Seu time: %1</translation>
    </message>
    <message>
        <source>Blue: %1</source>
        <translation>Azul: %1</translation>
    </message>
    <message>
        <source>Opponents: %1</source>
        <translation>Adversários: %1</translation>
    </message>
    <message>
        <source>Orange: %1</source>
        <translation>Laranja: %1</translation>
    </message>
    <message>
        <source>Not sortable</source>
        <translation>Não ordenável</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Playlist</source>
        <translation>Playlist</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Placar</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Players</source>
        <translation>Jogadores</translation>
    </message>
    <message>
        <source>Replay ID</source>
        <translation>ID do replay</translation>
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
        <translation>Cada jogo com seu placar, quem jogou em qual papel e as estatísticas de cada jogador.</translation>
    </message>
    <message>
        <source>Filter by player, map or title (Ctrl+F)</source>
        <translation>Filtrar por jogador, mapa ou título (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter replays</source>
        <translation>Filtrar replays</translation>
    </message>
    <message>
        <source>Replays shown</source>
        <translation>Replays mostrados</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Mostrar &amp;todos</translation>
    </message>
    <message>
        <source>Show all replays</source>
        <translation>Mostrar todos os replays</translation>
    </message>
    <message>
        <source>23 hours ago</source>
        <translation>há 23 horas</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Placar</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Open on &amp;ballchasing.com</source>
        <translation>Abrir no &amp;ballchasing.com</translation>
    </message>
    <message>
        <source>The replays could not be read: %1. Try again in a moment.</source>
        <translation>Não foi possível ler os replays: %1. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2 of them under the current filters</source>
        <translation>%1 — %2 deles nos filtros atuais</translation>
    </message>
    <message>
        <source>No replays</source>
        <translation>Nenhum replay</translation>
    </message>
    <message>
        <source>No replay has “%1” in a player&apos;s name, its map, playlist or title.</source>
        <translation>Nenhum replay tem “%1” no nome de um jogador, no mapa, na playlist ou no título.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Limpar a busca</translation>
    </message>
    <message>
        <source>None of these replays is under the current filters.</source>
        <translation>Nenhum destes replays está nos filtros atuais.</translation>
    </message>
    <message>
        <source>No replay matches the filters.</source>
        <translation>Nenhum replay corresponde aos filtros.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <source>%1 · loading…</source>
        <translation>%1 · carregando…</translation>
    </message>
</context>
<context>
    <name>bcs::ResponseClassifier</name>
    <message>
        <source>ballchasing.com did not answer in time</source>
        <translation>o ballchasing.com não respondeu a tempo</translation>
    </message>
    <message>
        <source>cannot reach ballchasing.com: %1</source>
        <translation>não é possível acessar o ballchasing.com: %1</translation>
    </message>
    <message>
        <source>ballchasing.com rejected the API key; check it on https://ballchasing.com/upload and set it again</source>
        <translation>o ballchasing.com rejeitou a chave de API; confira-a em https://ballchasing.com/upload e defina-a de novo</translation>
    </message>
    <message>
        <source>not found on ballchasing.com</source>
        <translation>não encontrado no ballchasing.com</translation>
    </message>
    <message>
        <source>ballchasing.com is rate limiting this key</source>
        <translation>o ballchasing.com está limitando a taxa desta chave</translation>
    </message>
    <message>
        <source>ballchasing.com failed with HTTP %1</source>
        <translation>o ballchasing.com falhou com HTTP %1</translation>
    </message>
    <message>
        <source>ballchasing.com refused the request with HTTP %1</source>
        <translation>o ballchasing.com recusou a requisição com HTTP %1</translation>
    </message>
    <message>
        <source>the answer from ballchasing.com broke off: %1</source>
        <translation>a resposta do ballchasing.com foi interrompida: %1</translation>
    </message>
    <message>
        <source>ballchasing.com sent an unreadable answer (%1 at byte %2)</source>
        <translation>o ballchasing.com enviou uma resposta ilegível (%1 no byte %2)</translation>
    </message>
    <message>
        <source>ballchasing.com sent JSON that is not an object</source>
        <translation>o ballchasing.com enviou um JSON que não é um objeto</translation>
    </message>
</context>
<context>
    <name>bcs::RoleBuckets</name>
    <message>
        <source>Me</source>
        <translation>Eu</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Sem atribuição</translation>
    </message>
    <message>
        <source>Teammate %1</source>
        <translation>Colega %1</translation>
    </message>
</context>
<context>
    <name>bcs::RoleEditor</name>
    <message>
        <source>Revert to the saved roles</source>
        <translation>Reverter para os papéis salvos</translation>
    </message>
</context>
<context>
    <name>bcs::ScreenshotRenderer</name>
    <message>
        <source>cannot create %1</source>
        <translation>não é possível criar %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>não é possível gravar %1</translation>
    </message>
</context>
<context>
    <name>bcs::SettingsDialog</name>
    <message>
        <source>&amp;Remove key</source>
        <translation>&amp;Remover chave</translation>
    </message>
    <message>
        <source>&amp;Serve the local API (for a browser or scripts)</source>
        <translation>&amp;Servir a API local (para um navegador ou scripts)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>ballchasing.com</source>
        <translation>ballchasing.com</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Chave da &amp;API:</translation>
    </message>
    <message>
        <source>Automatic (what ballchasing reports)</source>
        <translation>Automático (o que o ballchasing informa)</translation>
    </message>
    <message>
        <source>Your patron tier decides how fast replays may be fetched</source>
        <translation>Seu nível de patrono decide a velocidade com que os replays podem ser baixados</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Nível:</translation>
    </message>
    <message>
        <source>Local API server</source>
        <translation>Servidor da API local</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>qualquer porta livre</translation>
    </message>
    <message>
        <source>none: only this computer may connect</source>
        <translation>nenhum: só este computador pode se conectar</translation>
    </message>
    <message>
        <source>Web pages allowed to call the API, comma-separated, e.g. http://localhost:*</source>
        <translation>Páginas web que podem chamar a API, separadas por vírgula, por ex. http://localhost:*</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>&amp;CORS origins:</source>
        <translation>Origens &amp;CORS:</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>Este app</translation>
    </message>
    <message>
        <source>Open the data folder in the file manager</source>
        <translation>Abrir a pasta de dados no gerenciador de arquivos</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Pasta de dados:</translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation>Definido por %1</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>O do sistema</translation>
    </message>
    <message>
        <source>Takes effect when the app starts next</source>
        <translation>Vale a partir da próxima vez que o app iniciar</translation>
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
        <translation>Enquanto o app está aberto, procura replays novos com esta frequência e avisa o que chegou</translation>
    </message>
    <message>
        <source>Check for new replays &amp;every:</source>
        <translation>Procurar replays novos a ca&amp;da:</translation>
    </message>
    <message>
        <source>Demo data: the key and the tier are those of your real cache and are changed there.</source>
        <translation>Dados de demonstração: a chave e o nível são os do seu cache real e são alterados lá.</translation>
    </message>
    <message>
        <source>Paste your ballchasing API key</source>
        <translation>Cole sua chave de API do ballchasing</translation>
    </message>
    <message>
        <source>Paste a new key to change it</source>
        <translation>Cole uma nova chave para alterá-la</translation>
    </message>
    <message>
        <source>New ballchasing API key</source>
        <translation>Nova chave de API do ballchasing</translation>
    </message>
    <message>
        <source>No key yet: get one at ballchasing.com/upload.</source>
        <translation>Ainda sem chave: obtenha uma em ballchasing.com/upload.</translation>
    </message>
    <message>
        <source>The key comes from %1; change it there.</source>
        <translation>Origem da chave: %1; altere-a lá.</translation>
    </message>
    <message>
        <source>The key in use comes from the %1.</source>
        <translation>Origem da chave em uso: %1.</translation>
    </message>
    <message>
        <source>Set by %1 (%2); change it there</source>
        <translation>Definido por %1 (%2); altere lá</translation>
    </message>
    <message>
        <source>No key: syncing is off until you add one.</source>
        <translation>Sem chave: a sincronização fica desligada até você adicionar uma.</translation>
    </message>
    <message>
        <source>The local API could not start: %1</source>
        <translation>Não foi possível iniciar a API local: %1</translation>
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
        <translation>no total</translation>
    </message>
    <message>
        <source>per game</source>
        <translation>por jogo</translation>
    </message>
    <message>
        <source>s per game</source>
        <translation>s por jogo</translation>
    </message>
    <message>
        <source>s in total</source>
        <translation>s no total</translation>
    </message>
    <message>
        <source>boost per game</source>
        <translation>turbo por jogo</translation>
    </message>
    <message>
        <source>boost in total</source>
        <translation>turbo no total</translation>
    </message>
    <message>
        <source>uu per game</source>
        <translation>uu por jogo</translation>
    </message>
    <message>
        <source>uu in total</source>
        <translation>uu no total</translation>
    </message>
</context>
<context>
    <name>bcs::StatImpactModel</name>
    <message>
        <source>How much of the goal difference in your games goes with %1: %2 of its spread (r²)</source>
        <translation>Quanto do saldo de gols dos seus jogos acompanha %1: %2 da sua variação (r²)</translation>
    </message>
    <message>
        <source>Each 1 more of %1 goes with %2 goals of difference, on the least-squares line</source>
        <translation>Cada 1 a mais de %1 acompanha %2 gols de saldo, na reta de mínimos quadrados</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Stat</source>
        <translation>Estatística</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Explains (r²)</source>
        <translation>Explica (r²)</translation>
    </message>
    <message>
        <source>Slope (goals per 1)</source>
        <translation>Inclinação (gols por 1)</translation>
    </message>
    <message>
        <source>My mean</source>
        <translation>Minha média</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Jogos</translation>
    </message>
</context>
<context>
    <name>bcs::Stats</name>
    <message>
        <source>Shots</source>
        <translation>Chutes</translation>
    </message>
    <message>
        <source>Shots on the other team&apos;s goal.</source>
        <translation>Chutes no gol do outro time.</translation>
    </message>
    <message>
        <source>Shots against</source>
        <translation>Chutes sofridos</translation>
    </message>
    <message>
        <source>Shots the other team took on the player&apos;s goal.</source>
        <translation>Chutes que o outro time deu no gol do jogador.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Gols</translation>
    </message>
    <message>
        <source>Goals scored.</source>
        <translation>Gols marcados.</translation>
    </message>
    <message>
        <source>Goals against</source>
        <translation>Gols sofridos</translation>
    </message>
    <message>
        <source>Goals the other team scored against the player&apos;s team.</source>
        <translation>Gols que o outro time marcou contra o time do jogador.</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Defesas</translation>
    </message>
    <message>
        <source>Shots on goal that the player kept out.</source>
        <translation>Chutes a gol que o jogador impediu.</translation>
    </message>
    <message>
        <source>Assists</source>
        <translation>Assistências</translation>
    </message>
    <message>
        <source>Passes that led straight to a teammate&apos;s goal.</source>
        <translation>Passes que levaram direto a um gol de um colega.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>The in-game score, Rocket League&apos;s points for goals, saves, shots, touches and more.</source>
        <translation>A pontuação da partida, os pontos do Rocket League por gols, defesas, chutes, toques e mais.</translation>
    </message>
    <message>
        <source>Shooting %</source>
        <translation>% de acerto</translation>
    </message>
    <message>
        <source>Goals per shot over all games, as a percentage.</source>
        <translation>Gols por chute em todos os jogos, em porcentagem.</translation>
    </message>
    <message>
        <source>Boost used per minute</source>
        <translation>Turbo usado por minuto</translation>
    </message>
    <message>
        <source>Boost used per minute played; a style more than a skill.</source>
        <translation>Turbo usado por minuto jogado; mais um estilo do que uma habilidade.</translation>
    </message>
    <message>
        <source>Boost collected per minute</source>
        <translation>Turbo coletado por minuto</translation>
    </message>
    <message>
        <source>Boost picked up per minute played.</source>
        <translation>Turbo coletado por minuto jogado.</translation>
    </message>
    <message>
        <source>Average boost</source>
        <translation>Turbo médio</translation>
    </message>
    <message>
        <source>The boost held on average, from 0 to 100.</source>
        <translation>O turbo mantido em média, de 0 a 100.</translation>
    </message>
    <message>
        <source>Boost collected</source>
        <translation>Turbo coletado</translation>
    </message>
    <message>
        <source>Boost picked up from every pad.</source>
        <translation>Turbo coletado de todos os pads.</translation>
    </message>
    <message>
        <source>Boost stolen</source>
        <translation>Turbo roubado</translation>
    </message>
    <message>
        <source>Boost picked up from pads in the other team&apos;s half, denying it to them.</source>
        <translation>Turbo coletado de pads na metade do outro time, tirando-o dele.</translation>
    </message>
    <message>
        <source>Collected from big pads</source>
        <translation>Coletado de pads grandes</translation>
    </message>
    <message>
        <source>Boost picked up from the six big pads (100 each).</source>
        <translation>Turbo coletado dos seis pads grandes (100 cada).</translation>
    </message>
    <message>
        <source>Stolen from big pads</source>
        <translation>Roubado de pads grandes</translation>
    </message>
    <message>
        <source>Boost taken from the big pads in the other team&apos;s half.</source>
        <translation>Turbo tirado dos pads grandes na metade do outro time.</translation>
    </message>
    <message>
        <source>Collected from small pads</source>
        <translation>Coletado de pads pequenos</translation>
    </message>
    <message>
        <source>Boost picked up from the small pads (12 each).</source>
        <translation>Turbo coletado dos pads pequenos (12 cada).</translation>
    </message>
    <message>
        <source>Stolen from small pads</source>
        <translation>Roubado de pads pequenos</translation>
    </message>
    <message>
        <source>Boost taken from the small pads in the other team&apos;s half.</source>
        <translation>Turbo tirado dos pads pequenos na metade do outro time.</translation>
    </message>
    <message>
        <source>Big pads collected</source>
        <translation>Pads grandes coletados</translation>
    </message>
    <message>
        <source>How many big pads were picked up.</source>
        <translation>Quantos pads grandes foram coletados.</translation>
    </message>
    <message>
        <source>Big pads stolen</source>
        <translation>Pads grandes roubados</translation>
    </message>
    <message>
        <source>How many big pads in the other team&apos;s half were picked up.</source>
        <translation>Quantos pads grandes na metade do outro time foram coletados.</translation>
    </message>
    <message>
        <source>Small pads collected</source>
        <translation>Pads pequenos coletados</translation>
    </message>
    <message>
        <source>How many small pads were picked up.</source>
        <translation>Quantos pads pequenos foram coletados.</translation>
    </message>
    <message>
        <source>Small pads stolen</source>
        <translation>Pads pequenos roubados</translation>
    </message>
    <message>
        <source>How many small pads in the other team&apos;s half were picked up.</source>
        <translation>Quantos pads pequenos na metade do outro time foram coletados.</translation>
    </message>
    <message>
        <source>Overfill</source>
        <translation>Excesso</translation>
    </message>
    <message>
        <source>Boost wasted by picking up a pad with more than the tank could take.</source>
        <translation>Turbo desperdiçado ao pegar um pad com mais do que o tanque comportava.</translation>
    </message>
    <message>
        <source>Overfill stolen</source>
        <translation>Excesso roubado</translation>
    </message>
    <message>
        <source>Boost wasted by overfilling from pads in the other team&apos;s half.</source>
        <translation>Turbo desperdiçado por excesso em pads na metade do outro time.</translation>
    </message>
    <message>
        <source>Used while supersonic</source>
        <translation>Usado em supersônico</translation>
    </message>
    <message>
        <source>Boost spent while already at top speed, where it adds nothing.</source>
        <translation>Turbo gasto já na velocidade máxima, onde não acrescenta nada.</translation>
    </message>
    <message>
        <source>Time at zero boost</source>
        <translation>Tempo sem turbo</translation>
    </message>
    <message>
        <source>Time spent with an empty tank.</source>
        <translation>Tempo passado com o tanque vazio.</translation>
    </message>
    <message>
        <source>% at zero boost</source>
        <translation>% sem turbo</translation>
    </message>
    <message>
        <source>Share of the game spent with an empty tank.</source>
        <translation>Parte do jogo passada com o tanque vazio.</translation>
    </message>
    <message>
        <source>Time at full boost</source>
        <translation>Tempo com turbo cheio</translation>
    </message>
    <message>
        <source>Time spent with a full tank.</source>
        <translation>Tempo passado com o tanque cheio.</translation>
    </message>
    <message>
        <source>% at full boost</source>
        <translation>% com turbo cheio</translation>
    </message>
    <message>
        <source>Share of the game spent with a full tank.</source>
        <translation>Parte do jogo passada com o tanque cheio.</translation>
    </message>
    <message>
        <source>Time at 0-25 boost</source>
        <translation>Tempo com 0-25 de turbo</translation>
    </message>
    <message>
        <source>Time spent holding 0 to 25 boost.</source>
        <translation>Tempo passado com 0 a 25 de turbo.</translation>
    </message>
    <message>
        <source>Time at 25-50 boost</source>
        <translation>Tempo com 25-50 de turbo</translation>
    </message>
    <message>
        <source>Time spent holding 25 to 50 boost.</source>
        <translation>Tempo passado com 25 a 50 de turbo.</translation>
    </message>
    <message>
        <source>Time at 50-75 boost</source>
        <translation>Tempo com 50-75 de turbo</translation>
    </message>
    <message>
        <source>Time spent holding 50 to 75 boost.</source>
        <translation>Tempo passado com 50 a 75 de turbo.</translation>
    </message>
    <message>
        <source>Time at 75-100 boost</source>
        <translation>Tempo com 75-100 de turbo</translation>
    </message>
    <message>
        <source>Time spent holding 75 to 100 boost.</source>
        <translation>Tempo passado com 75 a 100 de turbo.</translation>
    </message>
    <message>
        <source>% at 0-25 boost</source>
        <translation>% com 0-25 de turbo</translation>
    </message>
    <message>
        <source>Share of the game spent holding 0 to 25 boost.</source>
        <translation>Parte do jogo passada com 0 a 25 de turbo.</translation>
    </message>
    <message>
        <source>% at 25-50 boost</source>
        <translation>% com 25-50 de turbo</translation>
    </message>
    <message>
        <source>Share of the game spent holding 25 to 50 boost.</source>
        <translation>Parte do jogo passada com 25 a 50 de turbo.</translation>
    </message>
    <message>
        <source>% at 50-75 boost</source>
        <translation>% com 50-75 de turbo</translation>
    </message>
    <message>
        <source>Share of the game spent holding 50 to 75 boost.</source>
        <translation>Parte do jogo passada com 50 a 75 de turbo.</translation>
    </message>
    <message>
        <source>% at 75-100 boost</source>
        <translation>% com 75-100 de turbo</translation>
    </message>
    <message>
        <source>Share of the game spent holding 75 to 100 boost.</source>
        <translation>Parte do jogo passada com 75 a 100 de turbo.</translation>
    </message>
    <message>
        <source>Average speed</source>
        <translation>Velocidade média</translation>
    </message>
    <message>
        <source>The car&apos;s average speed in unreal units per second.</source>
        <translation>A velocidade média do carro em unreal units por segundo.</translation>
    </message>
    <message>
        <source>Distance travelled</source>
        <translation>Distância percorrida</translation>
    </message>
    <message>
        <source>How far the car travelled.</source>
        <translation>Quanto o carro percorreu.</translation>
    </message>
    <message>
        <source>Time supersonic</source>
        <translation>Tempo supersônico</translation>
    </message>
    <message>
        <source>Time spent at supersonic speed, the car&apos;s top speed.</source>
        <translation>Tempo passado em velocidade supersônica, a velocidade máxima do carro.</translation>
    </message>
    <message>
        <source>Time at boost speed</source>
        <translation>Tempo em velocidade de turbo</translation>
    </message>
    <message>
        <source>Time spent at speeds only boost reaches, below supersonic.</source>
        <translation>Tempo passado em velocidades que só o turbo alcança, abaixo da supersônica.</translation>
    </message>
    <message>
        <source>Time at slow speed</source>
        <translation>Tempo em velocidade baixa</translation>
    </message>
    <message>
        <source>Time spent at slow speed, below what the throttle alone gives.</source>
        <translation>Tempo passado em velocidade baixa, abaixo do que só o acelerador dá.</translation>
    </message>
    <message>
        <source>Time on the ground</source>
        <translation>Tempo no chão</translation>
    </message>
    <message>
        <source>Time spent with the wheels on the ground.</source>
        <translation>Tempo passado com as rodas no chão.</translation>
    </message>
    <message>
        <source>Time in low air</source>
        <translation>Tempo no ar baixo</translation>
    </message>
    <message>
        <source>Time spent in the air below the crossbar.</source>
        <translation>Tempo passado no ar abaixo do travessão.</translation>
    </message>
    <message>
        <source>Time in high air</source>
        <translation>Tempo no ar alto</translation>
    </message>
    <message>
        <source>Time spent in the air above the crossbar.</source>
        <translation>Tempo passado no ar acima do travessão.</translation>
    </message>
    <message>
        <source>Time powersliding</source>
        <translation>Tempo derrapando</translation>
    </message>
    <message>
        <source>Time spent holding powerslide.</source>
        <translation>Tempo passado segurando a derrapagem.</translation>
    </message>
    <message>
        <source>Powerslides</source>
        <translation>Derrapagens</translation>
    </message>
    <message>
        <source>How many times powerslide was used.</source>
        <translation>Quantas vezes a derrapagem foi usada.</translation>
    </message>
    <message>
        <source>Average powerslide</source>
        <translation>Derrapagem média</translation>
    </message>
    <message>
        <source>How long a powerslide lasted on average.</source>
        <translation>Quanto uma derrapagem durou em média.</translation>
    </message>
    <message>
        <source>Average speed % of max</source>
        <translation>Vel. média % da máxima</translation>
    </message>
    <message>
        <source>Average speed as a share of the car&apos;s top speed.</source>
        <translation>Velocidade média como parte da velocidade máxima do carro.</translation>
    </message>
    <message>
        <source>% slow speed</source>
        <translation>% velocidade baixa</translation>
    </message>
    <message>
        <source>Share of the game spent at slow speed.</source>
        <translation>Parte do jogo passada em velocidade baixa.</translation>
    </message>
    <message>
        <source>% boost speed</source>
        <translation>% velocidade de turbo</translation>
    </message>
    <message>
        <source>Share of the game spent at boost speed, below supersonic.</source>
        <translation>Parte do jogo passada em velocidade de turbo, abaixo da supersônica.</translation>
    </message>
    <message>
        <source>% supersonic</source>
        <translation>% supersônico</translation>
    </message>
    <message>
        <source>Share of the game spent at supersonic speed.</source>
        <translation>Parte do jogo passada em velocidade supersônica.</translation>
    </message>
    <message>
        <source>% on the ground</source>
        <translation>% no chão</translation>
    </message>
    <message>
        <source>Share of the game spent on the ground.</source>
        <translation>Parte do jogo passada no chão.</translation>
    </message>
    <message>
        <source>% in low air</source>
        <translation>% no ar baixo</translation>
    </message>
    <message>
        <source>Share of the game spent in the air below the crossbar.</source>
        <translation>Parte do jogo passada no ar abaixo do travessão.</translation>
    </message>
    <message>
        <source>% in high air</source>
        <translation>% no ar alto</translation>
    </message>
    <message>
        <source>Share of the game spent in the air above the crossbar.</source>
        <translation>Parte do jogo passada no ar acima do travessão.</translation>
    </message>
    <message>
        <source>Average distance to ball</source>
        <translation>Distância média da bola</translation>
    </message>
    <message>
        <source>How far from the ball the car was on average.</source>
        <translation>Quão longe da bola o carro ficou em média.</translation>
    </message>
    <message>
        <source>Distance to ball (possession)</source>
        <translation>Distância da bola (com posse)</translation>
    </message>
    <message>
        <source>Average distance to the ball while the player&apos;s team had it.</source>
        <translation>Distância média da bola enquanto o time do jogador estava com ela.</translation>
    </message>
    <message>
        <source>Distance to ball (no possession)</source>
        <translation>Distância da bola (sem posse)</translation>
    </message>
    <message>
        <source>Average distance to the ball while the other team had it.</source>
        <translation>Distância média da bola enquanto o outro time estava com ela.</translation>
    </message>
    <message>
        <source>Average distance to mates</source>
        <translation>Distância média dos colegas</translation>
    </message>
    <message>
        <source>Average distance to the teammates, how spread the team played.</source>
        <translation>Distância média até os colegas, o quanto o time jogou espalhado.</translation>
    </message>
    <message>
        <source>Time in defensive third</source>
        <translation>Tempo no terço defensivo</translation>
    </message>
    <message>
        <source>Time spent in the player&apos;s own third of the pitch.</source>
        <translation>Tempo passado no próprio terço do campo.</translation>
    </message>
    <message>
        <source>Time in neutral third</source>
        <translation>Tempo no terço neutro</translation>
    </message>
    <message>
        <source>Time spent in the middle third of the pitch.</source>
        <translation>Tempo passado no terço do meio do campo.</translation>
    </message>
    <message>
        <source>Time in offensive third</source>
        <translation>Tempo no terço ofensivo</translation>
    </message>
    <message>
        <source>Time spent in the other team&apos;s third of the pitch.</source>
        <translation>Tempo passado no terço do campo do outro time.</translation>
    </message>
    <message>
        <source>Time in defensive half</source>
        <translation>Tempo na metade defensiva</translation>
    </message>
    <message>
        <source>Time spent in the player&apos;s own half.</source>
        <translation>Tempo passado na própria metade do campo.</translation>
    </message>
    <message>
        <source>Time in offensive half</source>
        <translation>Tempo na metade ofensiva</translation>
    </message>
    <message>
        <source>Time spent in the other team&apos;s half.</source>
        <translation>Tempo passado na metade do outro time.</translation>
    </message>
    <message>
        <source>Time behind the ball</source>
        <translation>Tempo atrás da bola</translation>
    </message>
    <message>
        <source>Time spent between the ball and the player&apos;s own goal.</source>
        <translation>Tempo passado entre a bola e o próprio gol.</translation>
    </message>
    <message>
        <source>Time in front of the ball</source>
        <translation>Tempo à frente da bola</translation>
    </message>
    <message>
        <source>Time spent between the ball and the other team&apos;s goal.</source>
        <translation>Tempo passado entre a bola e o gol do outro time.</translation>
    </message>
    <message>
        <source>Time most back</source>
        <translation>Tempo mais recuado</translation>
    </message>
    <message>
        <source>Time spent as the team&apos;s last player back.</source>
        <translation>Tempo passado como o último jogador do time lá atrás.</translation>
    </message>
    <message>
        <source>Time most forward</source>
        <translation>Tempo mais avançado</translation>
    </message>
    <message>
        <source>Time spent as the team&apos;s player furthest forward.</source>
        <translation>Tempo passado como o jogador mais avançado do time.</translation>
    </message>
    <message>
        <source>Goals conceded as last defender</source>
        <translation>Gols sofridos como último defensor</translation>
    </message>
    <message>
        <source>Goals conceded while the player was the last one back.</source>
        <translation>Gols sofridos enquanto o jogador era o último lá atrás.</translation>
    </message>
    <message>
        <source>Time closest to ball</source>
        <translation>Tempo mais perto da bola</translation>
    </message>
    <message>
        <source>Time spent as the team&apos;s player closest to the ball.</source>
        <translation>Tempo passado como o jogador do time mais perto da bola.</translation>
    </message>
    <message>
        <source>Time farthest from ball</source>
        <translation>Tempo mais longe da bola</translation>
    </message>
    <message>
        <source>Time spent as the team&apos;s player farthest from the ball.</source>
        <translation>Tempo passado como o jogador do time mais longe da bola.</translation>
    </message>
    <message>
        <source>% in defensive third</source>
        <translation>% no terço defensivo</translation>
    </message>
    <message>
        <source>Share of the game spent in the player&apos;s own third.</source>
        <translation>Parte do jogo passada no próprio terço.</translation>
    </message>
    <message>
        <source>% in offensive third</source>
        <translation>% no terço ofensivo</translation>
    </message>
    <message>
        <source>Share of the game spent in the other team&apos;s third.</source>
        <translation>Parte do jogo passada no terço do outro time.</translation>
    </message>
    <message>
        <source>% in neutral third</source>
        <translation>% no terço neutro</translation>
    </message>
    <message>
        <source>Share of the game spent in the middle third.</source>
        <translation>Parte do jogo passada no terço do meio.</translation>
    </message>
    <message>
        <source>% in defensive half</source>
        <translation>% na metade defensiva</translation>
    </message>
    <message>
        <source>Share of the game spent in the player&apos;s own half.</source>
        <translation>Parte do jogo passada na própria metade.</translation>
    </message>
    <message>
        <source>% in offensive half</source>
        <translation>% na metade ofensiva</translation>
    </message>
    <message>
        <source>Share of the game spent in the other team&apos;s half.</source>
        <translation>Parte do jogo passada na metade do outro time.</translation>
    </message>
    <message>
        <source>% behind the ball</source>
        <translation>% atrás da bola</translation>
    </message>
    <message>
        <source>Share of the game spent between the ball and the player&apos;s own goal.</source>
        <translation>Parte do jogo passada entre a bola e o próprio gol.</translation>
    </message>
    <message>
        <source>% in front of the ball</source>
        <translation>% à frente da bola</translation>
    </message>
    <message>
        <source>Share of the game spent between the ball and the other team&apos;s goal.</source>
        <translation>Parte do jogo passada entre a bola e o gol do outro time.</translation>
    </message>
    <message>
        <source>% most back</source>
        <translation>% mais recuado</translation>
    </message>
    <message>
        <source>Share of the game spent as the team&apos;s last player back.</source>
        <translation>Parte do jogo passada como o último jogador do time lá atrás.</translation>
    </message>
    <message>
        <source>% most forward</source>
        <translation>% mais avançado</translation>
    </message>
    <message>
        <source>Share of the game spent as the team&apos;s player furthest forward.</source>
        <translation>Parte do jogo passada como o jogador mais avançado do time.</translation>
    </message>
    <message>
        <source>% closest to ball</source>
        <translation>% mais perto da bola</translation>
    </message>
    <message>
        <source>Share of the game spent as the team&apos;s player closest to the ball.</source>
        <translation>Parte do jogo passada como o jogador do time mais perto da bola.</translation>
    </message>
    <message>
        <source>% farthest from ball</source>
        <translation>% mais longe da bola</translation>
    </message>
    <message>
        <source>Share of the game spent as the team&apos;s player farthest from the ball.</source>
        <translation>Parte do jogo passada como o jogador do time mais longe da bola.</translation>
    </message>
    <message>
        <source>Demos inflicted</source>
        <translation>Demolições feitas</translation>
    </message>
    <message>
        <source>Opponents demolished.</source>
        <translation>Adversários demolidos.</translation>
    </message>
    <message>
        <source>Demos taken</source>
        <translation>Demolições sofridas</translation>
    </message>
    <message>
        <source>Times the player was demolished.</source>
        <translation>Vezes que o jogador foi demolido.</translation>
    </message>
    <message>
        <source>aggregating stats</source>
        <translation>agregando estatísticas</translation>
    </message>
    <message>
        <source>listing replays</source>
        <translation>listando replays</translation>
    </message>
    <message>
        <source>listing players</source>
        <translation>listando jogadores</translation>
    </message>
    <message>
        <source>analysing the cache</source>
        <translation>analisando o cache</translation>
    </message>
    <message>
        <source>suggesting a config</source>
        <translation>sugerindo uma config</translation>
    </message>
    <message>
        <source>summing stats per day</source>
        <translation>somando estatísticas por dia</translation>
    </message>
    <message>
        <source>listing the filter&apos;s choices</source>
        <translation>listando as opções do filtro</translation>
    </message>
    <message>
        <source>counting games</source>
        <translation>contando jogos</translation>
    </message>
    <message>
        <source>reading the cache</source>
        <translation>lendo o cache</translation>
    </message>
    <message>
        <source>summing the sides of my games</source>
        <translation>somando os lados dos meus jogos</translation>
    </message>
    <message>
        <source>saving player roles</source>
        <translation>salvando os papéis dos jogadores</translation>
    </message>
</context>
<context>
    <name>bcs::StatsCharts</name>
    <message>
        <source>week of %1</source>
        <translation>semana de %1</translation>
    </message>
    <message>
        <source>No games with details under this filter.</source>
        <translation>Nenhum jogo com detalhes neste filtro.</translation>
    </message>
    <message>
        <source>%1: %2 over %3 — click for the replays</source>
        <translation>%1: %2 em %3 — clique para ver os replays</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Jogos</translation>
    </message>
    <message>
        <source>No games under this filter.</source>
        <translation>Nenhum jogo neste filtro.</translation>
    </message>
    <message>
        <source>%1: %2, %3 with details, win rate %4</source>
        <translation>%1: %2, %3 com detalhes, taxa de vitória %4</translation>
    </message>
    <message>
        <source>%1, %2: %3 over %4</source>
        <translation>%1, %2: %3 em %4</translation>
    </message>
</context>
<context>
    <name>bcs::StatsHeadline</name>
    <message>
        <source>few games</source>
        <translation>poucos jogos</translation>
    </message>
    <message>
        <source>My record</source>
        <translation>Meu retrospecto</translation>
    </message>
    <message>
        <source>My win rate</source>
        <translation>Minha taxa de vitória</translation>
    </message>
    <message>
        <source>What the numbers cover</source>
        <translation>O que os números cobrem</translation>
    </message>
    <message>
        <source>Few games</source>
        <translation>Poucos jogos</translation>
    </message>
    <message>
        <source>Fewer than %1 games: the win rate can still move a lot with each game. The ± interval says by how much.</source>
        <translation>Menos de %1 jogos: a taxa de vitória ainda pode mudar muito a cada jogo. O intervalo ± diz quanto.</translation>
    </message>
    <message>
        <source>No games under this filter</source>
        <translation>Nenhum jogo neste filtro</translation>
    </message>
    <message>
        <source>%1 · %2 won · %3 lost · %4 tied</source>
        <translation>%1 · %2 vitórias · %3 derrotas · %4 empates</translation>
    </message>
    <message>
        <source>Win rate %1 ± %2</source>
        <translation>Taxa de vitória %1 ± %2</translation>
    </message>
    <message>
        <source>95 % Wilson interval: %1 – %2. Over %3 the true win rate is most likely within this range.</source>
        <translation>Intervalo de Wilson de 95 %: %1 – %2. Em %3, a taxa de vitória real provavelmente está nesse intervalo.</translation>
    </message>
    <message>
        <source>Widen the filter to see results and stats.</source>
        <translation>Amplie o filtro para ver resultados e estatísticas.</translation>
    </message>
    <message>
        <source>Results and detailed stats over the %1 you played.</source>
        <translation>Resultados e estatísticas detalhadas dos %1 que você jogou.</translation>
    </message>
    <message>
        <source>Results over the %1 you played; detailed stats over %2 — the details of the others have not arrived yet.</source>
        <translation>Resultados dos %1 que você jogou; estatísticas detalhadas de %2 — os detalhes dos outros ainda não chegaram.</translation>
    </message>
</context>
<context>
    <name>bcs::StatsPage</name>
    <message>
        <source>Stats</source>
        <translation>Estatísticas</translation>
    </message>
    <message>
        <source>Your stats, your teammates&apos; and your opponents&apos;, side by side, with charts over time.</source>
        <translation>Suas estatísticas, as dos seus colegas e as dos seus adversários, lado a lado, com gráficos ao longo do tempo.</translation>
    </message>
    <message>
        <source>&amp;Per game</source>
        <translation>&amp;Por jogo</translation>
    </message>
    <message>
        <source>&amp;Totals</source>
        <translation>&amp;Totais</translation>
    </message>
    <message>
        <source>Show values per game</source>
        <translation>Mostrar valores por jogo</translation>
    </message>
    <message>
        <source>Show totals</source>
        <translation>Mostrar totais</translation>
    </message>
    <message>
        <source>Every stat as a mean per game: fair between roles with different numbers of games.</source>
        <translation>Cada estatística como média por jogo: justo entre papéis com números de jogos diferentes.</translation>
    </message>
    <message>
        <source>Counts and times summed over the games; rates and percentages stay means per game.</source>
        <translation>Contagens e tempos somados nos jogos; taxas e porcentagens continuam médias por jogo.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Atualizando…</translation>
    </message>
    <message>
        <source>Updating the numbers</source>
        <translation>Atualizando os números</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Stats of every role side by side</source>
        <translation>Estatísticas de cada papel lado a lado</translation>
    </message>
    <message>
        <source>Sort as the catalogue</source>
        <translation>Ordenar como o catálogo</translation>
    </message>
    <message>
        <source>Chart of the selected stat by role</source>
        <translation>Gráfico da estatística selecionada por papel</translation>
    </message>
    <message>
        <source>The selected stat by role</source>
        <translation>A estatística selecionada por papel</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salvar…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Salvar o gráfico como imagem PNG</translation>
    </message>
    <message>
        <source>Save the chart by role as PNG</source>
        <translation>Salvar o gráfico por papel como PNG</translation>
    </message>
    <message>
        <source>Chart of the selected stat over time</source>
        <translation>Gráfico da estatística selecionada ao longo do tempo</translation>
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
        <translation>Período do gráfico ao longo do tempo</translation>
    </message>
    <message>
        <source>Roles in the chart over time</source>
        <translation>Papéis no gráfico ao longo do tempo</translation>
    </message>
    <message>
        <source>Choose whose line the chart draws</source>
        <translation>Escolher de quem é a linha que o gráfico desenha</translation>
    </message>
    <message>
        <source>The selected stat over time</source>
        <translation>A estatística selecionada ao longo do tempo</translation>
    </message>
    <message>
        <source>Save the chart over time as PNG</source>
        <translation>Salvar o gráfico ao longo do tempo como PNG</translation>
    </message>
    <message>
        <source>The stats could not be read: %1. Try again after the sync, or restart the app.</source>
        <translation>Não foi possível ler as estatísticas: %1. Tente de novo após a sincronização, ou reinicie o app.</translation>
    </message>
    <message>
        <source>%1 by role</source>
        <translation>%1 por papel</translation>
    </message>
    <message>
        <source>No roles</source>
        <translation>Nenhum papel</translation>
    </message>
    <message>
        <source>%1 roles</source>
        <translation>%1 papéis</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 ao longo do tempo</translation>
    </message>
    <message>
        <source>%1: games with details</source>
        <translation>%1: jogos com detalhes</translation>
    </message>
    <message>
        <source>%1: games</source>
        <translation>%1: jogos</translation>
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
        <translation>%1 copiado</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Dados de demonstração</translation>
    </message>
    <message>
        <source>A generated cache of its own; a real sync never writes into it</source>
        <translation>Um cache gerado à parte; uma sincronização real nunca grava nele</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Sem chave de API</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Chave: %1</translation>
    </message>
    <message>
        <source>The ballchasing API key comes from %1</source>
        <translation>A chave de API do ballchasing vem de %1</translation>
    </message>
    <message>
        <source>API off</source>
        <translation>API desligada</translation>
    </message>
    <message>
        <source>The local API server is turned off in Settings</source>
        <translation>O servidor da API local está desligado nas Configurações</translation>
    </message>
    <message>
        <source>API error</source>
        <translation>Erro da API</translation>
    </message>
    <message>
        <source>The local API server could not start: %1</source>
        <translation>Não foi possível iniciar o servidor da API local: %1</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>The local API for a browser or scripts; click to copy the address</source>
        <translation>A API local para um navegador ou scripts; clique para copiar o endereço</translation>
    </message>
</context>
<context>
    <name>bcs::Storage</name>
    <message>
        <source>a stored replay detail is damaged (%1)</source>
        <translation>um detalhe de replay armazenado está danificado (%1)</translation>
    </message>
    <message>
        <source>looking up cached replays</source>
        <translation>consultando replays no cache</translation>
    </message>
    <message>
        <source>remembering listed replays</source>
        <translation>registrando replays listados</translation>
    </message>
    <message>
        <source>storing replay %1</source>
        <translation>armazenando o replay %1</translation>
    </message>
    <message>
        <source>storing %1 replays</source>
        <translation>armazenando %1 replays</translation>
    </message>
    <message>
        <source>recording a failed fetch</source>
        <translation>registrando um download com falha</translation>
    </message>
    <message>
        <source>listing replays to fetch</source>
        <translation>listando replays para baixar</translation>
    </message>
    <message>
        <source>counting replays</source>
        <translation>contando replays</translation>
    </message>
    <message>
        <source>reading replay %1</source>
        <translation>lendo o replay %1</translation>
    </message>
    <message>
        <source>listing replays</source>
        <translation>listando replays</translation>
    </message>
    <message>
        <source>counting replays per day</source>
        <translation>contando replays por dia</translation>
    </message>
    <message>
        <source>reading the player config</source>
        <translation>lendo a config de jogadores</translation>
    </message>
    <message>
        <source>the saved player config is damaged: %1</source>
        <translation>a config de jogadores salva está danificada: %1</translation>
    </message>
    <message>
        <source>saving the player config</source>
        <translation>salvando a config de jogadores</translation>
    </message>
    <message>
        <source>reading players</source>
        <translation>lendo jogadores</translation>
    </message>
    <message>
        <source>reading accounts</source>
        <translation>lendo contas</translation>
    </message>
    <message>
        <source>saving player roles</source>
        <translation>salvando os papéis dos jogadores</translation>
    </message>
    <message>
        <source>saving request times</source>
        <translation>salvando horários de requisições</translation>
    </message>
    <message>
        <source>reading request times</source>
        <translation>lendo horários de requisições</translation>
    </message>
    <message>
        <source>pruning request times</source>
        <translation>limpando horários de requisições</translation>
    </message>
    <message>
        <source>saving the map names</source>
        <translation>salvando os nomes dos mapas</translation>
    </message>
    <message>
        <source>reading the map names</source>
        <translation>lendo os nomes dos mapas</translation>
    </message>
    <message>
        <source>writing settings of the cache</source>
        <translation>gravando configurações do cache</translation>
    </message>
    <message>
        <source>reading settings of the cache</source>
        <translation>lendo configurações do cache</translation>
    </message>
    <message>
        <source>the disk is full while %1; free some space and sync again (nothing stored so far is lost)</source>
        <translation>o disco está cheio, durante: %1; libere espaço e sincronize de novo (nada armazenado até agora é perdido)</translation>
    </message>
    <message>
        <source>the cache is damaged (%1) while %2</source>
        <translation>o cache está danificado (%1), durante: %2</translation>
    </message>
    <message>
        <source>the cache cannot be written (%1) while %2; check that its folder is writable</source>
        <translation>o cache não pode ser gravado (%1), durante: %2; verifique se a pasta dele permite gravação</translation>
    </message>
    <message>
        <source>the cache is busy (%1) while %2</source>
        <translation>o cache está ocupado (%1), durante: %2</translation>
    </message>
    <message>
        <source>database error while %1: %2</source>
        <translation>erro de banco de dados (%1): %2</translation>
    </message>
    <message>
        <source>starting the sync log</source>
        <translation>iniciando o log de sincronização</translation>
    </message>
    <message>
        <source>updating the sync log</source>
        <translation>atualizando o log de sincronização</translation>
    </message>
    <message>
        <source>reading the sync log</source>
        <translation>lendo o log de sincronização</translation>
    </message>
    <message>
        <source>recording a completed listing</source>
        <translation>registrando uma listagem concluída</translation>
    </message>
    <message>
        <source>recovering the sync log</source>
        <translation>recuperando o log de sincronização</translation>
    </message>
</context>
<context>
    <name>bcs::Sync</name>
    <message>
        <source>ballchasing answered with another replay (%1)</source>
        <translation>o ballchasing respondeu com outro replay (%1)</translation>
    </message>
    <message>
        <source>ballchasing could not process this replay file</source>
        <translation>o ballchasing não conseguiu processar este arquivo de replay</translation>
    </message>
</context>
<context>
    <name>bcs::SyncCommand</name>
    <message>
        <source>%1: found %2 · fetched %3 of %8 due · skipped %4 · failed %5 · pending %6 · %7/s</source>
        <translation>%1: encontrados %2 · baixados %3 de %8 a baixar · ignorados %4 · falhas %5 · pendentes %6 · %7/s</translation>
    </message>
    <message>
        <source> · ETA %1</source>
        <translation> · tempo restante %1</translation>
    </message>
    <message>
        <source>bcstats: --%1 &apos;%2&apos; is not a date; use YYYY-MM-DD or RFC 3339 (2024-05-01T18:00:00+02:00)</source>
        <translation>bcstats: --%1 &apos;%2&apos; não é uma data; use AAAA-MM-DD ou RFC 3339 (2024-05-01T18:00:00+02:00)</translation>
    </message>
    <message>
        <source>bcstats: --after is later than --before</source>
        <translation>bcstats: --after é posterior a --before</translation>
    </message>
    <message>
        <source>Already synced: sync #%1 (started %2) covers this range; use --force to sync it again.</source>
        <translation>Já sincronizado: a sincronização nº %1 (iniciada em %2) cobre este intervalo; use --force para sincronizá-lo de novo.</translation>
    </message>
    <message>
        <source>bcstats: %1</source>
        <translation>bcstats: %1</translation>
    </message>
    <message>
        <source>Sync #%1 %2: %3 found, %4 fetched, %5 already cached, %6 failed, %7 pending, %8 requests.</source>
        <translation>Sincronização nº %1 %2: %3 encontrados, %4 baixados, %5 já no cache, %6 com falha, %7 pendentes, %8 requisições.</translation>
    </message>
    <message>
        <source>  not stored: %1 (%2)</source>
        <translation>  não armazenado: %1 (%2)</translation>
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
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>bcs::SyncHistoryModel</name>
    <message>
        <source>everything</source>
        <translation>tudo</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>até %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Cancelled (listing complete)</source>
        <translation>Cancelada (listagem completa)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <source>Listed replays whose details were already cached</source>
        <translation>Replays listados cujos detalhes já estavam no cache</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
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
        <translation>Encontrados</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Baixados</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>No cache</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requisições</translation>
    </message>
</context>
<context>
    <name>bcs::SyncManager</name>
    <message>
        <source>the sync service is not running</source>
        <translation>o serviço de sincronização não está em execução</translation>
    </message>
</context>
<context>
    <name>bcs::SyncOverview</name>
    <message>
        <source>finding where the season began</source>
        <translation>procurando onde a temporada começou</translation>
    </message>
    <message>
        <source>counting player names</source>
        <translation>contando nomes de jogadores</translation>
    </message>
    <message>
        <source>reading what the sync brought</source>
        <translation>lendo o que a sincronização trouxe</translation>
    </message>
    <message>
        <source>counting cached replays</source>
        <translation>contando replays no cache</translation>
    </message>
</context>
<context>
    <name>bcs::SyncPage</name>
    <message>
        <source>Sync &amp;again where already synced</source>
        <translation>Sincronizar &amp;novamente onde já sincronizado</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Lists the range again even where an earlier sync covered it, to pick up late uploads</source>
        <translation>Lista o intervalo de novo mesmo onde uma sincronização anterior o cobriu, para pegar uploads atrasados</translation>
    </message>
    <message>
        <source>Sync the range (F5)</source>
        <translation>Sincronizar o intervalo (F5)</translation>
    </message>
    <message>
        <source>Stop the running sync (Esc); the next one continues where it stopped</source>
        <translation>Para a sincronização em andamento (Esc); a próxima continua de onde esta parou</translation>
    </message>
    <message>
        <source>What to sync</source>
        <translation>O que sincronizar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Limites de taxa</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Falhas</translation>
    </message>
    <message>
        <source>ballchasing rejected the API key (%1). Check it in Settings.</source>
        <translation>O ballchasing rejeitou a chave de API (%1). Confira-a nas Configurações.</translation>
    </message>
    <message>
        <source>This is demo data: it is never synced</source>
        <translation>Estes são dados de demonstração: nunca são sincronizados</translation>
    </message>
    <message>
        <source>Add your ballchasing API key in Settings first</source>
        <translation>Primeiro adicione sua chave de API do ballchasing nas Configurações</translation>
    </message>
    <message>
        <source>Checking what is already cached…</source>
        <translation>Verificando o que já está no cache…</translation>
    </message>
    <message>
        <source>No sync is running.</source>
        <translation>Nenhuma sincronização em andamento.</translation>
    </message>
    <message>
        <source>Already synced: %1 — covered by the sync of %2. Tick “Sync again” to list the range once more for late uploads.</source>
        <translation>Já sincronizado: %1 — coberto pela sincronização de %2. Marque “Sincronizar novamente” para listar o intervalo mais uma vez e pegar uploads atrasados.</translation>
    </message>
    <message>
        <source>A sync is already running; its progress is below.</source>
        <translation>Uma sincronização já está em andamento; o progresso dela está abaixo.</translation>
    </message>
    <message>
        <source>The sync could not start: %1</source>
        <translation>Não foi possível iniciar a sincronização: %1</translation>
    </message>
    <message>
        <source>Failures (%1)</source>
        <translation>Falhas (%1)</translation>
    </message>
    <message>
        <source>; %1 could not be stored (see Failures)</source>
        <translation>; %1 não puderam ser armazenados (veja Falhas)</translation>
    </message>
    <message>
        <source>Sync completed: %1 fetched</source>
        <translation>Sincronização concluída: %1 baixados</translation>
    </message>
    <message>
        <source>Sync cancelled after %1 fetched. The next sync continues where this one stopped.</source>
        <translation>Sincronização cancelada após %1 baixados. A próxima sincronização continua de onde esta parou.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>A sincronização falhou: %1</translation>
    </message>
    <message>
        <source>The cache could not be read: %1</source>
        <translation>Não foi possível ler o cache: %1</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>%1 no cache</translation>
    </message>
    <message>
        <source> · %1 more listed, details to come</source>
        <translation> · mais %1 listados, detalhes a caminho</translation>
    </message>
    <message>
        <source> · last sync %1</source>
        <translation> · última sincronização %1</translation>
    </message>
    <message>
        <source> · never synced</source>
        <translation> · nunca sincronizado</translation>
    </message>
    <message>
        <source>Replays</source>
        <translation>Replays</translation>
    </message>
    <message>
        <source>Replays per day appear here after your first sync.</source>
        <translation>Os replays por dia aparecem aqui após sua primeira sincronização.</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>%1 already cached</source>
        <translation>%1 já no cache</translation>
    </message>
    <message>
        <source>Demo data: nothing is synced</source>
        <translation>Dados de demonstração: nada é sincronizado</translation>
    </message>
    <message>
        <source>Add your API key to see how many replays ballchasing has</source>
        <translation>Adicione sua chave de API para ver quantos replays o ballchasing tem</translation>
    </message>
    <message>
        <source>Asking ballchasing how many replays %1 are…</source>
        <translation>Perguntando ao ballchasing quantos são %1…</translation>
    </message>
    <message>
        <source>ballchasing has %1 of yours in this range</source>
        <translation>o ballchasing tem %1 seus neste intervalo</translation>
    </message>
    <message>
        <source>ballchasing could not say how many replays there are: %1</source>
        <translation>o ballchasing não conseguiu dizer quantos replays há: %1</translation>
    </message>
</context>
<context>
    <name>bcs::SyncProgressPanel</name>
    <message>
        <source>No sync is running.</source>
        <translation>Nenhuma sincronização em andamento.</translation>
    </message>
    <message>
        <source>Checking what is already cached…</source>
        <translation>Verificando o que já está no cache…</translation>
    </message>
    <message>
        <source>Listing your replays: %1 so far</source>
        <translation>Listando seus replays: %1 até agora</translation>
    </message>
    <message>
        <source>Listing complete: players and results are ready to look at. Fetching the details of each game…</source>
        <translation>Listagem concluída: jogadores e resultados já podem ser vistos. Baixando os detalhes de cada jogo…</translation>
    </message>
    <message>
        <source>%1 of %2 details</source>
        <translation>%1 de %2 detalhes</translation>
    </message>
    <message>
        <source>%1 found · %2 fetched · %3 already cached · %4 failed · %5 pending</source>
        <translation>%1 encontrados · %2 baixados · %3 já no cache · %4 com falha · %5 pendentes</translation>
    </message>
    <message>
        <source>%1 details/s of the tier&apos;s %2/s</source>
        <translation>%1 detalhes/s dos %2/s do nível</translation>
    </message>
    <message>
        <source>%1 details/s</source>
        <translation>%1 detalhes/s</translation>
    </message>
    <message>
        <source> · about %1 left (the hourly limit included)</source>
        <translation> · faltam cerca de %1 (com o limite por hora)</translation>
    </message>
    <message>
        <source>ballchasing asked us to slow down (%1)</source>
        <translation>o ballchasing pediu para desacelerar (%1)</translation>
    </message>
</context>
<context>
    <name>bcs::SyncRangeEditor</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Até</translation>
    </message>
    <message>
        <source>This &amp;season</source>
        <translation>Esta t&amp;emporada</translation>
    </message>
    <message>
        <source>Leave unticked to sync from your first replay</source>
        <translation>Deixe desmarcado para sincronizar desde o seu primeiro replay</translation>
    </message>
    <message>
        <source>Leave unticked to sync up to now</source>
        <translation>Deixe desmarcado para sincronizar até agora</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data inicial</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Data final</translation>
    </message>
    <message>
        <source>Last &amp;7 days</source>
        <translation>Últimos &amp;7 dias</translation>
    </message>
    <message>
        <source>Last &amp;30 days</source>
        <translation>Últimos &amp;30 dias</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Tudo</translation>
    </message>
    <message>
        <source>Known after a first sync</source>
        <translation>Conhecido após a primeira sincronização</translation>
    </message>
    <message>
        <source>Since %1, the first game of the newest season you played</source>
        <translation>Desde %1, o primeiro jogo da temporada mais recente que você jogou</translation>
    </message>
    <message>
        <source>all your replays</source>
        <translation>todos os seus replays</translation>
    </message>
    <message>
        <source>your replays since %1</source>
        <translation>seus replays desde %1</translation>
    </message>
    <message>
        <source>your replays until %1</source>
        <translation>seus replays até %1</translation>
    </message>
    <message>
        <source>your replays from %1 to %2</source>
        <translation>seus replays de %1 a %2</translation>
    </message>
</context>
<context>
    <name>bcs::SyncWorker</name>
    <message>
        <source>the application was closed during the sync</source>
        <translation>o aplicativo foi fechado durante a sincronização</translation>
    </message>
    <message>
        <source>a sync is already running (id %1)</source>
        <translation>uma sincronização já está em andamento (id %1)</translation>
    </message>
    <message>
        <source>listing replays failed: %1</source>
        <translation>a listagem de replays falhou: %1</translation>
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
        <translation>não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportar como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha ao exportar</translation>
    </message>
    <message>
        <source>The table was not exported: %1.</source>
        <translation>A tabela não foi exportada: %1.</translation>
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
        <translation>Copiar linhas</translation>
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
        <translation>1 jogo</translation>
    </message>
    <message>
        <source>%1 games</source>
        <translation>%1 jogos</translation>
    </message>
    <message>
        <source>1 name</source>
        <translation>1 nome</translation>
    </message>
    <message>
        <source>%1 names</source>
        <translation>%1 nomes</translation>
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
        <translation>%1 dias %2 h</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>há um minuto</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>há %1 minutos</translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>há uma hora</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>há %1 horas</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ontem</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>há %1 dias</translation>
    </message>
</context>
<context>
    <name>bcs::WelcomePage</name>
    <message>
        <source>&amp;Test key</source>
        <translation>&amp;Testar chave</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>&amp;Salvar chave</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Experimentar a &amp;demo</translation>
    </message>
    <message>
        <source>Welcome to Ballchasing Stats</source>
        <translation>Boas-vindas ao Ballchasing Stats</translation>
    </message>
    <message>
        <source>Ballchasing Stats copies your Rocket League replays from ballchasing.com to this computer and shows how you, your regular teammates and your opponents play — per game, over time and in every playlist. Paste your ballchasing API key to start, or look around with demo data first.</source>
        <translation>O Ballchasing Stats copia seus replays de Rocket League do ballchasing.com para este computador e mostra como você, seus colegas fixos e seus adversários jogam — por jogo, ao longo do tempo e em cada playlist. Cole sua chave de API do ballchasing para começar, ou explore primeiro com dados de demonstração.</translation>
    </message>
    <message>
        <source>Paste your ballchasing API key</source>
        <translation>Cole sua chave de API do ballchasing</translation>
    </message>
    <message>
        <source>ballchasing API key</source>
        <translation>chave de API do ballchasing</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Mostrar a chave</translation>
    </message>
    <message>
        <source>Get your key at &lt;a href=&quot;%1&quot;&gt;ballchasing.com/upload&lt;/a&gt; (sign in with Steam, then “Create new key”). It is kept in your system&apos;s keychain.</source>
        <translation>Obtenha sua chave em &lt;a href=&quot;%1&quot;&gt;ballchasing.com/upload&lt;/a&gt; (entre com a Steam, depois “Create new key”). Ela fica guardada no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Chave da &amp;API:</translation>
    </message>
    <message>
        <source>No key yet?</source>
        <translation>Ainda sem chave?</translation>
    </message>
    <message>
        <source>Asking ballchasing…</source>
        <translation>Perguntando ao ballchasing…</translation>
    </message>
    <message>
        <source>ballchasing rejected this key. Copy it again from ballchasing.com/upload; it may have been revoked.</source>
        <translation>O ballchasing rejeitou esta chave. Copie-a de novo em ballchasing.com/upload; ela pode ter sido revogada.</translation>
    </message>
    <message>
        <source>The key could not be tested: %1</source>
        <translation>Não foi possível testar a chave: %1</translation>
    </message>
    <message>
        <source>The key works: account %1, %2 tier.</source>
        <translation>A chave funciona: conta %1, nível %2.</translation>
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
        <translation>Saldo de gols</translation>
    </message>
    <message>
        <source>No games with details under these filters</source>
        <translation>Nenhum jogo com detalhes com estes filtros</translation>
    </message>
    <message>
        <source>My games</source>
        <translation>Meus jogos</translation>
    </message>
    <message>
        <source>Least squares (r² %1)</source>
        <translation>Mínimos quadrados (r² %1)</translation>
    </message>
    <message>
        <source>Win rate (%)</source>
        <translation>Taxa de vitória (%)</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taxa de vitória</translation>
    </message>
    <message>
        <source>%1 %2: %3 won of %4</source>
        <translation>%1 %2: %3 vencidos de %4</translation>
    </message>
    <message>
        <source>Every stat against the goal difference of your games: the higher “explains”, the more your results move with it. Select a stat to see its games.</source>
        <translation>Cada estatística contra o saldo de gols dos seus jogos: quanto maior o “explica”, mais seus resultados acompanham a estatística. Selecione uma estatística para ver os jogos dela.</translation>
    </message>
    <message>
        <source>Stats ranked by how they go with goal difference</source>
        <translation>Estatísticas ordenadas por quanto acompanham o saldo de gols</translation>
    </message>
    <message>
        <source>The selected stat against goal difference</source>
        <translation>A estatística selecionada contra o saldo de gols</translation>
    </message>
    <message>
        <source>Win rate by the selected stat</source>
        <translation>Taxa de vitória pela estatística selecionada</translation>
    </message>
</context>
<context>
    <name>bcs::WindowSession</name>
    <message>
        <source>The demo could not be started</source>
        <translation>Não foi possível iniciar a demonstração</translation>
    </message>
</context>
</TS>
