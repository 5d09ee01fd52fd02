// What a frontend written for the seed's FastAPI server does, in its order, against our server:
// start a sync with query parameters (no body, no Content-Type), poll its status, read the
// history, list players, save a config, read every stats route and analysis with playlist
// display names as filters, the replays, one replay's detail and the maps. Every answer is
// checked against the OpenAPI document's schema for it (so the document is checked too), and
// the fields DESIGN.md §7 names are checked by name and type. The document must list exactly the
// routes the server has.

#include "api/apiserver.h"
#include "fakes/replaygenerator.h"
#include "support/httpcall.h"
#include "support/openapischema.h"
#include "support/synctestbed.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace bcs;
using namespace bcs::test;

class TestFrontendFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncTestbed> m_bed;
    QList<QJsonObject> m_details;
    std::unique_ptr<OpenApiSchema> m_schema;

    // Calls, checks the status and the OpenAPI schema of that answer, returns the JSON.
    QJsonValue call(const QByteArray &method, const QString &route, const QString &query = {},
                    int status = 200, const QByteArray &body = {})
    {
        const HttpResult answer =
            httpCall(method,
                     QUrl(m_bed->server->url() + route +
                          (query.isEmpty() ? QString() : QLatin1Char('?') + query)),
                     body);
        const QString what =
            QString::fromLatin1(method) + QLatin1Char(' ') + route + QLatin1Char('?') + query;
        if (answer.status != status) {
            qWarning("%s answered %d: %s", qPrintable(what), answer.status,
                     answer.body.left(300).constData());
            return QJsonValue(QJsonValue::Undefined);
        }
        const QJsonValue json = answer.json.isArray() ? QJsonValue(answer.json.array())
                                                      : QJsonValue(answer.json.object());
        QString pattern = route;
        if (route.startsWith(QLatin1String("/api/replays/")))
            pattern = QStringLiteral("/api/replays/{id}");
        const QJsonObject schema =
            m_schema->responseSchema(QString::fromLatin1(method).toLower(), pattern, status);
        if (schema.isEmpty())
            qWarning("%s: no schema for %d in the OpenAPI document", qPrintable(what), status);
        const QStringList problems = m_schema->validate(json, schema);
        if (!problems.isEmpty())
            qWarning("%s does not match its schema:\n  %s", qPrintable(what),
                     qPrintable(problems.mid(0, 10).join(QStringLiteral("\n  "))));
        return problems.isEmpty() && !schema.isEmpty() ? json : QJsonValue(QJsonValue::Undefined);
    }

    static bool isNumber(const QJsonValue &value) { return value.isDouble(); }

    static void checkAggregated(const QJsonObject &stats)
    {
        for (const char *key : {"games", "wins", "losses", "ties", "win_rate"})
            QVERIFY2(isNumber(stats[QLatin1String(key)]), key);
        const QJsonObject core = stats[QStringLiteral("core")].toObject();
        for (const char *key : {"shots", "shots_against", "goals", "goals_against", "saves",
                                "assists", "score", "shooting_percentage"})
            QVERIFY2(isNumber(core[QLatin1String(key)]), key);
        for (const auto &[group, key] : {std::pair{"boost", "bpm"},
                                         {"boost", "bcpm"},
                                         {"boost", "avg_amount"},
                                         {"boost", "percent_zero_boost"},
                                         {"boost", "percent_full_boost"},
                                         {"movement", "avg_speed"},
                                         {"positioning", "avg_distance_to_ball"},
                                         {"demo", "inflicted"},
                                         {"demo", "taken"}})
            QVERIFY2(isNumber(stats[QLatin1String(group)][QLatin1String(key)]), key);
        QVERIFY(stats[QStringLiteral("per_game")].isObject());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_bed = std::make_unique<SyncTestbed>();
        QCOMPARE(m_bed->openError, QString());
        m_details = ReplayGenerator(21).makeDetails(
            24, QDateTime(QDate(2025, 5, 2), QTime(19, 0), QTimeZone::utc()), 5400);
        m_bed->fake.addReplays(m_details);
        m_bed->makeSync(QStringLiteral("gc"));
        const QString error = m_bed->startApi();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const HttpResult document =
            httpCall("GET", QUrl(m_bed->server->url() + QStringLiteral("/api/openapi.json")));
        QCOMPARE(document.status, 200);
        QVERIFY(document.json.isObject());
        m_schema = std::make_unique<OpenApiSchema>(document.json.object());
    }

    void cleanupTestCase() { m_bed.reset(); }

    void openApiDocumentListsExactlyTheRoutes()
    {
        const HttpResult document =
            httpCall("GET", QUrl(m_bed->server->url() + QStringLiteral("/api/openapi.json")));
        const QJsonObject root = document.json.object();
        QVERIFY(root[QStringLiteral("openapi")].toString().startsWith(QLatin1String("3.")));
        QVERIFY(!root[QStringLiteral("info")][QStringLiteral("version")].toString().isEmpty());
        QSet<QString> documented;
        const QJsonObject paths = root[QStringLiteral("paths")].toObject();
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject operations = path.value().toObject();
            for (auto op = operations.begin(); op != operations.end(); ++op) {
                documented << op.key().toUpper() + QLatin1Char(' ') + path.key();
                const QJsonObject responses = op.value()[QStringLiteral("responses")].toObject();
                QVERIFY2(responses.contains(QStringLiteral("200")) ||
                             responses.contains(QStringLiteral("202")),
                         qPrintable(path.key()));
            }
        }
        QSet<QString> registered;
        for (const Router::RouteInfo &route : m_bed->server->routes())
            registered << route.method + QLatin1Char(' ') + route.pattern;
        QCOMPARE(documented - registered, QSet<QString>());
        QCOMPARE(registered - documented, QSet<QString>());
        // The schema check itself notices a wrong answer.
        const QJsonObject meSchema =
            m_schema->responseSchema(QStringLiteral("get"), QStringLiteral("/api/stats/me"), 200);
        QVERIFY(!meSchema.isEmpty());
        const QJsonObject wrong{
            {QStringLiteral("name"), QStringLiteral("me")},
            {QStringLiteral("role"), 1},
            {QStringLiteral("stats"), QJsonObject{{QStringLiteral("games"), QJsonValue()}}}};
        const QStringList problems = m_schema->validate(wrong, meSchema);
        QVERIFY2(problems.contains(QStringLiteral("$.role: expected string, got [1]")),
                 qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(problems.contains(QStringLiteral("$.stats: missing wins")));
        QVERIFY(problems.contains(QStringLiteral("$.stats.games: null where integer is expected")));
        // ... and a scoreline row that lacks a side or has a null where the seed has a number.
        const QJsonObject scoreline = m_schema->responseSchema(
            QStringLiteral("get"), QStringLiteral("/api/stats/scoreline"), 200);
        const QJsonObject means{{QStringLiteral("percent_behind_ball"), 1},
                                {QStringLiteral("avg_speed"), QJsonValue()},
                                {QStringLiteral("avg_distance_to_ball"), 2}};
        const QStringList rowProblems =
            m_schema->validate(QJsonArray{QJsonObject{{QStringLiteral("my_goals"), 1},
                                                      {QStringLiteral("opp_goals"), 0},
                                                      {QStringLiteral("games"), 1.5},
                                                      {QStringLiteral("me"), means},
                                                      {QStringLiteral("teammates"), QJsonValue()}}},
                               scoreline);
        QVERIFY2(rowProblems.contains(QStringLiteral("$[0]: missing opponents")),
                 qPrintable(rowProblems.join(QLatin1Char('\n'))));
        QVERIFY(rowProblems.contains(QStringLiteral("$[0].games: expected integer, got [1.5]")));
        QVERIFY(rowProblems.contains(
            QStringLiteral("$[0].me.avg_speed: null where number is expected")));
        QVERIFY(
            !rowProblems.join(QLatin1Char(' ')).contains(QLatin1String("teammates"))); // nullable
    }

    void theSeedFrontendsSequence()
    {
        // Sync, as its Sync page does it: query parameters, no body, no Content-Type.
        const QJsonValue started = call("POST", QStringLiteral("/api/sync"),
                                        QStringLiteral("replay-date-after=2025-05-01"), 202);
        QVERIFY(started[QStringLiteral("sync_id")].isDouble());
        QCOMPARE(started[QStringLiteral("message")].toString(), QStringLiteral("Sync started"));
        for (int polls = 0;; ++polls) {
            const QJsonValue status = call("GET", QStringLiteral("/api/sync/status"));
            QVERIFY(status.isObject());
            if (!status[QStringLiteral("running")].toBool())
                break;
            QVERIFY(polls < 600);
            QTest::qWait(100);
        }
        const QJsonValue status = call("GET", QStringLiteral("/api/sync/status"));
        QCOMPARE(status[QStringLiteral("replays_fetched")].toInt(), int(m_details.size()));
        QVERIFY(status[QStringLiteral("error")].isNull());
        const QJsonArray history =
            call("GET", QStringLiteral("/api/sync/history"), QStringLiteral("limit=20")).toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0][QStringLiteral("status")].toString(), QStringLiteral("completed"));
        QVERIFY(call("GET", QStringLiteral("/api/sync/coverage")).isObject());
        QVERIFY(call("GET", QStringLiteral("/api/sync/preview"),
                     QStringLiteral("replay-date-after=2025-05-01"))
                    .isObject());
        QVERIFY(call("GET", QStringLiteral("/api/rate-limits")).isObject());
        QVERIFY(call("GET", QStringLiteral("/api/ping")).isObject());

        // Players and the config.
        const QJsonArray players = call("GET", QStringLiteral("/api/players")).toArray();
        QVERIFY(players.size() >= 6);
        QCOMPARE(players[0][QStringLiteral("count")].toInt(), int(m_details.size()));
        const QJsonValue suggestion = call("GET", QStringLiteral("/api/players/suggest"));
        QVERIFY(!suggestion[QStringLiteral("me")].toArray().isEmpty());
        const QByteArray config = R"({"me": ["QuixMtic"], "teammates": {"al": ["al dente2245"]}})";
        QCOMPARE(call("PUT", QStringLiteral("/api/players/config"), {}, 200,
                      config)[QStringLiteral("message")]
                     .toString(),
                 QStringLiteral("Config saved"));
        QCOMPARE(call("GET", QStringLiteral("/api/players/config")).toObject(),
                 QJsonDocument::fromJson(config).object());

        // Every stats route and analysis, with display names as filters (+ for spaces).
        const QString filters =
            QStringLiteral("playlist=Unranked+Standard&playlist=Ranked+Doubles&exclude-ties=true");
        const QJsonValue me = call("GET", QStringLiteral("/api/stats/me"), filters);
        QCOMPARE(me[QStringLiteral("name")].toString(), QStringLiteral("me"));
        QCOMPARE(me[QStringLiteral("role")].toString(), QStringLiteral("me"));
        checkAggregated(me[QStringLiteral("stats")].toObject());
        QCOMPARE(me[QStringLiteral("stats")][QStringLiteral("games")].toInt(),
                 int(m_details.size()));
        const QJsonArray mates =
            call("GET", QStringLiteral("/api/stats/teammates"), filters).toArray();
        QCOMPARE(mates.size(), 2);
        QCOMPARE(mates[0][QStringLiteral("role")].toString(), QStringLiteral("teammate:al"));
        QCOMPARE(mates[1][QStringLiteral("role")].toString(), QStringLiteral("anon_teammate"));
        for (const QJsonValue mate : mates)
            checkAggregated(mate[QStringLiteral("stats")].toObject());
        const QJsonValue opponents = call("GET", QStringLiteral("/api/stats/opponents"), filters);
        QCOMPARE(opponents[QStringLiteral("role")].toString(), QStringLiteral("anon_opponent"));
        checkAggregated(opponents[QStringLiteral("stats")].toObject());

        const QJsonArray replays =
            call("GET", QStringLiteral("/api/stats/replays"), QStringLiteral("limit=200"))
                .toArray();
        QCOMPARE(replays.size(), int(m_details.size()));
        const QJsonObject newest = replays[0].toObject();
        for (const char *key : {"id", "title", "map_name", "date", "duration", "blue_goals",
                                "orange_goals", "overtime", "my_team", "players"})
            QVERIFY2(newest.contains(QLatin1String(key)), key);
        QCOMPARE(newest[QStringLiteral("players")].toArray().size(), 6);
        QVERIFY(newest[QStringLiteral("players")][0][QStringLiteral("stats")]
                      [QStringLiteral("core")][QStringLiteral("goals")]
                          .isDouble());

        // The Analysis tab: its filters (team size, ties, minimum duration, playlists), its
        // views' fields, its stat picker's names and its three sides.
        const QString analysisFilters = filters + QStringLiteral("&team-size=3&min-duration=300");
        const QJsonArray scorelines =
            call("GET", QStringLiteral("/api/stats/scoreline"), analysisFilters).toArray();
        QVERIFY(!scorelines.isEmpty());
        QVERIFY(scorelines[0][QStringLiteral("teammates")][QStringLiteral("percent_behind_ball")]
                    .isDouble());
        const QJsonArray games =
            call("GET", QStringLiteral("/api/stats/games"), analysisFilters).toArray();
        QCOMPARE(games.size(), int(m_details.size())); // every game, as the seed answers
        QVERIFY(games[0][QStringLiteral("me")][QStringLiteral("percent_behind_ball")].isDouble());
        QVERIFY(games[0][QStringLiteral("teammates")][QStringLiteral("avg_speed")].isDouble());
        // In 1v1 (none here) the answers are empty, teammates included.
        QVERIFY(call("GET", QStringLiteral("/api/stats/scoreline"), QStringLiteral("team-size=1"))
                    .toArray()
                    .isEmpty());
        for (const char *query :
             {"stat=core.goals&role=me", "stat=percent_behind_ball&role=me",
              "stat=time_supersonic&role=teammates", "stat=shooting_pct&role=opponents",
              "stat=avg_boost_amount&role=teammates&team-size=1", "stat=bpm&role=teammate:al"}) {
            const QJsonValue correlation = call("GET", QStringLiteral("/api/stats/correlation"),
                                                filters + QLatin1Char('&') + QLatin1String(query));
            QVERIFY2(correlation.isObject(), query);
            for (const char *key : {"slope", "intercept", "r_squared"})
                QVERIFY2(correlation[QStringLiteral("regression")][QLatin1String(key)].isDouble(),
                         key);
        }
        QVERIFY(!call("GET", QStringLiteral("/api/stats/trend"),
                      filters +
                          QStringLiteral(
                              "&stat=bpm&role=teammate:al&bucket=month"))[QStringLiteral("points")]
                     .toArray()
                     .isEmpty());
        QCOMPARE(call("GET", QStringLiteral("/api/stats/lineups"), filters).toArray().size(), 1);

        // The replay list, one detail exactly as ballchasing sent it, and the maps.
        const QJsonArray list =
            call("GET", QStringLiteral("/api/replays"), QStringLiteral("limit=5")).toArray();
        QCOMPARE(list.size(), 5);
        QCOMPARE(list[0][QStringLiteral("id")], newest[QStringLiteral("id")]); // same order
        const QString id = list[0][QStringLiteral("id")].toString();
        const QJsonValue detail = call("GET", QStringLiteral("/api/replays/") + id);
        bool found = false;
        for (const QJsonObject &sent : std::as_const(m_details))
            if (sent[QStringLiteral("id")].toString() == id) {
                QCOMPARE(detail.toObject(), sent);
                found = true;
            }
        QVERIFY(found);
        QVERIFY(call("GET", QStringLiteral("/api/maps")).isObject());
    }

    void errorsMatchTheirSchemaToo()
    {
        QVERIFY(call("GET", QStringLiteral("/api/stats/me"),
                     QStringLiteral("replay-date-after=soon"), 400)
                    .isObject());
        QVERIFY(call("PUT", QStringLiteral("/api/players/config"), {}, 422,
                     R"({"me": ["a"], "teammates": {"x": ["A"]}})")
                    .isObject());
        QVERIFY(call("GET", QStringLiteral("/api/replays/does-not-exist"), {}, 404).isObject());
    }
};

QTEST_GUILESS_MAIN(TestFrontendFlow)
#include "tst_frontendflow.moc"
