#pragma once
// The sync side as the rest of the app sees it: owns the sync thread and its worker, and offers
// thread-safe calls (start, cancel, status) to the API thread, the GUI and the CLI. start()
// waits for the worker's answer (coverage check + sync_log row: milliseconds), never for the sync.

#include "core/workerthread.h"
#include "sync/syncworker.h"

#include <QObject>

namespace bcs {

class SyncManager : public QObject
{
    Q_OBJECT

public:
    explicit SyncManager(SyncServices services, QObject *parent = nullptr);
    ~SyncManager() override;

    // Starts the sync thread; marks a sync left `running` by a crash as failed ("interrupted").
    void startThread();
    void stopThread();

    SyncStartResult start(const SyncRequest &request);
    void cancel();
    SyncStatus status() const;
    void setApiKey(const QString &apiKey);
    void storeMaps(const QMap<QString, QString> &maps);
    // Runs `write` in the sync thread, the only writer, and waits; returns an error message.
    QString runWrite(const std::function<void(const Database &)> &write);
    // The same without waiting: for derived data nobody waits for (a failure is logged).
    void runWriteLater(std::function<void(const Database &)> write);

    // For the window, which never waits (DESIGN.md §11): the same calls, answered later in this
    // object's thread through `done`, and only while `context` still exists.
    void startAsync(const SyncRequest &request, QObject *context,
                    std::function<void(const SyncStartResult &)> done);
    void runWriteAsync(std::function<void(const Database &)> write, QObject *context,
                       std::function<void(const QString &error)> done);

Q_SIGNALS:
    // Delivered in the thread that owns the manager.
    void progress(const bcs::SyncStatus &status);
    void finished(const bcs::SyncStatus &status);

private:
    // Runs `work` in the sync thread and hands its result to `done` back in this thread.
    template <typename Result>
    void callAsync(std::function<Result(SyncWorker *)> work, QObject *context,
                   std::function<void(const Result &)> done);

    SyncServices m_services;
    WorkerThread m_thread{QStringLiteral("bcstats-sync")};
    SyncWorker *m_worker = nullptr;
};

} // namespace bcs
