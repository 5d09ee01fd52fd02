// The cache file: created and migrated, details stored and returned byte for byte, player rows
// typed, a newer or corrupt file refused and left untouched, a crashed sync marked interrupted.

#include "core/replayparser.h"
#include "core/statcatalogue.h"
#include "fakes/fixtures.h"
#include "fakes/matchhistory.h"
#include "fakes/replaygenerator.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/replayrepository.h"
#include "storage/smalltables.h"
#include "storage/synclogrepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace bcs;
using namespace bcs::test;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(const Database &db, const QByteArray &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QString::fromUtf8(sql)) || !query.next())
        return {};
    return query.value(0);
}
} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString dbPath(const QString &name) const
    {
        return m_dir.filePath(name + QStringLiteral("/cache.sqlite"));
    }

private Q_SLOTS:
    void createsAndStoresDetailsByteForByte()
    {
        Database db(dbPath(QStringLiteral("fresh")));
        QCOMPARE(db.open(), QString());
        ReplayRepository replays(db.connection());
        const QByteArray body = readFixture(QStringLiteral("replay_detail_3v3_unranked_2024.json"));
        const ParsedReplay parsed = parseReplayDetail(QJsonDocument::fromJson(body).object());
        replays.storeDetail(body, parsed, 1);
        QCOMPARE(replays.detailBody(parsed.summary.id).value(), body);
        QCOMPARE(replays.count(ReplayStatus::Ok), 1);
        // Player rows carry the stats as typed columns.
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(
            QStringLiteral("SELECT count(*), sum(core_goals), sum(boost_bpm) FROM players")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 6);
        double goals = 0;
        double bpm = 0;
        for (const char *color : {"blue", "orange"}) {
            for (const QJsonValue player : QJsonDocument::fromJson(body)
                                               .object()
                                               .value(QLatin1String(color))
                                               .toObject()
                                               .value(QStringLiteral("players"))
                                               .toArray()) {
                goals +=
                    player[QStringLiteral("stats")][QStringLiteral("core")][QStringLiteral("goals")]
                        .toDouble();
                bpm +=
                    player[QStringLiteral("stats")][QStringLiteral("boost")][QStringLiteral("bpm")]
                        .toDouble();
            }
        }
        QCOMPARE(query.value(1).toDouble() / findStat(u"core.goals")->storageScale(), goals);
        QCOMPARE(query.value(2).toDouble() / findStat(u"boost.bpm")->storageScale(), bpm);
        // Storing the same replay again replaces, never duplicates.
        replays.storeDetail(body, parsed, 2);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM players")) && query.next());
        QCOMPARE(query.value(0).toInt(), 6);
    }

    void scaledColumnsAreExactForWhatBallchasingSends()
    {
        // Every number in the real samples survives the integer storage exactly, but for
        // percentages beyond five decimals (error below 0.000005 percentage points).
        for (const char *fixture :
             {"replay_detail_3v3_unranked_2024.json", "replay_detail_3v3_ranked_2021.json",
              "replay_detail_2v2_unranked_2021.json"}) {
            const ParsedReplay parsed =
                parseReplayDetail(readFixtureObject(QLatin1String(fixture)));
            for (const PlayerRow &player : parsed.players) {
                for (qsizetype i = 0; i < statCatalogue().size(); ++i) {
                    const StatDefinition &stat = statCatalogue()[i];
                    const double stored =
                        double(std::llround(player.stats[i] * stat.storageScale())) /
                        stat.storageScale();
                    QVERIFY2(qAbs(stored - player.stats[i]) <= 0.5 / stat.storageScale() + 1e-9,
                             qPrintable(stat.columnName()));
                }
            }
        }
    }

    void fullDiskIsAClearErrorAndLosesNothing()
    {
        Database db(dbPath(QStringLiteral("full")));
        QCOMPARE(db.open(), QString());
        ReplayRepository replays(db.connection());
        const ReplayGenerator generator(8);
        const auto details =
            generator.makeDetails(60, QDateTime::currentDateTimeUtc().addDays(-1), 600);
        const auto store = [&replays](const QJsonObject &detail) {
            replays.storeDetail(QJsonDocument(detail).toJson(QJsonDocument::Compact),
                                parseReplayDetail(detail), 1);
        };
        store(details[0]);
        QSqlQuery pragma(db.connection());
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA page_count")) && pragma.next());
        const int pages = pragma.value(0).toInt();
        QVERIFY(pragma.exec(
            QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 4))); // almost full
        int stored = 1;
        std::optional<StorageError> failure;
        for (; stored < details.size() && !failure; ++stored) {
            try {
                store(details[stored]);
            } catch (const StorageError &error) {
                failure = error;
                --stored;
            }
        }
        QVERIFY2(failure.has_value(), "storing on a full disk must fail");
        QCOMPARE(failure->kind, StorageError::Kind::DiskFull);
        QVERIFY2(failure->message.contains(QStringLiteral("disk is full")),
                 qPrintable(failure->message));
        QCOMPARE(replays.count(),
                 stored); // the failed one rolled back whole; the others are intact
        QVERIFY(replays.detailBody(details[0].value(QStringLiteral("id")).toString()).has_value());
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
        store(details[stored]);
        QCOMPARE(replays.count(), stored + 1);
    }

    void olderSchemaIsMigratedForward()
    {
        const QString path = dbPath(QStringLiteral("older"));
        const QByteArray body = readFixture(QStringLiteral("replay_detail_3v3_unranked_2024.json"));
        const ParsedReplay parsed = parseReplayDetail(QJsonDocument::fromJson(body).object());
        {
            Database db(path);
            QCOMPARE(db.open(), QString());
            ReplayRepository(db.connection()).storeDetail(body, parsed, 1);
            // Turn it back into a version 1 cache: what an older release left behind.
            QSqlQuery query(db.connection());
            for (const char *undo :
                 {"DROP TABLE player_roles", "DROP TABLE perspectives",
                  "DROP TABLE role_day_totals", "DROP TABLE account_totals",
                  "DROP TABLE replay_sides", "DROP INDEX players_identity",
                  "DROP INDEX players_account", "CREATE INDEX players_replay ON players(rid)",
                  "CREATE INDEX players_account ON players(platform, platform_id)",
                  "ALTER TABLE sync_log DROP COLUMN failures",
                  "ALTER TABLE sync_log DROP COLUMN listing_complete", "DROP TABLE replay_aliases",
                  "DROP TABLE sync_listings", "DROP INDEX replays_rocket_league_id",
                  "DROP INDEX replays_match_guid",
                  "ALTER TABLE players DROP COLUMN rank_tier",
                  "ALTER TABLE players DROP COLUMN rank_division",
                  "ALTER TABLE players DROP COLUMN rank_name", "PRAGMA user_version = 1"})
                QVERIFY2(query.exec(QLatin1String(undo)), undo);
        }
        Database db(path);
        QCOMPARE(db.open(), QString());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), latestSchemaVersion());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM player_roles")));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM role_day_totals")));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM replay_sides")));
        QCOMPARE(ReplayRepository(db.connection()).detailBody(parsed.summary.id).value(), body);
    }

    void pagesAreLargeAndOlderCachesRewrittenOnce()
    {
        const QString path = dbPath(QStringLiteral("pages"));
        const QByteArray body = readFixture(QStringLiteral("replay_detail_3v3_unranked_2024.json"));
        const ParsedReplay parsed = parseReplayDetail(QJsonDocument::fromJson(body).object());
        const auto pragma = [](Database &db, const char *name) {
            QSqlQuery query(db.connection());
            [&] { QVERIFY(query.exec(QLatin1String("PRAGMA ") + QLatin1String(name))); }();
            query.next();
            return query.value(0).toString();
        };
        {
            Database db(path);
            QCOMPARE(db.open(), QString());
            QCOMPARE(pragma(db, "page_size"), QStringLiteral("16384")); // a new cache
            ReplayRepository(db.connection()).storeDetail(body, parsed, 1);
            // What an older release created: SQLite's default 4 KB pages.
            QSqlQuery query(db.connection());
            for (const char *undo : {"PRAGMA journal_mode = DELETE", "PRAGMA page_size = 4096",
                                     "VACUUM", "PRAGMA journal_mode = WAL"})
                QVERIFY2(query.exec(QLatin1String(undo)), undo);
            QCOMPARE(pragma(db, "page_size"), QStringLiteral("4096"));
        }
        {
            // Another reader holds the file (a backup tool, say): the rewrite cannot run (after
            // the 10 s busy wait) and the cache opens as it is, nothing lost.
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages-other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery hold(other);
            QVERIFY(hold.exec(QStringLiteral("BEGIN")));
            QVERIFY(hold.exec(QStringLiteral("SELECT count(*) FROM replays")) && hold.next());
            {
                Database busy(path);
                QCOMPARE(busy.open(), QString());
                QCOMPARE(pragma(busy, "page_size"), QStringLiteral("4096"));
                QCOMPARE(pragma(busy, "journal_mode"), QStringLiteral("wal"));
                QCOMPARE(ReplayRepository(busy.connection()).detailBody(parsed.summary.id).value(),
                         body);
            }
            hold.finish();
            QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
            hold = QSqlQuery();
            other.close();
            other = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("pages-other"));
        }
        Database db(path); // the next start rewrites it
        QCOMPARE(db.open(), QString());
        QCOMPARE(pragma(db, "page_size"), QStringLiteral("16384"));
        QCOMPARE(pragma(db, "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(db, "integrity_check"), QStringLiteral("ok"));
        QCOMPARE(ReplayRepository(db.connection()).detailBody(parsed.summary.id).value(), body);
    }

    void listedThenFetched()
    {
        Database db(dbPath(QStringLiteral("listed")));
        QCOMPARE(db.open(), QString());
        ReplayRepository replays(db.connection());
        const QJsonObject page =
            readFixtureObject(QStringLiteral("replays_list_page_2025_uploader_me_player_id.json"));
        const ListedReplay row =
            parseListedReplay(page.value(QStringLiteral("list")).toArray().first().toObject());
        QVERIFY(replays.insertListed({row}).failures.isEmpty());
        QVERIFY(replays.insertListed({row}).failures.isEmpty()); // idempotent
        const QString id = row.summary.id;
        QCOMPARE(replays.statuses({id}).value(id), ReplayStatus::Missing);
        QCOMPARE(replays.idsWithStatus({ReplayStatus::Missing}), QStringList{id});
        QCOMPARE(scalar(db, "SELECT count(*) FROM players").toInt(), int(row.players.size()));
        replays.recordFetchFailure(id, QStringLiteral("HTTP 500"));
        QCOMPARE(replays.count(ReplayStatus::Missing), 1);
    }

    // A listed replay's player rows are there before its detail, with what the listing shows;
    // the detail fills in those very rows (rowid and so role kept), and keeps the listed rank
    // where it has none.
    void theDetailFillsInTheListedRows()
    {
        Database db(dbPath(QStringLiteral("filled")));
        QCOMPARE(db.open(), QString());
        ReplayRepository replays(db.connection());
        QJsonObject detail = readFixtureObject(QStringLiteral("replay_detail_3v3_ranked_2021.json"));
        const ListedReplay listed = parseListedReplay(ReplayGenerator::summaryFromDetail(detail));
        QCOMPARE(listed.players.size(), 6);
        QVERIFY(listed.players.first().rank);
        QVERIFY(replays.insertListed({listed}).failures.isEmpty());
        const QString id = listed.summary.id;
        const auto rows = [&db] {
            QSqlQuery query(db.connection());
            query.exec(QStringLiteral(
                "SELECT rowid, name, core_score, core_shots, rank_tier, rank_name FROM players "
                "ORDER BY team, slot"));
            QList<QVariantList> result;
            while (query.next())
                result.append({query.value(0), query.value(1), query.value(2), query.value(3),
                               query.value(4), query.value(5)});
            return result;
        };
        const QList<QVariantList> before = rows();
        QCOMPARE(before.size(), 6);
        int scores = 0;
        for (qsizetype i = 0; i < before.size(); ++i) {
            const ListedPlayer &player = listed.players.at(i); // blue, then orange, like the rows
            QCOMPARE(before[i][1].toString(), player.name);
            QCOMPARE(before[i][2].toInt(), player.score);
            QCOMPARE(before[i][3].toInt(), 0); // not in a listing
            if (player.rank) {
                QCOMPARE(before[i][4].toInt(), player.rank->tier);
                QCOMPARE(before[i][5].toString(), player.rank->name);
            } else {
                QVERIFY(before[i][4].isNull()); // no rank, not a zero rank
            }
            scores += player.score;
        }
        QVERIFY(scores > 0);

        // The detail without the first blue player's rank: the listed one stays.
        QJsonObject blue = detail.value(QStringLiteral("blue")).toObject();
        QJsonArray bluePlayers = blue.value(QStringLiteral("players")).toArray();
        QJsonObject first = bluePlayers.at(0).toObject();
        first.remove(QStringLiteral("rank"));
        bluePlayers.replace(0, first);
        blue.insert(QStringLiteral("players"), bluePlayers);
        detail.insert(QStringLiteral("blue"), blue);
        const QByteArray body = QJsonDocument(detail).toJson(QJsonDocument::Compact);
        const ParsedReplay parsed = parseReplayDetail(detail);
        replays.storeDetail(body, parsed, 1);
        QCOMPARE(replays.statuses({id}).value(id), ReplayStatus::Ok);
        const QList<QVariantList> after = rows();
        QCOMPARE(after.size(), 6);
        const qsizetype shots = findStat(u"core.shots") - statCatalogue().constData();
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(after[i][0], before[i][0]); // the same row
            QCOMPARE(after[i][3].toInt(), int(parsed.players.at(i).stats.at(shots)));
            QCOMPARE(after[i][4], before[i][4]);
        }

        // A player the listing did not show gets a row; one the detail does not have goes.
        ParsedReplay changed = parsed;
        changed.players.removeLast();
        PlayerRow substitute = parsed.players.first();
        substitute.name = QStringLiteral("Substitute");
        substitute.platformId = QStringLiteral("76561190000000001");
        changed.players.append(substitute);
        replays.storeDetail(body, changed, 2);
        const QList<QVariantList> replaced = rows();
        QCOMPARE(replaced.size(), 6);
        QCOMPARE(scalar(db, "SELECT count(*) FROM players WHERE name = 'Substitute'").toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM players WHERE rowid = %1")
                                .arg(before.last()[0].toLongLong())
                                .toUtf8())
                     .toInt(),
                 0);
    }

    // One match, one game, from the listing alone: the same file uploaded twice (same
    // rocket_league_id) and a teammate's own recording (same players, score and time) become
    // aliases of the upload listed first; the same players' next match does not.
    void otherUploadsOfAMatchAreAliases()
    {
        Database db(dbPath(QStringLiteral("aliases")));
        QCOMPARE(db.open(), QString());
        ReplayRepository replays(db.connection());
        const QList<GeneratedGame> games = MatchHistory(4).games(
            12, QDateTime(QDate(2025, 6, 2), QTime(20, 0), QTimeZone::utc()), 8 * 60);
        const auto listed = [](const GeneratedGame &game) {
            return parseListedReplay(ReplayGenerator::summaryFromDetail(game.detail));
        };
        qsizetype first = 0;
        while (games.at(first).myTeam.isEmpty())
            ++first;
        const GeneratedGame &game = games.at(first);
        const GeneratedGame recorded = MatchHistory::uploadedAgain(
            game, QLatin1String(MatchHistory::kTeammateUploaderSteamId), true, 0);
        const GeneratedGame sameFile = MatchHistory::uploadedAgain(
            game, QLatin1String(MatchHistory::kOwnerSteamId), false, 1);
        QVERIFY(listed(recorded).summary.rocketLeagueId != listed(game).summary.rocketLeagueId);
        // The same players 8 minutes later, with the first game's score: another match.
        GeneratedGame rematch = MatchHistory::uploadedAgain(
            game, QLatin1String(MatchHistory::kOwnerSteamId), true, 2);
        rematch.detail.insert(QStringLiteral("date"),
                              games.at(first + 1).detail.value(QStringLiteral("date")));
        const ListingOutcome outcome = replays.insertListed(
            {listed(game), listed(recorded), listed(sameFile), listed(rematch)});
        QVERIFY(outcome.failures.isEmpty());
        const QString id = game.detail.value(QStringLiteral("id")).toString();
        const QString recordedId = recorded.detail.value(QStringLiteral("id")).toString();
        const QString sameFileId = sameFile.detail.value(QStringLiteral("id")).toString();
        QCOMPARE(outcome.duplicates, (QStringList{recordedId, sameFileId}));
        QCOMPARE(replays.count(), 2); // the game and its rematch
        QStringList both{recordedId, sameFileId};
        both.sort();
        QCOMPARE(replays.alsoUploadedAs({id}).value(id), both);
        QCOMPARE(replays.statuses({recordedId}).value(recordedId), ReplayStatus::Missing);
        // Listed again (the next sync): still aliases, nothing new.
        QCOMPARE(replays.insertListed({listed(recorded)}).duplicates, QStringList{recordedId});
        QCOMPARE(replays.count(), 2);
    }

    // Listed players from the real rows: a bot's `id: {}`, a masked PSN id, a player without a
    // name, substitutes (late start, early end), ranks only where the page printed them.
    void listedPlayersKeepEveryShape()
    {
        const ListedReplay bots = parseListedReplay(
            readFixtureObject(QStringLiteral("edge_cases/list_item_with_bot_player.json")));
        QCOMPARE(bots.players.size(), 8);
        const ListedPlayer &masked = bots.players.at(1);
        QCOMPARE(masked.team, QStringLiteral("blue"));
        QCOMPARE(masked.platform, QStringLiteral("ps4"));
        QCOMPARE(masked.platformId, QStringLiteral("************"));
        QCOMPARE(masked.score, 366);
        QVERIFY(!masked.mvp);
        const ListedPlayer &bot = bots.players.at(5);
        QCOMPARE(bot.name, QStringLiteral("Caveman"));
        QCOMPARE(bot.team, QStringLiteral("orange"));
        QCOMPARE(bot.slot, 2);
        QVERIFY(bot.platform.isEmpty() && bot.platformId.isEmpty());
        QCOMPARE(bot.startTime, 82.643364);
        QVERIFY(bots.players.at(0).mvp);
        QCOMPARE(bots.players.at(0).score, 394);
        for (const ListedPlayer &player : bots.players)
            QVERIFY(!player.rank); // an unranked game: no rank, not a zero rank

        const ListedReplay ranked = parseListedReplay(
            readFixtureObject(QStringLiteral("edge_cases/list_item_without_player_name.json")));
        QCOMPARE(ranked.players.size(), 6);
        QVERIFY(ranked.players.at(4).name.isEmpty());
        QCOMPARE(ranked.players.at(4).rank->id, QStringLiteral("platinum-1"));
        QVERIFY(!ranked.players.at(1).rank); // this player's rank was not printed
        const PlayerRank &first = *ranked.players.at(0).rank;
        QCOMPARE(first.tier, 10);
        QCOMPARE(first.division, 2);
        QCOMPARE(first.name, QStringLiteral("Platinum I Division 2"));
        QCOMPARE(ranked.summary.id,
                 parseReplayListRow(readFixtureObject(QStringLiteral(
                                        "edge_cases/list_item_without_player_name.json")))
                     .id);

        const ListedReplay emptyOrange = parseListedReplay(readFixtureObject(
            QStringLiteral("edge_cases/list_item_without_duration_empty_orange.json")));
        QCOMPARE(emptyOrange.players.size(), 1);

        // Every row of every list page sample: both teams' players, in order, none dropped.
        for (const QString &page :
             {QStringLiteral("replays_list_page_2021_group_filter_rlcs.json"),
              QStringLiteral("replays_list_page_2021_player_id.json"),
              QStringLiteral("replays_list_page_2023_player_name_count1.json"),
              QStringLiteral("replays_list_page_2025_uploader_me_player_id.json")}) {
            for (const QJsonValue row :
                 readFixtureObject(page).value(QStringLiteral("list")).toArray()) {
                const QJsonObject object = row.toObject();
                const ListedReplay listed = parseListedReplay(object);
                const qsizetype expected = object.value(QStringLiteral("blue"))
                                               .toObject()
                                               .value(QStringLiteral("players"))
                                               .toArray()
                                               .size() +
                                           object.value(QStringLiteral("orange"))
                                               .toObject()
                                               .value(QStringLiteral("players"))
                                               .toArray()
                                               .size();
                QCOMPARE(listed.players.size(), expected);
                QCOMPARE(listed.summary.id, object.value(QStringLiteral("id")).toString());
            }
        }
    }

    void refusesNewerSchemaUntouched()
    {
        const QString path = dbPath(QStringLiteral("newer"));
        {
            Database db(path);
            QCOMPARE(db.open(), QString());
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = fileHash(path);
        Database db(path);
        const QString error = db.open();
        QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("left untouched")));
        QCOMPARE(fileHash(path), before);
    }

    void refusesCorruptFileUntouched()
    {
        const QString path = dbPath(QStringLiteral("corrupt"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const QByteArray before = fileHash(path);
        Database db(path);
        const QString error = db.open();
        QVERIFY2(error.contains(QStringLiteral("not a SQLite database")), qPrintable(error));
        QCOMPARE(fileHash(path), before);
    }

    void refusesTruncatedDatabase()
    {
        const QString path = dbPath(QStringLiteral("truncated"));
        {
            Database db(path);
            QCOMPARE(db.open(), QString());
            ReplayGenerator generator(1);
            ReplayRepository replays(db.connection());
            for (const QJsonObject &detail :
                 generator.makeDetails(30, QDateTime::currentDateTimeUtc().addDays(-3), 600)) {
                const QByteArray body = QJsonDocument(detail).toJson(QJsonDocument::Compact);
                replays.storeDetail(body, parseReplayDetail(detail), 1);
            }
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray header = file.read(100);
        file.resize(0);
        file.write(header);
        file.write(QByteArray(8192, '\x5a')); // a header followed by garbage pages
        file.close();
        const QByteArray before = fileHash(path);
        Database db(path);
        const QString error = db.open();
        QVERIFY2(!error.isEmpty(), "a damaged file must not open as if fine");
        QVERIFY2(error.contains(QStringLiteral("untouched")), qPrintable(error));
        QCOMPARE(fileHash(path), before);
    }

    void crashedSyncIsMarkedInterrupted()
    {
        Database db(dbPath(QStringLiteral("crash")));
        QCOMPARE(db.open(), QString());
        SyncLogRepository log(db.connection());
        SyncLogEntry entry;
        entry.startedAt = QStringLiteral("2026-01-01T00:00:00Z");
        entry.startedMs = 1;
        const qint64 id = log.insert(entry);
        QCOMPARE(log.markInterrupted(QStringLiteral("2026-01-01T01:00:00Z")), 1);
        const auto found = log.find(id);
        QCOMPARE(found->status, QStringLiteral("failed"));
        QCOMPARE(found->error, QStringLiteral("interrupted"));
        QCOMPARE(found->toJson().value(QStringLiteral("date_after")), QJsonValue(QJsonValue::Null));
    }

    void requestLogAndMaps()
    {
        Database db(dbPath(QStringLiteral("small")));
        QCOMPARE(db.open(), QString());
        RequestLogRepository requests(db.connection());
        requests.append(
            {{EndpointGroup::Get, 100}, {EndpointGroup::List, 200}, {EndpointGroup::Get, 300}});
        requests.pruneBefore(150);
        const auto since = requests.since(0);
        QCOMPARE(since.value(EndpointGroup::Get), (QList<qint64>{300}));
        QCOMPARE(since.value(EndpointGroup::List), (QList<qint64>{200}));
        MapsRepository maps(db.connection());
        maps.replaceAll({{QStringLiteral("stadium_p"), QStringLiteral("DFH Stadium")}});
        QCOMPARE(maps.all().value(QStringLiteral("stadium_p")), QStringLiteral("DFH Stadium"));
    }

    void readOnlyConnectionFromAnotherThread()
    {
        Database db(dbPath(QStringLiteral("threads")));
        QCOMPARE(db.open(), QString());
        int count = -1;
        QThread *thread = QThread::create([&db, &count] {
            ReplayRepository replays(db.connection(Database::Access::ReadOnly));
            count = replays.count();
        });
        thread->start();
        QVERIFY(thread->wait(5000));
        delete thread;
        QCOMPARE(count, 0);
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
