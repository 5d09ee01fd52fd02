// Listings first (DESIGN.md §5). A cache of listed games, some of them with details, must
//  - answer every detailed stat exactly as a cache of only the games with details does (the
//    listed rows' zeros never leak into a sum, a mean or a count), from the player rows and from
//    the daily totals alike;
//  - answer the listing-level stats (results, score, MVPs, lineups, scorelines, rank) over every
//    listed game, equal to what this test computes itself from the list rows and the truth the
//    generator kept about who is who.
// Through the fake and the API: the players list and the listing-level stats are complete once
// the listing is, while details are still arriving; a cancelled sync is resumed without listing
// the range again, and every detail is fetched once across both.

#include "api/controllers/aggregatesjson.h"
#include "api/controllers/analysesjson.h"
#include "api/controllers/historyjson.h"
#include "core/playerconfig.h"
#include "core/replayparser.h"
#include "core/rfc3339.h"
#include "fakes/matchhistory.h"
#include "fakes/replaygenerator.h"
#include "stats/aggregates.h"
#include "stats/analyses.h"
#include "stats/correlation.h"
#include "stats/derivedtables.h"
#include "stats/gamerows.h"
#include "stats/rankhistory.h"
#include "stats/roleindex.h"
#include "stats/scorelines.h"
#include "stats/trend.h"
#include "storage/database.h"
#include "storage/replayrepository.h"
#include "storage/rolerepository.h"
#include "storage/synclogrepository.h"
#include "support/httpcall.h"
#include "support/synctestbed.h"

#include <QJsonArray>
#include <algorithm>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace bcs;
using namespace bcs::test;

namespace {

const QDateTime kFirst(QDate(2025, 2, 3), QTime(17, 0), QTimeZone::utc());

bool hasDetails(int index)
{
    return index % 12 < 7; // interleaved in time, so every filter sees both kinds
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// The listing-level parts an answer of the first cache adds, removed.
QJsonObject withoutListed(QJsonObject stats)
{
    stats.remove(QStringLiteral("listed"));
    return stats;
}

// A scoreline's or a trend point's detailed part, keyed for comparison; rows without details
// (only the listed cache has them) left out. `gamesKey`: how the detailed games are called.
QJsonArray detailedRows(const QJsonArray &rows, const QStringList &keep, const QString &gamesKey)
{
    QJsonArray kept;
    for (const QJsonValue value : rows) {
        const QJsonObject row = value.toObject();
        if (row.value(gamesKey).toInt() == 0)
            continue;
        QJsonObject part{{QStringLiteral("detailed_games"), row.value(gamesKey)}};
        for (const QString &key : keep)
            part.insert(key, row.value(key));
        kept.append(part);
    }
    return kept;
}

struct Expected
{
    int games = 0, wins = 0, losses = 0, ties = 0, mvps = 0;
    qint64 score = 0;
};

QJsonArray playersOf(const QJsonObject &row, const QString &team)
{
    return row.value(team).toObject().value(QStringLiteral("players")).toArray();
}

} // namespace

class TestListingsFirst : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_listed;   // every game listed, some with details
    std::unique_ptr<Database> m_detailed; // only the games with details
    QList<GeneratedGame> m_games;

    static void fill(Database &database, const QList<GeneratedGame> &games, bool listFirst)
    {
        ReplayRepository replays(database.connection());
        QList<ListedReplay> page;
        for (const GeneratedGame &game : games)
            page.append(parseListedReplay(ReplayGenerator::summaryFromDetail(game.detail)));
        if (listFirst)
            QVERIFY(replays.insertListed(page).failures.isEmpty());
        for (int i = 0; i < games.size(); ++i) {
            if (hasDetails(i))
                replays.storeDetail(compact(games[i].detail), parseReplayDetail(games[i].detail),
                                    1);
        }
        RoleRepository(database.connection())
            .saveConfig(*parsePlayerConfig(MatchHistory::playerConfig()).config, 0);
    }

