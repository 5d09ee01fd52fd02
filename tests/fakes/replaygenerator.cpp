#include "fakes/replaygenerator.h"

#include "core/rfc3339.h"
#include "fakes/fixtures.h"
#include "demo/listrow.h"
#include "fakes/generatorparts.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

namespace bcs::test {

ReplayGenerator::ReplayGenerator(quint32 seed, const QString &templateFixture)
    : m_seed(seed)
    , m_template(readFixtureObject(templateFixture))
    , m_mapNames(readFixtureObject(QStringLiteral("maps_response.json")))
{}

QString ReplayGenerator::idFor(int index) const
{
    static const QUuid kNamespace(QStringLiteral("{6f2b1c1e-8f2a-4a57-9a61-0c5a3e7d2b90}"));
    return QUuid::createUuidV5(kNamespace, QStringLiteral("%1/%2").arg(m_seed).arg(index))
        .toString(QUuid::WithoutBraces);
}

QJsonObject ReplayGenerator::makeDetail(int index, const QDateTime &matchDate,
                                        const QDateTime &created) const
{
    QRandomGenerator random(m_seed * 7919u + static_cast<quint32>(index));
    QJsonObject detail = m_template;
    const QString id = idFor(index);
    detail.insert(QStringLiteral("id"), id);
    detail.insert(QStringLiteral("link"),
                  QStringLiteral("https://ballchasing.com/api/replays/") + id);
    detail.insert(QStringLiteral("rocket_league_id"), hexId(id + QStringLiteral("/rl")));
    detail.insert(QStringLiteral("match_guid"), hexId(id + QStringLiteral("/match")));
    detail.insert(QStringLiteral("date"), formatRfc3339(matchDate.toUTC()));
    detail.insert(QStringLiteral("created"), formatUpstreamDate(created));
    detail.insert(QStringLiteral("duration"), 300 + random.bounded(120));
    QJsonObject uploader = detail.value(QStringLiteral("uploader")).toObject();
    uploader.insert(QStringLiteral("steam_id"), m_ownerSteamId);
    detail.insert(QStringLiteral("uploader"), uploader);
    detail.insert(QStringLiteral("title"), QStringLiteral("Generated match %1").arg(index));
    // Not drawn from `random`: the stats stay what they were for a given seed and index.
    const QString mapCode = arenaCode(m_seed + quint32(index) * 5u);
    detail.insert(QStringLiteral("map_code"), mapCode);
    detail.insert(QStringLiteral("map_name"), m_mapNames.value(mapCode).toString());

    int goals[2] = {random.bounded(6), random.bounded(6)};
    if (goals[0] == goals[1])
        ++goals[random.bounded(2)]; // a finished match has a winner
    const char *colors[2] = {"blue", "orange"};
    for (int side = 0; side < 2; ++side) {
        QJsonObject team = detail.value(QLatin1String(colors[side])).toObject();
        QJsonArray players = team.value(QStringLiteral("players")).toArray();
        QList<int> playerGoals(players.size(), 0);
        for (int goal = 0; goal < goals[side] && !players.isEmpty(); ++goal)
            ++playerGoals[random.bounded(static_cast<int>(players.size()))];
        int teamShots = 0;
        for (qsizetype p = 0; p < players.size(); ++p) {
            QJsonObject player = players[p].toObject();
            QJsonObject stats = player.value(QStringLiteral("stats")).toObject();
            for (const QString &group : stats.keys())
                stats.insert(group, varied(stats.value(group).toObject(), random));
            QJsonObject core = stats.value(QStringLiteral("core")).toObject();
            const int shots = std::max(playerGoals[p], core.value(QStringLiteral("shots")).toInt());
            core.insert(QStringLiteral("goals"), playerGoals[p]);
            core.insert(QStringLiteral("shots"), shots);
            core.insert(QStringLiteral("goals_against"), goals[1 - side]);
            core.insert(QStringLiteral("shooting_percentage"),
                        shots ? 100.0 * playerGoals[p] / shots : 0.0);
            core.remove(QStringLiteral("mvp"));
            stats.insert(QStringLiteral("core"), core);
            player.insert(QStringLiteral("stats"), stats);
            player.remove(QStringLiteral("mvp"));
            teamShots += shots;
            players[p] = player;
        }
        team.insert(QStringLiteral("players"), players);
        QJsonObject teamStats = team.value(QStringLiteral("stats")).toObject();
        QJsonObject teamCore = teamStats.value(QStringLiteral("core")).toObject();
        teamCore.insert(QStringLiteral("goals"), goals[side]);
        teamCore.insert(QStringLiteral("goals_against"), goals[1 - side]);
        teamCore.insert(QStringLiteral("shots"), teamShots);
        teamCore.insert(QStringLiteral("shooting_percentage"),
                        teamShots ? 100.0 * goals[side] / teamShots : 0.0);
        teamStats.insert(QStringLiteral("core"), teamCore);
        team.insert(QStringLiteral("stats"), teamStats);
        detail.insert(QLatin1String(colors[side]), team);
    }
    return detail;
}

QList<QJsonObject> ReplayGenerator::makeDetails(int count, const QDateTime &firstMatch,
                                                qint64 spacingSeconds) const
{
    QList<QJsonObject> details;
    details.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QDateTime match = firstMatch.addSecs(i * spacingSeconds);
        details.append(makeDetail(i, match, match.addSecs(600)));
    }
    return details;
}

QJsonObject ReplayGenerator::makeUnparsed(int index, const QString &status,
                                          const QDateTime &created) const
{
    const QString id = idFor(index);
    QJsonObject uploader = m_template.value(QStringLiteral("uploader")).toObject();
    uploader.insert(QStringLiteral("steam_id"), m_ownerSteamId);
    return {{QStringLiteral("id"), id},
            {QStringLiteral("link"), QStringLiteral("https://ballchasing.com/api/replays/") + id},
            {QStringLiteral("created"), formatUpstreamDate(created)},
            {QStringLiteral("uploader"), uploader},
            {QStringLiteral("status"), status}};
}

QJsonObject ReplayGenerator::summaryFromDetail(const QJsonObject &detail)
{
    return demo::listRowFromDetail(detail);
}

} // namespace bcs::test
