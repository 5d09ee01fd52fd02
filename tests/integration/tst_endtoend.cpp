// The whole pipeline on replays of every real shape (fakes/matchhistory.h: bots replacing
// leavers, masked PSN ids, players and a team without stats, training without a playlist,
// forfeits, overtime, substitutions, my renamed account, replays without me, a stranger with my
// name): synced through POST /api/sync from the fake, the config saved with PUT, then every
// player's role and the aggregates checked against the truth the generator kept about each
// game — computed here from the details the fake served, not by our resolver.

#include "fakes/matchhistory.h"
#include "support/httpcall.h"
#include "support/synctestbed.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace bcs;
using namespace bcs::test;

namespace {

struct Tally
{
    int games = 0, wins = 0, losses = 0, ties = 0;
    qint64 goals = 0, saves = 0, shots = 0, demos = 0;
};

void count(Tally &tally, const QJsonObject &player, int mine, int theirs)
{
    ++tally.games;
    tally.wins += mine > theirs;
    tally.losses += mine < theirs;
    tally.ties += mine == theirs;
    const QJsonObject stats = player.value(QStringLiteral("stats")).toObject();
    const QJsonObject core = stats.value(QStringLiteral("core")).toObject();
    tally.goals += core.value(QStringLiteral("goals")).toInt();
    tally.saves += core.value(QStringLiteral("saves")).toInt();
    tally.shots += core.value(QStringLiteral("shots")).toInt();
    tally.demos +=
        stats.value(QStringLiteral("demo")).toObject().value(QStringLiteral("inflicted")).toInt();
}

// The role a row must get, from who it really is.
QString expectedRole(const GeneratedGame &game, const QString &team, const QString &truth)
{
    if (game.myTeam.isEmpty())
        return QStringLiteral("unknown");
    if (team != game.myTeam)
        return QStringLiteral("anon_opponent");
    if (truth == QLatin1String("me") || truth.startsWith(QLatin1String("teammate:")))
        return truth;
    return QStringLiteral("anon_teammate");
}

void compareTally(const QJsonObject &stats, const Tally &expected, const char *who)
{
    const QJsonObject core = stats.value(QStringLiteral("core")).toObject();
    const auto check = [who](qint64 actual, qint64 wanted, const char *what) {
        if (actual != wanted)
            QTest::qFail(qPrintable(QStringLiteral("%1 %2: %3, expected %4")
                                        .arg(QLatin1String(who), QLatin1String(what))
                                        .arg(actual)
                                        .arg(wanted)),
                         __FILE__, __LINE__);
        return actual == wanted;
    };
    check(stats.value(QStringLiteral("games")).toInt(), expected.games, "games") &&
        check(stats.value(QStringLiteral("wins")).toInt(), expected.wins, "wins") &&
        check(stats.value(QStringLiteral("losses")).toInt(), expected.losses, "losses") &&
        check(stats.value(QStringLiteral("ties")).toInt(), expected.ties, "ties") &&
        check(core.value(QStringLiteral("goals")).toInt(), expected.goals, "goals") &&
        check(core.value(QStringLiteral("saves")).toInt(), expected.saves, "saves") &&
        check(core.value(QStringLiteral("shots")).toInt(), expected.shots, "shots") &&
        check(stats.value(QStringLiteral("demo"))
                  .toObject()
                  .value(QStringLiteral("inflicted"))
                  .toInt(),
              expected.demos, "demos");
}

} // namespace

class TestEndToEnd : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncTestbed> m_bed;
    QList<GeneratedGame> m_games;

    QUrl url(const QString &path) const { return m_bed->apiUrl(path); }

