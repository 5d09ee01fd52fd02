// The daily totals (stats/dailytotals.h) are an optimisation only: for every filter an aggregate
// and a trend must be the same, to the last bit, whether summed from player rows (totals stale)
// or from the totals plus the partial days at the ends of the range. The trend runs in a US time
// zone across its DST change, so local weeks start mid-way through UTC days.

#include "api/controllers/aggregatesjson.h"
#include "api/controllers/historyjson.h"
#include "core/playerconfig.h"
#include "core/replayparser.h"
#include "fakes/replaygenerator.h"
#include "stats/aggregates.h"
#include "stats/dailytotals.h"
#include "stats/roleindex.h"
#include "stats/trend.h"
#include "storage/database.h"
#include "storage/replayrepository.h"
#include "storage/rolerepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <ctime>

Q_DECLARE_METATYPE(bcs::StatsFilter) // before any use: QTest::addColumn instantiates it

using namespace bcs;
using namespace bcs::test;

namespace {

qint64 at(const char *isoUtc)
{
    return QDateTime::fromString(QLatin1String(isoUtc), Qt::ISODate).toMSecsSinceEpoch();
}

} // namespace

class TestDailyTotals : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;

    // Weekly and monthly, of a whole-number stat and a scaled one, for two roles.
    QList<QJsonObject> trends(const StatsFilter &filter) const
    {
        QList<QJsonObject> all;
        for (const char *stat : {"core.goals", "boost.bpm"})
            for (const char *role : {"me", "anon_opponent"})
                for (const TrendBucket bucket : {TrendBucket::Week, TrendBucket::Month})
                    all << trendJson(trend(*m_database, *findStat(QString::fromLatin1(stat)),
                                           QLatin1String(role), bucket, filter));
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A POSIX rule, so no tzdata is needed: UTC-5, UTC-4 from 2025-03-09.
        qputenv("TZ", "EST5EDT,M3.2.0,M11.1.0");
        tzset();
        QCOMPARE(QDateTime(QDate(2025, 3, 5), QTime(12, 0)).offsetFromUtc(), -5 * 3600);
        QCOMPARE(QDateTime(QDate(2025, 3, 12), QTime(12, 0)).offsetFromUtc(), -4 * 3600);
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QCOMPARE(m_database->open(), QString());
        // 300 replays, one every 97 minutes from 2025-03-01 10:00 UTC: ~3 days' worth at random
        // times of day, so that ranges cut days in the middle.
        ReplayRepository replays(m_database->connection());
        const ReplayGenerator generator(11);
        const QDateTime first(QDate(2025, 3, 1), QTime(10, 0), QTimeZone::utc());
        for (int i = 0; i < 300; ++i) {
            const QDateTime match = first.addSecs(qint64(i) * 97 * 60);
            const QJsonObject detail = generator.makeDetail(i, match, match.addSecs(600));
            replays.storeDetail(QJsonDocument(detail).toJson(QJsonDocument::Compact),
                                parseReplayDetail(detail), 0);
        }
        // Other kinds of replay than the generator's: another playlist and team size, ties,
        // another map, short games, games long before the others.
        QSqlQuery edit(m_database->connection());
        for (
            const char *sql :
            {"UPDATE replays SET playlist_id = 'ranked-duels', playlist_name = 'Ranked Duels', "
             "team_size = 1 WHERE rid % 5 = 1",
             "UPDATE replays SET orange_goals = blue_goals WHERE rid % 7 = 0",
             "UPDATE replays SET map_code = 'eurostadium_p', map_name = 'Mannfield' WHERE rid % 3 = 0",
             "UPDATE replays SET duration = 200 WHERE rid % 4 = 0",
             // A stretch a year earlier: trend periods after a gap of empty weeks.
             "UPDATE replays SET date_ms = date_ms - 400 * 86400000 WHERE rid % 11 = 0"})
            QVERIFY2(edit.exec(QLatin1String(sql)), sql);
        const PlayerConfigParse config = parsePlayerConfig(
            QJsonDocument::fromJson(R"({"me":["QuixMtic"],"teammates":{"al":["al dente2245"]}})")
                .object());
        RoleRepository(m_database->connection()).saveConfig(*config.config, 0);
        rebuildRoles(*m_database);
    }

    void sameFromRowsAndFromTotals_data()
    {
        QTest::addColumn<StatsFilter>("filter");
        const auto with = [](const std::function<void(StatsFilter &)> &set) {
            StatsFilter filter;
            set(filter);
            return filter;
        };
        QTest::addRow("everything") << StatsFilter();
        QTest::addRow("after midnight")
            << with([](StatsFilter &f) { f.afterMs = at("2025-03-02T00:00:00Z"); });
        QTest::addRow("after mid-day")
            << with([](StatsFilter &f) { f.afterMs = at("2025-03-02T13:17:00Z"); });
        QTest::addRow("before end of day")
            << with([](StatsFilter &f) { f.beforeMs = at("2025-03-10T23:59:59.999Z"); });
        QTest::addRow("before mid-day")
            << with([](StatsFilter &f) { f.beforeMs = at("2025-03-10T08:05:00Z"); });
        QTest::addRow("both ends mid-day") << with([](StatsFilter &f) {
            f.afterMs = at("2025-03-03T19:00:00Z");
            f.beforeMs = at("2025-03-15T04:30:00Z");
        });
        QTest::addRow("within one day") << with([](StatsFilter &f) {
            f.afterMs = at("2025-03-04T03:00:00Z");
            f.beforeMs = at("2025-03-04T21:00:00Z");
        });
        QTest::addRow("two partial days") << with([](StatsFilter &f) {
            f.afterMs = at("2025-03-04T12:00:00Z");
            f.beforeMs = at("2025-03-05T12:00:00Z");
        });
        QTest::addRow("playlist by id")
            << with([](StatsFilter &f) { f.playlists = {QStringLiteral("ranked-duels")}; });
        QTest::addRow("playlists by name and id") << with([](StatsFilter &f) {
            f.playlists = {QStringLiteral("ranked duels"), QStringLiteral("unranked")};
        });
        QTest::addRow("team size") << with([](StatsFilter &f) { f.teamSize = 3; });
        QTest::addRow("exclude ties, range") << with([](StatsFilter &f) {
            f.excludeTies = true;
            f.afterMs = at("2025-03-02T06:00:00Z");
        });
        QTest::addRow("map (rows only)")
            << with([](StatsFilter &f) { f.map = QStringLiteral("Mannfield"); });
        QTest::addRow("min duration, whole minutes")
            << with([](StatsFilter &f) { f.minDurationSeconds = 300; });
        QTest::addRow("min duration, mid-minute")
            << with([](StatsFilter &f) { f.minDurationSeconds = 330; });
        QTest::addRow("min duration mid-minute, range, playlist") << with([](StatsFilter &f) {
            f.minDurationSeconds = 359;
            f.afterMs = at("2025-03-03T19:00:00Z");
            f.beforeMs = at("2025-03-15T04:30:00Z");
            f.playlists = {QStringLiteral("Unranked Standard")};
        });
        QTest::addRow("min duration above every game")
            << with([](StatsFilter &f) { f.minDurationSeconds = 3600; });
        QTest::addRow("nothing in range")
            << with([](StatsFilter &f) { f.afterMs = at("2030-01-01T00:00:00Z"); });
    }

    void sameFromRowsAndFromTotals()
    {
        QFETCH(StatsFilter, filter);
        QVERIFY(!dailyTotalsAreFresh(m_database->connection()));
        QList<QJsonObject> fromRows;
        for (const char *role : {"me", "teammate:al", "anon_teammate", "anon_opponent"})
            fromRows << roleAggregateJson(aggregateRole(*m_database, QLatin1String(role), filter));
        const QList<QJsonObject> trendsFromRows = trends(filter);
        const bool expectEmpty =
            QByteArray(QTest::currentDataTag()) == "nothing in range" ||
            QByteArray(QTest::currentDataTag()) == "min duration above every game";
        QCOMPARE(fromRows.first()[QStringLiteral("games")].toInt() == 0, expectEmpty);

        QVERIFY(refreshDailyTotals(*m_database));
        QVERIFY(dailyTotalsAreFresh(m_database->connection()));
        QVERIFY(!refreshDailyTotals(*m_database)); // nothing to do twice
        qsizetype i = 0;
        for (const char *role : {"me", "teammate:al", "anon_teammate", "anon_opponent"}) {
            const QJsonObject fromTotals =
                roleAggregateJson(aggregateRole(*m_database, QLatin1String(role), filter));
            if (fromTotals != fromRows[i])
                qWarning("%s from rows: %s\nfrom totals: %s", role,
                         QJsonDocument(fromRows[i]).toJson().constData(),
                         QJsonDocument(fromTotals).toJson().constData());
            QCOMPARE(fromTotals, fromRows[i++]);
        }
        const QList<QJsonObject> trendsFromTotals = trends(filter);
        for (qsizetype t = 0; t < trendsFromRows.size(); ++t) {
            if (trendsFromTotals[t] != trendsFromRows[t])
                qWarning("trend from rows: %s\nfrom totals: %s",
                         QJsonDocument(trendsFromRows[t]).toJson().constData(),
                         QJsonDocument(trendsFromTotals[t]).toJson().constData());
            QCOMPARE(trendsFromTotals[t], trendsFromRows[t]);
        }
    }

    void cleanup()
    {
        rebuildRoles(*m_database); // a config change makes the totals stale again
        QVERIFY(!dailyTotalsAreFresh(m_database->connection()));
    }

    // The trend's periods checked against the games themselves, each put in its local ISO week
    // or month here, one conversion per game: across the DST change and the gap of a year.
    void trendGroupsGamesByLocalPeriod()
    {
        refreshDailyTotals(*m_database);
        QSqlQuery games(m_database->connection());
        QVERIFY(games.exec(QStringLiteral(
            "SELECT x.date_ms, p.core_goals, (CASE p.team WHEN 'blue' THEN x.blue_goals > "
            "x.orange_goals ELSE x.orange_goals > x.blue_goals END) FROM player_roles r "
            "JOIN players p ON p.rowid = r.prow JOIN replays x ON x.rid = r.rid "
            "WHERE r.role = 'me' AND x.status = 'ok'")));
        struct Expected
        {
            int games = 0, wins = 0;
            qint64 goals = 0;
        };
        QMap<QString, Expected> weeks, months;
        while (games.next()) {
            const QDate day = QDateTime::fromMSecsSinceEpoch(games.value(0).toLongLong()).date();
            int isoYear = 0;
            const int week = day.weekNumber(&isoYear);
            for (Expected *period :
                 {&weeks[QStringLiteral("%1-W%2").arg(isoYear).arg(week, 2, 10, QLatin1Char('0'))],
                  &months[day.toString(QStringLiteral("yyyy-MM"))]}) {
                ++period->games;
                period->wins += games.value(2).toInt();
                period->goals += games.value(1).toLongLong();
            }
        }
        QVERIFY(months.size() >= 2); // the year-earlier stretch
        const StatDefinition &goals = *findStat(QStringLiteral("core.goals"));
        for (const auto &[bucket, expected] :
             {std::pair{TrendBucket::Week, weeks}, std::pair{TrendBucket::Month, months}}) {
            const QJsonArray points =
                trendJson(trend(*m_database, goals, QStringLiteral("me"), bucket,
                                StatsFilter()))[QStringLiteral("points")]
                    .toArray();
            QCOMPARE(points.size(), expected.size());
            for (const QJsonValue &value : points) {
                const QJsonObject point = value.toObject();
                const QString period = point[QStringLiteral("period")].toString();
                QVERIFY2(expected.contains(period), qPrintable(period));
                const Expected &e = expected[period];
                QCOMPARE(point[QStringLiteral("games")].toInt(), e.games);
                QCOMPARE(point[QStringLiteral("win_rate")].toDouble(), 100.0 * e.wins / e.games);
                QCOMPARE(point[QStringLiteral("value")].toDouble(),
                         double(e.goals) / double(goals.storageScale()) / e.games);
            }
        }
    }

    void accountTotalsMatchPlayerRows()
    {
        const auto accounts = [this] {
            QSqlDatabase db = m_database->connection();
            QSqlQuery query(db);
            [&] {
                QVERIFY(query.exec(QStringLiteral("SELECT platform, platform_id, name, games FROM "
                                                  "%1 a ORDER BY 1, 2, 3")
                                       .arg(accountTotalsSource(db))));
            }();
            QStringList rows;
            while (query.next())
                rows << QStringLiteral("%1:%2 %3 x%4")
                            .arg(query.value(0).toString(), query.value(1).toString(),
                                 query.value(2).toString())
                            .arg(query.value(3).toInt());
            return rows;
        };
        QVERIFY(!dailyTotalsAreFresh(m_database->connection()));
        const QStringList fromRows = accounts();
        QVERIFY(fromRows.size() >= 6);
        QVERIFY(fromRows.contains(
            QStringLiteral("epic:9152ab3ef0bd44b59de47ca639ca7010 QuixMtic x300")));
        refreshDailyTotals(*m_database);
        QCOMPARE(accounts(), fromRows);
    }

    void totalsHaveFarFewerRowsThanPlayers()
    {
        refreshDailyTotals(*m_database);
        QSqlQuery count(m_database->connection());
        QVERIFY(count.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM role_day_totals), (SELECT count(*) FROM player_roles)")));
        QVERIFY(count.next());
        QVERIFY2(count.value(0).toInt() * 2 < count.value(1).toInt(),
                 qPrintable(QStringLiteral("%1 totals for %2 player rows")
                                .arg(count.value(0).toInt())
                                .arg(count.value(1).toInt())));
    }
};

QTEST_GUILESS_MAIN(TestDailyTotals)
#include "tst_dailytotals.moc"
