#include "api/controllers/synccontroller.h"

#include "api/apitr.h"
#include "api/queryparams.h"
#include "net/ballchasingclient.h"
#include "storage/database.h"
#include "storage/replayrepository.h"
#include "sync/listingsources.h"
#include "sync/syncmanager.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace bcs {

namespace {

// A sync request from the query string (the seed frontend) or a JSON body with the same names
// in snake_case; the query wins where both say something.
SyncRequest readSyncRequest(const ApiRequest &request)
{
    const QJsonObject body = params::jsonBody(request);
    static const QStringList known{QStringLiteral("replay_date_after"),
                                   QStringLiteral("replay_date_before"), QStringLiteral("force")};
    for (const QString &key : body.keys()) {
        if (!known.contains(key))
            throw ApiError::badRequest(ApiTr::tr("unknown field '%1'; accepted: %2")
                                           .arg(key, known.join(QStringLiteral(", "))));
    }
    const auto text = [&](const QString &queryName, const QString &bodyName) -> QString {
        if (request.hasQuery(queryName))
            return request.queryValue(queryName);
        const QJsonValue value = body.value(bodyName);
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            throw ApiError::badRequest(ApiTr::tr("%1 must be a string date").arg(bodyName));
        return value.toString();
    };
    SyncRequest sync;
    sync.after =
        params::date(QStringLiteral("replay-date-after"),
                     text(QStringLiteral("replay-date-after"), QStringLiteral("replay_date_after")),
                     DayBound::Start);
    sync.before = params::date(
        QStringLiteral("replay-date-before"),
        text(QStringLiteral("replay-date-before"), QStringLiteral("replay_date_before")),
        DayBound::End);
    if (request.hasQuery(QStringLiteral("force")))
        sync.force =
            params::boolean(QStringLiteral("force"), request.queryValue(QStringLiteral("force")));
    else if (body.value(QStringLiteral("force")).isBool())
        sync.force = body.value(QStringLiteral("force")).toBool();
    else if (body.contains(QStringLiteral("force")))
        sync.force = params::boolean(QStringLiteral("force"),
                                     body.value(QStringLiteral("force")).toString());
    if (sync.after && sync.before && *sync.after > *sync.before)
        throw ApiError::badRequest(ApiTr::tr("replay-date-after is later than replay-date-before"));
    return sync;
}

} // namespace

SyncController::SyncController(SyncManager *sync, Database *database, BallchasingClient *client)
    : m_sync(sync)
    , m_database(database)
    , m_client(client)
{}

void SyncController::registerRoutes(Router &router)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/api/sync"),
               [this](const ApiRequest &request, const QStringList &, const Responder &responder) {
                   start(request, responder);
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/sync/status"),
               [this](const ApiRequest &, const QStringList &, const Responder &responder) {
                   responder.send(ApiResponse::json(m_sync->status().toJson()));
               });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/sync/cancel"),
               [this](const ApiRequest &, const QStringList &, const Responder &responder) {
                   const SyncStatus status = m_sync->status();
                   if (!status.running) {
                       responder.send(ApiResponse::json(QJsonObject{
                           {QStringLiteral("message"), ApiTr::tr("No sync is running")}}));
                       return;
                   }
                   m_sync->cancel();
                   responder.send(ApiResponse::json(
                       QJsonObject{{QStringLiteral("message"), ApiTr::tr("Sync cancelled")},
                                   {QStringLiteral("sync_id"), status.syncId}}));
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/sync/history"),
               [this](const ApiRequest &request, const QStringList &, const Responder &responder) {
                   history(request, responder);
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/sync/coverage"),
               [this](const ApiRequest &, const QStringList &, const Responder &responder) {
                   coverage(responder);
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/sync/preview"),
               [this](const ApiRequest &request, const QStringList &, const Responder &responder) {
                   preview(request, responder);
               });
}

void SyncController::start(const ApiRequest &request, const Responder &responder)
{
    const SyncRequest sync = readSyncRequest(request);
    const SyncStartResult result = m_sync->start(sync);
    switch (result.kind) {
    case SyncStartResult::Kind::Started:
        responder.send(ApiResponse::json(
            QJsonObject{{QStringLiteral("message"), QStringLiteral("Sync started")},
                        {QStringLiteral("sync_id"), result.syncId}},
            202));
        return;
    case SyncStartResult::Kind::AlreadySynced:
        responder.send(ApiResponse::json(
            QJsonObject{{QStringLiteral("message"), QStringLiteral("Already synced")},
                        {QStringLiteral("covered_by"), result.coveredBy.toJson()}}));
        return;
    case SyncStartResult::Kind::Conflict:
        throw ApiError::conflict(
            ApiTr::tr("A sync is already running (sync %1); wait for it or cancel it")
                .arg(result.syncId));
    case SyncStartResult::Kind::Refused: // the demo cache: never synced
        throw ApiError(403, result.error);
    case SyncStartResult::Kind::Failed:
        throw ApiError(500, result.error);
    }
}

void SyncController::history(const ApiRequest &request, const Responder &responder)
{
    const int limit = params::integer(request, QStringLiteral("limit"), 20, 1, 100);
    QJsonArray rows;
    for (const SyncLogEntry &entry :
         SyncLogRepository(m_database->connection(Database::Access::ReadOnly)).history(limit))
        rows.append(entry.toJson());
    responder.send(ApiResponse::json(rows));
}

void SyncController::coverage(const Responder &responder)
{
    const QSqlDatabase db = m_database->connection(Database::Access::ReadOnly);
    QJsonObject counts;
    const QMap<QString, int> perDay = ReplayRepository(db).countsByDay();
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it)
        counts.insert(it.key(), it.value());
    QJsonArray ranges;
    for (const SyncLogEntry &entry : SyncLogRepository(db).completed(QStringLiteral("uploader=me")))
        ranges.append(QJsonObject{
            {QStringLiteral("id"), entry.id},
            {QStringLiteral("date_after"), entry.toJson().value(QStringLiteral("date_after"))},
            {QStringLiteral("date_before"), entry.toJson().value(QStringLiteral("date_before"))},
            {QStringLiteral("started_at"), entry.startedAt},
            {QStringLiteral("completed_at"), entry.completedAt}});
    responder.send(ApiResponse::json(QJsonObject{{QStringLiteral("replay_counts"), counts},
                                                 {QStringLiteral("synced_ranges"), ranges}}));
}

void SyncController::preview(const ApiRequest &request, const Responder &responder)
{
    // One at a time: the first bad date is the one the error names.
    const auto after = params::date(request, QStringLiteral("replay-date-after"), DayBound::Start);
    const auto before = params::date(request, QStringLiteral("replay-date-before"), DayBound::End);
    UpstreamReply *reply = m_client->listReplays(previewQuery(after, before));
    QObject::connect(reply, &UpstreamReply::finished, reply, [reply, responder] {
        reply->deleteLater();
        if (!reply->isOk()) {
            responder.sendError(ApiError::fromUpstream(reply->error()));
            return;
        }
        responder.send(ApiResponse::json(QJsonObject{
            {QStringLiteral("total"), reply->json().value(QStringLiteral("count")).toInt()}}));
    });
}

} // namespace bcs
