#include "stats/analyses.h"

#include "core/jsontext.h"
#include "stats/roleindex.h"
#include "stats/statpoints.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bcs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::Stats)
};

const QString kMine =
    QStringLiteral("(CASE v.my_team WHEN 'blue' THEN x.blue_goals ELSE x.orange_goals END)");
const QString kTheirs =
    QStringLiteral("(CASE v.my_team WHEN 'blue' THEN x.orange_goals ELSE x.blue_goals END)");

QSqlQuery run(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query = prepareOrThrow(db, sql, Tr::tr("analysing the cache"));
    query.setForwardOnly(true);
    for (const QVariant &value : values)
        query.addBindValue(value);
    execOrThrow(query, Tr::tr("analysing the cache"));
    return query;
}

QString result(int mine, int theirs)
{
    return mine > theirs   ? QStringLiteral("win")
           : mine < theirs ? QStringLiteral("loss")
                           : QStringLiteral("tie");
}

} // namespace

QJsonArray scorelines(QSqlDatabase db, const StatsFilter &filter)
{
    QVariantList values;
    const QString where = filter.sql(values);
    QSqlQuery query = run(
        db,
        QStringLiteral(
            "SELECT %1 AS mine, %2 AS theirs, count(*) FROM perspectives v JOIN replays x ON x.rid = v.rid "
            "WHERE x.status = 'ok'%3 GROUP BY mine, theirs ORDER BY count(*) DESC, mine DESC, theirs")
            .arg(kMine, kTheirs, where),
        values);
    QJsonArray rows;
    while (query.next()) {
        const int mine = query.value(0).toInt();
        const int theirs = query.value(1).toInt();
        rows.append(QJsonObject{{QStringLiteral("my_goals"), mine},
                                {QStringLiteral("their_goals"), theirs},
                                {QStringLiteral("goal_difference"), mine - theirs},
                                {QStringLiteral("result"), result(mine, theirs)},
                                {QStringLiteral("games"), query.value(2).toInt()}});
    }
    return rows;
}

QJsonArray games(QSqlDatabase db, const StatsFilter &filter, int limit, int offset)
{
    QVariantList values;
    const QString where = filter.sql(values);
    values << limit << offset;
    QSqlQuery query = run(
        db,
        QStringLiteral(
            "SELECT x.id, x.date_text, x.title, x.map_name, x.playlist_name, x.duration, %1, %2, v.my_team "
            "FROM perspectives v JOIN replays x ON x.rid = v.rid WHERE x.status = 'ok'%3 "
            "ORDER BY x.date_ms DESC, x.id LIMIT ? OFFSET ?")
            .arg(kMine, kTheirs, where),
        values);
    QJsonArray rows;
    while (query.next()) {
        const int mine = query.value(6).toInt();
        const int theirs = query.value(7).toInt();
        rows.append(QJsonObject{{QStringLiteral("id"), query.value(0).toString()},
                                {QStringLiteral("date"), query.value(1).toString()},
                                {QStringLiteral("title"), query.value(2).toString()},
                                {QStringLiteral("map_name"), query.value(3).toString()},
                                {QStringLiteral("playlist_name"), query.value(4).toString()},
                                {QStringLiteral("duration"), query.value(5).toInt()},
                                {QStringLiteral("my_team"), query.value(8).toString()},
                                {QStringLiteral("my_goals"), mine},
                                {QStringLiteral("their_goals"), theirs},
                                {QStringLiteral("goal_difference"), mine - theirs},
                                {QStringLiteral("result"), result(mine, theirs)}});
    }
    return rows;
}

