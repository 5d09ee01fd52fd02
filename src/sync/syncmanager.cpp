#include "sync/syncmanager.h"

#include "core/rfc3339.h"
#include "storage/database.h"
#include "sync/requestjournal.h"

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
    SyncWorker *worker = m_worker;
    m_thread.runBlocking([worker] { worker->initialize(); });
}

void SyncManager::stopThread()
{
    if (!m_worker)
        return;
    SyncWorker *worker = m_worker;
    m_thread.runBlocking([worker] { worker->shutdown(); }); // a running sync ends as cancelled
    m_thread.stop();
    m_worker = nullptr;
    markCleanShutdown(*m_services.database);
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

QString SyncManager::runWrite(const std::function<void(const Database &)> &write)
{
    if (!m_worker)
        return tr("the sync service is not running");
    SyncWorker *worker = m_worker;
    return m_thread.runBlocking([worker, &write] { return worker->runWrite(write); });
}

void SyncManager::runWriteLater(std::function<void(const Database &)> write)
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, write = std::move(write)] {
            if (const QString failure = worker->runWrite(write); !failure.isEmpty())
                qWarning("bcstats: %s", qPrintable(failure));
        },
        Qt::QueuedConnection);
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
