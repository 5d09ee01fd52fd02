#include "api/controllers/statscontroller.h"

#include "api/apitr.h"
#include "api/controllers/aggregatesjson.h"
#include "api/controllers/analysesjson.h"
#include "api/controllers/historyjson.h"
#include "api/queryparams.h"
#include "stats/aggregates.h"
#include "stats/analyses.h"
#include "stats/correlation.h"
#include "stats/gamerows.h"
#include "stats/rankhistory.h"
#include "stats/roleresolver.h"
#include "stats/roles.h"
#include "stats/scorelines.h"
#include "stats/trend.h"
#include "storage/database.h"
#include "storage/rolerepository.h"

#include <QCoreApplication>

namespace bcs {

namespace {
// `stat=core.saves` or `stat=saves`; 400 naming an example when unknown.
const StatDefinition &readStat(const ApiRequest &request)
{
    const QString name = request.queryValue(QStringLiteral("stat")).trimmed();
    if (name.isEmpty())
        throw ApiError::badRequest(
            ApiTr::tr("stat is required, e.g. stat=core.saves or stat=boost.bpm"));
    const StatDefinition *stat = findStat(name);
    if (!stat)
        throw ApiError::badRequest(
            ApiTr::tr(
                "stat: '%1' is not a stat; use group.key, e.g. core.saves, boost.bpm, movement.avg_speed")
                .arg(name.left(64)));
    return *stat;
}

// The seed's correlation names (time_supersonic, shooting_pct, ...) or ours (core.saves, saves);
// 400 listing the seed's when unknown.
CorrelationStat readCorrelationStat(const ApiRequest &request)
{
    const QString name = request.queryValue(QStringLiteral("stat")).trimmed();
    const QString accepted = seedCorrelationStatNames().join(QStringLiteral(", "));
    if (name.isEmpty())
        throw ApiError::badRequest(ApiTr::tr("stat is required; accepted: %1, or group.key of any "
                                             "stat, e.g. core.saves")
                                       .arg(accepted));
    const std::optional<CorrelationStat> stat = findCorrelationStat(name);
    if (!stat)
        throw ApiError::badRequest(ApiTr::tr("stat: '%1' is not a stat; accepted: %2, or group.key "
                                             "of any stat, e.g. core.saves")
                                       .arg(name.left(64), accepted));
    return *stat;
}

// `role=`, "me" when not given; 400 listing `accepted` (stats/roles.h) when not one of them.
QString readRole(const ApiRequest &request, const QStringList &accepted)
{
    const QString value = request.hasQuery(QStringLiteral("role"))
                              ? request.queryValue(QStringLiteral("role")).trimmed()
                              : role::Me;
    if (!accepted.contains(value))
        throw ApiError::badRequest(ApiTr::tr("role: '%1' is not a role; accepted: %2")
                                       .arg(value.left(64), accepted.join(QStringLiteral(", "))));
    return value;
}

PlayerConfig savedConfig(const Database &database)
{
    return RoleRepository(database.connection(Database::Access::ReadOnly)).config();
}

// My stats and the analyses from my side need to know who I am (the seed answers 400 too).
void requireMe(const PlayerConfig &config)
{
    if (!meIsConfigured(config))
        throw ApiError::badRequest(ApiTr::tr(
            "\"me\" is not configured: say which names are yours with PUT /api/players/config"));
}

QJsonObject roleEntry(const Database &database, const NamedRole &role, const StatsFilter &filter)
{
    return roleEntryJson(role, aggregateRole(database, role.role, filter));
}
} // namespace

StatsController::StatsController(Database *database) : m_database(database) {}

StatsFilter StatsController::readFilter(const ApiRequest &request)
{
    StatsFilter filter;
    if (const auto after =
            params::date(request, QStringLiteral("replay-date-after"), DayBound::Start))
        filter.afterMs = after->toMSecsSinceEpoch();
    if (const auto before =
            params::date(request, QStringLiteral("replay-date-before"), DayBound::End))
        filter.beforeMs = before->toMSecsSinceEpoch();
    if (filter.afterMs && filter.beforeMs && *filter.afterMs > *filter.beforeMs)
        throw ApiError::badRequest(ApiTr::tr("replay-date-after is later than replay-date-before"));
    for (const QString &playlist : request.queryValues(QStringLiteral("playlist"))) {
        if (!playlist.trimmed().isEmpty())
            filter.playlists << playlist.trimmed();
    }
    if (request.hasQuery(QStringLiteral("team-size")))
        filter.teamSize = params::integer(request, QStringLiteral("team-size"), 0, 1, 4);
    filter.excludeTies = params::boolean(request, QStringLiteral("exclude-ties"), false);
    if (request.hasQuery(QStringLiteral("min-duration")))
        filter.minDurationSeconds =
            params::integer(request, QStringLiteral("min-duration"), 0, 0, 24 * 3600);
    filter.map = request.queryValue(QStringLiteral("map")).trimmed();
    return filter;
}

void StatsController::registerRoutes(Router &router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/stats/scoreline"),
               [this](const ApiRequest &request, const QStringList &, const Responder &responder) {
                   const StatsFilter filter = readFilter(request);
                   requireMe(savedConfig(*m_database));
                   responder.send(
                       ApiResponse::json(scorelinesJson(scorelines(*m_database, filter))));
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/stats/games"),
               [this](const ApiRequest &request, const QStringList &, const Responder &responder) {
                   const StatsFilter filter = readFilter(request);
                   // Every game by default, as the seed answers (its Win/Loss view groups them).
                   const int limit = params::integer(request, QStringLiteral("limit"), -1, 1,
                                                     std::numeric_limits<int>::max());
                   const int offset = params::integer(request, QStringLiteral("offset"), 0, 0,
                                                      std::numeric_limits<int>::max());
                   // listed=true: also the games whose details have not arrived (their
                   // me/teammates/opponents are null, which the seed's views do not expect).
                   const Coverage coverage =
                       params::boolean(request, QStringLiteral("listed"), false)
                           ? Coverage::Listed
                           : Coverage::Detailed;
                   requireMe(savedConfig(*m_database));
                   responder.send(ApiResponse::json(
                       gameRowsJson(gameRows(*m_database, filter, limit, offset, coverage))));
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/stats/correlation"),
               [this](const ApiRequest &request, const QStringList &, const Responder &responder) {
                   const StatsFilter filter = readFilter(request);
                   const CorrelationStat stat = readCorrelationStat(request);
                   const PlayerConfig config = savedConfig(*m_database);
                   const QString role = readRole(request, correlationRoleNames(config));
                   requireMe(config);
                   responder.send(ApiResponse::json(
                       correlationJson(correlation(*m_database, stat, role, filter))));
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/stats/trend"),
               [this](const ApiRequest &request, const QStringList &, const Responder &responder) {
                   const StatsFilter filter = readFilter(request);
                   const StatDefinition &stat = readStat(request);
                   const QString bucketName = request.hasQuery(QStringLiteral("bucket"))
                                                  ? request.queryValue(QStringLiteral("bucket"))
                                                  : QStringLiteral("week");
                   if (bucketName != QLatin1String("week") && bucketName != QLatin1String("month"))
                       throw ApiError::badRequest(
                           ApiTr::tr("bucket: '%1' is not week or month").arg(bucketName.left(32)));
                   const QString role = readRole(request, roleNames(savedConfig(*m_database)));
                   responder.send(ApiResponse::json(trendJson(trend(
                       *m_database, stat, role,
                       bucketName == QLatin1String("week") ? TrendBucket::Week : TrendBucket::Month,
                       filter))));
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/stats/lineups"),
               [this](const ApiRequest &request, const QStringList &, const Responder &responder) {
                   const StatsFilter filter = readFilter(request);
                   responder.send(ApiResponse::json(lineupsJson(
                       lineups(m_database->connection(Database::Access::ReadOnly), filter))));
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/stats/rank"),
               [this](const ApiRequest &request, const QStringList &, const Responder &responder) {
                   const StatsFilter filter = readFilter(request);
                   requireMe(savedConfig(*m_database));
                   responder.send(ApiResponse::json(rankHistoryJson(
                       rankHistory(m_database->connection(Database::Access::ReadOnly), filter))));
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/stats/me"),
               [this](const ApiRequest &request, const QStringList &, const Responder &responder) {
                   const StatsFilter filter = readFilter(request);
                   requireMe(savedConfig(*m_database));
                   responder.send(ApiResponse::json(roleEntry(*m_database, meRole(), filter)));
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/stats/teammates"),
               [this](const ApiRequest &request, const QStringList &, const Responder &responder) {
                   const StatsFilter filter = readFilter(request);
                   QJsonArray list;
                   for (const NamedRole &role : teammateRoles(savedConfig(*m_database)))
                       list.append(roleEntry(*m_database, role, filter));
                   responder.send(ApiResponse::json(list));
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/stats/opponents"),
               [this](const ApiRequest &request, const QStringList &, const Responder &responder) {
                   const StatsFilter filter = readFilter(request);
                   responder.send(
                       ApiResponse::json(roleEntry(*m_database, opponentsRole(), filter)));
               });
    router.add(
        QStringLiteral("GET"), QStringLiteral("/api/stats/replays"),
        [this](const ApiRequest &request, const QStringList &, const Responder &responder) {
            const StatsFilter filter = readFilter(request);
            const int limit = params::integer(request, QStringLiteral("limit"), 200, 1, 1000);
            const int offset = params::integer(request, QStringLiteral("offset"), 0, 0,
                                               std::numeric_limits<int>::max());
            responder.send(ApiResponse::json(
                replaysWithRolesJson(replaysWithRoles(*m_database, filter, limit, offset))));
        });
}

} // namespace bcs
