#pragma once
// Owns a QThread and one worker object living in it (Tiled's pattern): the worker is created by
// the caller, moved into the thread, reached through runBlocking() for set-up, and deleted in its
// own thread when the thread ends. stop() is quit + wait; a thread is never terminated.

#include "core/threadpriority.h"

#include <QMetaObject>
#include <QObject>
#include <QString>
#include <QThread>
#include <memory>
#include <type_traits>

namespace bcs {

class WorkerThread
{
public:
    explicit WorkerThread(QString name) : m_name(std::move(name)) {}
    ~WorkerThread() { stop(); }
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    enum class Priority { Normal, Background };

    // Takes ownership of `worker` (no parent) and starts the thread; a Background thread gives
    // way to the GUI thread (core/threadpriority.h).
    void start(QObject *worker, Priority priority = Priority::Normal)
    {
        stop();
        m_thread = std::make_unique<QThread>();
        m_thread->setObjectName(m_name);
        m_worker = worker;
        m_worker->moveToThread(m_thread.get());
        QObject::connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread->start();
        if (priority == Priority::Background)
            QMetaObject::invokeMethod(m_worker, [] { lowerCurrentThreadPriority(); });
    }

    // Runs `function` in the worker's thread and returns its result; the caller waits.
    template <typename Function>
    auto runBlocking(Function function) -> std::invoke_result_t<Function>
    {
        using Result = std::invoke_result_t<Function>;
        if constexpr (std::is_void_v<Result>) {
            QMetaObject::invokeMethod(m_worker, function, Qt::BlockingQueuedConnection);
        } else {
            Result result{};
            QMetaObject::invokeMethod(
                m_worker, [&result, &function] { result = function(); },
                Qt::BlockingQueuedConnection);
            return result;
        }
    }

    void stop()
    {
        if (!m_thread)
            return;
        m_thread->quit();
        m_thread->wait();
        m_thread.reset();
        m_worker = nullptr; // deleted in its thread by deleteLater when the thread finished
    }

    bool isRunning() const { return m_thread != nullptr; }
    QObject *worker() const { return m_worker; }

private:
    QString m_name;
    std::unique_ptr<QThread> m_thread;
    QObject *m_worker = nullptr;
};

} // namespace bcs
