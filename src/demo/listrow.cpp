#include "demo/listrow.h"

#include <QJsonArray>

namespace bcs::demo {

using namespace Qt::StringLiterals;

namespace {

// Ballchasing counts a team's goals whether or not it has team stats.
QJsonValue coreGoals(const QJsonObject &teamOrPlayer)
{
    return teamOrPlayer.value("stats"_L1).toObject().value("core"_L1).toObject().value("goals"_L1);
}

} // namespace

QJsonObject listRowFromDetail(const QJsonObject &detail)
{
    QJsonObject row;
    const auto copy = [&](const char *from, const char *to = nullptr) {
        const QLatin1String key(from);
        if (detail.contains(key))
            row.insert(QLatin1String(to ? to : from), detail.value(key));
    };
    for (const char *field : {"id",          "link",     "rocket_league_id", "recorder",
                              "map_code",    "map_name", "playlist_id",      "playlist_name",
                              "duration",    "overtime", "overtime_seconds", "season",
                              "season_type", "date",     "visibility",       "created",
                              "min_rank",    "max_rank", "uploader",         "groups"})
        copy(field);
    copy("title", "replay_title");
    copy("date_has_timezone", "date_has_tz");
    for (const char *color : {"blue", "orange"}) {
        const QJsonObject team = detail.value(QLatin1String(color)).toObject();
        QJsonObject rowTeam;
        if (team.contains("name"_L1))
            rowTeam.insert("name"_L1, team.value("name"_L1));
        int goals = coreGoals(team).toInt();
        if (!coreGoals(team).isDouble()) {
            for (const QJsonValue player : team.value("players"_L1).toArray())
                goals += coreGoals(player.toObject()).toInt();
        }
        if (goals > 0) // the list omits a team's goals when it scored none
            rowTeam.insert("goals"_L1, goals);
        QJsonArray players;
        for (const QJsonValue value : team.value("players"_L1).toArray()) {
            const QJsonObject player = value.toObject();
            QJsonObject rowPlayer;
            for (const char *field :
                 {"start_time", "end_time", "name", "id", "mvp", "rank", "pro"}) {
                if (player.contains(QLatin1String(field)))
                    rowPlayer.insert(QLatin1String(field), player.value(QLatin1String(field)));
            }
            rowPlayer.insert(
                "score"_L1,
                player.value("stats"_L1).toObject().value("core"_L1).toObject().value("score"_L1));
            players.append(rowPlayer);
        }
        if (!players.isEmpty())
            rowTeam.insert("players"_L1, players);
        row.insert(QLatin1String(color), rowTeam);
    }
    return row;
}

} // namespace bcs::demo
