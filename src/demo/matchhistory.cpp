#include "demo/matchhistory.h"

#include "core/rfc3339.h"
#include "demo/generatorparts.h"
#include "demo/people.h"
#include "demo/samples.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>
#include <cmath>
#include <iterator>

namespace bcs::demo {

using namespace Qt::StringLiterals;

namespace {

QJsonValue rankObject(QRandomGenerator &random)
{
    static const char *const kTiers[] = {"Platinum I", "Platinum II", "Platinum III", "Diamond I",
                                         "Diamond II", "Diamond III", "Champion I"};
    static const char *const kIds[] = {"platinum-1", "platinum-2", "platinum-3", "diamond-1",
                                       "diamond-2",  "diamond-3",  "champion-1"};
    if (random.bounded(10) == 0)
        return QJsonValue(QJsonValue::Null); // ranked games have unranked players too
    const int step = random.bounded(int(std::size(kTiers)));
    const int division = 1 + random.bounded(4);
    return QJsonObject{
        {u"tier"_s, 10 + step},
        {u"division"_s, division},
        {u"name"_s,
         QStringLiteral("%1 Division %2").arg(QLatin1String(kTiers[step])).arg(division)},
        {u"id"_s, QLatin1String(kIds[step])}};
}

// Hoops has its own two arenas; alternating them draws nothing from the game's random numbers.
QString hoopsArenaCode(int index)
{
    return index % 2 ? u"hoopsstreet_p"_s : u"hoopsstadium_p"_s;
}

} // namespace

MatchHistory::MatchHistory(quint32 seed)
    : m_seed(seed)
    , m_training(sampleObject(u"edge_cases/replay_detail_training_match_type.json"_s))
    , m_mapNames(sampleObject(u"maps_response.json"_s))
{
    const QString casualSample = u"replay_detail_3v3_unranked_2024.json"_s;
    const QJsonObject casual = sampleObject(casualSample);
    for (const QString &sample : {casualSample, u"replay_detail_3v3_ranked_2021.json"_s,
                                  u"replay_detail_2v2_unranked_2021.json"_s}) {
        const QJsonObject detail = sampleObject(sample);
        for (const char *color : {"blue", "orange"}) {
            for (const QJsonValue player :
                 detail.value(QLatin1String(color)).toObject().value("players"_L1).toArray())
                m_playerStats.append(player.toObject().value("stats"_L1).toObject());
        }
    }
    m_teamStats = casual.value("blue"_L1).toObject().value("stats"_L1).toObject();
    m_top = casual;
    m_top.remove("blue"_L1);
    m_top.remove("orange"_L1);
}

QJsonObject MatchHistory::playerConfig()
{
    return {{u"me"_s, QJsonArray{u"Haze"_s, u"Hazey"_s, u"HazeOnEpic"_s}},
            {u"teammates"_s, QJsonObject{{u"alice"_s, QJsonArray{u"Alice"_s}},
                                         {u"bob"_s, QJsonArray{u"Bob"_s, u"Bobby"_s}},
                                         {u"carl"_s, QJsonArray{u"carl_ps"_s}}}}};
}

GeneratedGame MatchHistory::uploadedInsteadBy(const GeneratedGame &game, const QString &steamId)
{
    GeneratedGame other = game;
    QJsonObject uploader = other.detail.value("uploader"_L1).toObject();
    uploader.insert("steam_id"_L1, steamId);
    uploader.insert("name"_L1, u"Bob"_s);
    other.detail.insert("uploader"_L1, uploader);
    return other;
}

GeneratedGame MatchHistory::uploadedAgain(const GeneratedGame &game, const QString &steamId,
                                          bool ownRecording, int copy)
{
    GeneratedGame other = uploadedInsteadBy(game, steamId);
    static const QUuid kNamespace(u"{5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d}"_s);
    const QString id = QUuid::createUuidV5(kNamespace, game.detail.value("id"_L1).toString() +
                                                           QStringLiteral("/%1").arg(copy))
                           .toString(QUuid::WithoutBraces);
    QJsonObject &detail = other.detail;
    detail.insert("id"_L1, id);
    detail.insert("link"_L1, u"https://ballchasing.com/api/replays/"_s + id);
    if (ownRecording)
        detail.insert("rocket_league_id"_L1, hexId(id + u"/rl"_s));
    const auto created = parseRfc3339(detail.value("created"_L1).toString());
    if (created)
        detail.insert("created"_L1, formatUpstreamDate(created->addSecs(3600 * (copy + 1))));
    return other;
}

QList<GeneratedGame> MatchHistory::games(int count, const QDateTime &first,
                                         qint64 spacingSeconds) const
{
    QList<ScheduledGame> schedule;
    schedule.reserve(count);
    for (int i = 0; i < count; ++i)
        schedule.append({first.addSecs(i * spacingSeconds), std::nullopt});
    return games(schedule);
}

QList<GeneratedGame> MatchHistory::games(const QList<ScheduledGame> &schedule) const
{
    QList<GeneratedGame> all;
    all.reserve(schedule.size());
    const int count = int(schedule.size());
    for (int i = 0; i < count; ++i)
        all.append(game(i, count, schedule[i]));
    return all;
}

QList<QJsonObject> MatchHistory::details(const QList<GeneratedGame> &games)
{
    QList<QJsonObject> all;
    for (const GeneratedGame &game : games)
        all.append(game.detail);
    return all;
}

GeneratedGame MatchHistory::game(int index, int count, const ScheduledGame &scheduled) const
{
    const QDateTime &date = scheduled.date;
    QRandomGenerator random(m_seed * 104729u + quint32(index));
    const auto oneIn = [&random](int n) { return random.bounded(n) == 0; };
    static const QUuid kNamespace(u"{0b7e4f5a-3c2d-4e1f-9a8b-7c6d5e4f3a2b}"_s);
    const QString id =
        QUuid::createUuidV5(kNamespace, QStringLiteral("%1/%2").arg(m_seed).arg(index))
            .toString(QUuid::WithoutBraces);
    const QDateTime created = date.addSecs(600);
    GeneratedGame game;

    // Drawn also when the schedule names the playlist, so the rest of the game stays the same.
    const int playlistRoll = random.bounded(100);
    const PlaylistKind kind = scheduled.playlist.value_or(testMixPlaylist(playlistRoll));
    QJsonObject detail = kind == PlaylistKind::Training ? m_training : m_top;
    detail.insert("id"_L1, id);
    detail.insert("link"_L1, u"https://ballchasing.com/api/replays/"_s + id);
    detail.insert("rocket_league_id"_L1, hexId(id + u"/rl"_s));
    detail.insert("match_guid"_L1, hexId(id + u"/match"_s));
    detail.insert("date"_L1, formatRfc3339(date.toUTC()));
    detail.insert("created"_L1, formatUpstreamDate(created));
    detail.insert(
        "title"_L1,
        QStringLiteral("%1 Haze %2").arg(date.toString(u"yyyy-MM-dd.HH.mm"_s)).arg(index));
    QJsonObject uploader = detail.value("uploader"_L1).toObject();
    uploader.insert("steam_id"_L1, QLatin1String(kOwnerSteamId));
    detail.insert("uploader"_L1, uploader);
    if (kind == PlaylistKind::Training) {
        game.detail = detail; // no playlist, teams without players: nobody to count
        return game;
    }

    const Playlist playlist = playlistOf(kind);
    detail.insert("playlist_id"_L1, playlist.id);
    detail.insert("playlist_name"_L1, playlist.name);
    detail.insert("team_size"_L1, playlist.teamSize);
    detail.insert("match_type"_L1, playlist.matchType);
    const QString mapCode =
        playlist.hoops ? hoopsArenaCode(index) : arenaCode(m_seed + quint32(index) * 5u);
    detail.insert("map_code"_L1, mapCode);
    detail.insert("map_name"_L1, m_mapNames.value(mapCode).toString());

    // The score: a forfeit ends early (and may stand tied); overtime is won by one goal.
    const bool forfeit = oneIn(30);
    const bool overtime = !forfeit && oneIn(8);
    int duration = 300 + random.bounded(20);
    int goals[2] = {random.bounded(6), random.bounded(6)};
    if (forfeit) {
        duration = 120 + random.bounded(120);
        if (oneIn(2))
            goals[1] = goals[0];
    } else if (overtime) {
        const int seconds = 10 + random.bounded(200);
        detail.insert("overtime_seconds"_L1, seconds);
        duration += seconds;
        goals[1] = goals[0];
        ++goals[random.bounded(2)];
    } else if (goals[0] == goals[1]) {
        ++goals[random.bounded(2)];
    }
    detail.insert("overtime"_L1, overtime);
    detail.insert("duration"_L1, duration);

    // Who plays: my team holds me (on one of my accounts) and my usual teammates or strangers.
    const bool withMe = !oneIn(25);
    const int mine = random.bounded(2); // 0 blue, 1 orange
    const bool renamed = index >= count * 3 / 5;
    QList<Person> teams[2];
    QList<int> used;
    const auto freshStranger = [&] {
        int number = random.bounded(strangerCount());
        while (used.contains(number) && !isMaskedStranger(number))
            number = random.bounded(strangerCount());
        used.append(number);
        return stranger(number);
    };
    if (withMe) {
        teams[mine].append(oneIn(7) ? meOnEpic() : meOnSteam(renamed));
        QList<Person> mates{alice(), bob(index >= count / 2), carl()};
        while (teams[mine].size() < playlist.teamSize) {
            const int pick = random.bounded(5);
            if (pick < mates.size())
                teams[mine].append(mates.takeAt(pick));
            else
                teams[mine].append(freshStranger());
        }
    } else {
        // Someone else's game that I uploaded; now and then the stranger who uses my name.
        teams[mine].append(oneIn(2) ? impostor() : freshStranger());
    }
    while (teams[mine].size() < playlist.teamSize)
        teams[mine].append(freshStranger());
    for (int slot = 0; slot < playlist.teamSize; ++slot)
        teams[1 - mine].append(withMe && slot == 0 && oneIn(20) ? impostor() : freshStranger());

    // Leavers: a bot takes the place in about one game in twelve, a person in one in thirty.
    struct Join
    {
        int side;
        int leaver;
        double at;
        Person who;
    };
    QList<Join> joins;
    if (playlist.teamSize > 1 && oneIn(12)) {
        const int side = random.bounded(2);
        const int leaver = side == mine && withMe ? 1 + random.bounded(playlist.teamSize - 1)
                                                  : random.bounded(playlist.teamSize);
        const double at = 60.0 + random.bounded(duration - 120);
        joins.append({side, leaver, at, bot(random.bounded(botCount()))});
    }
    if (playlist.teamSize > 1 && oneIn(30))
        joins.append({1 - mine, 0, 30.0 + random.bounded(duration - 60), freshStranger()});

    const char *colors[2] = {"blue", "orange"};
    const bool strangerWithoutStats = oneIn(40);
    const bool teamWithoutStats = oneIn(80);
    const bool strangerWithoutName = oneIn(60); // as in the list sample without a player name
    int topScore = -1;
    QString mvpKey;
    for (int side = 0; side < 2; ++side) {
        QList<Person> people = teams[side];
        QList<double> starts(people.size(), 0.0), ends(people.size(), double(duration));
        for (const Join &join : std::as_const(joins)) {
            if (join.side != side)
                continue;
            ends[join.leaver] = join.at;
            people.append(join.who);
            starts.append(join.at);
            ends.append(double(duration));
        }
        // Now and then ballchasing has no stats for a stranger's row; that player scored none.
        const int withoutStats = strangerWithoutStats && people.size() > 1 &&
                                         people[0].truth == QLatin1String("stranger")
                                     ? 0
                                     : -1;
        QList<int> playerGoals(people.size(), 0);
        for (int goal = 0; goal < goals[side]; ++goal) {
            int scorer = random.bounded(int(people.size()));
            if (scorer == withoutStats)
                scorer = 1;
            ++playerGoals[scorer];
        }
        QJsonArray players;
        int teamShots = 0;
        for (qsizetype p = 0; p < people.size(); ++p) {
            const Person &person = people[p];
            QJsonObject player{{u"start_time"_s, starts[p]},
                               {u"end_time"_s, ends[p]},
                               {u"name"_s, person.name},
                               {u"car_id"_s, 23},
                               {u"car_name"_s, u"Octane"_s}};
            player.insert(
                "id"_L1, person.platform.isEmpty()
                             ? QJsonObject{}
                             : QJsonObject{{u"platform"_s, person.platform}, {u"id"_s, person.id}});
            if (strangerWithoutName && side != mine && p == 0)
                player.remove("name"_L1);
            if (playlist.ranked)
                player.insert("rank"_L1, rankObject(random));
            QJsonObject stats = m_playerStats[random.bounded(int(m_playerStats.size()))];
            for (const QString &group : stats.keys())
                stats.insert(group, varied(stats.value(group).toObject(), random));
            QJsonObject core = stats.value("core"_L1).toObject();
            const int shots = std::max(playerGoals[p], core.value("shots"_L1).toInt());
            core.insert("goals"_L1, playerGoals[p]);
            core.insert("shots"_L1, shots);
            core.insert("goals_against"_L1, goals[1 - side]);
            core.insert("shooting_percentage"_L1, shots ? 100.0 * playerGoals[p] / shots : 0.0);
            core.remove("mvp"_L1);
            stats.insert("core"_L1, core);
            teamShots += shots;
            const QString key = QStringLiteral("%1:%2").arg(QLatin1String(colors[side])).arg(p);
            const int score = core.value("score"_L1).toInt();
            if (side == (goals[0] >= goals[1] ? 0 : 1) && score > topScore) {
                topScore = score;
                mvpKey = key;
            }
            if (p != withoutStats)
                player.insert("stats"_L1, stats);
            players.append(player);
            game.truth.insert(key, person.truth);
        }
        QJsonObject team{{u"color"_s, QLatin1String(colors[side])}, {u"players"_s, players}};
        QJsonObject teamStats;
        for (const QString &group : m_teamStats.keys())
            teamStats.insert(group, varied(m_teamStats.value(group).toObject(), random));
        QJsonObject teamCore = teamStats.value("core"_L1).toObject();
        teamCore.insert("goals"_L1, goals[side]);
        teamCore.insert("goals_against"_L1, goals[1 - side]);
        teamCore.insert("shots"_L1, teamShots);
        teamCore.insert("shooting_percentage"_L1,
                        teamShots ? 100.0 * goals[side] / teamShots : 0.0);
        teamStats.insert("core"_L1, teamCore);
        if (!(teamWithoutStats && side != mine))
            team.insert("stats"_L1, teamStats);
        detail.insert(QLatin1String(colors[side]), team);
    }
    if (!mvpKey.isEmpty() && goals[0] != goals[1]) {
        const QString color = mvpKey.section(QLatin1Char(':'), 0, 0);
        const int slot = mvpKey.section(QLatin1Char(':'), 1).toInt();
        QJsonObject team = detail.value(color).toObject();
        QJsonArray players = team.value("players"_L1).toArray();
        QJsonObject player = players[slot].toObject();
        player.insert("mvp"_L1, true);
        players[slot] = player;
        team.insert("players"_L1, players);
        detail.insert(color, team);
    }
    game.detail = detail;
    game.goals[0] = goals[0];
    game.goals[1] = goals[1];
    game.myTeam = withMe ? QLatin1String(colors[mine]) : QString();
    return game;
}

} // namespace bcs::demo
