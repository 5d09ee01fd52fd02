#pragma once
// The cache schema, one step per version. Step N turns a version N-1 database into version N
// inside one transaction that also sets PRAGMA user_version, so a crash mid-migration leaves the
// old version intact. What a step creates is frozen when it is written (storage/statcolumns.h).

#include <QSqlDatabase>

namespace bcs {

int latestSchemaVersion();
// Runs every step after `fromVersion`; throws StorageError.
void migrateSchema(QSqlDatabase &db, int fromVersion);

} // namespace bcs
