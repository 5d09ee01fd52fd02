// Stats routes over HTTP after a real sync: every figure checked against values computed here,
// independently, from the JSON the fake served; every filter; every validation error; a
// rejected config changes nothing; a saved one is visible to the next request.

#include "api/apiserver.h"
#include "fakes/replaygenerator.h"
#include "support/httpcall.h"
#include "support/synctestbed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace bcs;
using namespace bcs::test;

namespace {

using Http = HttpResult;

Http call(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
          const QByteArray &contentType = "application/json")
{
    return httpCall(method, url, body, contentType);
}

const QString kMe = QStringLiteral("QuixMtic");
const QString kMate = QStringLiteral("al dente2245");

// Independent expectations: walk the details the fake served.
struct Expected
{
    int games = 0, wins = 0, losses = 0;
    double goals = 0, shots = 0, saves = 0, bpmSum = 0, supersonic = 0;
};

Expected expectedFor(const QList<QJsonObject> &details, const QString &name,
                     const std::function<bool(const QJsonObject &)> &keep = {})
{
    Expected e;
    for (const QJsonObject &detail : details) {
        if (keep && !keep(detail))
            continue;
        for (const char *color : {"blue", "orange"}) {
            const QJsonObject team = detail[QLatin1String(color)].toObject();
            const QJsonObject other =
                detail[QLatin1String(color) == QLatin1String("blue") ? QStringLiteral("orange")
                                                                     : QStringLiteral("blue")]
                    .toObject();
            for (const QJsonValue value : team[QStringLiteral("players")].toArray()) {
                const QJsonObject player = value.toObject();
                if (player[QStringLiteral("name")].toString() != name)
                    continue;
                const QJsonObject stats = player[QStringLiteral("stats")].toObject();
                const int own =
                    team[QStringLiteral("stats")][QStringLiteral("core")][QStringLiteral("goals")]
                        .toInt();
                const int theirs =
                    other[QStringLiteral("stats")][QStringLiteral("core")][QStringLiteral("goals")]
                        .toInt();
                ++e.games;
                e.wins += own > theirs;
                e.losses += own < theirs;
                e.goals += stats[QStringLiteral("core")][QStringLiteral("goals")].toDouble();
                e.shots += stats[QStringLiteral("core")][QStringLiteral("shots")].toDouble();
                e.saves += stats[QStringLiteral("core")][QStringLiteral("saves")].toDouble();
                e.bpmSum += stats[QStringLiteral("boost")][QStringLiteral("bpm")].toDouble();
                e.supersonic +=
                    stats[QStringLiteral("movement")][QStringLiteral("time_supersonic_speed")]
                        .toDouble();
            }
        }
    }
    return e;
}

// One of my games as the fake served it: my row, my teammates' and the opponents' rows.
struct MyGame
{
    QJsonObject detail;
    qint64 dateMs = 0;
    int mine = 0, theirs = 0;
    QJsonObject me;
    QList<QJsonObject> mates, opponents;
};

int teamGoals(const QJsonObject &team)
{
    return team[QStringLiteral("stats")][QStringLiteral("core")][QStringLiteral("goals")].toInt();
}

// My games, newest first.
QList<MyGame> myGames(const QList<QJsonObject> &details,
                      const std::function<bool(const QJsonObject &)> &keep = {})
{
    QList<MyGame> games;
    for (const QJsonObject &detail : details) {
        if (keep && !keep(detail))
            continue;
        for (const char *color : {"blue", "orange"}) {
            const QJsonObject team = detail[QLatin1String(color)].toObject();
            const QJsonObject other =
                detail[QLatin1String(color) == QLatin1String("blue") ? QStringLiteral("orange")
                                                                     : QStringLiteral("blue")]
                    .toObject();
            MyGame game;
            for (const QJsonValue value : team[QStringLiteral("players")].toArray()) {
                if (value[QStringLiteral("name")].toString() == kMe)
                    game.me = value.toObject();
                else
                    game.mates << value.toObject();
            }
            if (game.me.isEmpty())
                continue;
            for (const QJsonValue value : other[QStringLiteral("players")].toArray())
                game.opponents << value.toObject();
            game.detail = detail;
            game.dateMs =
                QDateTime::fromString(detail[QStringLiteral("date")].toString(), Qt::ISODate)
                    .toMSecsSinceEpoch();
            game.mine = teamGoals(team);
            game.theirs = teamGoals(other);
            games << game;
        }
    }
    std::stable_sort(games.begin(), games.end(),
                     [](const MyGame &a, const MyGame &b) { return a.dateMs > b.dateMs; });
    return games;
}

double statOf(const QJsonObject &player, const QString &group, const QString &key)
{
    return player[QStringLiteral("stats")][group][key].toDouble();
}

// The true mean of the values as ballchasing wrote them (the generator keeps two decimals, five
// for percentages), in exact integers; goals / shots x 100 has no such form and is averaged as
// doubles.
double meanOf(const QList<QJsonObject> &players, const QString &group, const QString &key)
{
    if (players.isEmpty())
        return 0.0;
    if (key == QLatin1String("shooting_percentage")) {
        double sum = 0;
        for (const QJsonObject &player : players)
            sum += statOf(player, group, key);
        return sum / double(players.size());
    }
    const double scale = key.startsWith(QLatin1String("percent")) ? 1e5 : 100;
    qint64 sum = 0;
    for (const QJsonObject &player : players)
        sum += std::llround(statOf(player, group, key) * scale);
    return double(sum) / (scale * double(players.size()));
}

// Python's round(x, 1): the exact binary value to the nearest tenth, halves to even (means of
// two values with two decimals do land on halves).
double round1(double value)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.1f", value); // glibc rounds exactly, halves to even
    return std::strtod(text, nullptr);
}

