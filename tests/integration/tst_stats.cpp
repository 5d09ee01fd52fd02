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

} // namespace

class TestStats : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SyncTestbed> m_bed;
    QList<QJsonObject> m_details;
    QDateTime m_first = QDateTime(QDate(2025, 4, 1), QTime(19, 0), QTimeZone::utc());

    QUrl url(const QString &path) const { return QUrl(m_bed->server->url() + path); }

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

    void meNeedsAConfig()
    {
        const Http me = call("GET", url(QStringLiteral("/api/stats/me")));
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
        QCOMPARE(stats[QStringLiteral("core")][QStringLiteral("shooting_percentage")].toDouble(),
                 100.0 * e.goals / e.shots);
        QVERIFY(qAbs(stats[QStringLiteral("boost")][QStringLiteral("bpm")].toDouble() -
                     e.bpmSum / e.games) < 1e-6);
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

    void analyses()
    {
        QVERIFY(call("PUT", url(QStringLiteral("/api/players/config")),
                     R"({"me":["QuixMtic"],"teammates":{"al":["al dente2245"]}})")
                    .status == 200);
        const Expected e = expectedFor(m_details, kMe);

        int scorelineGames = 0;
        for (const QJsonValue row :
             call("GET", url(QStringLiteral("/api/stats/scoreline"))).json.array())
            scorelineGames += row[QStringLiteral("games")].toInt();
        QCOMPARE(scorelineGames, 40);

        const QJsonArray gameRows =
            call("GET", url(QStringLiteral("/api/stats/games?limit=100"))).json.array();
        QCOMPARE(gameRows.size(), 40);
        int wins = 0;
        for (const QJsonValue row : gameRows)
            wins += row[QStringLiteral("result")].toString() == QLatin1String("win");
        QCOMPARE(wins, e.wins);

        // Least squares of goal difference on saves, computed here from the JSON.
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int n = 0;
        for (const QJsonObject &detail : m_details) {
            const QJsonObject blue = detail[QStringLiteral("blue")].toObject();
            const int diff =
                blue[QStringLiteral("stats")][QStringLiteral("core")][QStringLiteral("goals")]
                    .toInt() -
                detail[QStringLiteral("orange")][QStringLiteral("stats")][QStringLiteral("core")]
                      [QStringLiteral("goals")]
                          .toInt();
            for (const QJsonValue player : blue[QStringLiteral("players")].toArray()) {
                if (player[QStringLiteral("name")].toString() != kMe)
                    continue;
                const double saves =
                    player[QStringLiteral("stats")][QStringLiteral("core")][QStringLiteral("saves")]
                        .toDouble();
                sx += saves;
                sy += diff;
                sxx += saves * saves;
                sxy += saves * diff;
                ++n;
            }
        }
        const double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        const QJsonObject corr =
            call("GET", url(QStringLiteral("/api/stats/correlation?stat=core.saves&role=me")))
                .json.object();
        QCOMPARE(corr[QStringLiteral("games")].toInt(), n);
        QVERIFY(qAbs(corr[QStringLiteral("regression")][QStringLiteral("slope")].toDouble() -
                     slope) < 1e-9);
        const double r2 =
            corr[QStringLiteral("regression")][QStringLiteral("r_squared")].toDouble();
        QVERIFY(r2 >= 0 && r2 <= 1);
        int bucketGames = 0;
        for (const QJsonValue bucket : corr[QStringLiteral("buckets")].toArray())
            bucketGames += bucket[QStringLiteral("games")].toInt();
        QCOMPARE(bucketGames, n);

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
};

QTEST_GUILESS_MAIN(TestStats)
#include "tst_stats.moc"
