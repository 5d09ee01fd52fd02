#include "api/controllers/historyjson.h"

namespace bcs {

namespace {
QJsonValue optionalJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject trendJson(const Trend &trend)
{
    QJsonArray points;
    for (const TrendPoint &point : trend.points)
        points.append(QJsonObject{{QStringLiteral("period"), point.period},
                                  {QStringLiteral("start"), point.start.toString(Qt::ISODate)},
                                  {QStringLiteral("games"), point.games},
                                  {QStringLiteral("win_rate"), point.winRate},
                                  {QStringLiteral("games_with_details"), point.gamesWithDetails},
                                  {QStringLiteral("value"), optionalJson(point.value)}});
    return {{QStringLiteral("stat"), trend.stat},
            {QStringLiteral("role"), trend.role},
            {QStringLiteral("bucket"),
             trend.bucket == TrendBucket::Week ? QStringLiteral("week") : QStringLiteral("month")},
            {QStringLiteral("points"), points}};
}

QJsonArray rankHistoryJson(const QList<RankGame> &games)
{
    QJsonArray rows;
    for (const RankGame &game : games)
        rows.append(QJsonObject{
            {QStringLiteral("date"), game.date},
            {QStringLiteral("replay_id"), game.replayId},
            {QStringLiteral("playlist"), game.playlist},
            {QStringLiteral("playlist_name"), game.playlistName.isEmpty()
                                                  ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(game.playlistName)},
            {QStringLiteral("tier"), game.tier},
            {QStringLiteral("division"), game.division},
            {QStringLiteral("name"), game.name},
            {QStringLiteral("opponents_mean_tier"), optionalJson(game.opponentsMeanTier)},
            {QStringLiteral("opponents_ranked"), game.opponentsRanked}});
    return rows;
}

} // namespace bcs
