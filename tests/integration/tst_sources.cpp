// Games my teammates uploaded and matches uploaded twice (DESIGN.md §5, sources; one match, one
// game). Upstream (the fake) holds my history as real users have it: some games only a teammate
// uploaded (only `player-id` finds them), some uploaded by me and recorded and uploaded by a
// teammate too (another rocket_league_id, the same match_guid), some uploaded twice by me (the
// same rocket_league_id). After a sync with both sources every stat, analysis and list must equal
// those of a cache that holds each game once, uploaded by me; the other uploads' ids answer too.

#include "core/playerconfig.h"
#include "fakes/matchhistory.h"
#include "stats/derivedtables.h"
#include "storage/replayrepository.h"
#include "storage/rolerepository.h"
#include "support/httpcall.h"
#include "support/synctestbed.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace bcs;
using namespace bcs::test;

namespace {

const QDateTime kFirst(QDate(2025, 4, 7), QTime(19, 0), QTimeZone::utc());
const QString kTeammate = QLatin1String(MatchHistory::kTeammateUploaderSteamId);

std::unique_ptr<SyncTestbed> makeBed(const QList<QJsonObject> &upstream, bool accounts)
{
    auto bed = std::make_unique<SyncTestbed>();
    bed->fake.addReplays(upstream);
    bed->afterCacheChanged = refreshDerivedTables;
    bed->syncAccounts = accounts;
    RoleRepository(bed->database->connection())
        .saveConfig(*parsePlayerConfig(MatchHistory::playerConfig()).config, 0);
    bed->makeSync(QStringLiteral("gc"));
    return bed;
}

// A closed range in the past, so that a second sync of it can be covered.
SyncRequest theRange()
{
    SyncRequest request;
    request.after = kFirst.addDays(-1);
    request.before = kFirst.addDays(30);
    return request;
}

SyncStatus syncToEnd(SyncTestbed &bed)
{
    QSignalSpy finished(bed.sync.get(), &SyncManager::finished);
    if (bed.sync->start(theRange()).kind != SyncStartResult::Kind::Started)
        return {};
    finished.wait(60000);
    return bed.sync->status();
}

} // namespace

class TestSources : public QObject
{
    Q_OBJECT

    QList<GeneratedGame> m_games;
    std::unique_ptr<SyncTestbed> m_bed;       // the real upstream, both sources
    std::unique_ptr<SyncTestbed> m_reference; // each game once, uploaded by me
    QHash<QString, QString> m_keptOf;         // another upload's id -> the game's id
    QStringList m_onlyByTeammate;
    int m_uploads = 0; // replays upstream holds

private Q_SLOTS:
    void initTestCase()
    {
        m_games = MatchHistory(11).games(60, kFirst, 5 * 3600);
        QList<QJsonObject> upstream;
        for (int i = 0; i < m_games.size(); ++i) {
            const GeneratedGame &game = m_games[i];
            const QString id = game.detail.value(QStringLiteral("id")).toString();
            const bool mine = !game.myTeam.isEmpty();
            if (mine && i % 6 == 1) {
                upstream << MatchHistory::uploadedInsteadBy(game, kTeammate).detail;
                m_onlyByTeammate << id;
                continue;
            }
            upstream << game.detail;
            if (mine && i % 6 == 2) { // Bob recorded it too
                const QJsonObject copy = MatchHistory::uploadedAgain(game, kTeammate, true, 0).detail;
                upstream << copy;
                m_keptOf.insert(copy.value(QStringLiteral("id")).toString(), id);
            }
            if (i % 6 == 3) { // the same file twice from my account
                const QJsonObject copy = MatchHistory::uploadedAgain(
                                             game, QLatin1String(MatchHistory::kOwnerSteamId), false, 1)
                                             .detail;
                upstream << copy;
                m_keptOf.insert(copy.value(QStringLiteral("id")).toString(), id);
            }
        }
        QVERIFY(m_onlyByTeammate.size() >= 5 && m_keptOf.size() >= 10);
        m_uploads = int(upstream.size());
        m_bed = makeBed(upstream, true);
        m_reference = makeBed(MatchHistory::details(m_games), false);
        QCOMPARE(m_bed->startApi(), QString());
        QCOMPARE(m_reference->startApi(), QString());
        QCOMPARE(syncToEnd(*m_bed).lastStatus, QStringLiteral("completed"));
        QCOMPARE(syncToEnd(*m_reference).lastStatus, QStringLiteral("completed"));
    }

