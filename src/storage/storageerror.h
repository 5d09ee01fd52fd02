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
    enum class Kind { Io, DiskFull, Corrupt, NewerSchema, Locked, ReadOnly };

    // True for what stops every later write too (a full disk, a damaged or read-only cache):
    // a sync ends on these, and goes on past any other failure of a single replay.
    bool stopsEveryWrite() const
    {
        return kind == Kind::DiskFull || kind == Kind::Corrupt || kind == Kind::NewerSchema ||
               kind == Kind::ReadOnly;
    }

    StorageError(Kind errorKind, QString text) : kind(errorKind), message(std::move(text)) {}
    const char *what() const noexcept override { return "bcs::StorageError"; }

    Kind kind;
    QString message;

    // Classifies a Qt SQL error (SQLITE_FULL, SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_BUSY, ...).
    static StorageError fromSql(const QSqlError &error, const QString &doing);
};

} // namespace bcs
