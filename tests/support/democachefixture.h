#pragma once
// The demo cache (src/demo) for tests that want a realistic year of games: built once per build
// tree (under a lock, so parallel tests wait for one build rather than each making their own) and
// copied into the test's own directory, so a test that writes (roles, syncs) never changes what
// another test reads.

#include "demo/democache.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QLockFile>
#include <QString>
#include <memory>

namespace bcs::test {

inline QString sharedDemoCacheDirectory()
{
    return QDir(QStringLiteral(BCS_BIN_DIR)).filePath(QStringLiteral("../test-demo-cache"));
}

// Puts a complete demo cache at <directory>/cache.sqlite; returns an error text, empty on success.
inline QString copyDemoCache(const QString &directory)
{
    const QString shared = sharedDemoCacheDirectory();
    if (!QDir().mkpath(shared))
        return QStringLiteral("cannot create ") + shared;
    {
        QLockFile lock(QDir(shared).filePath(QStringLiteral("build.lock")));
        lock.setStaleLockTime(0);
        if (!lock.lock())
            return QStringLiteral("cannot lock ") + shared;
        if (!demo::demoCacheIsComplete(shared)) {
            if (const QString error = demo::buildDemoCache(shared, [](int, int) { return true; }); !error.isEmpty())
                return error;
        }
    }
    // VACUUM INTO, not a file copy: the cache is in WAL mode, and right after a build in this
    // process its last transactions may still be in the -wal file, which a copy would lose.
    const QString target = demo::demoCachePath(directory);
    QFile::remove(target);
    const QString name = QStringLiteral("demo-cache-copy-%1").arg(quintptr(&target));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(demo::demoCachePath(shared));
        QSqlQuery vacuum(db);
        if (!db.open())
            error = db.lastError().text();
        else if (!vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(QString(target).replace(
                     QLatin1Char('\''), QStringLiteral("''")))))
            error = vacuum.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return error.isEmpty() ? QString() : QStringLiteral("cannot copy the demo cache: ") + error;
}

// A copy of the demo cache in `directory`, opened: for tests that read the demo year. Returns
// an error text, empty on success.
inline QString openDemoCopy(const QString &directory, std::unique_ptr<Database> &database)
{
    if (const QString error = copyDemoCache(directory); !error.isEmpty())
        return error;
    database = std::make_unique<Database>(demo::demoCachePath(directory));
    return database->open();
}

} // namespace bcs::test
