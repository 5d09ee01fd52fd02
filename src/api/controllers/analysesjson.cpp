#include "api/controllers/analysesjson.h"

#include "core/jsontext.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bcs {

namespace {

void writeMeans(JsonText &json, const RoleMeans &means)
{
    json.beginObject();
    json.key("percent_behind_ball"_L1).value(means.percentBehindBall);
    json.key("avg_speed"_L1).value(means.avgSpeed);
    json.key("avg_distance_to_ball"_L1).value(means.avgDistanceToBall);
    json.endObject();
}

// A side without means (no detail yet, or no teammates) is null.
void writeSides(JsonText &json, const std::optional<RoleMeans> &me,
                const std::optional<RoleMeans> &teammates,
                const std::optional<RoleMeans> &opponents)
{
    for (const auto &[key, means] : {std::pair{"me"_L1, &me}, std::pair{"teammates"_L1, &teammates},
                                     std::pair{"opponents"_L1, &opponents}}) {
        if (*means)
            writeMeans(json.key(key), **means);
        else
            json.key(key).null();
    }
}

// Ours, beside the seed's my_goals/opp_goals: the same score as a difference and a word.
void writeResult(JsonText &json, int mine, int theirs)
{
    json.key("their_goals"_L1).value(theirs);
    json.key("goal_difference"_L1).value(mine - theirs);
    json.key("result"_L1)
        .value(mine > theirs   ? QStringLiteral("win")
               : mine < theirs ? QStringLiteral("loss")
                               : QStringLiteral("tie"));
}

} // namespace

QByteArray scorelinesJson(const QList<ScorelineRow> &rows)
{
    JsonText json;
    json.beginArray();
    for (const ScorelineRow &row : rows) {
        json.beginObject();
        json.key("my_goals"_L1).value(row.myGoals);
        json.key("opp_goals"_L1).value(row.oppGoals);
        json.key("games"_L1).value(row.games);
        json.key("games_with_details"_L1).value(row.gamesWithDetails);
        writeSides(json, row.me, row.teammates, row.opponents);
        writeResult(json, row.myGoals, row.oppGoals);
        json.endObject();
    }
    json.endArray();
    return json.text();
}

QByteArray gameRowsJson(const QList<GameRow> &rows)
{
    JsonText json;
    json.reserve(64 + rows.size() * 520); // a row is ~450 bytes
    json.beginArray();
    for (const GameRow &row : rows) {
        json.beginObject();
        json.key("id"_L1).value(row.id);
        json.key("date"_L1).value(row.date);
        json.key("my_goals"_L1).value(row.myGoals);
        json.key("opp_goals"_L1).value(row.oppGoals);
        if (row.mapName.isEmpty())
            json.key("map_name"_L1).null();
        else
            json.key("map_name"_L1).value(row.mapName);
        json.key("overtime"_L1).value(row.overtime);
        writeSides(json, row.me, row.teammates, row.opponents);
        json.key("title"_L1).value(row.title);
        json.key("playlist_name"_L1).value(row.playlistName);
        json.key("duration"_L1).value(row.duration);
        json.key("my_team"_L1).value(row.myTeam);
        json.key("details"_L1).value(row.detailed);
        writeResult(json, row.myGoals, row.oppGoals);
        json.endObject();
    }
    json.endArray();
    return json.text();
}

QByteArray correlationJson(const Correlation &correlation)
{
    JsonText json;
    json.reserve(1024 + correlation.points.size() * 52); // {"stat_value":…,"goal_diff":…,"won":…}
    json.beginObject();
    json.key("stat"_L1).value(correlation.stat);
    json.key("role"_L1).value(correlation.role);
    json.key("games"_L1).value(int(correlation.points.size()));
    json.key("points"_L1).beginArray();
    for (const CorrelationPoint &point : correlation.points) {
        json.beginObject();
        json.key("stat_value"_L1).value(point.statValue);
        json.key("goal_diff"_L1).value(point.goalDiff);
        json.key("won"_L1).value(point.won());
        json.endObject();
    }
    json.endArray();
    json.key("buckets"_L1).beginArray();
    for (const CorrelationBucket &bucket : correlation.buckets) {
        json.beginObject();
        json.key("range_min"_L1).value(bucket.rangeMin);
        json.key("range_max"_L1).value(bucket.rangeMax);
        json.key("label"_L1).value(bucket.label);
        json.key("games"_L1).value(bucket.games);
        json.key("wins"_L1).value(bucket.wins);
        json.key("losses"_L1).value(bucket.losses);
        json.key("draws"_L1).value(bucket.draws);
        json.key("win_rate"_L1).value(bucket.winRate);
        json.key("avg_goal_difference"_L1).value(bucket.avgGoalDifference);
        json.endObject();
    }
    json.endArray();
    json.key("regression"_L1).beginObject();
    json.key("slope"_L1).value(correlation.regression.slope);
    json.key("intercept"_L1).value(correlation.regression.intercept);
    json.key("r_squared"_L1).value(correlation.regression.rSquared);
    json.endObject();
    json.endObject();
    return json.text();
}

QJsonArray lineupsJson(const QList<LineupRow> &rows)
{
    QJsonArray json;
    for (const LineupRow &row : rows)
        json.append(
            QJsonObject{{QStringLiteral("teammates"), QJsonArray::fromStringList(row.teammates)},
                        {QStringLiteral("games"), row.games},
                        {QStringLiteral("wins"), row.wins},
                        {QStringLiteral("losses"), row.losses},
                        {QStringLiteral("win_rate"), row.winRate}});
    return json;
}

} // namespace bcs
