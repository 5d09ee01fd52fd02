#pragma once
// Domain types for one cached replay: the summary columns every list and filter needs, and one
// row per player with every catalogue stat as a number. Plain data, no Qt models, no SQL.

#include <QList>
#include <QString>
#include <QVector>
#include <optional>

namespace bcs {

enum class ReplayStatus { Ok, Pending, Failed, Missing }; // Missing: listed, detail not fetched yet
QString replayStatusName(ReplayStatus status);
std::optional<ReplayStatus> replayStatusFromName(QStringView name);

struct ReplaySummary
{
    QString id;
    ReplayStatus status = ReplayStatus::Missing;
    qint64 dateMs = 0;    // match time (ordering, filters)
    QString dateText;     // as ballchasing printed it
    qint64 createdMs = 0; // upload time
    QString playlistId;
    QString playlistName;
    QString mapCode;
    QString mapName;
    int teamSize = 0; // team_size, else players on a team at kickoff
    int duration = 0; // whole seconds
    bool overtime = false;
    int season = 0;
    QString title;
    int blueGoals = 0;
    int orangeGoals = 0;
    QString matchGuid;
    QString rocketLeagueId;
    QString uploaderSteamId;
};

// A ranked game's rank of one player, as list pages and details print it ({tier, division, name, id}).
struct PlayerRank
{
    int tier = 0;     // 1 = Bronze I ... 22 = Supersonic Legend
    int division = 0; // 1-4
    QString name;     // "Diamond I Division 2"
    QString id;       // "diamond-1"
};

// Who a player is in one replay and how long they played: what details and list rows share.
struct PlayerSeat
{
    QString team; // "blue" / "orange"
    int slot = 0; // position in the team's players array
    QString name;
    QString platform;   // lower case; empty for bots
    QString platformId; // empty for bots
    double startTime = 0;
    double endTime = 0;
    bool mvp = false;
    std::optional<PlayerRank> rank; // ranked games only, and not for every player
};

struct PlayerRow : PlayerSeat
{
    QVector<double> stats; // statCatalogue() order; missing = 0
};

// What role resolution needs of a stored player row.
struct PlayerIdentity
{
    qint64 rowId = 0;  // players.rowid
    qint64 replay = 0; // players.rid
    QString team;      // "blue" / "orange"
    QString nameKey;   // trimmed, lower-cased name
    QString account;   // "platform:id" lower-cased; empty for bots
};

struct ParsedReplay
{
    ReplaySummary summary;
    QList<PlayerRow> players;
};

// A player as a row of a list page shows it: who, on which team, how long, score, MVP and, in
// ranked games, the rank. No other stats: those need the detail.
struct ListedPlayer : PlayerSeat
{
    int score = 0;
};

struct ListedReplay
{
    ReplaySummary summary;
    QList<ListedPlayer> players;
};

} // namespace bcs
