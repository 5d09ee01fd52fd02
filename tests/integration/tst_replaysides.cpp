// The per-side sums of my games (stats/replaysides.h) are an optimisation only: for every filter
// the seed's Per Scoreline, Per Game and teammates/opponents correlations must answer the same
// JSON, to the last digit, whether read from the player rows (sums stale) or from the sums.
// Among the replays: real 1v1s (no teammates at all), ties, another map, short games and games
// at the same instant (their correlation points keep replay order either way).

#include "api/controllers/analysesjson.h"
#include "core/playerconfig.h"
#include "core/replayparser.h"
#include "fakes/replaygenerator.h"
#include "stats/correlation.h"
#include "stats/gamerows.h"
#include "stats/replaysides.h"
#include "stats/roleindex.h"
#include "stats/scorelines.h"
#include "storage/database.h"
#include "storage/replayrepository.h"
#include "storage/rolerepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

Q_DECLARE_METATYPE(bcs::StatsFilter) // before any use: QTest::addColumn instantiates it

using namespace bcs;
using namespace bcs::test;

namespace {

const QString kMe = QStringLiteral("QuixMtic");

// Keeps only me on my team and the first player on the other: a real 1v1.
QJsonObject oneVersusOne(QJsonObject detail)
{
    for (const QString &team : {QStringLiteral("blue"), QStringLiteral("orange")}) {
        QJsonObject side = detail[team].toObject();
        const QJsonArray players = side[QStringLiteral("players")].toArray();
        QJsonArray kept;
        for (const QJsonValue &player : players) {
            if (player[QStringLiteral("name")].toString() == kMe)
                kept.append(player);
        }
        if (kept.isEmpty())
            kept.append(players.first());
        side[QStringLiteral("players")] = kept;
        detail[team] = side;
    }
    detail[QStringLiteral("team_size")] = 1;
    return detail;
}

} // namespace

