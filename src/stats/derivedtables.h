#pragma once
// Everything derived from the player rows and the config, brought up to date in order: the roles
// (stats/roleindex.h), then the daily totals and the per-side sums built from them. In the writer
// thread after replays were stored; throws StorageError.

namespace bcs {

class Database;

void refreshDerivedTables(const Database &database);
// The tables derived from the roles alone (daily totals, per-side sums): after a role rebuild
// nobody waits for them (stats/configsave.h).
void refreshTablesFromRoles(const Database &database);

} // namespace bcs
