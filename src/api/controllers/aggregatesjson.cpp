#include "api/controllers/aggregatesjson.h"

#include "core/jsontext.h"
#include "core/statcatalogue.h"

#include <QHash>
#include <QtConcurrent>
#include <optional>

using namespace Qt::StringLiterals;

namespace bcs {

namespace {

// Catalogue-ordered values as {"core": {"goals": ...}, "boost": {...}, ...}.
QJsonObject statGroupsJson(const QList<double> &values)
{
    QHash<QString, QJsonObject> groups;
    const QList<StatDefinition> &catalogue = statCatalogue();
    for (qsizetype i = 0; i < catalogue.size(); ++i)
        groups[catalogue[i].groupName()].insert(catalogue[i].keyName(), values.value(i));
    QJsonObject result;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

QJsonObject listedJson(const ListedRecord &listed)
{
    return {
        {QStringLiteral("games"), listed.games},      {QStringLiteral("wins"), listed.wins},
        {QStringLiteral("losses"), listed.losses},    {QStringLiteral("ties"), listed.ties},
        {QStringLiteral("win_rate"), listed.winRate}, {QStringLiteral("score"), listed.meanScore},
        {QStringLiteral("mvp"), listed.mvps}};
}

// The stats object of one player: its groups in catalogue order (the catalogue lists each
// group's stats together, statcatalogue.h), each value written exactly from its stored integer.
void writePlayerStats(JsonText &json, const QList<qint64> &scaledStats,
                      const QList<QByteArray> &groupNames)
{
    const QList<StatDefinition> &catalogue = statCatalogue();
    json.beginObject();
    std::optional<StatGroup> group;
    for (qsizetype i = 0; i < catalogue.size(); ++i) {
        const StatDefinition &stat = catalogue[i];
        if (stat.group != group) {
            if (group)
                json.endObject();
            group = stat.group;
            json.key(QLatin1StringView(groupNames[qsizetype(stat.group)])).beginObject();
        }
        json.key(QLatin1StringView(stat.key)).decimal(scaledStats.value(i), stat.storageScale());
    }
    if (group)
        json.endObject();
    json.endObject();
}

QByteArray replayJson(const ReplayWithRoles &replay, const QList<QByteArray> &groupNames)
{
    JsonText json;
    json.reserve(16 * 1024); // a replay with six players is ~14 KB of text
    json.beginObject();
    json.key("id"_L1).value(replay.id);
    json.key("title"_L1).value(replay.title);
    json.key("map_name"_L1).value(replay.mapName);
    json.key("date"_L1).value(replay.date);
    json.key("duration"_L1).value(replay.duration);
    json.key("blue_goals"_L1).value(replay.blueGoals);
    json.key("orange_goals"_L1).value(replay.orangeGoals);
    json.key("overtime"_L1).value(replay.overtime);
    if (replay.myTeam.isEmpty())
        json.key("my_team"_L1).null();
    else
        json.key("my_team"_L1).value(replay.myTeam);
    json.key("players"_L1).beginArray();
    for (const ReplayPlayer &player : replay.players) {
        json.beginObject();
        json.key("name"_L1).value(player.name);
        json.key("role"_L1).value(player.role);
        json.key("team"_L1).value(player.team);
        writePlayerStats(json.key("stats"_L1), player.scaledStats, groupNames);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.text();
}

} // namespace

QJsonObject roleAggregateJson(const RoleAggregate &aggregate)
{
    QJsonObject stats = statGroupsJson(aggregate.values);
    stats.insert(QStringLiteral("games"), aggregate.games);
    stats.insert(QStringLiteral("wins"), aggregate.wins);
    stats.insert(QStringLiteral("losses"), aggregate.losses);
    stats.insert(QStringLiteral("ties"), aggregate.ties);
    stats.insert(QStringLiteral("win_rate"), aggregate.winRate);
    stats.insert(QStringLiteral("per_game"), statGroupsJson(aggregate.perGame));
    // The games above are those whose details are cached.
    stats.insert(QStringLiteral("games_with_details"), aggregate.games);
    stats.insert(QStringLiteral("listed"), listedJson(aggregate.listed));
    return stats;
}

QJsonObject roleEntryJson(const NamedRole &role, const RoleAggregate &aggregate)
{
    return {{QStringLiteral("name"), role.name},
            {QStringLiteral("role"), role.role},
            {QStringLiteral("stats"), roleAggregateJson(aggregate)}};
}

QByteArray replaysWithRolesJson(const QList<ReplayWithRoles> &replays)
{
    QList<QByteArray> groupNames(statGroups().size()); // indexed by StatGroup
    for (const StatGroup group : statGroups())
        groupNames[qsizetype(group)] = statGroupName(group).toLatin1();
    // Each replay's text on its own; a long page in two halves on two threads (formatting
    // 100,000 numbers is most of the work: one thread made /api/stats/replays?limit=200 ~45%
    // slower), then joined.
    QList<QByteArray> texts(replays.size());
    const auto writeRange = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            texts[i] = replayJson(replays[i], groupNames);
    };
    constexpr qsizetype kSplitAbove = 40;
    const qsizetype middle = replays.size() > kSplitAbove ? replays.size() / 2 : replays.size();
    QFuture<void> upper;
    if (middle < replays.size())
        upper = QtConcurrent::run(writeRange, middle, replays.size());
    writeRange(0, middle);
    upper.waitForFinished();
    qsizetype size = 2;
    for (const QByteArray &text : texts)
        size += text.size() + 1; // and a comma
    JsonText json;
    json.reserve(size); // one 2.8 MB block for 200 replays instead of a dozen regrowths
    json.beginArray();
    for (const QByteArray &text : texts)
        json.raw(text);
    json.endArray();
    return json.text();
}

} // namespace bcs
