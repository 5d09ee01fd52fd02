#include "sync/syncmanager.h"

#include "core/rfc3339.h"
#include "storage/database.h"

namespace bcs {

SyncManager::SyncManager(SyncServices services, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
{
    qRegisterMetaType<bcs::SyncStatus>("bcs::SyncStatus");
}

SyncManager::~SyncManager()
{
    stopThread();
}

void SyncManager::startThread()
{
    if (m_worker)
        return;
    m_worker = new SyncWorker(m_services);
    connect(m_worker, &SyncWorker::progress, this, &SyncManager::progress, Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::finished, this, &SyncManager::finished, Qt::QueuedConnection);
    m_thread.start(m_worker);
    Database *database = m_services.database;
    const Clock *clock = m_services.clock;
    m_thread.runBlocking([database, clock] {
        try {
            SyncLogRepository(database->connection()).markInterrupted(formatRfc3339(clock->now()));
        } catch (const StorageError &error) {
            qWarning("bcstats: %s", qPrintable(error.message));
        }
    });
}

void SyncManager::stopThread()
{
    m_thread.stop(); // the worker's destructor ends a running sync as cancelled, in its thread
    m_worker = nullptr;
}

SyncStartResult SyncManager::start(const SyncRequest &request)
{
    if (!m_worker) {
        SyncStartResult result;
        result.error = tr("the sync service is not running");
        return result;
    }
    SyncWorker *worker = m_worker;
    return m_thread.runBlocking([worker, request] { return worker->start(request); });
}

void SyncManager::cancel()
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->cancel(); }, Qt::QueuedConnection);
}

SyncStatus SyncManager::status() const
{
    return m_worker ? m_worker->status() : SyncStatus();
}

void SyncManager::setApiKey(const QString &apiKey)
{
    m_services.client.apiKey = apiKey;
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, apiKey] { worker->setApiKey(apiKey); },
            Qt::QueuedConnection);
}

void SyncManager::storeMaps(const QMap<QString, QString> &maps)
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, maps] { worker->storeMaps(maps); }, Qt::QueuedConnection);
}

} // namespace bcs
