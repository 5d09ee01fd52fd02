#include "sync/syncmanager.h"

#include "core/rfc3339.h"
#include "storage/database.h"
#include "sync/requestjournal.h"

#include <QPointer>

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
    m_thread.start(m_worker, WorkerThread::Priority::Background); // the GUI thread comes first
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

template <typename Result>
void SyncManager::callAsync(std::function<Result(SyncWorker *)> work, QObject *context,
                            std::function<void(const Result &)> done)
{
    const QPointer<QObject> receiver(context);
    const QPointer<SyncManager> self(this);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, self, receiver, work = std::move(work), done = std::move(done)] {
            const Result result = work(worker);
            if (self)
                QMetaObject::invokeMethod(
                    self.data(),
                    [receiver, done, result] {
                        if (receiver && done)
                            done(result);
                    },
                    Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SyncManager::startAsync(const SyncRequest &request, QObject *context,
                             std::function<void(const SyncStartResult &)> done)
{
    if (!m_worker) {
        SyncStartResult result;
        result.error = tr("the sync service is not running");
        done(result);
        return;
    }
    callAsync<SyncStartResult>([request](SyncWorker *worker) { return worker->start(request); },
                               context, std::move(done));
}

void SyncManager::runWriteAsync(std::function<void(const Database &)> write, QObject *context,
                                std::function<void(const QString &)> done)
{
    if (!m_worker) {
        done(tr("the sync service is not running"));
        return;
    }
    callAsync<QString>(
        [write = std::move(write)](SyncWorker *worker) { return worker->runWrite(write); },
        context, std::move(done));
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
