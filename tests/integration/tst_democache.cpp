// The demo cache (src/demo): a year of realistic games stored through the sync's intake, with
// the preset player config and its roles, a completed sync, built once, cancellable, the same on
// every build.

#include "demo/democache.h"
#include "demo/demohistory.h"
#include "storage/database.h"
#include "storage/synclogrepository.h"
#include "sync/coverageplanner.h"
#include "sync/listingsources.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace bcs;
using namespace bcs::demo;

namespace {

QStringList column(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

QSet<QString> set(const QStringList &values)
{
    return QSet<QString>(values.cbegin(), values.cend());
}

// Who holds a role: "name@platform" of every player row with it.
QSet<QString> holders(const Database &database, const QString &role)
{
    return set(column(database, QStringLiteral("SELECT DISTINCT p.name || '@' || p.platform "
                                               "FROM player_roles r JOIN players p "
                                               "ON p.rowid = r.prow WHERE r.role = '%1'")
                                    .arg(role)));
}

// Every replay with its players, by content (not row ids): what two builds must share.
QStringList contents(const Database &database)
{
    return column(
        database,
        QStringLiteral(
            "SELECT x.id || ' ' || x.date_ms || ' ' || coalesce(x.playlist_id, '') || ' ' || "
            "(SELECT group_concat(team || slot || name || platform || platform_id, ',') "
            " FROM (SELECT * FROM players p WHERE p.rid = x.rid ORDER BY team, slot)) "
            "FROM replays x ORDER BY x.id"));
}

} // namespace

class TestDemoCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_buildMs = 0;
    QList<QPair<int, int>> m_progress;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!demoCacheIsComplete(m_dir.path()));
        QElapsedTimer timer;
        timer.start();
        const QString error = buildDemoCache(m_dir.path(), [this](int done, int total) {
            m_progress.append({done, total});
            return true;
        });
        m_buildMs = timer.elapsed();
        QCOMPARE(error, QString());
        QVERIFY(demoCacheIsComplete(m_dir.path()));
        const QFileInfo file(demoCachePath(m_dir.path()));
        qInfo("demo cache: %lld ms, %.1f MB", m_buildMs, file.size() / 1e6);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("building"))));
        m_database = std::make_unique<Database>(file.filePath());
        QCOMPARE(m_database->open(), QString());
    }

    void cleanupTestCase() { m_database.reset(); }

    void buildsInSecondsAndSaysHowFar()
    {
        QVERIFY2(m_buildMs < 60000, qPrintable(QString::number(m_buildMs)));
        QVERIFY(m_progress.size() > 10);
        const int total = m_progress.constFirst().second;
        QCOMPARE(m_progress.constFirst().first, 0);
        QCOMPARE(m_progress.constLast(), qMakePair(total, total));
        for (qsizetype i = 1; i < m_progress.size(); ++i) {
            QCOMPARE(m_progress[i].second, total);
            QVERIFY(m_progress[i].first >= m_progress[i - 1].first);
        }
    }

    void holdsAYearOfGamesInEveryPlaylist()
    {
        const int replays = column(*m_database, QStringLiteral("SELECT count(*) FROM replays "
                                                               "WHERE status = 'ok'"))
                                .constFirst()
                                .toInt();
        QVERIFY2(replays >= 1800 && replays <= 2200, qPrintable(QString::number(replays)));
        QCOMPARE(replays, int(demoHistory().size()));
        QCOMPARE(column(*m_database, QStringLiteral("SELECT count(*) FROM replays")).constFirst(),
                 QString::number(replays));
        const QStringList range =
            column(*m_database, QStringLiteral("SELECT min(date_ms) FROM replays UNION ALL "
                                               "SELECT max(date_ms) FROM replays"));
        QVERIFY(range[0].toLongLong() >= demoHistoryStart().toMSecsSinceEpoch());
        QVERIFY(range[0].toLongLong() < demoHistoryStart().addDays(7).toMSecsSinceEpoch());
        QVERIFY(range[1].toLongLong() < demoHistoryEnd().toMSecsSinceEpoch());
        QVERIFY(range[1].toLongLong() > demoHistoryEnd().addDays(-7).toMSecsSinceEpoch());

        const QSet<QString> playlists = set(column(
            *m_database, QStringLiteral("SELECT DISTINCT coalesce(playlist_id, '') FROM replays")));
        for (const char *playlist :
             {"ranked-doubles", "ranked-standard", "ranked-duels", "unranked-standard",
              "unranked-doubles", "private", "hoops", ""}) // "": training has no playlist
            QVERIFY2(playlists.contains(QLatin1String(playlist)), playlist);
        const QSet<QString> teamSizes =
            set(column(*m_database, QStringLiteral("SELECT DISTINCT team_size FROM replays "
                                                   "WHERE coalesce(playlist_id, '') <> ''")));
        QCOMPARE(teamSizes, (QSet<QString>{"1", "2", "3"}));
        // Ranked games carry ranks (in the detail, kept as ballchasing sent it).
        QVERIFY(column(*m_database, QStringLiteral("SELECT count(*) FROM replays WHERE "
                                                   "playlist_id LIKE 'ranked-%'"))
                    .constFirst()
                    .toInt() > 500);
    }

    void playsInEveningSessions()
    {
        // Most games start in the evening (UTC+1) and most days with games have several.
        const QStringList hours =
            column(*m_database, QStringLiteral("SELECT (date_ms / 3600000 + 1) % 24 FROM replays"));
        int evening = 0;
        for (const QString &hour : hours)
            evening += hour.toInt() >= 19 || hour.toInt() < 2;
        QVERIFY2(evening > hours.size() * 3 / 4, qPrintable(QString::number(evening)));
        const QStringList perDay =
            column(*m_database, QStringLiteral("SELECT count(*) FROM replays "
                                               "GROUP BY (date_ms + 3600000) / 86400000"));
        QVERIFY2(perDay.size() > 180 && perDay.size() < 330,
                 qPrintable(QString::number(perDay.size())));
    }

    void resolvesMyThreeNamesOnTwoPlatformsAsMe()
    {
        QCOMPARE(holders(*m_database, QStringLiteral("me")),
                 (QSet<QString>{"Haze@steam", "Hazey@steam", "HazeOnEpic@epic"}));
        // The stranger on Xbox who uses my name is in the cache, and never me.
        QVERIFY(column(*m_database,
                       QStringLiteral("SELECT count(*) FROM players WHERE name = 'Haze' AND "
                                      "platform = 'xbox'"))
                    .constFirst()
                    .toInt() > 0);
    }

    void givesTheTeammatesTheirRoles()
    {
        QCOMPARE(holders(*m_database, QStringLiteral("teammate:alice")),
                 (QSet<QString>{"Alice@epic"}));
        QCOMPARE(holders(*m_database, QStringLiteral("teammate:bob")),
                 (QSet<QString>{"Bob@xbox", "Bobby@xbox"}));
        QCOMPARE(holders(*m_database, QStringLiteral("teammate:carl")),
                 (QSet<QString>{"carl_ps@ps4"}));
        // Derived tables are built from these roles.
        QVERIFY(column(*m_database, QStringLiteral("SELECT count(*) FROM role_day_totals"))
                    .constFirst()
                    .toInt() > 0);
    }

    void hasBotsAndStrangers()
    {
        const QSet<QString> bots = set(column(
            *m_database, QStringLiteral("SELECT DISTINCT name FROM players WHERE platform = ''")));
        QVERIFY(bots.size() >= 3);
        QVERIFY(bots.contains(QStringLiteral("Saltie")) || bots.contains(QStringLiteral("Sticks")));
        QVERIFY(column(*m_database, QStringLiteral("SELECT count(DISTINCT name) FROM players"))
                    .constFirst()
                    .toInt() > 25);
    }

    void saysTheYearIsAlreadySynced()
    {
        SyncLogRepository log(m_database->connection());
        const QList<SyncLogEntry> completed = log.completed(QStringLiteral("uploader=me"));
        QCOMPARE(completed.size(), 1);
        QVERIFY(completed.constFirst().listingComplete);
        QCOMPARE(completed.constFirst().replaysFetched,
                 column(*m_database, QStringLiteral("SELECT count(*) FROM replays"))
                     .constFirst()
                     .toInt());
        const MatchDateRange year{demoHistoryStart().toMSecsSinceEpoch(),
                                  demoHistoryEnd().toMSecsSinceEpoch()};
        const qint64 now = demoHistoryEnd().toMSecsSinceEpoch();
        QVERIFY(
            planCoverage(year, now, log.listed(QStringLiteral("uploader=me")), false).coveredBy);
        // Also the games my accounts played, the second source a sync lists.
        const QString accounts = accountsListingFilter(m_database->connection());
        QVERIFY(accounts.contains(QStringLiteral("player-id=epic:")));
        QVERIFY(planCoverage(year, now, log.listed(accounts), false).coveredBy);
    }

    void aSecondBuildReturnsAtOnce()
    {
        const QFileInfo before(demoCachePath(m_dir.path()));
        int reports = 0;
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(buildDemoCache(m_dir.path(),
                                [&reports](int, int) {
                                    ++reports;
                                    return true;
                                }),
                 QString());
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(reports, 0);
        QCOMPARE(QFileInfo(demoCachePath(m_dir.path())).lastModified(), before.lastModified());
    }

    void aCancelledBuildLeavesNoCache()
    {
        QTemporaryDir dir;
        // Cancelled among the details: the listing is complete, some details are stored.
        const QString error =
            buildDemoCache(dir.path(), [](int done, int total) { return done < total * 3 / 4; });
        QVERIFY(!error.isEmpty());
        QVERIFY(!demoCacheIsComplete(dir.path()));
        QVERIFY(!QFileInfo::exists(demoCachePath(dir.path())));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("building"))));
        // Cancelled at the very end too: the last report is after everything was stored.
        QVERIFY(!buildDemoCache(dir.path(), [](int done, int total) {
                     return done < total;
                 }).isEmpty());
        QVERIFY(!demoCacheIsComplete(dir.path()));
        QVERIFY(!QFileInfo::exists(demoCachePath(dir.path())));
    }

    void anIncompleteCacheIsBuiltAgain()
    {
        QTemporaryDir dir;
        QFile stale(demoCachePath(dir.path()));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("not a cache");
        stale.close();
        QVERIFY(!demoCacheIsComplete(dir.path()));
        QCOMPARE(buildDemoCache(dir.path(), [](int, int) { return true; }), QString());
        QVERIFY(demoCacheIsComplete(dir.path()));
        // ... and is the same as every other build.
        Database again(demoCachePath(dir.path()));
        QCOMPARE(again.open(), QString());
        const QStringList built = contents(again);
        QCOMPARE(built.size(), int(demoHistory().size()));
        QCOMPARE(built, contents(*m_database));
    }
};

QTEST_GUILESS_MAIN(TestDemoCache)
#include "tst_democache.moc"