    QList<StatsFilter> filters() const
    {
        QList<StatsFilter> all(6);
        all[1].playlists = {QStringLiteral("ranked-doubles")};
        all[2].afterMs = kFirst.addDays(9).addSecs(3600).toMSecsSinceEpoch(); // partial days
        all[2].beforeMs = kFirst.addDays(30).toMSecsSinceEpoch();
        all[3].map = QStringLiteral("Mannfield");
        all[4].minDurationSeconds = 250;
        all[5].excludeTies = true;
        all[5].teamSize = 3;
        return all;
    }

    // Every detailed answer, as the API writes it.
    static QList<QByteArray> detailedAnswers(const Database &database, const StatsFilter &filter)
    {
        QList<QByteArray> answers;
        for (const QString &role :
             {QStringLiteral("me"), QStringLiteral("anon_teammate"),
              QStringLiteral("anon_opponent"), QStringLiteral("teammate:alice"),
              QStringLiteral("teammate:bob"), QStringLiteral("teammate:carl")})
            answers << compact(
                withoutListed(roleAggregateJson(aggregateRole(database, role, filter))));
        answers << replaysWithRolesJson(replaysWithRoles(database, filter, 1000, 0))
                << gameRowsJson(gameRows(database, filter, -1, 0));
        for (const QString &name : seedCorrelationStatNames()) {
            for (const QString &role : {QStringLiteral("me"), correlationrole::Teammates,
                                        correlationrole::Opponents, QStringLiteral("teammate:bob")})
                answers << correlationJson(
                    correlation(database, *findCorrelationStat(name), role, filter));
        }
        return answers;
    }

    static QByteArray scorelineDetails(const Database &database, const StatsFilter &filter,
                                       const QString &gamesKey)
    {
        const QJsonArray rows =
            QJsonDocument::fromJson(scorelinesJson(scorelines(database, filter))).array();
        return compact(detailedRows(rows,
                                    {QStringLiteral("my_goals"), QStringLiteral("opp_goals"),
                                     QStringLiteral("me"), QStringLiteral("teammates"),
                                     QStringLiteral("opponents")},
                                    gamesKey));
    }

    static QByteArray trendDetails(const Database &database, const StatsFilter &filter)
    {
        QByteArray all;
        for (const char *stat : {"core.score", "boost.bpm", "core.shots"}) {
            for (const TrendBucket bucket : {TrendBucket::Week, TrendBucket::Month}) {
                const QJsonArray points =
                    trendJson(trend(database, *findStat(QString::fromLatin1(stat)),
                                    QStringLiteral("me"), bucket, filter))
                        .value(QStringLiteral("points"))
                        .toArray();
                all += compact(detailedRows(points,
                                            {QStringLiteral("period"), QStringLiteral("value")},
                                            QStringLiteral("games_with_details")));
            }
        }
        return all;
    }

    void compareDetailedAnswers()
    {
        for (const StatsFilter &filter : filters()) {
            const QList<QByteArray> listed = detailedAnswers(*m_listed, filter);
            const QList<QByteArray> detailed = detailedAnswers(*m_detailed, filter);
            QCOMPARE(listed.size(), detailed.size());
            for (qsizetype i = 0; i < listed.size(); ++i)
                QVERIFY2(listed[i] == detailed[i],
                         qPrintable(QStringLiteral("answer %1: %2\nvs %3")
                                        .arg(i)
                                        .arg(QString::fromUtf8(listed[i].left(400)),
                                             QString::fromUtf8(detailed[i].left(400)))));
            // The detailed cache's games are all detailed: its `games` is what the other calls
            // games_with_details.
            QCOMPARE(scorelineDetails(*m_listed, filter, QStringLiteral("games_with_details")),
                     scorelineDetails(*m_detailed, filter, QStringLiteral("games")));
            QCOMPARE(trendDetails(*m_listed, filter), trendDetails(*m_detailed, filter));
        }
    }