private Q_SLOTS:
    void initTestCase()
    {
        m_bed = std::make_unique<SyncTestbed>();
        QCOMPARE(m_bed->openError, QString());
        m_games = MatchHistory(5).games(
            360, QDateTime(QDate(2025, 1, 6), QTime(18, 0), QTimeZone::utc()), 5 * 3600);
        m_bed->fake.addReplays(MatchHistory::details(m_games));
        m_bed->makeSync(QStringLiteral("gc"));
        QCOMPARE(m_bed->startApi(), QString());
    }

    void cleanupTestCase() { m_bed.reset(); }

    void theGeneratedHistoryHasEveryShape()
    {
        int bots = 0, nameless = 0, masked = 0, withoutMe = 0, impostor = 0, training = 0,
            forfeitTies = 0, overtime = 0, noStats = 0, teamNoStats = 0, renamed = 0;
        for (const GeneratedGame &game : std::as_const(m_games)) {
            const QJsonObject &d = game.detail;
            training += !d.contains(QStringLiteral("playlist_id"));
            withoutMe += game.myTeam.isEmpty() && d.contains(QStringLiteral("playlist_id"));
            overtime += d.value(QStringLiteral("overtime")).toBool();
            forfeitTies += !game.myTeam.isEmpty() && game.goals[0] == game.goals[1];
            bool bot = false;
            for (const char *color : {"blue", "orange"}) {
                const QJsonObject team = d.value(QLatin1String(color)).toObject();
                teamNoStats += !team.contains(QStringLiteral("stats")) &&
                               team.contains(QStringLiteral("players"));
                for (const QJsonValue value : team.value(QStringLiteral("players")).toArray()) {
                    const QJsonObject p = value.toObject();
                    const QJsonObject id = p.value(QStringLiteral("id")).toObject();
                    bot = bot || id.isEmpty();
                    masked +=
                        id.value(QStringLiteral("id")).toString() == QLatin1String("************");
                    noStats += !p.contains(QStringLiteral("stats"));
                    nameless += !p.contains(QStringLiteral("name"));
                    impostor +=
                        p.value(QStringLiteral("name")).toString() == QLatin1String("Haze") &&
                        id.value(QStringLiteral("platform")).toString() == QLatin1String("xbox");
                    renamed += p.value(QStringLiteral("name")).toString() == QLatin1String("Hazey");
                }
            }
            bots += bot;
        }
        qInfo("%lld games: %d with a bot, %d masked ids, %d without me, %d impostor rows, "
              "%d training, %d tied forfeits, %d overtime, %d rows and %d teams without stats, "
              "%d as Hazey, %d without a name",
              qlonglong(m_games.size()), bots, masked, withoutMe, impostor, training, forfeitTies,
              overtime, noStats, teamNoStats, renamed, nameless);
        // About one game in twelve has a bot (real casual data); every other shape is present.
        QVERIFY(bots >= 15 && bots <= 45);
        for (int shape : {nameless, masked, withoutMe, impostor, training, forfeitTies, overtime,
                          noStats, teamNoStats, renamed})
            QVERIFY(shape > 0);
    }

    void syncThenConfigThenStatsMatchTheTruth()
    {
        const HttpResult started = httpCall("POST", url(QStringLiteral("/api/sync")));
        QCOMPARE(started.status, 202);
        QTRY_VERIFY_WITH_TIMEOUT(!m_bed->sync->status().running, 120000);
        const QJsonObject status =
            httpCall("GET", url(QStringLiteral("/api/sync/status"))).json.object();
        QCOMPARE(status.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(status.value(QStringLiteral("replays_fetched")).toInt(), int(m_games.size()));
        QCOMPARE(status.value(QStringLiteral("replays_failed")).toInt(), 0);
        QCOMPARE(status.value(QStringLiteral("failures")).toArray().size(), 0);

        const QByteArray config =
            QJsonDocument(MatchHistory::playerConfig()).toJson(QJsonDocument::Compact);
        QCOMPARE(httpCall("PUT", url(QStringLiteral("/api/players/config")), config).status, 200);

        // Every player's role in every replay.
        const QJsonArray replays =
            httpCall("GET", url(QStringLiteral("/api/stats/replays?limit=1000"))).json.array();
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue value : replays)
            byId.insert(value[QStringLiteral("id")].toString(), value.toObject());
        int rowsChecked = 0;
        QHash<QString, Tally> expected;
        for (const GeneratedGame &game : std::as_const(m_games)) {
            const QString id = game.detail.value(QStringLiteral("id")).toString();
            QVERIFY2(byId.contains(id), qPrintable(id));
            const QJsonObject replay = byId.value(id);
            QCOMPARE(replay.value(QStringLiteral("blue_goals")).toInt(), game.goals[0]);
            QCOMPARE(replay.value(QStringLiteral("orange_goals")).toInt(), game.goals[1]);
            const QJsonArray players = replay.value(QStringLiteral("players")).toArray();
            int index = 0;
            for (const char *color : {"blue", "orange"}) {
                const QString team = QLatin1String(color);
                const QJsonArray served =
                    game.detail.value(team).toObject().value(QStringLiteral("players")).toArray();
                for (qsizetype slot = 0; slot < served.size(); ++slot) {
                    const QString truth =
                        game.truth.value(QStringLiteral("%1:%2").arg(team).arg(slot));
                    const QString role = expectedRole(game, team, truth);
                    const QJsonObject row = players.at(index++).toObject();
                    QCOMPARE(row.value(QStringLiteral("team")).toString(), team);
                    QCOMPARE(row.value(QStringLiteral("name")).toString(),
                             served.at(slot)[QStringLiteral("name")].toString());
                    QCOMPARE(row.value(QStringLiteral("role")).toString(), role);
                    ++rowsChecked;
                    if (role == QLatin1String("unknown"))
                        continue;
                    const int blue = game.goals[0], orange = game.goals[1];
                    const bool onBlue = team == QLatin1String("blue");
                    count(expected[role], served.at(slot).toObject(), onBlue ? blue : orange,
                          onBlue ? orange : blue);
                }
            }
            QCOMPARE(index, players.size());
        }
        qInfo("%d player rows in %lld replays checked", rowsChecked, qlonglong(m_games.size()));

        compareTally(httpCall("GET", url(QStringLiteral("/api/stats/me")))
                         .json[QStringLiteral("stats")]
                         .toObject(),
                     expected.value(QStringLiteral("me")), "me");
        compareTally(httpCall("GET", url(QStringLiteral("/api/stats/opponents")))
                         .json[QStringLiteral("stats")]
                         .toObject(),
                     expected.value(QStringLiteral("anon_opponent")), "opponents");
        const QJsonArray mates =
            httpCall("GET", url(QStringLiteral("/api/stats/teammates"))).json.array();
        QCOMPARE(mates.size(), 4); // alice, bob, carl, then the anonymous ones
        for (const QJsonValue mate : mates) {
            const QString role = mate[QStringLiteral("role")].toString();
            compareTally(mate[QStringLiteral("stats")].toObject(), expected.value(role),
                         qPrintable(role));
        }
    }
};

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