class TestReplaySides : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;

    // Every analysis the sums serve, as the API writes it.
    QList<QByteArray> answers(const StatsFilter &filter) const
    {
        QList<QByteArray> all = {scorelinesJson(scorelines(*m_database, filter)),
                                 gameRowsJson(gameRows(*m_database, filter, -1, 0)),
                                 gameRowsJson(gameRows(*m_database, filter, 7, 3))};
        for (const QString &name : seedCorrelationStatNames()) {
            for (const QString &role : {correlationrole::Teammates, correlationrole::Opponents})
                all << correlationJson(
                    correlation(*m_database, *findCorrelationStat(name), role, filter));
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QCOMPARE(m_database->open(), QString());
        ReplayRepository replays(m_database->connection());
        const ReplayGenerator generator(17);
        const QDateTime first(QDate(2025, 3, 1), QTime(10, 0), QTimeZone::utc());
        for (int i = 0; i < 200; ++i) {
            const QDateTime match = first.addSecs(qint64(i) * 97 * 60);
            QJsonObject detail = generator.makeDetail(i, match, match.addSecs(600));
            if (i % 5 == 1)
                detail = oneVersusOne(detail);
            replays.storeDetail(QJsonDocument(detail).toJson(QJsonDocument::Compact),
                                parseReplayDetail(detail), 0);
        }
        QSqlQuery edit(m_database->connection());
        for (const char *sql :
             {"UPDATE replays SET playlist_id = 'ranked-duels', playlist_name = 'Ranked Duels' "
              "WHERE rid % 4 = 2",
              "UPDATE replays SET orange_goals = blue_goals WHERE rid % 7 = 0",
              "UPDATE replays SET map_code = 'eurostadium_p', map_name = 'Mannfield' "
              "WHERE rid % 3 = 0",
              "UPDATE replays SET duration = 200 WHERE rid % 4 = 0",
              "UPDATE replays SET date_ms = (SELECT y.date_ms FROM replays y "
              "WHERE y.rid = replays.rid - 1) WHERE rid % 13 = 0"})
            QVERIFY2(edit.exec(QLatin1String(sql)), sql);
        const PlayerConfigParse config = parsePlayerConfig(
            QJsonDocument::fromJson(R"({"me":["QuixMtic"],"teammates":{"al":["al dente2245"]}})")
                .object());
        RoleRepository(m_database->connection()).saveConfig(*config.config, 0);
        rebuildRoles(*m_database);
    }

    void everySeedStatIsSummed()
    {
        for (const QString &name : seedCorrelationStatNames())
            QVERIFY2(!findCorrelationStat(name)->sideColumn.isEmpty(), qPrintable(name));
    }

    void sameFromRowsAndFromSides_data()
    {
        QTest::addColumn<StatsFilter>("filter");
        const auto with = [](const std::function<void(StatsFilter &)> &set) {
            StatsFilter filter;
            set(filter);
            return filter;
        };
        const qint64 day = 24 * 3600 * 1000;
        const qint64 start =
            QDateTime(QDate(2025, 3, 1), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QTest::addRow("everything") << StatsFilter();
        QTest::addRow("date range") << with([&](StatsFilter &f) {
            f.afterMs = start + 2 * day + 3600 * 1000;
            f.beforeMs = start + 9 * day;
        });
        QTest::addRow("team size 1") << with([](StatsFilter &f) { f.teamSize = 1; });
        QTest::addRow("team size 3") << with([](StatsFilter &f) { f.teamSize = 3; });
        QTest::addRow("map") << with([](StatsFilter &f) { f.map = QStringLiteral("Mannfield"); });
        QTest::addRow("map, exclude ties, min duration") << with([](StatsFilter &f) {
            f.map = QStringLiteral("eurostadium_p");
            f.excludeTies = true;
            f.minDurationSeconds = 300;
        });
        QTest::addRow("playlist") << with([](StatsFilter &f) {
            f.playlists = {QStringLiteral("ranked duels")}; // by name, any case
        });
        QTest::addRow("nothing in range")
            << with([](StatsFilter &f) { f.afterMs = qint64(4102444800000); });
    }

    void sameFromRowsAndFromSides()
    {
        QFETCH(StatsFilter, filter);
        QVERIFY(!replaySidesAreFresh(m_database->connection()));
        const QList<QByteArray> fromRows = answers(filter);
        if (QByteArray(QTest::currentDataTag()) != "nothing in range")
            QVERIFY(fromRows.first().size() > 2); // some scorelines
        QVERIFY(refreshReplaySides(*m_database));
        QVERIFY(replaySidesAreFresh(m_database->connection()));
        QVERIFY(!refreshReplaySides(*m_database)); // nothing to do twice
        const QList<QByteArray> fromSides = answers(filter);
        QCOMPARE(fromSides.size(), fromRows.size());
        for (qsizetype i = 0; i < fromRows.size(); ++i) {
            if (fromSides[i] != fromRows[i])
                qWarning("answer %lld from rows: %s\nfrom sides: %s", qlonglong(i),
                         fromRows[i].left(600).constData(), fromSides[i].left(600).constData());
            QCOMPARE(fromSides[i], fromRows[i]);
        }
    }

    void cleanup()
    {
        rebuildRoles(*m_database); // a config change makes the sums stale again
        QVERIFY(!replaySidesAreFresh(m_database->connection()));
    }

    // One row per game of mine; the 1v1s have no teammates.
    void oneRowPerGame()
    {
        refreshReplaySides(*m_database);
        QSqlQuery count(m_database->connection());
        QVERIFY(count.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM replay_sides), (SELECT count(*) FROM perspectives), "
            "(SELECT count(*) FROM replay_sides WHERE mates_rows = 0), "
            "(SELECT count(*) FROM replay_sides WHERE me_rows <> 1)")));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), count.value(1).toInt());
        QCOMPARE(count.value(2).toInt(), 40);
        QCOMPARE(count.value(3).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReplaySides)
#include "tst_replaysides.moc"
