#include "sync/syncworker.h"

#include "core/replayparser.h"
#include "core/rfc3339.h"
#include "net/ratelimiter.h"
#include "net/tierselection.h"
#include "storage/database.h"
#include "storage/replayrepository.h"
#include "storage/smalltables.h"
#include "sync/coverageplanner.h"
#include "sync/detailintake.h"
#include "sync/listingsources.h"
#include "sync/requestjournal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

namespace bcs {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDerivedRefreshMs = 120 * 1000;

QString utcText(qint64 ms)
{
    return formatRfc3339(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
}


} // namespace

SyncWorker::SyncWorker(SyncServices services) : m_services(std::move(services)) {}

SyncWorker::~SyncWorker()
{
    if (m_services.journal)
        m_services.journal->setDirectWriter(nullptr, {});
}

void SyncWorker::initialize()
{
    try {
        SyncLogRepository(m_services.database->connection())
            .markInterrupted(formatRfc3339(m_services.clock->now()));
    } catch (const StorageError &error) {
        qWarning("bcstats: %s", qPrintable(error.message));
    }
    if (m_services.journal) {
        m_services.journal->setDirectWriter(
            QThread::currentThread(), [this](EndpointGroup group, qint64 sentMs) {
                try {
                    RequestLogRepository(m_services.database->connection()).append({{group, sentMs}});
                    m_directlyLogged = true;
                    return true;
                } catch (const StorageError &) {
                    return false; // the next flush tries again
                }
            });
    }
    // Grants from other threads (the API's ping) reach request_log within this interval,
    // whether or not a sync runs.
    m_journalTimer = new QTimer(this);
    m_journalTimer->setInterval(RequestJournal::kFlushIntervalMs);
    connect(m_journalTimer, &QTimer::timeout, this, &SyncWorker::flushJournal);
    m_journalTimer->start();
}

void SyncWorker::shutdown()
{
    if (m_running)
        finish(QStringLiteral("cancelled"), tr("the application was closed during the sync"));
    if (m_services.journal)
        m_services.journal->setDirectWriter(nullptr, {});
    flushJournal();
    if (m_journalTimer)
        m_journalTimer->stop();
}

void SyncWorker::flushJournal()
{
    if (!m_services.journal)
        return;
    const auto sends = m_services.journal->take();
    if (sends.isEmpty() && !std::exchange(m_directlyLogged, false))
        return;
    try {
        RequestLogRepository requests(m_services.database->connection());
        requests.append(sends);
        requests.pruneBefore(m_services.clock->nowMs() - 2 * kHourMs);
    } catch (const StorageError &error) {
        qWarning("bcstats: %s", qPrintable(error.message));
    }
}

void SyncWorker::ensureClient()
{
    if (m_client)
        return;
    m_network = new QNetworkAccessManager(this);
    m_client = new BallchasingClient(m_network, m_services.limiter, *m_services.clock,
                                     m_services.client, this);
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(500);
    connect(m_progressTimer, &QTimer::timeout, this, &SyncWorker::publish);
}

void SyncWorker::setApiKey(const QString &apiKey)
{
    m_services.client.apiKey = apiKey;
    if (m_client)
        m_client->setApiKey(apiKey);
}

void SyncWorker::storeMaps(const QMap<QString, QString> &maps)
{
    try {
        MapsRepository(m_services.database->connection()).replaceAll(maps);
    } catch (const StorageError &error) {
        qWarning("bcstats: %s", qPrintable(error.message));
    }
}

QString SyncWorker::runWrite(const std::function<void(const Database &)> &write)
{
    try {
        write(*m_services.database);
    } catch (const StorageError &error) {
        return error.message;
    }
    return {};
}

SyncStatus SyncWorker::status() const
{
    QMutexLocker lock(&m_statusMutex);
    return m_status;
}

SyncStartResult SyncWorker::start(const SyncRequest &request)
{
    SyncStartResult result;
    if (m_running) {
        result.kind = SyncStartResult::Kind::Conflict;
        result.syncId = m_entry.id;
        result.error = tr("a sync is already running (id %1)").arg(m_entry.id);
        return result;
    }
    if (!m_services.neverSyncReason.isEmpty()) {
        result.kind = SyncStartResult::Kind::Refused;
        result.error = m_services.neverSyncReason;
        return result;
    }
    ensureClient();
    const qint64 now = m_services.clock->nowMs();
    MatchDateRange range;
    if (request.after)
        range.afterMs = request.after->toMSecsSinceEpoch();
    if (request.before)
        range.beforeMs = request.before->toMSecsSinceEpoch();
    CoveragePlan plan;
    try {
        SyncLogRepository log(m_services.database->connection());
        plan = planCoverage(range, now, log.listed(m_services.listingFilter), request.force);
        // The accounts source as "me" resolves now; it is planned again once the uploader
        // listing is in (stored games may add accounts).
        bool covered = bool(plan.coveredBy);
        if (const QString accounts = m_services.syncAccounts
                                         ? accountsListingFilter(m_services.database->connection())
                                         : QString();
            covered && !accounts.isEmpty())
            covered = bool(planCoverage(range, now, log.listed(accounts), request.force).coveredBy);
        // Replays an earlier sync could not fetch or store are tried again even when the range
        // is covered: "Already synced" only when nothing is left to do.
        // Counted only when it matters (the ids are read once the ping succeeded).
        const auto leftOver = [this] {
            const ReplayRepository replays(m_services.database->connection());
            return replays.count(ReplayStatus::Missing) + replays.count(ReplayStatus::Pending) > 0;
        };
        if (plan.coveredBy && (!covered || leftOver())) {
            plan.gaps.clear();
            plan.lateUploadsCreatedAfterMs.reset();
        } else if (plan.coveredBy) {
            result.kind = SyncStartResult::Kind::AlreadySynced;
            result.coveredBy = *plan.coveredBy;
            return result;
        }
        m_entry = SyncLogEntry();
        m_entry.dateAfter = request.after ? formatRfc3339(*request.after) : QString();
        m_entry.dateBefore = request.before ? formatRfc3339(*request.before) : QString();
        m_entry.dateAfterMs = range.afterMs;
        m_entry.dateBeforeMs = range.beforeMs;
        m_entry.startedMs = now;
        m_entry.startedAt = utcText(now);
        m_entry.filter = m_services.listingFilter;
        m_entry.id = log.insert(m_entry);
    } catch (const StorageError &error) {
        result.error = error.message;
        return result;
    }

    m_running = true;
    m_force = request.force;
    m_range = range;
    m_seen.clear();
    m_due.clear();
    m_detailsInClient = 0;
    m_detailsDue = 0;
    m_listed.clear();
    m_listingsActive = 0;
    m_derivedStale = false;
    m_sinceDerived.invalidate();
    m_fetchClock.start();
    {
        QMutexLocker lock(&m_statusMutex);
        m_status = SyncStatus();
        m_status.running = true;
        m_status.syncId = m_entry.id;
        m_status.phase = QStringLiteral("checking");
    }
    m_progressTimer->start();

    // The ping checks the key before anything else and, with tier `auto`, sets the pace.
    UpstreamReply *ping = m_client->ping();
    m_outstanding.insert(ping);
    connect(ping, &UpstreamReply::finished, this, [this, ping, plan] {
        m_outstanding.remove(ping);
        ping->deleteLater();
        account(ping);
        if (!ping->isOk()) {
            finish(QStringLiteral("failed"), ping->error().message);
            return;
        }
        m_services.tiers->applyPingType(ping->json().value(QStringLiteral("type")).toString());
        {
            QMutexLocker lock(&m_statusMutex);
            m_status.phase = QStringLiteral("listing");
        }
        try {
            // Replays an earlier sync listed but could not fetch (or that were still being
            // parsed) come first, whatever the coverage says.
            QList<ReplayStatus> retry{ReplayStatus::Missing, ReplayStatus::Pending};
            if (m_force)
                retry << ReplayStatus::Failed;
            for (const auto &[id, dateMs] :
                 ReplayRepository(m_services.database->connection()).datedIdsWithStatus(retry)) {
                m_seen.insert(id);
                ++m_entry.replaysFound;
                queueDetail(id, dateMs);
            }
            fetchNewestDue();
            if (MapsRepository(m_services.database->connection()).all().isEmpty()) {
                UpstreamReply *maps = m_client->maps();
                connect(maps, &UpstreamReply::finished, this, [this, maps] {
                    maps->deleteLater();
                    QMap<QString, QString> codes;
                    const QJsonObject json = maps->json();
                    for (auto it = json.begin(); it != json.end(); ++it)
                        codes.insert(it.key(), it.value().toString());
                    if (maps->isOk())
                        storeMaps(codes);
                });
            }
        } catch (const StorageError &error) {
            finish(QStringLiteral("failed"), error.message);
            return;
        }
        startSource(m_services.listingFilter, plan);
        maybeFinish();
    });
    publish();
    result.kind = SyncStartResult::Kind::Started;
    result.syncId = m_entry.id;
    return result;
}

void SyncWorker::startSource(const QString &filter, const CoveragePlan &plan)
{
    m_sourceFilter = filter;
    for (const MatchDateRange &gap : plan.gaps) {
        ReplayListQuery query = listingQuery(filter);
        if (gap.afterMs)
            query.add(QStringLiteral("replay-date-after"), utcText(*gap.afterMs));
        if (gap.beforeMs)
            query.add(QStringLiteral("replay-date-before"), utcText(*gap.beforeMs));
        startListing(query);
    }
    if (plan.lateUploadsCreatedAfterMs) {
        ReplayListQuery late = listingQuery(filter);
        late.add(QStringLiteral("created-after"), utcText(*plan.lateUploadsCreatedAfterMs));
        if (m_range.afterMs)
            late.add(QStringLiteral("replay-date-after"), utcText(*m_range.afterMs));
        if (m_range.beforeMs)
            late.add(QStringLiteral("replay-date-before"), utcText(*m_range.beforeMs));
        startListing(late);
    }
    if (m_listingsActive == 0)
        onSourceListed(); // covered: nothing to list
}

void SyncWorker::onSourceListed()
{
    try {
        SyncLogRepository(m_services.database->connection()).markListed(m_entry.id, m_sourceFilter);
    } catch (const StorageError &error) {
        qWarning("bcstats: %s", qPrintable(error.message)); // the range is listed again next time
    }
    if (m_sourceFilter == m_services.listingFilter && m_services.syncAccounts) {
        // Which accounts "me" resolves to, with the games just listed among the roles.
        if (m_derivedStale)
            refreshDerivedData();
        try {
            const QString accounts = accountsListingFilter(m_services.database->connection());
            if (!accounts.isEmpty()) {
                CoveragePlan plan =
                    planCoverage(m_range, m_entry.startedMs,
                                 SyncLogRepository(m_services.database->connection()).listed(accounts),
                                 m_force);
                if (plan.coveredBy) {
                    plan.gaps.clear();
                    plan.lateUploadsCreatedAfterMs.reset();
                }
                startSource(accounts, plan);
                return;
            }
        } catch (const StorageError &error) {
            m_entry.error = error.message; // the accounts listing could not even be planned
            return;
        }
    }
    onListingComplete();
}

void SyncWorker::startListing(const ReplayListQuery &query)
{
    ++m_listingsActive;
    UpstreamReply *reply = m_client->listReplays(query);
    m_outstanding.insert(reply);
    connect(reply, &UpstreamReply::finished, this,
            [this, reply, query] { onListPage(reply, query); });
}

void SyncWorker::onListPage(UpstreamReply *reply, const ReplayListQuery &query)
{
    m_outstanding.remove(reply);
    reply->deleteLater();
    account(reply);
    --m_listingsActive;
    if (!m_running)
        return;
    if (!reply->isOk()) {
        if (reply->error().kind == UpstreamError::Kind::Auth) {
            finish(QStringLiteral("failed"), reply->error().message);
            return;
        }
        // Without the rest of the list this sync cannot claim coverage: finish what was found,
        // then end as failed so the range is listed again next time.
        m_entry.error = tr("listing replays failed: %1").arg(reply->error().message);
        maybeFinish();
        return;
    }
    QList<ListedReplay> rows;
    QStringList ids;
    for (const QJsonValue value : reply->json().value(QStringLiteral("list")).toArray()) {
        ListedReplay row = parseListedReplay(value.toObject());
        if (!row.summary.id.isEmpty())
            m_listed.insert(row.summary.id); // once, whichever sources list it
        if (row.summary.id.isEmpty() || m_seen.contains(row.summary.id))
            continue;
        m_seen.insert(row.summary.id);
        ids.append(row.summary.id);
        rows.append(std::move(row));
    }
    QHash<QString, ReplayStatus> known;
    ListingOutcome stored;
    QList<ListedReplay> toStore = rows;
    try {
        ReplayRepository replays(m_services.database->connection());
        known = replays.statuses(ids);
        toStore.removeIf([&known](const ListedReplay &row) {
            return known.value(row.summary.id, ReplayStatus::Missing) == ReplayStatus::Ok;
        });
        // Known from now on, with their players, even if we crash before fetching them.
        stored = replays.insertListed(toStore);
    } catch (const StorageError &error) {
        finish(QStringLiteral("failed"), error.message); // the cache cannot even be written
        return;
    }
    if (!toStore.isEmpty())
        m_derivedStale = true;
    const QSet<QString> duplicates(stored.duplicates.cbegin(), stored.duplicates.cend());
    QSet<QString> notStored;
    for (const ListingFailure &failure : std::as_const(stored.failures)) {
        notStored.insert(failure.id);
        recordFailure(failure.id, failure.reason);
    }
    for (const ListedReplay &row : std::as_const(rows)) {
        ++m_entry.replaysFound;
        const auto status = known.constFind(row.summary.id);
        const bool cached =
            status != known.cend() &&
            (*status == ReplayStatus::Ok || (*status == ReplayStatus::Failed && !m_force));
        // Another upload of a match we keep counts as cached: it is that match.
        if (cached || duplicates.contains(row.summary.id)) {
            ++m_entry.replaysSkipped;
            continue;
        }
        if (!notStored.contains(row.summary.id))
            queueDetail(row.summary.id, row.summary.dateMs);
    }
    fetchNewestDue(); // after the whole page: its newest games go first
    if (const auto next = query.nextPage(reply->json()))
        startListing(*next);
    else if (m_listingsActive == 0 && m_entry.error.isEmpty())
        onSourceListed();
    maybeFinish();
}

void SyncWorker::onListingComplete()
{
    m_entry.listingComplete = true;
    // Players, roles and the listing-level stats cover every listed game from here, hours
    // before the last detail.
    if (m_derivedStale)
        refreshDerivedData();
    publish();
}

void SyncWorker::refreshDerivedData()
{
    m_derivedStale = false;
    m_sinceDerived.start();
    if (!m_services.afterCacheChanged)
        return;
    if (const QString failure = runWrite(m_services.afterCacheChanged); !failure.isEmpty())
        qWarning("bcstats: %s", qPrintable(failure));
    m_cacheChanged = true; // answers cached before are stale
}

void SyncWorker::queueDetail(const QString &id, qint64 matchDateMs)
{
    m_due.add(id, matchDateMs);
    ++m_detailsDue;
}

void SyncWorker::fetchNewestDue()
{
    // A couple beyond the client's pipeline keep it full; the rest wait here, where a newer game
    // listed later can still overtake them.
    const int ahead = m_client->settings().maxInFlight + 2;
    while (m_running && m_detailsInClient < ahead) {
        const std::optional<QString> id = m_due.takeNewest();
        if (!id)
            return;
        UpstreamReply *reply = m_client->getReplay(*id);
        ++m_detailsInClient;
        m_outstanding.insert(reply);
        connect(reply, &UpstreamReply::finished, this,
                [this, reply, id = *id] { onDetail(reply, id); });
        QMutexLocker lock(&m_statusMutex);
        m_status.phase = QStringLiteral("fetching");
    }
}

void SyncWorker::onDetail(UpstreamReply *reply, const QString &id)
{
    m_outstanding.remove(reply);
    reply->deleteLater();
    account(reply);
    --m_detailsInClient;
    if (!m_running)
        return;
    fetchNewestDue();
    if (!reply->isOk()) {
        if (reply->error().kind == UpstreamError::Kind::Auth) {
            finish(QStringLiteral("failed"), reply->error().message);
            return;
        }
        recordFailure(id, reply->error().message);
        maybeFinish();
        return;
    }
    DetailIntake intake;
    try {
        intake = takeDetail(*m_services.database, id, reply->body(), reply->json(),
                            m_services.clock->nowMs());
    } catch (const StorageError &error) {
        finish(QStringLiteral("failed"), error.message); // no later write could succeed either
        return;
    }
    if (!intake.stored) {
        countFailure(id, intake.failure);
        maybeFinish();
        return;
    }
    m_cacheChanged = true;
    m_derivedStale = true;
    switch (intake.status) {
    case ReplayStatus::Ok:
        ++m_entry.replaysFetched;
        break;
    case ReplayStatus::Pending:
        ++m_entry.replaysPending;
        break;
    case ReplayStatus::Failed:
    case ReplayStatus::Missing:
        countFailure(id, intake.failure);
        break;
    }
    maybeFinish();
}

void SyncWorker::recordFailure(const QString &id, const QString &reason)
{
    countFailure(id, reason);
    recordReplayFailure(*m_services.database, id, reason);
}

void SyncWorker::countFailure(const QString &id, const QString &reason)
{
    ++m_entry.replaysFailed;
    m_entry.failures.append({id, reason});
}

void SyncWorker::account(const UpstreamReply *reply)
{
    m_entry.requests += reply->attempts();
    m_entry.rateLimited += reply->rateLimitedCount();
}

void SyncWorker::maybeFinish()
{
    if (!m_running || m_listingsActive > 0 || !m_outstanding.isEmpty() || !m_due.isEmpty())
        return;
    finish(m_entry.error.isEmpty() ? QStringLiteral("completed") : QStringLiteral("failed"),
           m_entry.error);
}

void SyncWorker::abortOutstanding()
{
    const auto outstanding = m_outstanding;
    m_outstanding.clear();
    for (UpstreamReply *reply : outstanding) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void SyncWorker::cancel()
{
    if (m_running)
        finish(QStringLiteral("cancelled"), tr("cancelled"));
}

void SyncWorker::finish(const QString &status, const QString &error)
{
    abortOutstanding();
    m_running = false;
    m_entry.status = status;
    m_entry.error = error;
    m_entry.completedAt = utcText(m_services.clock->nowMs());
    if (m_progressTimer)
        m_progressTimer->stop();
    flushJournal(); // a finished sync leaves nothing unrecorded
    if (m_derivedStale)
        refreshDerivedData();
    {
        QMutexLocker lock(&m_statusMutex);
        m_status.running = false;
        m_status.phase = QStringLiteral("done");
        m_status.lastStatus = status;
        m_status.error = error;
    }
    publish();
    Q_EMIT finished(this->status());
}

void SyncWorker::publish()
{
    // Details that arrived join the roles and totals now and then during a long sync, not with
    // every detail: a rebuild of a large cache holds this thread for about a second.
    if (m_running && m_derivedStale && m_sinceDerived.isValid() &&
        m_sinceDerived.elapsed() >= kDerivedRefreshMs)
        refreshDerivedData();
    try {
        if (std::exchange(m_cacheChanged, false))
            MetaRepository(m_services.database->connection()).bumpDataGeneration();
        if (m_entry.id > 0)
            SyncLogRepository(m_services.database->connection()).update(m_entry);
    } catch (const StorageError &error) {
        qWarning("bcstats: %s", qPrintable(error.message));
    }
    const int queued = static_cast<int>(m_due.size()) + m_detailsInClient;
    // At the fastest pace every rule of the tier allows, hourly quotas included; what the log
    // of the last hour already spent counts too.
    const qint64 etaMs = m_services.limiter->msToSend(EndpointGroup::Get, queued);
    {
        QMutexLocker lock(&m_statusMutex);
        m_status.syncId = m_entry.id;
        m_status.found = m_entry.replaysFound;
        m_status.fetched = m_entry.replaysFetched;
        m_status.skipped = m_entry.replaysSkipped;
        m_status.failed = m_entry.replaysFailed;
        m_status.failures = m_entry.failures;
        m_status.pending = m_entry.replaysPending;
        m_status.requests = m_entry.requests;
        m_status.rateLimited = m_entry.rateLimited;
        m_status.queued = queued;
        const double seconds = m_fetchClock.isValid() ? m_fetchClock.elapsed() / 1000.0 : 0.0;
        m_status.detailsPerSecond = seconds > 0 ? m_entry.replaysFetched / seconds : 0.0;
        m_status.listed = int(m_listed.size());
        m_status.listingComplete = m_entry.listingComplete;
        m_status.detailsDue = m_detailsDue;
        if (m_running && !m_services.limiter->rules().value(EndpointGroup::Get).isEmpty())
            m_status.etaSeconds = etaMs / 1000.0;
        else
            m_status.etaSeconds.reset();
    }
    Q_EMIT progress(status());
}

} // namespace bcs