// Python's f"{x:.0f}-{y:.0f}".
QString wholeRange(double from, double to)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.0f-%.0f", from, to);
    return QString::fromLatin1(text);
}

// The seed's R of a set of player rows: the three means, rounded or not.
QJsonObject roleMeans(const QList<QJsonObject> &players, bool rounded)
{
    const auto mean = [&](const char *group, const char *key) {
        const double value = meanOf(players, QLatin1String(group), QLatin1String(key));
        return rounded ? round1(value) : value;
    };
    return {{QStringLiteral("percent_behind_ball"), mean("positioning", "percent_behind_ball")},
            {QStringLiteral("avg_speed"), mean("movement", "avg_speed")},
            {QStringLiteral("avg_distance_to_ball"), mean("positioning", "avg_distance_to_ball")}};
}

// Compares an R object of an answer with the expected one, number by number.
bool sameMeans(const QJsonValue &actual, const QJsonObject &expected, QString *why)
{
    if (!actual.isObject()) {
        *why = QStringLiteral("not an object");
        return false;
    }
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QJsonValue value = actual[it.key()];
        if (!value.isDouble() || !qFuzzyCompare(value.toDouble() + 1, it.value().toDouble() + 1)) {
            *why = QStringLiteral("%1: %2, expected %3")
                       .arg(it.key())
                       .arg(value.toDouble(), 0, 'g', 17)
                       .arg(it.value().toDouble(), 0, 'g', 17);
            return false;
        }
    }
    return true;
}

#define COMPARE_MEANS(actual, expected)                                                            \
    do {                                                                                           \
        QString why;                                                                               \
        QVERIFY2(sameMeans(actual, expected, &why), qPrintable(why));                              \
    } while (false)

} // namespace

