#include "stats/configsave.h"

#include "stats/roleindex.h"
#include "storage/database.h"
#include "storage/rolerepository.h"

namespace bcs {

void savePlayerConfig(const Database &database, const PlayerConfig &config, qint64 nowMs)
{
    RoleRepository(database.connection()).saveConfig(config, nowMs);
    rebuildRoles(database);
}

} // namespace bcs
