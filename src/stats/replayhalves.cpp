#include "stats/replayhalves.h"

#include "stats/statstr.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QtConcurrent>

namespace bcs {

namespace {
constexpr qint64 kSplitAbove = 4000; // replay ids; below this a thread costs more than it saves
} // namespace

int forEachHalf(const Database &database, qint64 first, qint64 last, qint64 splitAbove,
                const std::function<void(QSqlDatabase db, const ReplayRange &range)> &work)
{
    QSqlDatabase db = database.connection(Database::Access::ReadOnly);
    if (last - first < splitAbove) {
        work(db, {first, last, 0});
        return 1;
    }
    const qint64 middle = first + (last - first) / 2;
    QFuture<QString> upper = QtConcurrent::run([&database, &work, middle, last]() -> QString {
        try {
            work(database.connection(Database::Access::ReadOnly), {middle + 1, last, 1});
        } catch (const StorageError &error) {
            return error.message;
        }
        return {};
    });
    try {
        work(db, {first, middle, 0});
    } catch (...) {
        upper.waitForFinished(); // `work` and `database` must outlive the other half
        throw;
    }
    if (const QString error = upper.result(); !error.isEmpty())
        throw StorageError(StorageError::Kind::Io, error);
    return 2;
}

int forEachReplayHalf(const Database &database,
                      const std::function<void(QSqlDatabase db, const ReplayRange &range)> &work)
{
    QSqlQuery span(database.connection(Database::Access::ReadOnly));
    if (!span.exec(QStringLiteral("SELECT min(rid), max(rid) FROM replays")) || !span.next())
        throw StorageError::fromSql(span.lastError(), StatsTr::tr("reading the cache"));
    const qint64 first = span.value(0).toLongLong();
    const qint64 last = span.value(1).toLongLong();
    span.finish();
    return forEachHalf(database, first, last, kSplitAbove, work);
}

} // namespace bcs