    // The role a list row must get, from who it really is.
    static QString truthAt(const GeneratedGame &game, const QString &team, qsizetype slot)
    {
        return game.truth.value(QStringLiteral("%1:%2").arg(team).arg(slot));
    }

    Expected expectedForMe() const
    {
        Expected e;
        for (const GeneratedGame &game : m_games) {
            if (game.myTeam.isEmpty())
                continue;
            const QJsonObject row = ReplayGenerator::summaryFromDetail(game.detail);
            const QJsonArray mine = playersOf(row, game.myTeam);
            for (qsizetype slot = 0; slot < mine.size(); ++slot) {
                if (truthAt(game, game.myTeam, slot) != QLatin1String("me"))
                    continue;
                const int us = game.goals[game.myTeam == QLatin1String("blue") ? 0 : 1];
                const int them = game.goals[game.myTeam == QLatin1String("blue") ? 1 : 0];
                ++e.games;
                e.wins += us > them;
                e.losses += us < them;
                e.ties += us == them;
                const QJsonObject player = mine.at(slot).toObject();
                e.score += player.value(QStringLiteral("score")).toInt();
                e.mvps += player.value(QStringLiteral("mvp")).toBool();
            }
        }
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_games = MatchHistory(7).games(180, kFirst, 4 * 3600);
        m_listed = std::make_unique<Database>(m_dir.filePath(QStringLiteral("listed.sqlite")));
        m_detailed = std::make_unique<Database>(m_dir.filePath(QStringLiteral("detailed.sqlite")));
        QCOMPARE(m_listed->open(), QString());
        QCOMPARE(m_detailed->open(), QString());
        fill(*m_listed, m_games, true);
        fill(*m_detailed, m_games, false);
    }

    // From the player rows: the daily totals are not built yet.
    void detailedStatsIgnoreListedGamesFromRows()
    {
        rebuildRoles(*m_listed);
        rebuildRoles(*m_detailed);
        compareDetailedAnswers();
    }

    // From the daily totals and the per-side sums.
    void detailedStatsIgnoreListedGamesFromTotals()
    {
        refreshDerivedTables(*m_listed);
        refreshDerivedTables(*m_detailed);
        compareDetailedAnswers();
    }

    void listedStatsCoverEveryListedGame()
    {
        const Expected e = expectedForMe();
        QVERIFY(e.games > 100 && e.mvps > 0 && e.ties > 0);
        for (const bool fromTotals : {false, true}) {
            if (fromTotals)
                refreshDerivedTables(*m_listed);
            else
                rebuildRoles(*m_listed); // totals stale: the rows
            const QJsonObject me =
                roleAggregateJson(aggregateRole(*m_listed, QStringLiteral("me"), {}));
            const QJsonObject listed = me.value(QStringLiteral("listed")).toObject();
            QCOMPARE(listed.value(QStringLiteral("games")).toInt(), e.games);
            QCOMPARE(listed.value(QStringLiteral("wins")).toInt(), e.wins);
            QCOMPARE(listed.value(QStringLiteral("losses")).toInt(), e.losses);
            QCOMPARE(listed.value(QStringLiteral("ties")).toInt(), e.ties);
            QCOMPARE(listed.value(QStringLiteral("mvp")).toInt(), e.mvps);
            QCOMPARE(listed.value(QStringLiteral("win_rate")).toDouble(), 100.0 * e.wins / e.games);
            QCOMPARE(listed.value(QStringLiteral("score")).toDouble(),
                     std::round(10.0 * double(e.score) / e.games) / 10.0);
            const int detailed = me.value(QStringLiteral("games_with_details")).toInt();
            QCOMPARE(detailed, me.value(QStringLiteral("games")).toInt());
            QVERIFY(detailed > 0 && detailed < e.games);
        }
    }

