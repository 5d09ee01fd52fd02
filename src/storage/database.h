#pragma once
// The cache file (cache.sqlite) and its connections. Thread-safety contract (Nextcloud's
// journal): one QSqlDatabase connection per thread, created on first use in that thread and
// removed when the thread finishes; SQLite in WAL mode lets readers (API, GUI) run while the
// sync writes; never exclusive locking. open() runs once at start-up: it refuses a schema newer
// than this build and a file that is not a SQLite database, leaving such files untouched.

#include "storage/storageerror.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace bcs {

class Database
{
public:
    enum class Access { ReadWrite, ReadOnly };

    explicit Database(QString filePath);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Creates the directory and file if needed, checks the version, migrates forward. Returns
    // an empty string on success, else a message for the user. Also turns a `running` sync left
    // by a crash into `failed` ("interrupted").
    QString open();

    // This thread's connection; throws StorageError if it cannot be opened.
    QSqlDatabase connection(Access access = Access::ReadWrite) const;

    QString filePath() const { return m_filePath; }

    // Bytes on disk: the database and its WAL.
    qint64 sizeOnDisk() const;

private:
    QString connectionName(Access access) const;

    // Shared with the thread-finished handlers of threads that may outlive this object (the
    // global thread pool's, which end after main returns).
    struct Connections
    {
        QMutex mutex;
        QSet<QString> names;
    };

    QString m_filePath;
    QString m_id;
    std::shared_ptr<Connections> m_connections = std::make_shared<Connections>();
};

} // namespace bcs
