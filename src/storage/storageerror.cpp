#include "storage/storageerror.h"

#include <QCoreApplication>

namespace bcs {

StorageError StorageError::fromSql(const QSqlError &error, const QString &doing)
{
    // QSQLITE puts the SQLite result code in nativeErrorCode(); extended codes keep the primary
    // code in their low byte.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (code) {
    case 13: // SQLITE_FULL
        return {Kind::DiskFull,
                QCoreApplication::translate("bcs::Storage",
                                            "the disk is full while %1; free some space "
                                            "and sync again (nothing stored so far is lost)")
                    .arg(doing)};
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return {Kind::Corrupt,
                QCoreApplication::translate("bcs::Storage", "the cache is damaged (%1) while %2")
                    .arg(detail, doing)};
    case 8: // SQLITE_READONLY
        return {Kind::ReadOnly,
                QCoreApplication::translate("bcs::Storage",
                                            "the cache cannot be written (%1) while %2; check "
                                            "that its folder is writable")
                    .arg(detail, doing)};
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {Kind::Locked,
                QCoreApplication::translate("bcs::Storage", "the cache is busy (%1) while %2")
                    .arg(detail, doing)};
    default:
        return {Kind::Io, QCoreApplication::translate("bcs::Storage", "database error while %1: %2")
                              .arg(doing, detail)};
    }
}

} // namespace bcs
