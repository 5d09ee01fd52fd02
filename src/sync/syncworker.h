#pragma once
// One sync at a time, in the sync thread: plans coverage, lists the missing match-date ranges
// (and late uploads), fetches every detail not cached yet, newest match first, with as many
// requests in flight as the limiter allows, and stores each detail the moment it arrives, so a crash loses at most what
// was in flight. The only writer of replays and sync_log. Talks to the rest of the app through
// SyncManager; never blocks its thread on the network.

#include "core/clock.h"
#include "net/ballchasingclient.h"
#include "net/replaylistquery.h"
#include "sync/coverageplanner.h"
#include "sync/detailqueue.h"
#include "sync/synctypes.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace bcs {

class Database;
class RateLimiter;
class TierSelection;
class RequestJournal;

struct SyncServices
{
    Database *database = nullptr;
    RateLimiter *limiter = nullptr;
    TierSelection *tiers = nullptr;
    RequestJournal *journal = nullptr;
    const Clock *clock = nullptr;
    ClientSettings client;
    QString listingFilter = QStringLiteral("uploader=me");
    bool syncAccounts = false; // also list the games my accounts played (BCSTATS_SYNC_SOURCES)
    // Run in the sync thread when a sync stored player rows (rebuilding derived tables): once
    // the listing is complete, now and then while details arrive, and at the end.
    std::function<void(const Database &)> afterCacheChanged;
    // Set for a cache that is never synced (the demo): every start is refused with it.
    QString neverSyncReason;
};

class SyncWorker : public QObject
{
    Q_OBJECT

public:
    explicit SyncWorker(SyncServices services);
    ~SyncWorker() override;

    // Runs in the sync thread (SyncManager calls it blocking): answers at once; the sync runs on.
    SyncStartResult start(const SyncRequest &request);
    void cancel();
    void setApiKey(const QString &apiKey);
    void storeMaps(const QMap<QString, QString> &maps);
    SyncStatus status() const; // thread-safe
    // Runs a write in this (the writer) thread; returns an error message, empty on success.
    QString runWrite(const std::function<void(const Database &)> &write);
    // In the sync thread, once at start: recovers a crashed sync's log row, starts the journal
    // flush.
    void initialize();
    // In the sync thread, at orderly shutdown: ends a running sync, flushes the request journal.
    void shutdown();

Q_SIGNALS:
    void progress(const bcs::SyncStatus &status);
    void finished(const bcs::SyncStatus &status);

private:
    void ensureClient();
    void startListing(const ReplayListQuery &query);
    void onListPage(UpstreamReply *reply, const ReplayListQuery &query);
    // Lists one source's gaps and late uploads; a source with nothing to list is done at once.
    void startSource(const QString &filter, const CoveragePlan &plan);
    // A source's listing is complete: recorded as covering the range for it; after the uploader
    // source comes the accounts source, then the listing is complete.
    void onSourceListed();
    void onListingComplete();
    // Runs afterCacheChanged (roles, totals): after the listing, every two minutes while
    // details arrive, and at the end.
    void refreshDerivedData();
    void queueDetail(const QString &id, qint64 matchDateMs);
    void fetchNewestDue(); // hands the client the newest due details, a few beyond its pipeline
    void onDetail(UpstreamReply *reply, const QString &id);
    // A replay that could not be fetched, parsed or stored: counted, its reason kept in the
    // sync's log row and status, and left for the next sync to try again.
    void recordFailure(const QString &id, const QString &reason);
    void countFailure(const QString &id, const QString &reason); // already recorded on the replay
    void account(const UpstreamReply *reply);
    void maybeFinish();
    void finish(const QString &status, const QString &error);
    void publish(); // snapshot + sync_log row + progress signal
    void flushJournal();
    void abortOutstanding();

    SyncServices m_services;
    QNetworkAccessManager *m_network = nullptr;
    BallchasingClient *m_client = nullptr;
    QTimer *m_progressTimer = nullptr;
    QTimer *m_journalTimer = nullptr;

    bool m_running = false;
    bool m_force = false;
    MatchDateRange m_range;
    QString m_sourceFilter; // the source being listed
    SyncLogEntry m_entry;
    QSet<QString> m_seen;
    QSet<UpstreamReply *> m_outstanding;
    DetailQueue m_due;             // details to fetch, not handed to the client yet
    int m_detailsInClient = 0;     // handed to the client, not answered yet
    int m_detailsDue = 0;          // every detail this sync set out to fetch
    QSet<QString> m_listed;        // replays the listings of this sync returned
    int m_listingsActive = 0;
    bool m_cacheChanged = false; // replays stored since the last publish()
    bool m_directlyLogged = false; // request_log rows written since the last flush (to prune)
    bool m_derivedStale = false; // player rows stored since the last refreshDerivedData()
    QElapsedTimer m_sinceDerived;
    QElapsedTimer m_fetchClock;

    mutable QMutex m_statusMutex;
    SyncStatus m_status;
};

} // namespace bcs
