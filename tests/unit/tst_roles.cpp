// Player config validation and role resolution (DESIGN.md §6): the impostor with my name on the
// other team, an opponent named like a teammate, renamed accounts, `platform:id` entries,
// replays without me, bots, substitutions.

#include "core/playerconfig.h"
#include "core/replayparser.h"
#include "stats/roleresolver.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace bcs;

namespace {

PlayerConfig config(const char *json)
{
    const PlayerConfigParse parsed = parsePlayerConfig(QJsonDocument::fromJson(json).object());
    if (!parsed.config)
        qFatal("bad test config: %s", qPrintable(parsed.error));
    return *parsed.config;
}

struct Builder
{
    QList<PlayerIdentity> rows;
    qint64 nextRow = 1;
    qint64 add(qint64 replay, const char *team, const char *name, const char *account)
    {
        rows.append({nextRow, replay, QLatin1String(team),
                     QString::fromUtf8(name).trimmed().toLower(), QLatin1String(account)});
        return nextRow++;
    }
};

} // namespace

class TestRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validConfigRoundTrips()
    {
        const QByteArray json =
            R"({"me":["Haze","steam:76561198007191405"],"teammates":{"alice":["Alice","alice_alt"],"bob":["Bob"]}})";
        const PlayerConfigParse parsed = parsePlayerConfig(QJsonDocument::fromJson(json).object());
        QVERIFY2(parsed.config, qPrintable(parsed.error));
        QCOMPARE(QJsonDocument(parsed.config->toJson()).toJson(QJsonDocument::Compact), json);
        QVERIFY(parsePlayerConfig(QJsonObject{}).config); // empty config is valid
    }

    void invalidConfigIsRefusedWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("name in two roles")
            << QByteArray(R"({"me":["Bob"],"teammates":{"bob":["bob "]}})") << "in two roles";
        QTest::addRow("name in two teammates")
            << QByteArray(R"({"teammates":{"a":["X"],"b":["x"]}})") << "in two roles";
        QTest::addRow("account in two roles")
            << QByteArray(R"({"me":["steam:1"],"teammates":{"a":["STEAM:1"]}})") << "in two roles";
        QTest::addRow("non-string name")
            << QByteArray(R"({"me":["a", 5]})") << "me[1] must be a name";
        QTest::addRow("null name") << QByteArray(R"({"me":[null]})") << "me[0] must be a name";
        QTest::addRow("empty name") << QByteArray(R"({"me":["  "]})") << "me[0] is an empty name";
        QTest::addRow("me not a list") << QByteArray(R"({"me":"Haze"})") << "me must be a list";
        QTest::addRow("unknown key")
            << QByteArray(R"({"me":[],"friends":{}})") << "unknown key 'friends'";
        QTest::addRow("empty alias")
            << QByteArray(R"({"teammates":{" ":["x"]}})") << "alias is empty";
        QTest::addRow("teammates not object")
            << QByteArray(R"({"teammates":["x"]})") << "teammates must be an object";
        QTest::addRow("teammate names not list")
            << QByteArray(R"({"teammates":{"a":"x"}})") << "teammates.a must be a list";
    }

    void invalidConfigIsRefusedWithTheReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const PlayerConfigParse parsed = parsePlayerConfig(QJsonDocument::fromJson(json).object());
        QVERIFY(!parsed.config);
        QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
        QVERIFY(!parsePlayerConfig(QJsonValue(QStringLiteral("x"))).config);
    }

    void basicRoles()
    {
        Builder b;
        const qint64 me = b.add(1, "blue", "Haze", "steam:1");
        const qint64 alice = b.add(1, "blue", "Alice", "epic:a");
        const qint64 stranger = b.add(1, "blue", "Random", "xbox:r");
        const qint64 opponentBob =
            b.add(1, "orange", "Bob", "ps4:bob"); // a teammate's name, other team
        b.add(1, "orange", "Opp2", "ps4:o2");
        const RoleResolution r = resolveRoles(
            b.rows, config(R"({"me":["haze"],"teammates":{"alice":["ALICE"],"bob":["Bob"]}})"));
        QCOMPARE(r.roleByRow.value(me), QStringLiteral("me"));
        QCOMPARE(r.roleByRow.value(alice), QStringLiteral("teammate:alice"));
        QCOMPARE(r.roleByRow.value(stranger), QStringLiteral("anon_teammate"));
        QCOMPARE(r.roleByRow.value(opponentBob), QStringLiteral("anon_opponent"));
        QCOMPARE(r.myTeamByReplay.value(1), QStringLiteral("blue"));
    }

    void impostorWithMyNameOnTheOtherTeam()
    {
        Builder b;
        // Across the cache "Haze" is mostly steam:1 (me).
        for (qint64 replay = 1; replay <= 3; ++replay) {
            b.add(replay, "blue", "Haze", "steam:1");
            b.add(replay, "orange", "Other", "epic:o");
        }
        const qint64 realMe = b.add(4, "orange", "Haze", "steam:1");
        const qint64 impostor = b.add(4, "blue", "Haze", "epic:impostor");
        const RoleResolution r = resolveRoles(b.rows, config(R"({"me":["Haze"]})"));
        QCOMPARE(r.myTeamByReplay.value(4), QStringLiteral("orange"));
        QCOMPARE(r.roleByRow.value(realMe), QStringLiteral("me"));
        QCOMPARE(r.roleByRow.value(impostor), QStringLiteral("anon_opponent"));
    }

    void strangerWithATeammatesNameIsAnonymous()
    {
        Builder b;
        for (qint64 replay = 1; replay <= 3; ++replay) {
            b.add(replay, "blue", "Haze", "steam:1");
            b.add(replay, "blue", "Bob", "epic:bob");
        }
        b.add(4, "blue", "Haze", "steam:1");
        const qint64 fakeBob = b.add(4, "blue", "Bob", "xbox:someone-else");
        const RoleResolution r =
            resolveRoles(b.rows, config(R"({"me":["Haze"],"teammates":{"bob":["Bob"]}})"));
        QCOMPARE(r.roleByRow.value(fakeBob), QStringLiteral("anon_teammate"));
        QCOMPARE(r.roleByRow.value(2), QStringLiteral("teammate:bob"));
    }

    void accountEntryMatchesWhateverTheName()
    {
        Builder b;
        const qint64 renamed = b.add(1, "orange", "al dente2245", "xbox:b32a46dafb010900");
        const qint64 oldName = b.add(2, "blue", "babyruth562", "xbox:b32a46dafb010900");
        const RoleResolution r =
            resolveRoles(b.rows, config(R"({"me":["xbox:B32A46DAFB010900"]})"));
        QCOMPARE(r.roleByRow.value(renamed), QStringLiteral("me"));
        QCOMPARE(r.roleByRow.value(oldName), QStringLiteral("me"));
        QCOMPARE(r.myTeamByReplay.value(1), QStringLiteral("orange"));
        QCOMPARE(r.myTeamByReplay.value(2), QStringLiteral("blue"));
    }

    void replayWithoutMeIsUnknown()
    {
        Builder b;
        const qint64 row = b.add(1, "blue", "Someone", "steam:9");
        b.add(1, "orange", "Else", "steam:8");
        const RoleResolution r = resolveRoles(b.rows, config(R"({"me":["Haze"]})"));
        QCOMPARE(r.roleByRow.value(row), QStringLiteral("unknown"));
        QVERIFY(!r.myTeamByReplay.contains(1));
    }

    void botsAndSubstitutesArePlayers()
    {
        Builder b;
        b.add(1, "blue", "Haze", "steam:1");
        const qint64 bot = b.add(1, "blue", "Saltie", ""); // a bot replacing a leaver
        const qint64 leaver = b.add(1, "blue", "Leaver", "epic:l");
        const qint64 opponentBot = b.add(1, "orange", "Caveman", "");
        const RoleResolution r = resolveRoles(b.rows, config(R"({"me":["Haze"]})"));
        QCOMPARE(r.roleByRow.value(bot), QStringLiteral("anon_teammate"));
        QCOMPARE(r.roleByRow.value(leaver), QStringLiteral("anon_teammate"));
        QCOMPARE(r.roleByRow.value(opponentBot), QStringLiteral("anon_opponent"));
    }

    // The real sample: orange has ten rows (leavers, joiners, two bots); every one of them is an
    // opponent appearance, and the match stays a 3v3 (team_size, not the row count).
    void realSubstitutionsSample()
    {
        QFile file(QStringLiteral(BCS_FIXTURES_DIR
                                  "/edge_cases/replay_detail_substitutions_and_bots_2021.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ParsedReplay parsed =
            parseReplayDetail(QJsonDocument::fromJson(file.readAll()).object());
        QCOMPARE(parsed.summary.teamSize, 3);
        QCOMPARE(parsed.summary.blueGoals, 5);
        QCOMPARE(parsed.summary.orangeGoals, 1);
        QList<PlayerIdentity> rows;
        qint64 rowId = 1;
        for (const PlayerRow &player : parsed.players)
            rows.append({rowId++, 1, player.team, player.name.trimmed().toLower(),
                         player.platformId.isEmpty()
                             ? QString()
                             : player.platform + QLatin1Char(':') + player.platformId.toLower()});
        const RoleResolution r = resolveRoles(
            rows,
            config(R"({"me":["steam:76561198007191405"],"teammates":{"m":["Maboroshi^-^"]}})"));
        QCOMPARE(r.myTeamByReplay.value(1), QStringLiteral("blue"));
        QStringList roles = r.roleByRow.values();
        QCOMPARE(roles.count(QStringLiteral("me")), 1);
        QCOMPARE(roles.count(QStringLiteral("teammate:m")), 1);
        QCOMPARE(roles.count(QStringLiteral("anon_teammate")), 1);
        QCOMPARE(roles.count(QStringLiteral("anon_opponent")), 10); // bots and substitutes included
    }

    void myNamesOnBothTeamsTieIsDecidedStably()
    {
        Builder b;
        b.add(1, "blue", "Haze", "steam:1");
        b.add(1, "orange", "Haze", "steam:2"); // one replay each: no "usual" account to decide by
        b.add(2, "blue", "Haze", "steam:2");
        b.add(3, "blue", "Haze", "steam:1");
        const RoleResolution r = resolveRoles(b.rows, config(R"({"me":["Haze"]})"));
        // steam:1 and steam:2 both carry "Haze" twice; the tie goes to the smaller id (steam:1).
        QCOMPARE(r.myTeamByReplay.value(1), QStringLiteral("blue"));
        QCOMPARE(r.myTeamByReplay.value(3), QStringLiteral("blue"));
        QVERIFY(!r.myTeamByReplay.contains(2)); // "Haze" on steam:2 alone is not me
    }

    // DESIGN.md §6: a name of mine counts only on the account it usually carries, in every
    // replay: alone, beside another of my names, on my team or on theirs.
    void impostorIsNeverMe()
    {
        Builder b;
        for (qint64 replay = 1; replay <= 4; ++replay) {
            b.add(replay, "blue", "Haze", "steam:1");
            b.add(replay, "orange", "Other", "epic:o");
        }
        b.add(5, "blue", "HazeAlt", "steam:1"); // my second name, my account
        // Alone in a replay: the game is not mine at all.
        const qint64 alone = b.add(6, "blue", "Haze", "xbox:impostor");
        const qint64 aloneMate = b.add(6, "blue", "Friend", "epic:f");
        b.add(6, "orange", "Opp", "epic:p");
        // Beside another of my names, on my team and on the other team.
        const qint64 mine = b.add(7, "blue", "HazeAlt", "steam:1");
        const qint64 onMyTeam = b.add(7, "blue", "Haze", "xbox:impostor");
        const qint64 onTheirs = b.add(7, "orange", "haze ", "ps4:other");
        const RoleResolution r = resolveRoles(b.rows, config(R"({"me":["Haze","HazeAlt"]})"));
        QVERIFY(!r.myTeamByReplay.contains(6));
        QCOMPARE(r.roleByRow.value(alone), QStringLiteral("unknown"));
        QCOMPARE(r.roleByRow.value(aloneMate), QStringLiteral("unknown"));
        QCOMPARE(r.myTeamByReplay.value(7), QStringLiteral("blue"));
        QCOMPARE(r.roleByRow.value(mine), QStringLiteral("me"));
        QCOMPARE(r.roleByRow.value(onMyTeam), QStringLiteral("anon_teammate"));
        QCOMPARE(r.roleByRow.value(onTheirs), QStringLiteral("anon_opponent"));
    }

    // Bots and masked PSN ids have no account to check: they match by name alone, and they do
    // not decide which account a name usually carries.
    void rowsWithoutAnAccountMatchByName()
    {
        Builder b;
        const qint64 masked = b.add(1, "orange", "PsHaze", ""); // "************" is no account
        b.add(1, "blue", "Stranger", "epic:s");
        for (qint64 replay = 2; replay <= 4; ++replay)
            b.add(replay, "blue", "Mate", ""); // many bot rows named like a teammate ...
        b.add(5, "blue", "PsHaze", "");
        const qint64 mate = b.add(5, "blue", "Mate", "steam:m"); // ... do not outvote the account
        const RoleResolution r =
            resolveRoles(b.rows, config(R"({"me":["PsHaze"],"teammates":{"m":["Mate"]}})"));
        QCOMPARE(r.roleByRow.value(masked), QStringLiteral("me"));
        QCOMPARE(r.myTeamByReplay.value(1), QStringLiteral("orange"));
        QCOMPARE(r.roleByRow.value(mate), QStringLiteral("teammate:m"));
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
