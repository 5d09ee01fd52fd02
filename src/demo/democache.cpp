#include "demo/democache.h"

#include "demo/demohistory.h"
#include "demo/demostore.h"
#include "demo/demotr.h"
#include "storage/database.h"
#include "storage/smalltables.h"
#include "storage/sqlhelpers.h"

#include <QDir>
#include <QFile>

namespace bcs::demo {

namespace {

// Written last into a complete demo cache. A new value (a changed demo history) makes older demo
// caches incomplete, so they are built again.
const char *const kCompleteKey = "demo_history";
const char *const kCompleteValue = "2"; // 2: the same year from gcc and clang builds

QString buildingDirectory(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("building"));
}

// The cache and the files SQLite keeps beside it.
void removeCacheFiles(const QString &cachePath)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(cachePath + suffix);
}

// Builds a complete cache at `cachePath`; false when cancelled. The database is closed on return
// (its write-ahead log folded into the file, so the file alone is the cache).
bool buildCache(const QString &cachePath, const DemoBuildProgress &progress, QString *error)
{
    Database database(cachePath);
    if (*error = database.open(); !error->isEmpty())
        return false;
    try {
        if (!storeGames(database, demoHistory(), demoHistoryEnd(), progress))
            return false;
        MetaRepository(database.connection())
            .setValue(QLatin1String(kCompleteKey), QLatin1String(kCompleteValue));
        QSqlDatabase db = database.connection();
        execOrThrow(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                    DemoTr::tr("finishing the demo data"));
    } catch (const StorageError &storageError) {
        *error = storageError.message;
        return false;
    }
    return true;
}

} // namespace

QString demoCachePath(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("cache.sqlite"));
}

bool demoCacheIsComplete(const QString &directory)
{
    const QString path = demoCachePath(directory);
    if (!QFile::exists(path))
        return false;
    try {
        const Database database(path);
        return MetaRepository(database.connection(Database::Access::ReadOnly))
                   .value(QLatin1String(kCompleteKey)) == QLatin1String(kCompleteValue);
    } catch (const StorageError &) {
        return false; // not a cache we can read: built again
    }
}

QString buildDemoCache(const QString &directory, const DemoBuildProgress &progress)
{
    if (demoCacheIsComplete(directory))
        return {};
    const QString aside = buildingDirectory(directory);
    QDir(aside).removeRecursively(); // what a cancelled or crashed build left
    if (!QDir().mkpath(aside))
        return DemoTr::tr("cannot create the demo data directory %1").arg(aside);
    const QString built = demoCachePath(aside);
    QString error;
    const bool complete = buildCache(built, progress, &error);
    if (complete) {
        const QString target = demoCachePath(directory);
        removeCacheFiles(target); // an older demo's, or one that cannot be read
        if (!QFile::rename(built, target))
            error = DemoTr::tr("cannot move the demo data to %1").arg(target);
    } else if (error.isEmpty()) {
        error = DemoTr::tr("building the demo data was cancelled");
    }
    QDir(aside).removeRecursively();
    return error;
}

} // namespace bcs::demo
