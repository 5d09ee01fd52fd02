#include "gui/services/queryservice.h"

#include "storage/database.h"

#include <exception>

namespace bcs {

QueryService::QueryService(const Database *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_worker(new QObject)
{
    m_thread.start(m_worker, WorkerThread::Priority::Background);
}

QueryService::~QueryService()
{
    // Queued queries still run to completion on the thread; their deliveries find this object
    // gone (the QPointer below) and are dropped.
    m_thread.stop();
}

void QueryService::submit(const QString &view, QObject *context, Job job,
                          std::function<void(const QString &)> failed)
{
    auto &latest = m_latest[view];
    if (!latest)
        latest = std::make_shared<std::atomic<quint64>>(0);
    const quint64 ticket = ++m_nextTicket;
    latest->store(ticket);
    ++m_pending;
    QPointer<QueryService> self(this);
    QPointer<QObject> receiver(context);
    const std::shared_ptr<std::atomic<quint64>> newest = latest;
    const Database *database = m_database;
    QMetaObject::invokeMethod(
        m_worker,
        [self, receiver, newest, ticket, database, job = std::move(job),
         failed = std::move(failed)] {
            std::function<void()> delivery;
            QString error;
            if (newest->load() == ticket) {
                try {
                    delivery = job(*database);
                } catch (const StorageError &e) {
                    error = e.message;
                } catch (const std::exception &e) {
                    error = QString::fromUtf8(e.what());
                }
            }
            if (!self)
                return;
            // Back on the GUI thread: the service checks the ticket and the receiver there,
            // where both can change.
            QMetaObject::invokeMethod(
                self.data(),
                [self, receiver, newest, ticket, delivery = std::move(delivery), error, failed] {
                    if (receiver && newest->load() == ticket) {
                        if (delivery)
                            delivery();
                        else if (!error.isEmpty() && failed)
                            failed(error);
                    }
                    self->finishOne();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void QueryService::notifyDataChanged()
{
    ++m_generation;
    Q_EMIT dataChanged();
}

void QueryService::finishOne()
{
    if (--m_pending == 0)
        Q_EMIT idle();
}

} // namespace bcs
