// Caches written by earlier versions of bcstats (tests/fixtures/caches, made by make-cache.sh
// with the old binaries) open, migrate to this version and answer exactly the same stats as a
// cache filled fresh, by this version, from the same replay details. Also: a stat column added
// by its own migration step is filled from the stored details.

#include "api/controllers/aggregatesjson.h"
#include "api/controllers/analysesjson.h"
#include "core/playerconfig.h"
#include "core/replayparser.h"
#include "fakes/matchhistory.h"
#include "stats/aggregates.h"
#include "stats/dailytotals.h"
#include "stats/replaysides.h"
#include "stats/roleindex.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/replayrepository.h"
#include "storage/rolerepository.h"
#include "storage/statcolumns.h"
#include "storage/synclogrepository.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace bcs;

namespace {

int userVersion(const Database &database)
{
    QSqlQuery query(database.connection());
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next()
               ? query.value(0).toInt()
               : -1;
}

// What a user reads from a cache: every role's aggregate, the replays with roles and the seed's
// analyses (from the per-side sums, which a migrated cache builds as a fresh one does).
QByteArray answers(const Database &database)
{
    const PlayerConfigParse config = parsePlayerConfig(bcs::test::MatchHistory::playerConfig());
    RoleRepository(database.connection()).saveConfig(*config.config, 0);
    rebuildRoles(database);
    refreshDailyTotals(database);
    if (!refreshReplaySides(database) || !replaySidesAreFresh(database.connection()))
        return "the per-side sums were not built";
    QByteArray text = scorelinesJson(scorelines(database, StatsFilter{})) + '\n' +
                      gameRowsJson(gameRows(database, StatsFilter{}, -1, 0)) + '\n';
    for (const QString &role : {correlationrole::Teammates, correlationrole::Opponents})
        text += correlationJson(correlation(
                    database, *findCorrelationStat(QStringLiteral("shooting_pct")), role, {})) +
                '\n';
    for (const QString &role : {QStringLiteral("me"), QStringLiteral("teammate:alice"),
                                QStringLiteral("teammate:bob"), QStringLiteral("teammate:carl"),
                                QStringLiteral("anon_teammate"), QStringLiteral("anon_opponent")})
        text += QJsonDocument(roleAggregateJson(aggregateRole(database, role, StatsFilter{})))
                    .toJson(QJsonDocument::Compact) +
                '\n';
    return text + replaysWithRolesJson(replaysWithRoles(database, StatsFilter{}, 1000, 0));
}

} // namespace

class TestOldCaches : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensMigratesAndAnswersAsAFreshCache_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("version");
        const QDir caches(QStringLiteral(BCS_FIXTURES_DIR "/caches"));
        const QStringList files = caches.entryList({QStringLiteral("cache-v*.sqlite")});
        QVERIFY(files.size() >= 3); // versions 1, 2 and 3
        for (const QString &file : files)
            QTest::addRow("%s", qPrintable(file))
                << caches.filePath(file) << file.mid(7).section(QLatin1Char('.'), 0, 0).toInt();
    }

    void opensMigratesAndAnswersAsAFreshCache()
    {
        QFETCH(QString, fixture);
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(fixture, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        {
            Database before(copy);
            QSqlQuery query(before.connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
            QCOMPARE(query.value(0).toInt(), version); // the fixture is what its name says
        }
        Database old(copy);
        QCOMPARE(old.open(), QString());
        QCOMPARE(userVersion(old), latestSchemaVersion());
        QSqlDatabase oldDb = old.connection();
        QVERIFY(missingStatColumns(oldDb).isEmpty());
        const QStringList ids =
            ReplayRepository(old.connection()).idsWithStatus({ReplayStatus::Ok});
        QVERIFY(ids.size() >= 10); // old versions stopped at the first bot (issue 10)
        QVERIFY(!SyncLogRepository(old.connection()).history(10).isEmpty()); // history kept

        Database fresh(dir.filePath(QStringLiteral("fresh.sqlite")));
        QCOMPARE(fresh.open(), QString());
        for (const QString &id : ids) {
            const QByteArray body = *ReplayRepository(old.connection()).detailBody(id);
            ReplayRepository(fresh.connection())
                .storeDetail(body, parseReplayDetail(QJsonDocument::fromJson(body).object()), 0);
        }
        const QByteArray expected = answers(fresh);
        QVERIFY(aggregateRole(fresh, QStringLiteral("me"), StatsFilter{}).games >= 10);
        QCOMPARE(answers(old), expected);
        // And the old cache still takes replays (a missing stat column would refuse them).
        const QByteArray again = *ReplayRepository(oldDb).detailBody(ids.first());
        ReplayRepository(oldDb).storeDetail(
            again, parseReplayDetail(QJsonDocument::fromJson(again).object()), 1);
    }

    // The mechanism for a stat that joins the catalogue later: its step adds the column to
    // players and role_day_totals and fills it from each stored detail.
    void aStatAddedLaterIsFilledFromTheStoredDetails()
    {
        QTemporaryDir dir;
        Database database(dir.filePath(QStringLiteral("cache.sqlite")));
        QCOMPARE(database.open(), QString());
        const auto games = bcs::test::MatchHistory(3).games(
            12, QDateTime(QDate(2025, 2, 1), QTime(12, 0), QTimeZone::utc()), 3600);
        for (const auto &game : games) {
            const QByteArray body = QJsonDocument(game.detail).toJson(QJsonDocument::Compact);
            ReplayRepository(database.connection())
                .storeDetail(body, parseReplayDetail(game.detail), 0);
        }
        QSqlDatabase db = database.connection();
        const auto column = [&db] {
            QSqlQuery query(db);
            query.exec(QStringLiteral(
                "SELECT group_concat(core_saves, ',') FROM (SELECT core_saves FROM players ORDER BY rowid)"));
            return query.next() ? query.value(0).toString() : QString();
        };
        const QString stored = column();
        QVERIFY(stored.contains(QLatin1Char(',')));
        // As if core_saves had come after version 1: a cache without the column ...
        QSqlQuery drop(db);
        QVERIFY(drop.exec(QStringLiteral("ALTER TABLE players DROP COLUMN core_saves")));
        QVERIFY(drop.exec(QStringLiteral("ALTER TABLE role_day_totals DROP COLUMN core_saves")));
        QCOMPARE(missingStatColumns(db), QStringList{QStringLiteral("core_saves")});
        // ... gets it back, filled from the details.
        QVERIFY(db.transaction());
        addStatColumns(db, {QStringLiteral("core_saves")}, QStringLiteral("testing"));
        QVERIFY(db.commit());
        QVERIFY(missingStatColumns(db).isEmpty());
        QCOMPARE(column(), stored);
    }
};

QTEST_GUILESS_MAIN(TestOldCaches)
#include "tst_oldcaches.moc"
