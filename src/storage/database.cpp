#include "storage/database.h"

#include "storage/migrations.h"
#include "storage/sqlhelpers.h"
#include "storage/statcolumns.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>
#include <QUuid>

namespace bcs {

namespace {

struct DatabaseTr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::Database)
};

// Player rows are wide and an analysis reads one of every six (one role) across the table: with
// 16 KB pages that is a quarter of the page reads of SQLite's default 4 KB, and
// /api/stats/correlation over 20,000 replays went from ~34 to ~14 ms of SQL.
constexpr int kPageSize = 16384;

// An older cache is rewritten once with kPageSize pages (VACUUM: ~1 s per 100 MB; out of WAL
// mode for it, while no other connection is open). Only a cache that passed the structural check:
// a damaged file is left untouched. A failed rewrite (a full disk) only costs speed: the cache
// stays as it was, and the next start tries again.
void enlargePages(QSqlDatabase &db)
{
    QSqlQuery size(db);
    if (!size.exec(QStringLiteral("PRAGMA page_size")) || !size.next() ||
        size.value(0).toInt() >= kPageSize)
        return;
    size.finish();
    QSqlQuery rewrite(db);
    for (const QString &statement :
         {QStringLiteral("PRAGMA journal_mode = DELETE"),
          QStringLiteral("PRAGMA page_size = %1").arg(kPageSize), QStringLiteral("VACUUM")}) {
        if (!rewrite.exec(statement)) {
            qWarning("bcstats: the cache keeps its smaller pages for now (%s: %s)",
                     qPrintable(statement), qPrintable(rewrite.lastError().text()));
            break;
        }
        rewrite.finish();
    }
    execOrThrow(db, QStringLiteral("PRAGMA journal_mode = WAL"),
                DatabaseTr::tr("opening the cache"));
}

} // namespace

Database::Database(QString filePath)
    : m_filePath(std::move(filePath))
    , m_id(QUuid::createUuid().toString(QUuid::Id128))
{}

Database::~Database()
{
    QMutexLocker lock(&m_connections->mutex);
    // Also the connections of threads still running (QSqlDatabase::database() may only be
    // called in the owning thread; removing the connection closes it).
    for (const QString &name : std::as_const(m_connections->names))
        QSqlDatabase::removeDatabase(name);
    m_connections->names.clear();
}

QString Database::connectionName(Access access) const
{
    return QStringLiteral("bcs-%1-%2-%3")
        .arg(m_id, access == Access::ReadOnly ? QStringLiteral("ro") : QStringLiteral("rw"))
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()));
}

QSqlDatabase Database::connection(Access access) const
{
    const QString name = connectionName(access);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_filePath);
    // Wait for a writer instead of failing with "database is locked"; never lock exclusively.
    db.setConnectOptions(access == Access::ReadOnly
                             ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000;QSQLITE_OPEN_READONLY")
                             : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        const QSqlError error = db.lastError();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw StorageError::fromSql(error, DatabaseTr::tr("opening %1").arg(m_filePath));
    }
    execOrThrow(db, QStringLiteral("PRAGMA foreign_keys = ON"),
                DatabaseTr::tr("opening the cache"));
    if (access == Access::ReadWrite)
        execOrThrow(db, QStringLiteral("PRAGMA synchronous = NORMAL"),
                    DatabaseTr::tr("opening the cache"));
    {
        QMutexLocker lock(&m_connections->mutex);
        m_connections->names.insert(name);
    }
    // The connection belongs to this thread; drop it when the thread ends.
    if (QThread *thread = QThread::currentThread();
        thread != QCoreApplication::instance()->thread()) {
        QObject::connect(
            thread, &QThread::finished, thread,
            [connections = m_connections, name] {
                QMutexLocker lock(&connections->mutex);
                if (connections->names.remove(name)) // else the Database already removed it
                    QSqlDatabase::removeDatabase(name);
            },
            Qt::DirectConnection);
    }
    return db;
}

QString Database::open()
{
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return DatabaseTr::tr("cannot create the data directory %1").arg(info.absolutePath());
    if (info.exists() && info.size() > 0) {
        QFile file(m_filePath);
        if (!file.open(QIODevice::ReadOnly))
            return DatabaseTr::tr("cannot read %1: %2").arg(m_filePath, file.errorString());
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return DatabaseTr::
                tr("%1 is not a SQLite database (damaged, or another file); it was left untouched. "
                   "Move it away to start a new cache, or choose another --data-dir.")
                    .arg(m_filePath);
    }
    try {
        QSqlDatabase db = connection();
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return DatabaseTr::
                tr("%1 cannot be read (%2); it was left untouched. Move it away to start a new cache.")
                    .arg(m_filePath, query.lastError().text());
        const int version = query.value(0).toInt();
        query.finish();
        if (version > latestSchemaVersion())
            return DatabaseTr::
                tr("%1 was written by a newer version of Ballchasing Stats (cache version %2; this version "
                   "reads up to %3). It was left untouched: update Ballchasing Stats, or use another --data-dir.")
                    .arg(m_filePath)
                    .arg(version)
                    .arg(latestSchemaVersion());
        // Only now that the file is known to be ours and not newer do we write to it.
        if (version == 0) // before the first table, and before WAL mode fixes the page size
            execOrThrow(db, QStringLiteral("PRAGMA page_size = %1").arg(kPageSize),
                        DatabaseTr::tr("opening the cache"));
        execOrThrow(db, QStringLiteral("PRAGMA journal_mode = WAL"),
                    DatabaseTr::tr("opening the cache"));
        migrateSchema(db, version);
        if (const QStringList missing = missingStatColumns(db); !missing.isEmpty())
            return DatabaseTr::tr(
                       "this build's stat catalogue names columns that no cache migration "
                       "creates (%1); the cache was not changed beyond its migrations.")
                .arg(missing.join(QStringLiteral(", ")));
        if (version > 0) {
            QSqlQuery check(db); // cheap structural check: a truncated file fails here
            if (!check.exec(QStringLiteral("SELECT count(*) FROM sync_log")))
                return DatabaseTr::
                    tr("%1 is damaged (%2); it was left untouched. Move it away to start a new cache.")
                        .arg(m_filePath, check.lastError().text());
            check.finish(); // VACUUM waits for no statement
            enlargePages(db);
        }
    } catch (const StorageError &error) {
        if (error.kind == StorageError::Kind::Corrupt)
            return DatabaseTr::
                tr("%1 is damaged and was left untouched (%2). Move it away to start a new cache.")
                    .arg(m_filePath, error.message);
        return error.message;
    }
    return {};
}

qint64 Database::sizeOnDisk() const
{
    return QFileInfo(m_filePath).size() + QFileInfo(m_filePath + QStringLiteral("-wal")).size();
}

} // namespace bcs
