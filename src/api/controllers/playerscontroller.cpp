#include "api/controllers/playerscontroller.h"

#include "api/apitr.h"
#include "api/queryparams.h"
#include "core/playerconfig.h"
#include "stats/configsuggestion.h"
#include "stats/playeraccounts.h"
#include "storage/database.h"
#include "storage/rolerepository.h"
#include "sync/configwrites.h"
#include "sync/syncmanager.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace bcs {

namespace {
QJsonArray playerAccountsJson(const QList<PlayerAccount> &accounts)
{
    QJsonArray list;
    for (const PlayerAccount &account : accounts)
        list.append(QJsonObject{{QStringLiteral("name"), account.name},
                                {QStringLiteral("platform"), account.platform},
                                {QStringLiteral("platform_id"), account.platformId},
                                {QStringLiteral("count"), account.games}});
    return list;
}
} // namespace

PlayersController::PlayersController(Database *database, SyncManager *sync)
    : m_database(database)
    , m_sync(sync)
{}

void PlayersController::registerRoutes(Router &router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/players"),
               [this](const ApiRequest &, const QStringList &, const Responder &responder) {
                   players(responder);
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/players/suggest"),
               [this](const ApiRequest &, const QStringList &, const Responder &responder) {
                   suggest(responder);
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/players/config"),
               [this](const ApiRequest &, const QStringList &, const Responder &responder) {
                   responder.send(ApiResponse::json(
                       RoleRepository(m_database->connection(Database::Access::ReadOnly))
                           .config()
                           .toJson()));
               });
    router.add(QStringLiteral("PUT"), QStringLiteral("/api/players/config"),
               [this](const ApiRequest &request, const QStringList &, const Responder &responder) {
                   saveConfig(request, responder);
               });
}

void PlayersController::players(const Responder &responder)
{
    responder.send(ApiResponse::json(
        playerAccountsJson(playerAccounts(m_database->connection(Database::Access::ReadOnly)))));
}

void PlayersController::suggest(const Responder &responder)
{
    responder.send(ApiResponse::json(suggestConfig(*m_database).toJson()));
}

void PlayersController::saveConfig(const ApiRequest &request, const Responder &responder)
{
    if (request.body.trimmed().isEmpty())
        throw ApiError(
            422,
            ApiTr::tr("the body must be the config, e.g. {\"me\": [\"name\"], \"teammates\": {}}"));
    const QJsonObject body = params::jsonBody(request); // 400 when not JSON at all
    const PlayerConfigParse parsed = parsePlayerConfig(body);
    if (!parsed.config)
        throw ApiError(422, parsed.error);
    const PlayerConfig config = *parsed.config;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (const QString error = saveConfigAndWait(*m_sync, config, now); !error.isEmpty())
        throw ApiError(500, error);
    responder.send(ApiResponse::json(
        QJsonObject{{QStringLiteral("message"), QStringLiteral("Config saved")}}));
}

} // namespace bcs
