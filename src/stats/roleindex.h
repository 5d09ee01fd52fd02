#pragma once
// Rebuilds the role tables (player_roles, perspectives) from the saved player config and every
// cached player row. Called in the writer thread when the config or the cache changed; stats
// routes then only join. Throws StorageError.

#include <QChar>
#include <QtGlobal>

namespace bcs {

class Database;

struct RoleIndexStats
{
    int rows = 0;
    int replaysWithPerspective = 0;
    qint64 milliseconds = 0;
};

// perspectives.lineup joins the aliases of a replay's named teammates with this.
inline constexpr QChar kLineupSeparator = QChar(31);

RoleIndexStats rebuildRoles(const Database &database);
// True when cached player rows have no roles yet (first start after an upgrade or a crash).
bool roleIndexIsStale(const Database &database);

} // namespace bcs
