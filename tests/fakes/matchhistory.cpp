#include "fakes/matchhistory.h"

#include "core/rfc3339.h"
#include "fakes/fixtures.h"
#include "fakes/generatorparts.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>
#include <cmath>

namespace bcs::test {

namespace {

struct Person
{
    QString name;
    QString platform; // empty: a bot (`"id": {}`)
    QString id;
    QString truth; // "me", "teammate:<alias>", "stranger", "bot"
};

// My accounts and teammates. "Haze" is the real owner of the samples' uploads.
Person meOnSteam(bool renamed)
{
    return {renamed ? QStringLiteral("Hazey") : QStringLiteral("Haze"), QStringLiteral("steam"),
            QLatin1String(MatchHistory::kOwnerSteamId), QStringLiteral("me")};
}
const Person kMeOnEpic{"HazeOnEpic", "epic", "5c1f3b0e2a7d4c9e8f6a1b2c3d4e5f60", "me"};
const Person kAlice{"Alice", "epic", "a11ce0d3b7f24e0c9d8b7a6f5e4d3c2b", "teammate:alice"};
Person bob(bool renamed)
{
    return {renamed ? QStringLiteral("Bobby") : QStringLiteral("Bob"), QStringLiteral("xbox"),
            QStringLiteral("2535468123456789"), QStringLiteral("teammate:bob")};
}
const Person kCarl{"carl_ps", "ps4", "carl_ps", "teammate:carl"};
// A stranger on another platform who plays under my first name.
const Person kImpostor{"Haze", "xbox", "9fc5bcc9f4010977", "stranger"};

// Names of real players in the samples; three PSN players whose ids ballchasing masks.
const char *const kStrangerNames[] = {"ExcioZ",
                                      "Quickechaos",
                                      "Franini",
                                      "XxUwuSwagOwOxX",
                                      "Ke1ma",
                                      "Nova",
                                      "0",
                                      "al dente2245",
                                      "QuixMtic",
                                      "guysteven",
                                      "Maurice6008",
                                      "ocelot2342",
                                      "Bananix",
                                      "Karamu",
                                      "LanchrY-",
                                      "FRMA00",
                                      "b_flowers-93",
                                      "dz.leon",
                                      "idemooir Berd",
                                      "Benjyprice7",
                                      "xxDI3GOxx6332",
                                      "LucioG4M3R",
                                      "Kromlek",
                                      "Maboroshi^-^"};
const char *const kPlatforms[] = {"steam", "epic", "xbox", "ps4", "epic", "steam"};
const char *const kBotNames[] = {"Saltie", "Centice", "Caveman", "Sticks", "Foamer", "Rainmaker"};

Person stranger(int number)
{
    constexpr int kNamed = int(std::size(kStrangerNames));
    if (number >= kNamed) // masked PSN players: name and id hidden by ballchasing
        return {QStringLiteral("*******"), QStringLiteral("ps4"), QStringLiteral("************"),
                QStringLiteral("stranger")};
    const QString name = QString::fromUtf8(kStrangerNames[number]);
    const QString platform = QLatin1String(kPlatforms[number % std::size(kPlatforms)]);
    QString id = hexId(name).left(platform == QLatin1String("xbox") ? 16 : 32).toLower();
    if (platform == QLatin1String("steam"))
        id =
            QStringLiteral("7656119%1").arg(qHash(name) % 10000000000ull, 10, 10, QLatin1Char('0'));
    if (platform == QLatin1String("ps4"))
        id = name;
    return {name, platform, id, QStringLiteral("stranger")};
}
constexpr int kStrangers = int(std::size(kStrangerNames)) + 3;

enum class Kind {
    RankedDoubles,
    RankedStandard,
    UnrankedStandard,
    UnrankedDoubles,
    Duel,
    Training
};

struct Playlist
{
    const char *id;
    const char *name;
    int teamSize;
    bool ranked;
};

Playlist playlistOf(Kind kind)
{
    switch (kind) {
    case Kind::RankedDoubles:
        return {"ranked-doubles", "Ranked Doubles", 2, true};
    case Kind::RankedStandard:
        return {"ranked-standard", "Ranked Standard", 3, true};
    case Kind::UnrankedStandard:
        return {"unranked-standard", "Unranked Standard", 3, false};
    case Kind::UnrankedDoubles:
        return {"unranked-doubles", "Unranked Doubles", 2, false};
    case Kind::Duel:
        return {"ranked-duels", "Ranked Duel", 1, true};
    case Kind::Training:
        break;
    }
    return {nullptr, nullptr, 0, false};
}

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
        {"tier", 10 + step},
        {"division", division},
        {"name", QStringLiteral("%1 Division %2").arg(QLatin1String(kTiers[step])).arg(division)},
        {"id", QLatin1String(kIds[step])}};
}

} // namespace