    void lineupsAndScorelinesCountEveryListedGame()
    {
        refreshDerivedTables(*m_listed);
        // Expected from the truth: per game of mine, the aliases of my real teammates on my team.
        QMap<QString, std::array<int, 3>> expected; // joined aliases -> games, wins, losses
        QMap<std::pair<int, int>, int> scores;
        for (const GeneratedGame &game : std::as_const(m_games)) {
            if (game.myTeam.isEmpty())
                continue;
            const int side = game.myTeam == QLatin1String("blue") ? 0 : 1;
            const int us = game.goals[side], them = game.goals[1 - side];
            QStringList aliases;
            const QJsonArray mine = playersOf(game.detail, game.myTeam);
            for (qsizetype slot = 0; slot < mine.size(); ++slot) {
                const QString truth = truthAt(game, game.myTeam, slot);
                if (truth.startsWith(QLatin1String("teammate:")))
                    aliases << truth.mid(9);
            }
            aliases.sort(Qt::CaseInsensitive);
            aliases.removeDuplicates();
            auto &lineup = expected[aliases.join(QLatin1Char(','))];
            ++lineup[0];
            lineup[1] += us > them;
            lineup[2] += us < them;
            ++scores[{us, them}];
        }
        QMap<QString, std::array<int, 3>> answered;
        for (const QJsonValue value : lineupsJson(lineups(m_listed->connection(), {}))) {
            const QJsonObject row = value.toObject();
            QStringList aliases;
            for (const QJsonValue alias : row.value(QStringLiteral("teammates")).toArray())
                aliases << alias.toString();
            answered.insert(aliases.join(QLatin1Char(',')),
                            {row.value(QStringLiteral("games")).toInt(),
                             row.value(QStringLiteral("wins")).toInt(),
                             row.value(QStringLiteral("losses")).toInt()});
        }
        QCOMPARE(answered, expected);
        QVERIFY(expected.size() > 3);

        QMap<std::pair<int, int>, int> counted;
        int withoutDetails = 0;
        for (const ScorelineRow &row : scorelines(*m_listed, {})) {
            counted.insert({row.myGoals, row.oppGoals}, row.games);
            QVERIFY(row.gamesWithDetails <= row.games);
            QCOMPARE(bool(row.me), row.gamesWithDetails > 0);
            withoutDetails += row.games - row.gamesWithDetails;
        }
        QCOMPARE(counted, scores);
        QVERIFY(withoutDetails > 0);

        // Per game: only the detailed ones by default, every listed one on request.
        const QList<GameRow> detailed = gameRows(*m_listed, {}, -1, 0);
        const QList<GameRow> every = gameRows(*m_listed, {}, -1, 0, Coverage::Listed);
        int mine = 0;
        for (const GeneratedGame &game : std::as_const(m_games))
            mine += !game.myTeam.isEmpty();
        QCOMPARE(every.size(), mine);
        QCOMPARE(detailed.size(), aggregateRole(*m_listed, QStringLiteral("me"), {}).games);
        for (const GameRow &row : every)
            QCOMPARE(bool(row.me), row.detailed);
    }