QByteArray correlation(const Database &database, const StatDefinition &stat, const QString &role,
                       const StatsFilter &filter)
{
    struct Point
    {
        double value;
        int goalDifference;
    };
    QList<Point> points;
    const double scale = double(stat.storageScale());
    for (const StatPoint &point : statPoints(database, stat, role, filter))
        points.append({double(point.scaled) / scale, point.goalDifference});
    // Least squares of goal difference on the stat; every number defined (0 when it cannot be).
    double sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0;
    double low = points.isEmpty() ? 0 : points.first().value;
    double high = low;
    for (const Point &p : points) {
        sx += p.value;
        sy += p.goalDifference;
        sxx += p.value * p.value;
        sxy += p.value * p.goalDifference;
        syy += double(p.goalDifference) * p.goalDifference;
        low = std::min(low, p.value);
        high = std::max(high, p.value);
    }
    const double n = double(points.size());
    const double varX = n * sxx - sx * sx;
    const double varY = n * syy - sy * sy;
    const double slope = varX > 0 ? (n * sxy - sx * sy) / varX : 0.0;
    const double intercept = n > 0 ? (sy - slope * sx) / n : 0.0;
    const double r = varX > 0 && varY > 0 ? (n * sxy - sx * sy) / std::sqrt(varX * varY) : 0.0;

    // Ten equal-width buckets of the stat with games, win rate and mean goal difference.
    constexpr int kBuckets = 10;
    const double width = high > low ? (high - low) / kBuckets : 1.0;
    struct Bucket
    {
        int games = 0, wins = 0;
        double goalDifference = 0;
    };
    QList<Bucket> buckets(points.isEmpty() ? 0 : kBuckets);
    for (const Point &p : points) {
        const int index = std::clamp(int((p.value - low) / width), 0, kBuckets - 1);
        ++buckets[index].games;
        buckets[index].wins += p.goalDifference > 0;
        buckets[index].goalDifference += p.goalDifference;
    }
    // As JSON text: 20,000 points as QJsonObjects cost more than the query (core/jsontext.h).
    JsonText json;
    json.reserve(1024 + points.size() * 48); // {"value":…,"goal_difference":…}, once
    json.beginObject();
    json.key("stat"_L1).value(stat.groupName() + QLatin1Char('.') + stat.keyName());
    json.key("role"_L1).value(role);
    json.key("games"_L1).value(int(points.size()));
    json.key("points"_L1).beginArray();
    for (const Point &p : points) {
        json.beginObject();
        json.key("value"_L1).value(p.value);
        json.key("goal_difference"_L1).value(p.goalDifference);
        json.endObject();
    }
    json.endArray();
    json.key("buckets"_L1).beginArray();
    for (int i = 0; i < buckets.size(); ++i) {
        const Bucket &b = buckets[i];
        json.beginObject();
        json.key("from"_L1).value(low + i * width);
        json.key("to"_L1).value(low + (i + 1) * width);
        json.key("games"_L1).value(b.games);
        json.key("wins"_L1).value(b.wins);
        json.key("win_rate"_L1).value(b.games ? 100.0 * b.wins / b.games : 0.0);
        json.key("avg_goal_difference"_L1).value(b.games ? b.goalDifference / b.games : 0.0);
        json.endObject();
    }
    json.endArray();
    json.key("regression"_L1).beginObject();
    json.key("slope"_L1).value(slope);
    json.key("intercept"_L1).value(intercept);
    json.key("r_squared"_L1).value(r * r);
    json.endObject();
    json.endObject();
    return json.text();
}

QJsonArray lineups(QSqlDatabase db, const StatsFilter &filter)
{
    QVariantList values;
    const QString where = filter.sql(values);
    // Per replay with me: the named teammates on my team, sorted, joined; then count per lineup.
    QSqlQuery query = run(
        db,
        QStringLiteral("SELECT v.lineup, count(*), sum(%1 > %2), sum(%1 < %2) FROM perspectives v "
                       "JOIN replays x ON x.rid = v.rid WHERE x.status = 'ok'%3 GROUP BY v.lineup")
            .arg(kMine, kTheirs, where),
        values);
    struct Lineup
    {
        QStringList teammates;
        int games = 0, wins = 0, losses = 0;
    };
    QMap<QString, Lineup> byKey;
    while (query.next()) {
        // The lineup string was built sorted and without repeats (stats/roleindex.cpp).
        const QString key = query.value(0).toString();
        Lineup &lineup = byKey[key];
        const QStringList mates = key.split(kLineupSeparator, Qt::SkipEmptyParts);
        lineup.teammates = mates;
        lineup.games += query.value(1).toInt();
        lineup.wins += query.value(2).toInt();
        lineup.losses += query.value(3).toInt();
    }
    QList<Lineup> sorted = byKey.values();
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Lineup &a, const Lineup &b) { return a.games > b.games; });
    QJsonArray rows;
    for (const Lineup &lineup : sorted)
        rows.append(
            QJsonObject{{QStringLiteral("teammates"), QJsonArray::fromStringList(lineup.teammates)},
                        {QStringLiteral("games"), lineup.games},
                        {QStringLiteral("wins"), lineup.wins},
                        {QStringLiteral("losses"), lineup.losses},
                        {QStringLiteral("win_rate"), 100.0 * lineup.wins / lineup.games}});
    return rows;
}

} // namespace bcs
