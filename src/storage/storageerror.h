#pragma once
// A failed database operation, with a message that tells the user what happened and what to
// do (disk full, a newer or corrupt cache). Thrown by repositories; callers catch it at the
// boundary (sync step, API controller) so nothing half-done is reported as success.

#include <QSqlError>
#include <QString>
#include <exception>

namespace bcs {

struct StorageError : std::exception
{
    enum class Kind { Io, DiskFull, Corrupt, NewerSchema, Locked };

    StorageError(Kind errorKind, QString text) : kind(errorKind), message(std::move(text)) {}
    const char *what() const noexcept override { return "bcs::StorageError"; }

    Kind kind;
    QString message;

    // Classifies a Qt SQL error (SQLITE_FULL, SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_BUSY, ...).
    static StorageError fromSql(const QSqlError &error, const QString &doing);
};

} // namespace bcs