    // My rank per ranked game, oldest first, and the opponents' mean tier, from the list rows.
    void rankOverTimeFromTheListings()
    {
        QJsonArray expected;
        QList<std::pair<qint64, QJsonObject>> games;
        for (const GeneratedGame &game : std::as_const(m_games)) {
            if (game.myTeam.isEmpty())
                continue;
            const QJsonObject row = ReplayGenerator::summaryFromDetail(game.detail);
            const QString other = game.myTeam == QLatin1String("blue") ? QStringLiteral("orange")
                                                                      : QStringLiteral("blue");
            const QJsonArray mine = playersOf(row, game.myTeam);
            for (qsizetype slot = 0; slot < mine.size(); ++slot) {
                const QJsonObject rank =
                    mine.at(slot).toObject().value(QStringLiteral("rank")).toObject();
                if (truthAt(game, game.myTeam, slot) != QLatin1String("me") ||
                    rank.value(QStringLiteral("tier")).toInt() <= 0)
                    continue;
                double tiers = 0;
                int ranked = 0;
                for (const QJsonValue opponent : playersOf(row, other)) {
                    const int tier = opponent.toObject()
                                         .value(QStringLiteral("rank"))
                                         .toObject()
                                         .value(QStringLiteral("tier"))
                                         .toInt();
                    if (tier > 0) {
                        tiers += tier;
                        ++ranked;
                    }
                }
                games.append(
                    {parseReplayListRow(row).dateMs,
                     QJsonObject{{QStringLiteral("replay_id"), row.value(QStringLiteral("id"))},
                                 {QStringLiteral("tier"), rank.value(QStringLiteral("tier"))},
                                 {QStringLiteral("division"),
                                  rank.value(QStringLiteral("division"))},
                                 {QStringLiteral("name"), rank.value(QStringLiteral("name"))},
                                 {QStringLiteral("opponents_mean_tier"),
                                  ranked ? QJsonValue(tiers / ranked) : QJsonValue()}}});
            }
        }
        std::stable_sort(games.begin(), games.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &game : std::as_const(games))
            expected.append(game.second);
        QVERIFY(expected.size() > 20);

        QJsonArray answered;
        for (const QJsonValue value : rankHistoryJson(rankHistory(m_listed->connection(), {}))) {
            QJsonObject row = value.toObject();
            QJsonObject kept;
            for (const char *key :
                 {"replay_id", "tier", "division", "name", "opponents_mean_tier"})
                kept.insert(QLatin1String(key), row.value(QLatin1String(key)));
            answered.append(kept);
        }
        QCOMPARE(compact(answered), compact(expected));
        // A filter applies: only ranked doubles.
        StatsFilter doubles;
        doubles.playlists = {QStringLiteral("ranked-doubles")};
        const QJsonArray filtered = rankHistoryJson(rankHistory(m_listed->connection(), doubles));
        QVERIFY(!filtered.isEmpty() && filtered.size() < expected.size());
        for (const QJsonValue value : filtered)
            QCOMPARE(value[QStringLiteral("playlist")].toString(),
                     QStringLiteral("ranked-doubles"));
    }

