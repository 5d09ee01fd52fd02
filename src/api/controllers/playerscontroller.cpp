#include "api/controllers/playerscontroller.h"

#include "api/queryparams.h"
#include "core/playerconfig.h"
#include "stats/dailytotals.h"
#include "stats/roleindex.h"
#include "storage/database.h"
#include "storage/rolerepository.h"
#include "storage/sqlhelpers.h"
#include "sync/syncmanager.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace bcs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::Api)
};

QStringList namesOf(QSqlDatabase &db, const QString &platform, const QString &id)
{
    QSqlQuery query = prepareOrThrow(
        db,
        QStringLiteral(
            "SELECT name, count(*) AS c FROM players WHERE platform = ? AND platform_id = ? "
            "AND name <> '' GROUP BY name ORDER BY c DESC, name"),
        Tr::tr("suggesting a config"));
    query.addBindValue(platform);
    query.addBindValue(id);
    execOrThrow(query, Tr::tr("suggesting a config"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
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
    QSqlDatabase db = m_database->connection(Database::Access::ReadOnly);
    QSqlQuery query(db);
    if (!query.exec(
            // Grouped in the order of the account index, so SQLite streams it instead of sorting
            // every player row; only ok replays have player rows.
            QStringLiteral("SELECT name, platform, platform_id, count(*) AS c FROM players "
                           "INDEXED BY players_account GROUP BY platform, platform_id, name "
                           "ORDER BY c DESC, name")))
        throw StorageError::fromSql(query.lastError(), Tr::tr("listing players"));
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
    QSqlDatabase db = m_database->connection(Database::Access::ReadOnly);
    QSqlQuery top(db);
    if (!top.exec(QStringLiteral(
            "SELECT platform, platform_id, count(*) AS c FROM players WHERE replace(platform_id, '*', '') <> '' "
            "GROUP BY platform, platform_id ORDER BY c DESC LIMIT 1")))
        throw StorageError::fromSql(top.lastError(), Tr::tr("suggesting a config"));
    PlayerConfig config;
    if (top.next()) {
        const QString platform = top.value(0).toString();
        const QString id = top.value(1).toString();
        const int games = top.value(2).toInt();
        QSet<QString> taken;
        for (const QString &name : namesOf(db, platform, id)) {
            config.me << name;
            taken.insert(name.toLower());
        }
        // Regulars: accounts on my team in at least 3 games and 5 % of mine.
        QSqlQuery mates = prepareOrThrow(
            db,
            QStringLiteral(
                "SELECT q.platform, q.platform_id, count(*) AS c FROM players m "
                "JOIN players q ON q.rid = m.rid AND q.team = m.team AND q.rowid <> m.rowid "
                "WHERE m.platform = ? AND m.platform_id = ? AND replace(q.platform_id, '*', '') <> '' "
                "GROUP BY q.platform, q.platform_id HAVING c >= ? ORDER BY c DESC LIMIT 8"),
            Tr::tr("suggesting a config"));
        mates.addBindValue(platform);
        mates.addBindValue(id);
        mates.addBindValue(std::max(3, games / 20));
        execOrThrow(mates, Tr::tr("suggesting a config"));
        while (mates.next()) {
            QStringList names;
            for (const QString &name :
                 namesOf(db, mates.value(0).toString(), mates.value(1).toString())) {
                if (!taken.contains(
                        name.toLower())) // a name two accounts share stays with the first
                    names << name;
            }
            if (names.isEmpty())
                continue;
            for (const QString &name : names)
                taken.insert(name.toLower());
            config.teammates.append({names.first(), names});
        }
    }
    responder.send(ApiResponse::json(config.toJson()));
}

void PlayersController::saveConfig(const ApiRequest &request, const Responder &responder)
{
    if (request.body.trimmed().isEmpty())
        throw ApiError(
            422,
            Tr::tr("the body must be the config, e.g. {\"me\": [\"name\"], \"teammates\": {}}"));
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
    m_sync->runWriteLater([](const Database &database) { refreshDailyTotals(database); });
    responder.send(ApiResponse::json(
        QJsonObject{{QStringLiteral("message"), QStringLiteral("Config saved")}}));
}

} // namespace bcs
