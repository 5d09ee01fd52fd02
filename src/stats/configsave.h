#pragma once
// Saving a player config, for the API and the window alike: the config is stored and the roles
// rebuilt from it in one write, which the caller waits for so that every stat read afterwards
// sees the new roles; the totals derived from the roles follow in a later write nobody waits
// for (stats/derivedtables.h). Both in the writer thread (SyncManager::runWrite, runWriteLater);
// throw StorageError.

#include <QtGlobal>

namespace bcs {

class Database;
struct PlayerConfig;

void savePlayerConfig(const Database &database, const PlayerConfig &config, qint64 nowMs);

} // namespace bcs
