#pragma once
// The window's reads (DESIGN.md §11): every query runs on one thread of its own with its own
// read connection, so the GUI thread never waits for SQLite. A request names the view it is
// for; a newer request for the same view supersedes an older one — the older is skipped if it
// has not started and its late answer is dropped if it has. Answers arrive on the GUI thread,
// and only while the requesting object still exists.

#include "core/workerthread.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <atomic>
#include <functional>
#include <memory>

namespace bcs {

class Database;

class QueryService : public QObject
{
    Q_OBJECT

public:
    explicit QueryService(const Database *database, QObject *parent = nullptr);
    ~QueryService() override;

    // Runs `query(database)` on the query thread, then `deliver(result)` on this object's thread
    // in `context` unless superseded or `context` is gone. A thrown StorageError (or any
    // std::exception) reaches `failed` with its message instead.
    template <typename Query, typename Deliver>
    void request(const QString &view, QObject *context, Query query, Deliver deliver,
                 std::function<void(const QString &)> failed = {})
    {
        submit(view, context,
               [query = std::move(query), deliver = std::move(deliver)](const Database &db) {
                   auto result = query(db);
                   return std::function<void()>(
                       [deliver, result = std::move(result)] { deliver(result); });
               },
               std::move(failed));
    }

    // Requests started and not yet delivered or dropped (for busy indicators and tests).
    int pending() const { return m_pending; }

    // Every write the window learns of (replays stored by a sync, roles saved) bumps the data
    // generation; pages ask again (gui/pages/pagerefresh.h).
    void notifyDataChanged();
    quint64 dataGeneration() const { return m_generation; }

Q_SIGNALS:
    void idle(); // the last pending request was delivered or dropped
    void dataChanged();

private:
    // A query that returns the delivery to run on the GUI thread.
    using Job = std::function<std::function<void()>(const Database &)>;
    void submit(const QString &view, QObject *context, Job job,
                std::function<void(const QString &)> failed);
    void finishOne();

    const Database *m_database;
    WorkerThread m_thread{QStringLiteral("bcstats-queries")};
    QObject *m_worker = nullptr;
    // Per view, the ticket of the newest request; shared with the jobs so a superseded job can
    // be skipped on the query thread before it runs.
    QHash<QString, std::shared_ptr<std::atomic<quint64>>> m_latest;
    quint64 m_nextTicket = 0;
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace bcs