MatchHistory::MatchHistory(quint32 seed)
    : m_seed(seed)
    , m_training(
          readFixtureObject(QStringLiteral("edge_cases/replay_detail_training_match_type.json")))
    , m_mapNames(readFixtureObject(QStringLiteral("maps_response.json")))
{
    const QJsonObject casual =
        readFixtureObject(QStringLiteral("replay_detail_3v3_unranked_2024.json"));
    for (const QString &fixture : {QStringLiteral("replay_detail_3v3_unranked_2024.json"),
                                   QStringLiteral("replay_detail_3v3_ranked_2021.json"),
                                   QStringLiteral("replay_detail_2v2_unranked_2021.json")}) {
        const QJsonObject detail = readFixtureObject(fixture);
        for (const char *color : {"blue", "orange"}) {
            for (const QJsonValue player :
                 detail.value(QLatin1String(color)).toObject().value("players").toArray())
                m_playerStats.append(player.toObject().value("stats").toObject());
        }
    }
    m_teamStats = casual.value("blue").toObject().value("stats").toObject();
    m_top = casual;
    m_top.remove("blue");
    m_top.remove("orange");
}

QJsonObject MatchHistory::playerConfig()
{
    return {{"me", QJsonArray{"Haze", "Hazey", "HazeOnEpic"}},
            {"teammates", QJsonObject{{"alice", QJsonArray{"Alice"}},
                                      {"bob", QJsonArray{"Bob", "Bobby"}},
                                      {"carl", QJsonArray{"carl_ps"}}}}};
}

GeneratedGame MatchHistory::uploadedInsteadBy(const GeneratedGame &game, const QString &steamId)
{
    GeneratedGame other = game;
    QJsonObject uploader = other.detail.value("uploader").toObject();
    uploader.insert("steam_id", steamId);
    uploader.insert("name", QStringLiteral("Bob"));
    other.detail.insert("uploader", uploader);
    return other;
}

GeneratedGame MatchHistory::uploadedAgain(const GeneratedGame &game, const QString &steamId,
                                          bool ownRecording, int copy)
{
    GeneratedGame other = uploadedInsteadBy(game, steamId);
    static const QUuid kNamespace(QStringLiteral("{5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d}"));
    const QString id = QUuid::createUuidV5(kNamespace, game.detail.value("id").toString() +
                                                           QStringLiteral("/%1").arg(copy))
                           .toString(QUuid::WithoutBraces);
    QJsonObject &detail = other.detail;
    detail.insert("id", id);
    detail.insert("link", QStringLiteral("https://ballchasing.com/api/replays/") + id);
    if (ownRecording)
        detail.insert("rocket_league_id", hexId(id + QStringLiteral("/rl")));
    const auto created = parseRfc3339(detail.value("created").toString());
    if (created)
        detail.insert("created", formatUpstreamDate(created->addSecs(3600 * (copy + 1))));
    return other;
}

QList<GeneratedGame> MatchHistory::games(int count, const QDateTime &first,
                                         qint64 spacingSeconds) const
{
    QList<GeneratedGame> all;
    all.reserve(count);
    for (int i = 0; i < count; ++i)
        all.append(game(i, count, first.addSecs(i * spacingSeconds)));
    return all;
}

