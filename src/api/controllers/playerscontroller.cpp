#include "api/controllers/playerscontroller.h"

#include "api/apitr.h"
#include "api/queryparams.h"
#include "core/playerconfig.h"
#include "stats/configsuggestion.h"
#include "stats/dailytotals.h"
#include "stats/replaysides.h"
#include "stats/roleindex.h"
#include "storage/database.h"
#include "storage/rolerepository.h"
#include "storage/sqlhelpers.h"
#include "sync/syncmanager.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace bcs {

namespace {} // namespace

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
    QSqlDatabase db = m_database->connection(Database::Access::ReadOnly);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name, platform, platform_id, games FROM %1 a "
                                   "ORDER BY games DESC, name, platform, platform_id")
                        .arg(accountTotalsSource(db))))
        throw StorageError::fromSql(query.lastError(), ApiTr::tr("listing players"));
    QJsonArray list;
    while (query.next())
        list.append(QJsonObject{{QStringLiteral("name"), query.value(0).toString()},
                                {QStringLiteral("platform"), query.value(1).toString()},
                                {QStringLiteral("platform_id"), query.value(2).toString()},
                                {QStringLiteral("count"), query.value(3).toInt()}});
    responder.send(ApiResponse::json(list));
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
    const QString error = m_sync->runWrite([config, now](const Database &database) {
        RoleRepository(database.connection()).saveConfig(config, now);
        rebuildRoles(database);
    });
    if (!error.isEmpty())
        throw ApiError(500, error);
    m_sync->runWriteLater([](const Database &database) {
        refreshDailyTotals(database);
        refreshReplaySides(database);
    });
    responder.send(ApiResponse::json(
        QJsonObject{{QStringLiteral("message"), QStringLiteral("Config saved")}}));
}

} // namespace bcs
