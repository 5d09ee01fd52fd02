#include "core/replayparser.h"

#include "core/rfc3339.h"
#include "core/statcatalogue.h"

#include <QJsonArray>
#include <cmath>

namespace bcs {

namespace {

const QString kBlue = QStringLiteral("blue");
const QString kOrange = QStringLiteral("orange");

qint64 dateMs(const QJsonObject &object, const QString &key)
{
    const auto parsed = parseRfc3339(object.value(key).toString());
    return parsed ? parsed->toMSecsSinceEpoch() : 0;
}

int teamGoals(const QJsonObject &team)
{
    // Details carry stats.core.goals; list rows a top-level `goals`, omitted when 0. A detail
    // whose team has no stats still has its players' goals.
    const QJsonValue detailGoals = team.value(QStringLiteral("stats"))
                                       .toObject()
                                       .value(QStringLiteral("core"))
                                       .toObject()
                                       .value(QStringLiteral("goals"));
    if (detailGoals.isDouble())
        return detailGoals.toInt();
    if (const QJsonValue listed = team.value(QStringLiteral("goals")); listed.isDouble())
        return listed.toInt();
    int goals = 0;
    for (const QJsonValue player : team.value(QStringLiteral("players")).toArray())
        goals += player.toObject()
                     .value(QStringLiteral("stats"))
                     .toObject()
                     .value(QStringLiteral("core"))
                     .toObject()
                     .value(QStringLiteral("goals"))
                     .toInt();
    return goals;
}

// Players present at kickoff: a bot replacing a leaver must not turn a 2v2 into a 3v3.
int kickoffPlayers(const QJsonObject &team)
{
    int count = 0;
    for (const QJsonValue player : team.value(QStringLiteral("players")).toArray()) {
        if (player.toObject().value(QStringLiteral("start_time")).toDouble() < 1.0)
            ++count;
    }
    return count;
}

void fillCommon(const QJsonObject &json, ReplaySummary &summary)
{
    summary.id = json.value(QStringLiteral("id")).toString();
    summary.dateText = json.value(QStringLiteral("date")).toString();
    summary.createdMs = dateMs(json, QStringLiteral("created"));
    // Without a readable match date the upload time (minutes later) places the game: better
    // than 1970, and the replay is not lost.
    summary.dateMs = dateMs(json, QStringLiteral("date"));
    if (summary.dateMs == 0)
        summary.dateMs = summary.createdMs;
    summary.playlistId = json.value(QStringLiteral("playlist_id")).toString();
    summary.playlistName = json.value(QStringLiteral("playlist_name")).toString();
    summary.mapCode = json.value(QStringLiteral("map_code")).toString();
    summary.mapName = json.value(QStringLiteral("map_name")).toString();
    summary.duration =
        static_cast<int>(std::lround(json.value(QStringLiteral("duration")).toDouble()));
    summary.overtime = json.value(QStringLiteral("overtime")).toBool();
    summary.season = json.value(QStringLiteral("season")).toInt();
    summary.rocketLeagueId = json.value(QStringLiteral("rocket_league_id")).toString();
    summary.uploaderSteamId = json.value(QStringLiteral("uploader"))
                                  .toObject()
                                  .value(QStringLiteral("steam_id"))
                                  .toString();
    const QJsonObject blue = json.value(kBlue).toObject();
    const QJsonObject orange = json.value(kOrange).toObject();
    summary.blueGoals = teamGoals(blue);
    summary.orangeGoals = teamGoals(orange);
    summary.teamSize = json.value(QStringLiteral("team_size")).toInt();
    if (summary.teamSize <= 0)
        summary.teamSize = std::max(kickoffPlayers(blue), kickoffPlayers(orange));
}

// A rank needs a numeric tier; anything else is "no rank", never a zeroed one.
std::optional<PlayerRank> readRank(const QJsonValue &value)
{
    const QJsonObject rank = value.toObject();
    const QJsonValue tier = rank.value(QStringLiteral("tier"));
    if (!tier.isDouble() || tier.toInt() <= 0)
        return std::nullopt;
    return PlayerRank{tier.toInt(), rank.value(QStringLiteral("division")).toInt(),
                      rank.value(QStringLiteral("name")).toString(),
                      rank.value(QStringLiteral("id")).toString()};
}

void readSeat(const QJsonObject &player, const QString &color, qsizetype slot, PlayerSeat &row)
{
    const QJsonObject id = player.value(QStringLiteral("id")).toObject();
    row.team = color;
    row.slot = static_cast<int>(slot);
    row.name = player.value(QStringLiteral("name")).toString();
    row.platform = id.value(QStringLiteral("platform")).toString().toLower();
    row.platformId = id.value(QStringLiteral("id")).toString();
    row.startTime = player.value(QStringLiteral("start_time")).toDouble();
    row.endTime = player.value(QStringLiteral("end_time")).toDouble();
    row.mvp = player.value(QStringLiteral("mvp")).toBool();
    row.rank = readRank(player.value(QStringLiteral("rank")));
}

QJsonArray playersOf(const QJsonObject &json, const QString &color)
{
    return json.value(color).toObject().value(QStringLiteral("players")).toArray();
}

} // namespace

ParsedReplay parseReplayDetail(const QJsonObject &detail)
{
    ParsedReplay parsed;
    ReplaySummary &summary = parsed.summary;
    fillCommon(detail, summary);
    summary.title = detail.value(QStringLiteral("title")).toString();
    summary.matchGuid = detail.value(QStringLiteral("match_guid")).toString();
    const QString status = detail.value(QStringLiteral("status")).toString(QStringLiteral("ok"));
    summary.status = replayStatusFromName(status).value_or(ReplayStatus::Failed);
    if (summary.status != ReplayStatus::Ok)
        return parsed; // pending/failed details carry no stats

    const QList<StatDefinition> &catalogue = statCatalogue();
    for (const QString &color : {kBlue, kOrange}) {
        const QJsonArray players = playersOf(detail, color);
        for (qsizetype slot = 0; slot < players.size(); ++slot) {
            const QJsonObject player = players.at(slot).toObject();
            const QJsonObject stats = player.value(QStringLiteral("stats")).toObject();
            PlayerRow row;
            readSeat(player, color, slot, row);
            row.mvp = row.mvp || stats.value(QStringLiteral("core"))
                                     .toObject()
                                     .value(QStringLiteral("mvp"))
                                     .toBool();
            row.stats.reserve(catalogue.size());
            for (const StatDefinition &stat : catalogue)
                row.stats.append(
                    stats.value(stat.groupName()).toObject().value(stat.keyName()).toDouble(0.0));
            parsed.players.append(row);
        }
    }
    return parsed;
}

ReplaySummary parseReplayListRow(const QJsonObject &row)
{
    ReplaySummary summary;
    fillCommon(row, summary);
    summary.title = row.value(QStringLiteral("replay_title")).toString();
    summary.status = ReplayStatus::Missing;
    return summary;
}

ListedReplay parseListedReplay(const QJsonObject &row)
{
    ListedReplay listed{parseReplayListRow(row), {}};
    for (const QString &color : {kBlue, kOrange}) {
        const QJsonArray players = playersOf(row, color);
        for (qsizetype slot = 0; slot < players.size(); ++slot) {
            const QJsonObject player = players.at(slot).toObject();
            ListedPlayer listedPlayer;
            readSeat(player, color, slot, listedPlayer);
            listedPlayer.score =
                static_cast<int>(std::lround(player.value(QStringLiteral("score")).toDouble()));
            listed.players.append(listedPlayer);
        }
    }
    return listed;
}

QString replayStatusName(ReplayStatus status)
{
    switch (status) {
    case ReplayStatus::Ok:
        return QStringLiteral("ok");
    case ReplayStatus::Pending:
        return QStringLiteral("pending");
    case ReplayStatus::Failed:
        return QStringLiteral("failed");
    case ReplayStatus::Missing:
        return QStringLiteral("missing");
    }
    return {};
}

std::optional<ReplayStatus> replayStatusFromName(QStringView name)
{
    for (ReplayStatus status :
         {ReplayStatus::Ok, ReplayStatus::Pending, ReplayStatus::Failed, ReplayStatus::Missing}) {
        if (name == replayStatusName(status))
            return status;
    }
    return std::nullopt;
}

} // namespace bcs