QList<QJsonObject> MatchHistory::details(const QList<GeneratedGame> &games)
{
    QList<QJsonObject> all;
    for (const GeneratedGame &game : games)
        all.append(game.detail);
    return all;
}

GeneratedGame MatchHistory::game(int index, int count, const QDateTime &date) const
{
    QRandomGenerator random(m_seed * 104729u + quint32(index));
    const auto oneIn = [&random](int n) { return random.bounded(n) == 0; };
    static const QUuid kNamespace(QStringLiteral("{0b7e4f5a-3c2d-4e1f-9a8b-7c6d5e4f3a2b}"));
    const QString id =
        QUuid::createUuidV5(kNamespace, QStringLiteral("%1/%2").arg(m_seed).arg(index))
            .toString(QUuid::WithoutBraces);
    const QDateTime created = date.addSecs(600);
    GeneratedGame game;

    const int roll = random.bounded(100);
    const Kind kind = roll < 2    ? Kind::Training
                      : roll < 8  ? Kind::Duel
                      : roll < 46 ? Kind::RankedDoubles
                      : roll < 74 ? Kind::RankedStandard
                      : roll < 88 ? Kind::UnrankedStandard
                                  : Kind::UnrankedDoubles;
    QJsonObject detail = kind == Kind::Training ? m_training : m_top;
    detail.insert("id", id);
    detail.insert("link", QStringLiteral("https://ballchasing.com/api/replays/") + id);
    detail.insert("rocket_league_id", hexId(id + QStringLiteral("/rl")));
    detail.insert("match_guid", hexId(id + QStringLiteral("/match")));
    detail.insert("date", formatRfc3339(date.toUTC()));
    detail.insert("created", formatUpstreamDate(created));
    detail.insert("title", QStringLiteral("%1 Haze %2")
                               .arg(date.toString(QStringLiteral("yyyy-MM-dd.HH.mm")))
                               .arg(index));
    QJsonObject uploader = detail.value("uploader").toObject();
    uploader.insert("steam_id", QLatin1String(kOwnerSteamId));
    detail.insert("uploader", uploader);
    if (kind == Kind::Training) {
        game.detail = detail; // no playlist, teams without players: nobody to count
        return game;
    }

    const Playlist playlist = playlistOf(kind);
    detail.insert("playlist_id", QLatin1String(playlist.id));
    detail.insert("playlist_name", QLatin1String(playlist.name));
    detail.insert("team_size", playlist.teamSize);
    detail.insert("match_type", QStringLiteral("Online"));
    const QString mapCode = arenaCode(m_seed + quint32(index) * 5u);
    detail.insert("map_code", mapCode);
    detail.insert("map_name", m_mapNames.value(mapCode).toString());

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
        detail.insert("overtime_seconds", seconds);
        duration += seconds;
        goals[1] = goals[0];
        ++goals[random.bounded(2)];
    } else if (goals[0] == goals[1]) {
        ++goals[random.bounded(2)];
    }
    detail.insert("overtime", overtime);
    detail.insert("duration", duration);

    // Who plays: my team holds me (on one of my accounts) and my usual teammates or strangers.
    const bool withMe = !oneIn(25);
    const int mine = random.bounded(2); // 0 blue, 1 orange
    const bool renamed = index >= count * 3 / 5;
    QList<Person> teams[2];
    QList<int> used;
    const auto freshStranger = [&] {
        int number = random.bounded(kStrangers);
        while (used.contains(number) && number < int(std::size(kStrangerNames)))
            number = random.bounded(kStrangers);
        used.append(number);
        return stranger(number);
    };
    if (withMe) {
        teams[mine].append(oneIn(7) ? kMeOnEpic : meOnSteam(renamed));
        QList<Person> mates{kAlice, bob(index >= count / 2), kCarl};
        while (teams[mine].size() < playlist.teamSize) {
            const int pick = random.bounded(5);
            if (pick < mates.size())
                teams[mine].append(mates.takeAt(pick));
            else
                teams[mine].append(freshStranger());
        }
    } else {
        // Someone else's game that I uploaded; now and then the stranger who uses my name.
        teams[mine].append(oneIn(2) ? kImpostor : freshStranger());
    }
    while (teams[mine].size() < playlist.teamSize)
        teams[mine].append(freshStranger());
    for (int slot = 0; slot < playlist.teamSize; ++slot)
        teams[1 - mine].append(withMe && slot == 0 && oneIn(20) ? kImpostor : freshStranger());

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
        joins.append({side,
                      leaver,
                      60.0 + random.bounded(duration - 120),
                      {QLatin1String(kBotNames[random.bounded(int(std::size(kBotNames)))]),
                       {},
                       {},
                       QStringLiteral("bot")}});
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
            QJsonObject player{{"start_time", starts[p]},
                               {"end_time", ends[p]},
                               {"name", person.name},
                               {"car_id", 23},
                               {"car_name", QStringLiteral("Octane")}};
            player.insert("id",
                          person.platform.isEmpty()
                              ? QJsonObject{}
                              : QJsonObject{{"platform", person.platform}, {"id", person.id}});
            if (strangerWithoutName && side != mine && p == 0)
                player.remove("name");
            if (playlist.ranked)
                player.insert("rank", rankObject(random));
            QJsonObject stats = m_playerStats[random.bounded(int(m_playerStats.size()))];
            for (const QString &group : stats.keys())
                stats.insert(group, varied(stats.value(group).toObject(), random));
            QJsonObject core = stats.value("core").toObject();
            const int shots = std::max(playerGoals[p], core.value("shots").toInt());
            core.insert("goals", playerGoals[p]);
            core.insert("shots", shots);
            core.insert("goals_against", goals[1 - side]);
            core.insert("shooting_percentage", shots ? 100.0 * playerGoals[p] / shots : 0.0);
            core.remove("mvp");
            stats.insert("core", core);
            teamShots += shots;
            const QString key = QStringLiteral("%1:%2").arg(QLatin1String(colors[side])).arg(p);
            const int score = core.value("score").toInt();
            if (side == (goals[0] >= goals[1] ? 0 : 1) && score > topScore) {
                topScore = score;
                mvpKey = key;
            }
            if (p != withoutStats)
                player.insert("stats", stats);
            players.append(player);
            game.truth.insert(key, person.truth);
        }
        QJsonObject team{{"color", QLatin1String(colors[side])}, {"players", players}};
        QJsonObject teamStats;
        for (const QString &group : m_teamStats.keys())
            teamStats.insert(group, varied(m_teamStats.value(group).toObject(), random));
        QJsonObject teamCore = teamStats.value("core").toObject();
        teamCore.insert("goals", goals[side]);
        teamCore.insert("goals_against", goals[1 - side]);
        teamCore.insert("shots", teamShots);
        teamCore.insert("shooting_percentage", teamShots ? 100.0 * goals[side] / teamShots : 0.0);
        teamStats.insert("core", teamCore);
        if (!(teamWithoutStats && side != mine))
            team.insert("stats", teamStats);
        detail.insert(QLatin1String(colors[side]), team);
    }
    if (!mvpKey.isEmpty() && goals[0] != goals[1]) {
        const QString color = mvpKey.section(QLatin1Char(':'), 0, 0);
        const int slot = mvpKey.section(QLatin1Char(':'), 1).toInt();
        QJsonObject team = detail.value(color).toObject();
        QJsonArray players = team.value("players").toArray();
        QJsonObject player = players[slot].toObject();
        player.insert("mvp", true);
        players[slot] = player;
        team.insert("players", players);
        detail.insert(color, team);
    }
    game.detail = detail;
    game.goals[0] = goals[0];
    game.goals[1] = goals[1];
    game.myTeam = withMe ? QLatin1String(colors[mine]) : QString();
    return game;
}

} // namespace bcs::test