    // Through the fake and the API, at the regular tier (2 details a second): the players list
    // and my listing-level stats are complete once the listing is, long before the details; a
    // cancelled sync is resumed by the next one without listing the range again.
    void aSyncListsFirstAndResumesWithoutListingAgain()
    {
        SyncTestbed bed;
        QCOMPARE(bed.openError, QString());
        const QList<GeneratedGame> games = MatchHistory(9).games(60, kFirst, 5 * 3600);
        bed.fake.addReplays(MatchHistory::details(games));
        bed.afterCacheChanged = refreshDerivedTables;
        RoleRepository(bed.database->connection())
            .saveConfig(*parsePlayerConfig(MatchHistory::playerConfig()).config, 0);
        bed.makeSync(QStringLiteral("regular"));
        QCOMPARE(bed.startApi(), QString());

        QSignalSpy finished(bed.sync.get(), &SyncManager::finished);
        QCOMPARE(bed.sync->start({}).kind, SyncStartResult::Kind::Started);
        QTRY_VERIFY_WITH_TIMEOUT(bed.sync->status().listingComplete, 20000);
        const SyncStatus listed = bed.sync->status();
        QCOMPARE(listed.listed, 60);
        QVERIFY2(listed.fetched < 30, qPrintable(QString::number(listed.fetched)));

        // Every player of every listed game, counted as the list rows show them.
        QMap<QString, int> expectedPlayers;
        int myGames = 0;
        for (const GeneratedGame &game : games) {
            myGames += !game.myTeam.isEmpty();
            const QJsonObject row = ReplayGenerator::summaryFromDetail(game.detail);
            for (const QString &team : {QStringLiteral("blue"), QStringLiteral("orange")}) {
                for (const QJsonValue value : playersOf(row, team)) {
                    const QJsonObject player = value.toObject();
                    const QJsonObject id = player.value(QStringLiteral("id")).toObject();
                    ++expectedPlayers[QStringList{player.value(QStringLiteral("name")).toString(),
                                                  id.value(QStringLiteral("platform")).toString(),
                                                  id.value(QStringLiteral("id")).toString()}
                                          .join(u'|')];
                }
            }
        }
        QMap<QString, int> answeredPlayers;
        for (const QJsonValue value :
             httpCall("GET", bed.apiUrl(QStringLiteral("/api/players"))).json.array()) {
            const QJsonObject player = value.toObject();
            answeredPlayers.insert(QStringList{player.value(QStringLiteral("name")).toString(),
                                               player.value(QStringLiteral("platform")).toString(),
                                               player.value(QStringLiteral("platform_id")).toString()}
                                       .join(u'|'),
                                   player.value(QStringLiteral("count")).toInt());
        }
        QCOMPARE(answeredPlayers, expectedPlayers);
        const QJsonObject me =
            httpCall("GET", bed.apiUrl(QStringLiteral("/api/stats/me"))).json.object();
        const QJsonObject stats = me.value(QStringLiteral("stats")).toObject();
        QCOMPARE(stats.value(QStringLiteral("listed"))[QStringLiteral("games")].toInt(), myGames);
        QVERIFY(stats.value(QStringLiteral("games_with_details")).toInt() < myGames);

        bed.sync->cancel();
        QVERIFY(finished.wait(10000));
        const int listingsBefore = int(std::count_if(
            bed.fake.requests().cbegin(), bed.fake.requests().cend(),
            [](const RecordedRequest &r) { return r.path == QLatin1String("/api/replays"); }));
        const SyncStatus cancelled = bed.sync->status();
        QVERIFY(cancelled.fetched < 60);

        // The next sync fetches what is missing; its only listing is the one for late uploads.
        bed.makeSync(QStringLiteral("gc"));
        QSignalSpy resumed(bed.sync.get(), &SyncManager::finished);
        QCOMPARE(bed.sync->start({}).kind, SyncStartResult::Kind::Started);
        QVERIFY(resumed.wait(60000));
        QCOMPARE(bed.sync->status().lastStatus, QStringLiteral("completed"));
        const QList<RecordedRequest> requests = bed.fake.requests();
        QList<RecordedRequest> listings;
        QMap<QString, int> detailRequests;
        for (const RecordedRequest &request : requests) {
            if (request.path == QLatin1String("/api/replays"))
                listings.append(request);
            else if (request.path.startsWith(QLatin1String("/api/replays/")) && request.status == 200)
                ++detailRequests[request.path];
        }
        // Games played since the first sync started, and late uploads of older games: nothing
        // of what the first listing covered is listed again.
        const qint64 firstStartMs =
            SyncLogRepository(bed.database->connection()).history(2).last().startedMs;
        QVERIFY(listings.size() > listingsBefore);
        for (qsizetype i = listingsBefore; i < listings.size(); ++i) {
            const QUrlQuery &query = listings[i].query;
            const auto after = parseRfc3339(query.queryItemValue(QStringLiteral("replay-date-after"),
                                                                 QUrl::FullyDecoded));
            QVERIFY2(query.hasQueryItem(QStringLiteral("created-after")) ||
                         (after && after->toMSecsSinceEpoch() >= firstStartMs - 1000),
                     qPrintable(query.toString()));
        }
        QCOMPARE(detailRequests.size(), 60);
        int twice = 0;
        for (const int count : std::as_const(detailRequests))
            twice += count > 1;
        // Only the requests the cancel cut off on their way back can have been sent twice.
        QVERIFY2(twice <= 4, qPrintable(QString::number(twice)));
        QCOMPARE(ReplayRepository(bed.database->connection()).count(ReplayStatus::Ok), 60);
    }

    void cleanupTestCase()
    {
        m_listed.reset();
        m_detailed.reset();
    }
};

QTEST_GUILESS_MAIN(TestListingsFirst)
#include "tst_listingsfirst.moc"
