#include "api/controllers/replayscontroller.h"

#include "api/apitr.h"
#include "api/queryparams.h"
#include "net/ballchasingclient.h"
#include "storage/database.h"
#include "storage/replayrepository.h"
#include "storage/smalltables.h"
#include "sync/syncmanager.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace bcs {

ReplaysController::ReplaysController(Database *database, BallchasingClient *client,
                                     SyncManager *sync)
    : m_database(database)
    , m_client(client)
    , m_sync(sync)
{}

void ReplaysController::registerRoutes(Router &router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/replays"),
               [this](const ApiRequest &request, const QStringList &, const Responder &responder) {
                   list(request, responder);
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/replays/{id}"),
               [this](const ApiRequest &, const QStringList &captures, const Responder &responder) {
                   detail(captures.value(0), responder);
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/maps"),
               [this](const ApiRequest &, const QStringList &, const Responder &responder) {
                   maps(responder);
               });
}

void ReplaysController::list(const ApiRequest &request, const Responder &responder)
{
    ReplayListFilter filter;
    if (const auto after = params::date(request, QStringLiteral("date-after"), DayBound::Start))
        filter.dateAfterMs = after->toMSecsSinceEpoch();
    if (const auto before = params::date(request, QStringLiteral("date-before"), DayBound::End))
        filter.dateBeforeMs = before->toMSecsSinceEpoch();
    filter.map = request.queryValue(QStringLiteral("map")).trimmed();
    filter.playlist = request.queryValue(QStringLiteral("playlist")).trimmed();
    filter.limit = params::integer(request, QStringLiteral("limit"), 200, 1, 10000);
    filter.offset =
        params::integer(request, QStringLiteral("offset"), 0, 0, std::numeric_limits<int>::max());
    const QSqlDatabase db = m_database->connection(Database::Access::ReadOnly);
    const QMap<QString, QString> mapNames = MapsRepository(db).all();
    const ReplayRepository replays(db);
    const QList<ReplaySummary> page = replays.list(filter);
    QStringList ids;
    for (const ReplaySummary &replay : page)
        ids << replay.id;
    const QHash<QString, QStringList> otherUploads = replays.alsoUploadedAs(ids);
    QJsonArray rows;
    for (const ReplaySummary &replay : page) {
        // Very new maps come without a name: the maps cache, else the raw code.
        const QString mapName = !replay.mapName.isEmpty()
                                    ? replay.mapName
                                    : mapNames.value(replay.mapCode, replay.mapCode);
        rows.append(QJsonObject{{QStringLiteral("id"), replay.id},
                                {QStringLiteral("title"), replay.title},
                                {QStringLiteral("map_name"), mapName},
                                {QStringLiteral("playlist_name"), replay.playlistName},
                                {QStringLiteral("duration"), replay.duration},
                                {QStringLiteral("date"), replay.dateText},
                                {QStringLiteral("blue_goals"), replay.blueGoals},
                                {QStringLiteral("orange_goals"), replay.orangeGoals},
                                {QStringLiteral("overtime"), replay.overtime},
                                {QStringLiteral("also_uploaded_as"),
                                 QJsonArray::fromStringList(otherUploads.value(replay.id))}});
    }
    responder.send(ApiResponse::json(rows));
}

void ReplaysController::detail(const QString &id, const Responder &responder)
{
    const auto body =
        ReplayRepository(m_database->connection(Database::Access::ReadOnly)).detailBody(id);
    if (!body)
        throw ApiError::notFound(
            ApiTr::tr("replay %1 is not in the cache; sync first").arg(id.left(64)));
    responder.send(ApiResponse::json(*body));
}

void ReplaysController::maps(const Responder &responder)
{
    const QMap<QString, QString> cached =
        MapsRepository(m_database->connection(Database::Access::ReadOnly)).all();
    const auto toJson = [](const QMap<QString, QString> &codes) {
        QJsonObject object;
        for (auto it = codes.cbegin(); it != codes.cend(); ++it)
            object.insert(it.key(), it.value());
        return object;
    };
    if (!cached.isEmpty()) {
        responder.send(ApiResponse::json(toJson(cached)));
        return;
    }
    UpstreamReply *reply = m_client->maps();
    SyncManager *sync = m_sync;
    QObject::connect(reply, &UpstreamReply::finished, reply, [reply, responder, sync, toJson] {
        reply->deleteLater();
        if (!reply->isOk()) {
            responder.sendError(ApiError::fromUpstream(reply->error()));
            return;
        }
        QMap<QString, QString> codes;
        const QJsonObject json = reply->json();
        for (auto it = json.begin(); it != json.end(); ++it)
            codes.insert(it.key(), it.value().toString());
        sync->storeMaps(codes);
        responder.send(ApiResponse::json(toJson(codes)));
    });
}

} // namespace bcs