class TestStats : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SyncTestbed> m_bed;
    QList<QJsonObject> m_details;
    QDateTime m_first = QDateTime(QDate(2025, 4, 1), QTime(19, 0), QTimeZone::utc());

    QUrl url(const QString &path) const { return QUrl(m_bed->server->url() + path); }

    // Filters every analysis test runs with, and what each keeps of the details.
    static void analysisFilters()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("teamSize"); // 0: any
        QTest::addColumn<int>("minDuration");
        QTest::addRow("no filter") << QString() << 0 << 0;
        QTest::addRow("team-size=3") << "team-size=3" << 3 << 0;
        QTest::addRow("min-duration=360") << "min-duration=360" << 0 << 360;
        QTest::addRow("playlist and exclude-ties")
            << "playlist=Unranked+Standard&exclude-ties=true" << 0 << 0;
    }

    static std::function<bool(const QJsonObject &)> keepGames(int teamSize, int minDuration)
    {
        return [teamSize, minDuration](const QJsonObject &detail) {
            return (teamSize == 0 || detail[QStringLiteral("team_size")].toInt() == teamSize) &&
                   detail[QStringLiteral("duration")].toInt() >= minDuration;
        };
    }

    QJsonArray getArray(const QString &pathAndQuery)
    {
        const Http answer = call("GET", url(pathAndQuery));
        if (answer.status != 200)
            qWarning("%s answered %d: %s", qPrintable(pathAndQuery), answer.status,
                     answer.body.left(300).constData());
        return answer.json.array();
    }

    // Per Scoreline: my games grouped by final score, each side's means over its player rows.
    void checkScorelines(const QString &query, const std::function<bool(const QJsonObject &)> &keep,
                         bool oneVersusOne)
    {
        struct Score
        {
            int games = 0;
            QList<QJsonObject> me, mates, opponents;
        };
        QMap<std::pair<int, int>, Score> byScore;
        for (const MyGame &game : myGames(m_details, keep)) {
            Score &score = byScore[{game.mine, game.theirs}];
            ++score.games;
            score.me << game.me;
            score.mates << game.mates;
            score.opponents << game.opponents;
        }
        QList<std::pair<int, int>> order = byScore.keys();
        std::sort(order.begin(), order.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        const QJsonArray rows = getArray(QStringLiteral("/api/stats/scoreline?") + query);
        QCOMPARE(rows.size(), order.size());
        QVERIFY(rows.size() >= 2);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows[i].toObject();
            const Score &score = byScore[order[i]];
            QCOMPARE(row[QStringLiteral("my_goals")].toInt(), order[i].first);
            QCOMPARE(row[QStringLiteral("opp_goals")].toInt(), order[i].second);
            QCOMPARE(row[QStringLiteral("games")].toInt(), score.games);
            COMPARE_MEANS(row[QStringLiteral("me")], roleMeans(score.me, true));
            if (oneVersusOne)
                QVERIFY(row[QStringLiteral("teammates")].isNull());
            else
                COMPARE_MEANS(row[QStringLiteral("teammates")], roleMeans(score.mates, true));
            COMPARE_MEANS(row[QStringLiteral("opponents")], roleMeans(score.opponents, true));
        }
    }

    // Per Game: newest first, my own values, the others' means in that game.
    void checkGameRows(const QString &query, const std::function<bool(const QJsonObject &)> &keep,
                       bool oneVersusOne)
    {
        const QList<MyGame> games = myGames(m_details, keep);
        const QJsonArray rows = getArray(QStringLiteral("/api/stats/games?") + query);
        QCOMPARE(rows.size(), games.size());
        QVERIFY(!rows.isEmpty());
        // A page (ours) is read another way; it must be the same rows.
        const QJsonArray page =
            getArray(QStringLiteral("/api/stats/games?limit=5&offset=3&") + query);
        QCOMPARE(page.size(), std::clamp(int(rows.size()) - 3, 0, 5));
        for (qsizetype i = 0; i < page.size(); ++i)
            QCOMPARE(page[i].toObject(), rows[i + 3].toObject());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows[i].toObject();
            const MyGame &game = games[i];
            QCOMPARE(row[QStringLiteral("id")].toString(),
                     game.detail[QStringLiteral("id")].toString());
            QCOMPARE(row[QStringLiteral("date")].toString(),
                     game.detail[QStringLiteral("date")].toString());
            QCOMPARE(row[QStringLiteral("my_goals")].toInt(), game.mine);
            QCOMPARE(row[QStringLiteral("opp_goals")].toInt(), game.theirs);
            QCOMPARE(row[QStringLiteral("map_name")].toString(),
                     game.detail[QStringLiteral("map_name")].toString());
            QCOMPARE(row[QStringLiteral("overtime")].toBool(),
                     game.detail[QStringLiteral("overtime")].toBool());
            COMPARE_MEANS(row[QStringLiteral("me")], roleMeans({game.me}, false));
            if (oneVersusOne || game.mates.isEmpty())
                QVERIFY(row[QStringLiteral("teammates")].isNull());
            else
                COMPARE_MEANS(row[QStringLiteral("teammates")], roleMeans(game.mates, true));
            COMPARE_MEANS(row[QStringLiteral("opponents")], roleMeans(game.opponents, true));
        }
    }

    // The correlation's points, buckets and line, computed here the seed's way from the details.
    void checkCorrelation(const QString &stat, const QString &role, const QString &group,
                          const QString &key, const QString &query,
                          const std::function<bool(const QJsonObject &)> &keep, bool oneVersusOne)
    {
        struct Point
        {
            double value;
            int diff;
        };
        QList<Point> expected;
        const QList<MyGame> mine = myGames(m_details, keep); // points newest first
        for (const MyGame &game : std::as_const(mine)) {
            const int diff = game.mine - game.theirs;
            if (role == QLatin1String("me")) {
                expected.append({statOf(game.me, group, key), diff});
            } else if (role == QLatin1String("teammates")) {
                if (!oneVersusOne && !game.mates.isEmpty())
                    expected.append({round1(meanOf(game.mates, group, key)), diff});
            } else if (role == QLatin1String("opponents")) {
                expected.append({round1(meanOf(game.opponents, group, key)), diff});
            } else { // teammate:al, one point per appearance
                for (const QJsonObject &mate : game.mates)
                    if (mate[QStringLiteral("name")].toString() == kMate)
                        expected.append({statOf(mate, group, key), diff});
            }
        }
        const Http answer =
            call("GET", url(QStringLiteral("/api/stats/correlation?stat=%1&role=%2&%3")
                                .arg(stat, role, query)));
        QCOMPARE(answer.status, 200);
        const QJsonObject corr = answer.json.object();
        QCOMPARE(corr[QStringLiteral("stat")].toString(), stat);
        QCOMPARE(corr[QStringLiteral("role")].toString(), role);
        QCOMPARE(corr[QStringLiteral("games")].toInt(), int(expected.size()));
        const QJsonArray points = corr[QStringLiteral("points")].toArray();
        QCOMPARE(points.size(), expected.size());
        for (qsizetype i = 0; i < points.size(); ++i) {
            QCOMPARE(points[i][QStringLiteral("stat_value")].toDouble(), expected[i].value);
            QCOMPARE(points[i][QStringLiteral("goal_diff")].toInt(), expected[i].diff);
            QCOMPARE(points[i][QStringLiteral("won")].toBool(), expected[i].diff > 0);
        }

        // Buckets: ten bins between the extremes, the top edge in the last, empty ones left out.
        QJsonArray buckets;
        if (!expected.isEmpty()) {
            double low = expected[0].value, high = low;
            for (const Point &p : expected) {
                low = std::min(low, p.value);
                high = std::max(high, p.value);
            }
            if (high == low)
                high = low + 1;
            const double width = (high - low) / 10;
            for (int i = 0; i < 10; ++i) {
                const double from = low + i * width, to = low + (i + 1) * width;
                int games = 0, wins = 0, losses = 0;
                for (const Point &p : expected) {
                    if ((p.value >= from && p.value < to) || (i == 9 && p.value >= to)) {
                        ++games;
                        wins += p.diff > 0;
                        losses += p.diff < 0;
                    }
                }
                if (games == 0)
                    continue;
                buckets.append(
                    QJsonObject{{QStringLiteral("range_min"), round1(from)},
                                {QStringLiteral("range_max"), round1(to)},
                                {QStringLiteral("label"), wholeRange(from, to)},
                                {QStringLiteral("games"), games},
                                {QStringLiteral("wins"), wins},
                                {QStringLiteral("losses"), losses},
                                {QStringLiteral("draws"), games - wins - losses},
                                {QStringLiteral("win_rate"), round1(100.0 * wins / games)}});
            }
        }
        const QJsonArray actualBuckets = corr[QStringLiteral("buckets")].toArray();
        QCOMPARE(actualBuckets.size(), buckets.size());
        for (qsizetype i = 0; i < buckets.size(); ++i) {
            const QJsonObject want = buckets[i].toObject();
            for (auto it = want.begin(); it != want.end(); ++it)
                QVERIFY2(
                    actualBuckets[i][it.key()] == it.value(),
                    qPrintable(QStringLiteral("bucket %1 %2: %3")
                                   .arg(i)
                                   .arg(it.key(),
                                        QString::fromUtf8(QJsonDocument(actualBuckets[i].toObject())
                                                              .toJson(QJsonDocument::Compact)))));
        }

        // The line from raw sums, as the seed computes it; the answer rounds to 4 decimals.
        const double n = double(expected.size());
        double sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0;
        for (const Point &p : expected) {
            sx += p.value;
            sy += p.diff;
            sxx += p.value * p.value;
            sxy += p.value * p.diff;
            syy += double(p.diff) * p.diff;
        }
        double slope = 0, intercept = 0, r2 = 0;
        if (n >= 2 && n * sxx - sx * sx > 1e-9 * n * sxx) {
            slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
            intercept = (sy - slope * sx) / n;
            const double r =
                (n * sxy - sx * sy) / std::sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
            r2 = r * r;
        } else if (n >= 2) {
            intercept = sy / n;
        }
        const QJsonObject line = corr[QStringLiteral("regression")].toObject();
        QVERIFY2(qAbs(line[QStringLiteral("slope")].toDouble() - slope) < 5.1e-5,
                 qPrintable(QString::number(slope)));
        QVERIFY2(qAbs(line[QStringLiteral("intercept")].toDouble() - intercept) < 5.1e-5,
                 qPrintable(QString::number(intercept)));
        QVERIFY2(qAbs(line[QStringLiteral("r_squared")].toDouble() - r2) < 5.1e-5,
                 qPrintable(QString::number(r2)));
        for (const char *name : {"slope", "intercept", "r_squared"}) // 4 decimals
            QCOMPARE(line[QLatin1String(name)].toDouble(),
                     std::round(line[QLatin1String(name)].toDouble() * 1e4) / 1e4);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_bed = std::make_unique<SyncTestbed>();
        QCOMPARE(m_bed->openError, QString());
        m_details = ReplayGenerator(21).makeDetails(40, m_first, 6 * 3600);
        m_bed->fake.addReplays(m_details);
        m_bed->makeSync(QStringLiteral("gc"));
        const QString error = m_bed->startApi();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSignalSpy finished(m_bed->sync.get(), &SyncManager::finished);
        QCOMPARE(call("POST", url(QStringLiteral("/api/sync"))).status, 202);
        QVERIFY(finished.wait(60000));
    }

    void cleanupTestCase() { m_bed.reset(); }

    void meNeedsAConfig_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addRow("me") << "/api/stats/me";
        QTest::addRow("scoreline") << "/api/stats/scoreline";
        QTest::addRow("games") << "/api/stats/games";
        QTest::addRow("correlation") << "/api/stats/correlation?stat=saves&role=opponents";
    }

    void meNeedsAConfig()
    {
        QFETCH(QString, path);
        const Http me = call("GET", url(path));
        QCOMPARE(me.status, 400);
        QVERIFY(me.json[QStringLiteral("detail")].toString().contains(
            QStringLiteral("PUT /api/players/config")));
    }

    void playersAreListedByCount()
    {
        const QJsonArray players = call("GET", url(QStringLiteral("/api/players"))).json.array();
        QCOMPARE(players.size(), 6);
        QCOMPARE(players.first()[QStringLiteral("count")].toInt(), 40);
        const QJsonObject suggestion =
            call("GET", url(QStringLiteral("/api/players/suggest"))).json.object();
        QCOMPARE(suggestion[QStringLiteral("me")].toArray().size(), 1);
        QVERIFY(!suggestion[QStringLiteral("teammates")].toObject().keys().contains(
            QStringLiteral("*******"))); // masked PSN id
    }

    void rejectedConfigChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("two roles")
            << QByteArray(R"({"me":["QuixMtic"],"teammates":{"q":["quixmtic"]}})") << 422
            << "two roles";
        QTest::addRow("non-string") << QByteArray(R"({"me":[1]})") << 422 << "me[0]";
        QTest::addRow("unknown key")
            << QByteArray(R"({"me":[],"rivals":[]})") << 422 << "unknown key";
        QTest::addRow("empty alias")
            << QByteArray(R"({"teammates":{"":["x"]}})") << 422 << "alias is empty";
        QTest::addRow("malformed") << QByteArray(R"({"me":["x")") << 400 << "not valid JSON";
        QTest::addRow("not an object") << QByteArray(R"(["x"])") << 400 << "JSON object";
    }

    void rejectedConfigChangesNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        const QByteArray before = call("GET", url(QStringLiteral("/api/players/config"))).body;
        const Http put = call("PUT", url(QStringLiteral("/api/players/config")), body);
        QCOMPARE(put.status, status);
        QVERIFY2(put.json[QStringLiteral("detail")].toString().contains(mentions),
                 put.body.constData());
        QCOMPARE(call("GET", url(QStringLiteral("/api/players/config"))).body, before);
    }

    void savedConfigDrivesEveryStatsRoute()
    {
        const QByteArray config = R"({"me":["QuixMtic"],"teammates":{"al":["al dente2245"]}})";
        const Http put = call("PUT", url(QStringLiteral("/api/players/config")), config);
        QCOMPARE(put.status, 200);
        QCOMPARE(put.json[QStringLiteral("message")].toString(), QStringLiteral("Config saved"));

        const QJsonObject me = call("GET", url(QStringLiteral("/api/stats/me"))).json.object();
        QCOMPARE(me[QStringLiteral("name")].toString(), QStringLiteral("me"));
        QCOMPARE(me[QStringLiteral("role")].toString(), QStringLiteral("me"));
        const QJsonObject stats = me[QStringLiteral("stats")].toObject();
        const Expected e = expectedFor(m_details, kMe);
        QCOMPARE(stats[QStringLiteral("games")].toInt(), e.games);
        QCOMPARE(stats[QStringLiteral("wins")].toInt(), e.wins);
        QCOMPARE(stats[QStringLiteral("losses")].toInt(), e.losses);
        QCOMPARE(stats[QStringLiteral("win_rate")].toDouble(), 100.0 * e.wins / e.games);
        QCOMPARE(stats[QStringLiteral("core")][QStringLiteral("goals")].toDouble(), e.goals);
        QCOMPARE(stats[QStringLiteral("core")][QStringLiteral("saves")].toDouble(), e.saves);
        // The seed's rounding of the per-game means and the shooting percentage (1 decimal);
        // full precision in per_game.
        QCOMPARE(stats[QStringLiteral("core")][QStringLiteral("shooting_percentage")].toDouble(),
                 round1(100.0 * e.goals / e.shots));
        QCOMPARE(stats[QStringLiteral("boost")][QStringLiteral("bpm")].toDouble(),
                 round1(e.bpmSum / e.games));
        QVERIFY(
            qAbs(stats[QStringLiteral("per_game")][QStringLiteral("boost")][QStringLiteral("bpm")]
                     .toDouble() -
                 e.bpmSum / e.games) < 1e-9);
        QCOMPARE(stats[QStringLiteral("per_game")][QStringLiteral("core")]
                      [QStringLiteral("shooting_percentage")]
                          .toDouble(),
                 100.0 * e.goals / e.shots);
        const auto myMean = [this](const char *group, const char *key) {
            double sum = 0;
            const QList<MyGame> games = myGames(m_details);
            for (const MyGame &game : games)
                sum += statOf(game.me, QLatin1String(group), QLatin1String(key));
            return sum / double(games.size());
        };
        int unroundedMeans = 0; // else this would not test the rounding
        for (const auto &[group, key] : {std::pair{"core", "score"},
                                         {"boost", "bcpm"},
                                         {"boost", "avg_amount"},
                                         {"boost", "percent_zero_boost"},
                                         {"boost", "percent_full_boost"},
                                         {"movement", "avg_speed"},
                                         {"positioning", "avg_distance_to_ball"},
                                         {"positioning", "avg_distance_to_ball_possession"},
                                         {"positioning", "avg_distance_to_ball_no_possession"}}) {
            const double shown = stats[QLatin1String(group)][QLatin1String(key)].toDouble();
            QVERIFY2(qFuzzyCompare(shown, round1(myMean(group, key))), key);
            unroundedMeans += shown != myMean(group, key);
        }
        QVERIFY(unroundedMeans >= 5);
        QVERIFY(qAbs(stats[QStringLiteral("movement")][QStringLiteral("time_supersonic_speed")]
                         .toDouble() -
                     e.supersonic) < 1e-6);
        QVERIFY(
            qAbs(stats[QStringLiteral("per_game")][QStringLiteral("core")][QStringLiteral("goals")]
                     .toDouble() -
                 e.goals / e.games) < 1e-9);
        for (const char *group : {"core", "boost", "movement", "positioning", "demo"})
            QVERIFY2(stats.contains(QLatin1String(group)), group);

        const QJsonArray mates =
            call("GET", url(QStringLiteral("/api/stats/teammates"))).json.array();
        QCOMPARE(mates.size(), 2);
        QCOMPARE(mates[0][QStringLiteral("name")].toString(), QStringLiteral("al"));
        QCOMPARE(mates[0][QStringLiteral("role")].toString(), QStringLiteral("teammate:al"));
        QCOMPARE(mates[0][QStringLiteral("stats")][QStringLiteral("games")].toInt(),
                 expectedFor(m_details, kMate).games);
        QCOMPARE(mates[1][QStringLiteral("role")].toString(), QStringLiteral("anon_teammate"));
        QCOMPARE(mates[1][QStringLiteral("stats")][QStringLiteral("games")].toInt(),
                 40); // the masked PSN player

        const QJsonObject opponents =
            call("GET", url(QStringLiteral("/api/stats/opponents"))).json.object();
        QCOMPARE(opponents[QStringLiteral("stats")][QStringLiteral("games")].toInt(),
                 3 * 40); // one per appearance

        const QJsonArray replays =
            call("GET", url(QStringLiteral("/api/stats/replays?limit=3"))).json.array();
        QCOMPARE(replays.size(), 3);
        QCOMPARE(replays[0][QStringLiteral("id")].toString(),
                 m_details.last()[QStringLiteral("id")].toString());
        QCOMPARE(replays[0][QStringLiteral("my_team")].toString(), QStringLiteral("blue"));
        QCOMPARE(replays[0][QStringLiteral("players")].toArray().size(), 6);
        QStringList roles;
        for (const QJsonValue player : replays[0][QStringLiteral("players")].toArray())
            roles << player[QStringLiteral("role")].toString();
        roles.sort();
        QCOMPARE(roles, QStringList({"anon_opponent", "anon_opponent", "anon_opponent",
                                     "anon_teammate", "me", "teammate:al"}));
    }

    void scorelineRows_data() { analysisFilters(); }

    void scorelineRows()
    {
        QFETCH(QString, query);
        QFETCH(int, teamSize);
        QFETCH(int, minDuration);
        checkScorelines(query, keepGames(teamSize, minDuration), teamSize == 1);
    }

    void gameRows_data() { analysisFilters(); }

    void gameRows()
    {
        QFETCH(QString, query);
        QFETCH(int, teamSize);
        QFETCH(int, minDuration);
        checkGameRows(query, keepGames(teamSize, minDuration), teamSize == 1);
    }

    void correlationAnswers_data()
    {
        QTest::addColumn<QString>("stat");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("key");
        // The seed's names (what its stat picker sends), its sides, and ours.
        QTest::addRow("saves, me") << "saves"
                                   << "me"
                                   << "core"
                                   << "saves";
        QTest::addRow("time_supersonic, me") << "time_supersonic"
                                             << "me"
                                             << "movement"
                                             << "time_supersonic_speed";
        QTest::addRow("avg_boost_amount, teammates") << "avg_boost_amount"
                                                     << "teammates"
                                                     << "boost"
                                                     << "avg_amount";
        QTest::addRow("shooting_pct, teammates") << "shooting_pct"
                                                 << "teammates"
                                                 << "core"
                                                 << "shooting_percentage";
        QTest::addRow("percent_behind_ball, opponents") << "percent_behind_ball"
                                                        << "opponents"
                                                        << "positioning"
                                                        << "percent_behind_ball";
        QTest::addRow("demos_taken, opponents") << "demos_taken"
                                                << "opponents"
                                                << "demo"
                                                << "taken";
        QTest::addRow("ours: core.saves, me") << "core.saves"
                                              << "me"
                                              << "core"
                                              << "saves";
        QTest::addRow("ours: boost.bpm, teammate:al") << "boost.bpm"
                                                      << "teammate:al"
                                                      << "boost"
                                                      << "bpm";
    }

    void correlationAnswers()
    {
        QFETCH(QString, stat);
        QFETCH(QString, role);
        QFETCH(QString, group);
        QFETCH(QString, key);
        checkCorrelation(stat, role, group, key, QString(), {}, false);
    }

    void trendAndLineups()
    {
        QVERIFY(call("PUT", url(QStringLiteral("/api/players/config")),
                     R"({"me":["QuixMtic"],"teammates":{"al":["al dente2245"]}})")
                    .status == 200);
        const Expected e = expectedFor(m_details, kMe);

        const QJsonObject monthly =
            call("GET", url(QStringLiteral(
                            "/api/stats/trend?stat=boost.bpm&role=teammate:al&bucket=month")))
                .json.object();
        int trendGames = 0;
        for (const QJsonValue point : monthly[QStringLiteral("points")].toArray())
            trendGames += point[QStringLiteral("games")].toInt();
        QCOMPARE(trendGames, 40);
        QVERIFY(call("GET", url(QStringLiteral("/api/stats/trend?stat=bpm")))
                    .json[QStringLiteral("points")]
                    .toArray()
                    .size() >= 2); // weeks

        const QJsonArray lineupRows =
            call("GET", url(QStringLiteral("/api/stats/lineups"))).json.array();
        QCOMPARE(lineupRows.size(), 1);
        QCOMPARE(lineupRows[0][QStringLiteral("teammates")].toArray(),
                 QJsonArray{QStringLiteral("al")});
        QCOMPARE(lineupRows[0][QStringLiteral("games")].toInt(), 40);
        QCOMPARE(lineupRows[0][QStringLiteral("wins")].toInt(), e.wins);
    }

    void answersFollowEveryConfigChange()
    {
        const auto teammates = [this] {
            return call("GET", url(QStringLiteral("/api/stats/teammates"))).json.array().size();
        };
        QCOMPARE(call("PUT", url(QStringLiteral("/api/players/config")),
                      R"({"me":["QuixMtic"],"teammates":{"al":["al dente2245"]}})")
                     .status,
                 200);
        QCOMPARE(teammates(), 2);
        QCOMPARE(teammates(), 2); // a cached answer
        QCOMPARE(call("PUT", url(QStringLiteral("/api/players/config")),
                      R"({"me":["QuixMtic"],"teammates":{}})")
                     .status,
                 200);
        QCOMPARE(teammates(), 1); // not the cached one
        const int meGames = call("GET", url(QStringLiteral("/api/stats/me")))
                                .json[QStringLiteral("stats")][QStringLiteral("games")]
                                .toInt();
        QCOMPARE(
            call("PUT", url(QStringLiteral("/api/players/config")), R"({"me":["Maurice6008"]})")
                .status,
            200);
        const QJsonObject maurice = call("GET", url(QStringLiteral("/api/stats/me"))).json.object();
        QCOMPARE(maurice[QStringLiteral("stats")][QStringLiteral("games")].toInt(),
                 meGames); // same count, other player
        QCOMPARE(call("GET", url(QStringLiteral("/api/stats/replays?limit=1")))
                     .json.array()
                     .first()[QStringLiteral("my_team")]
                     .toString(),
                 QStringLiteral("orange"));
    }

    void badAnalysisParameters_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("no stat") << "/api/stats/correlation"
                                 << "stat is required";
        QTest::addRow("unknown stat") << "/api/stats/correlation?stat=core.elo"
                                      << "not a stat";
        QTest::addRow("unknown role")
            << "/api/stats/correlation?stat=core.saves&role=teammate:nobody"
            << "not a role";
        QTest::addRow("roles listed") << "/api/stats/correlation?stat=saves&role=mates"
                                      << "me, teammates, opponents, anon_teammate";
        QTest::addRow("seed's stats listed")
            << "/api/stats/correlation?stat=goals_per_shot&role=me"
            << "amount_stolen, avg_boost_amount, avg_distance_to_ball, avg_speed, bpm, "
               "demos_inflicted, demos_taken, percent_behind_ball, percent_full_boost, "
               "percent_zero_boost, saves, score, shooting_pct, shots, time_defensive_third, "
               "time_offensive_third, time_slow_speed, time_supersonic";
        QTest::addRow("bucket") << "/api/stats/trend?stat=core.saves&bucket=day"
                                << "week or month";
        QTest::addRow("games limit") << "/api/stats/games?limit=0"
                                     << "limit";
    }

    void badAnalysisParameters()
    {
        QFETCH(QString, path);
        QFETCH(QString, mentions);
        const Http result = call("GET", url(path));
        QCOMPARE(result.status, 400);
        QVERIFY2(result.json[QStringLiteral("detail")].toString().contains(mentions),
                 result.body.constData());
    }

    void filters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("games");
        const auto count = [this](const std::function<bool(const QJsonObject &)> &keep) {
            return expectedFor(m_details, kMe, keep).games;
        };
        const qint64 cut = m_first.addDays(5).toMSecsSinceEpoch();
        QTest::addRow("min-duration") << "min-duration=360" << count([](const QJsonObject &d) {
            return d[QStringLiteral("duration")].toInt() >= 360;
        });
        QTest::addRow("date after (RFC 3339)")
            << QStringLiteral("replay-date-after=") + QString::fromLatin1(QUrl::toPercentEncoding(
                                                          m_first.addDays(5).toString(Qt::ISODate)))
            << count([cut](const QJsonObject &d) {
                   return QDateTime::fromString(d[QStringLiteral("date")].toString(), Qt::ISODate)
                              .toMSecsSinceEpoch() >= cut;
               });
        QTest::addRow("playlist display name with +") << "playlist=Unranked+Standard" << 40;
        QTest::addRow("playlist id repeated")
            << "playlist=ranked-doubles&playlist=unranked-standard" << 40;
        QTest::addRow("other playlist") << "playlist=ranked-duels" << 0;
        QTest::addRow("team size") << "team-size=3" << 40;
        QTest::addRow("other team size") << "team-size=2" << 0;
        bool someMapsDiffer = true; // else a map filter that ignored the map would pass
        const auto onMap = [&count, &someMapsDiffer](const char *field, const char *value) {
            const int games = count([field, value](const QJsonObject &d) {
                return d[QLatin1String(field)].toString() == QLatin1String(value);
            });
            someMapsDiffer = someMapsDiffer && games > 0 && games < 40;
            return games;
        };
        QTest::addRow("map by name")
            << "map=Neo+Tokyo+(Arcade)" << onMap("map_name", "Neo Tokyo (Arcade)");
        QTest::addRow("map by name, any case") << "map=mannfield" << onMap("map_name", "Mannfield");
        QTest::addRow("map by code") << "map=stadium_p" << onMap("map_code", "stadium_p");
        QTest::addRow("unknown map") << "map=Nowhere" << 0;
        QVERIFY(someMapsDiffer);
        QTest::addRow("exclude ties") << "exclude-ties=true" << 40;
    }

    void filters()
    {
        QFETCH(QString, query);
        QFETCH(int, games);
        const Http me = call("GET", url(QStringLiteral("/api/stats/me?") + query));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json[QStringLiteral("stats")][QStringLiteral("games")].toInt(), games);
    }

    void badFilterValues_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("date") << "replay-date-after=last+week"
                              << "replay-date-after";
        QTest::addRow("team size") << "team-size=5"
                                   << "team-size";
        QTest::addRow("team size text") << "team-size=two"
                                        << "team-size";
        QTest::addRow("min duration") << "min-duration=-1"
                                      << "min-duration";
        QTest::addRow("exclude ties") << "exclude-ties=perhaps"
                                      << "exclude-ties";
        QTest::addRow("reversed dates")
            << "replay-date-after=2025-05-01&replay-date-before=2025-04-01"
            << "later than";
    }

    void badFilterValues()
    {
        QFETCH(QString, query);
        QFETCH(QString, mentions);
        for (const char *route : {"/api/stats/me", "/api/stats/teammates", "/api/stats/opponents",
                                  "/api/stats/replays"}) {
            const Http result = call("GET", url(QLatin1String(route) + QLatin1Char('?') + query));
            QCOMPARE(result.status, 400);
            QVERIFY2(result.json[QStringLiteral("detail")].toString().contains(mentions),
                     result.body.constData());
        }
    }

    // Last, as it adds games: 1v1 games (team size 1, one player a side) beside the 3v3 ones.
    void oneVersusOne()
    {
        QList<QJsonObject> duels =
            ReplayGenerator(22).makeDetails(12, m_first.addDays(20), 5 * 3600);
        for (QJsonObject &detail : duels) {
            detail.insert(QStringLiteral("team_size"), 1);
            detail.insert(QStringLiteral("playlist_id"), QStringLiteral("ranked-duels"));
            detail.insert(QStringLiteral("playlist_name"), QStringLiteral("Ranked Duels"));
            for (const char *color : {"blue", "orange"}) {
                QJsonObject team = detail[QLatin1String(color)].toObject();
                QJsonArray kept;
                for (const QJsonValue player : team[QStringLiteral("players")].toArray())
                    if (kept.isEmpty() && (QLatin1String(color) == QLatin1String("orange") ||
                                           player[QStringLiteral("name")].toString() == kMe))
                        kept.append(player);
                team.insert(QStringLiteral("players"), kept);
                detail.insert(QLatin1String(color), team);
            }
        }
        m_bed->fake.addReplays(duels);
        m_details << duels;
        QSignalSpy finished(m_bed->sync.get(), &SyncManager::finished);
        QCOMPARE(call("POST", url(QStringLiteral("/api/sync?force=true"))).status, 202);
        QVERIFY(finished.wait(60000));
        // The test bed has no after-sync hook (the app rebuilds roles there); saving the config
        // rebuilds them too.
        QVERIFY(call("PUT", url(QStringLiteral("/api/players/config")),
                     R"({"me":["QuixMtic"],"teammates":{"al":["al dente2245"]}})")
                    .status == 200);
        QCOMPARE(call("GET", url(QStringLiteral("/api/stats/me")))
                     .json[QStringLiteral("stats")][QStringLiteral("games")]
                     .toInt(),
                 40 + 12);

        const auto duelsOnly = keepGames(1, 0);
        checkScorelines(QStringLiteral("team-size=1"), duelsOnly, true);
        checkGameRows(QStringLiteral("team-size=1"), duelsOnly, true);
        // Without the filter a duel's row has no teammates; the scoreline's do have theirs
        // (means over the 3v3 games of that score, 0 where only duels had it).
        checkGameRows(QString(), keepGames(0, 0), false);
        checkScorelines(QString(), keepGames(0, 0), false);
        for (const char *role : {"me", "teammates", "opponents"}) {
            checkCorrelation(QStringLiteral("avg_speed"), QLatin1String(role),
                             QStringLiteral("movement"), QStringLiteral("avg_speed"),
                             QStringLiteral("team-size=1"), duelsOnly, true);
            checkCorrelation(QStringLiteral("shots"), QLatin1String(role), QStringLiteral("core"),
                             QStringLiteral("shots"), QString(), keepGames(0, 0), false);
        }
        const QJsonObject mates =
            call("GET",
                 url(QStringLiteral("/api/stats/correlation?stat=bpm&role=teammates&team-size=1")))
                .json.object();
        QCOMPARE(mates[QStringLiteral("games")].toInt(), 0);
        QVERIFY(mates[QStringLiteral("buckets")].toArray().isEmpty());
        QCOMPARE(mates[QStringLiteral("regression")][QStringLiteral("slope")].toDouble(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestStats)
#include "tst_stats.moc"