    void everyMatchIsCachedOnce()
    {
        const ReplayRepository replays(m_bed->database->connection());
        QCOMPARE(replays.count(ReplayStatus::Ok), int(m_games.size()));
        const QHash<QString, ReplayStatus> statuses = replays.statuses(m_onlyByTeammate);
        for (const QString &id : std::as_const(m_onlyByTeammate))
            QCOMPARE(statuses.value(id), ReplayStatus::Ok); // found through player-id
        // The accounts listing asked for my accounts, repeated in one listing.
        int accountListings = 0;
        for (const RecordedRequest &request : m_bed->fake.requests()) {
            if (request.path == QLatin1String("/api/replays") &&
                request.query.hasQueryItem(QStringLiteral("player-id"))) {
                ++accountListings;
                QVERIFY(request.query.allQueryItemValues(QStringLiteral("player-id")).size() >= 2);
                QVERIFY(!request.query.hasQueryItem(QStringLiteral("uploader")));
            }
        }
        QCOMPARE(accountListings, 1);
        // Both sources list most games; the status counts each upload once.
        QCOMPARE(m_bed->sync->status().listed, m_uploads);
        // Every other upload was recognised from its listing row: one detail per match was
        // fetched, and the listing-level stats never counted a match twice.
        QHash<QString, int> fetchedPerMatch;
        for (const RecordedRequest &request : m_bed->fake.requests()) {
            if (!request.path.startsWith(QLatin1String("/api/replays/")))
                continue;
            const QString id = request.path.section(QLatin1Char('/'), -1);
            ++fetchedPerMatch[m_keptOf.value(id, id)];
        }
        for (auto it = fetchedPerMatch.cbegin(); it != fetchedPerMatch.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        QCOMPARE(fetchedPerMatch.size(), m_games.size());
    }

    void everyAnswerEqualsEachGameOnce_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *path :
             {"/api/stats/me", "/api/stats/teammates", "/api/stats/opponents",
              "/api/stats/scoreline", "/api/stats/games", "/api/stats/lineups",
              "/api/stats/rank", "/api/stats/trend?stat=core.goals&bucket=month",
              "/api/stats/correlation?stat=saves&role=opponents", "/api/players",
              "/api/players/suggest", "/api/stats/me?playlist=ranked-doubles"})
            QTest::addRow("%s", path) << QString::fromLatin1(path);
    }

    void everyAnswerEqualsEachGameOnce()
    {
        QFETCH(QString, path);
        const HttpResult ours = httpCall("GET", m_bed->apiUrl(path));
        const HttpResult reference = httpCall("GET", m_reference->apiUrl(path));
        QCOMPARE(ours.status, 200);
        // Which upload of a match is kept is ours to choose: the ids are compared as matches.
        QByteArray body = ours.body;
        for (auto it = m_keptOf.cbegin(); it != m_keptOf.cend(); ++it)
            body.replace(it.key().toLatin1(), it.value().toLatin1());
        QCOMPARE(body, reference.body);
    }

    void otherUploadsAnswerToo()
    {
        const QJsonArray replays =
            httpCall("GET", m_bed->apiUrl(QStringLiteral("/api/replays?limit=1000"))).json.array();
        QCOMPARE(replays.size(), m_games.size());
        QHash<QString, QStringList> also;
        for (const QJsonValue value : replays) {
            for (const QJsonValue other : value[QStringLiteral("also_uploaded_as")].toArray())
                also[value[QStringLiteral("id")].toString()] << other.toString();
        }
        for (auto it = m_keptOf.cbegin(); it != m_keptOf.cend(); ++it) {
            QVERIFY2(also.value(it.value()).contains(it.key()) ||
                         also.value(it.key()).contains(it.value()),
                     qPrintable(it.key()));
            const HttpResult copy =
                httpCall("GET", m_bed->apiUrl(QStringLiteral("/api/replays/") + it.key()));
            QCOMPARE(copy.status, 200);
            QCOMPARE(copy.body,
                     httpCall("GET", m_bed->apiUrl(QStringLiteral("/api/replays/") + it.value()))
                         .body);
        }
    }

    // Nothing new upstream: both sources are covered.
    void aSecondSyncIsAlreadySynced()
    {
        QCOMPARE(m_bed->sync->start(theRange()).kind, SyncStartResult::Kind::AlreadySynced);
    }

    // A new account of mine in the config: the accounts source is a new listing.
    void theAccountsSourceFollowsMe()
    {
        QJsonObject config = MatchHistory::playerConfig();
        QJsonArray me = config.value(QStringLiteral("me")).toArray();
        me.append(QStringLiteral("xbox:00f1e2d3c4b5a697"));
        config.insert(QStringLiteral("me"), me);
        QCOMPARE(httpCall("PUT", m_bed->apiUrl(QStringLiteral("/api/players/config")),
                          QJsonDocument(config).toJson())
                     .status,
                 200);
        m_bed->fake.resetCounters();
        const int before = int(m_bed->fake.requests().size());
        QCOMPARE(syncToEnd(*m_bed).lastStatus, QStringLiteral("completed"));
        const QList<RecordedRequest> requests = m_bed->fake.requests();
        bool asked = false;
        for (qsizetype i = before; i < requests.size(); ++i)
            asked = asked || requests[i].query.allQueryItemValues(QStringLiteral("player-id"), QUrl::FullyDecoded)
                                 .contains(QStringLiteral("xbox:00f1e2d3c4b5a697"));
        QVERIFY(asked);
        QCOMPARE(ReplayRepository(m_bed->database->connection()).count(ReplayStatus::Ok),
                 int(m_games.size()));
    }

    void cleanupTestCase()
    {
        m_bed.reset();
        m_reference.reset();
    }
};

QTEST_GUILESS_MAIN(TestSources)
#include "tst_sources.moc"
