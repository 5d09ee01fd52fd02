#include "stats/derivedtables.h"

#include "stats/dailytotals.h"
#include "stats/replaysides.h"
#include "stats/roleindex.h"

namespace bcs {

void refreshDerivedTables(const Database &database)
{
    rebuildRoles(database);
    refreshDailyTotals(database);
    refreshReplaySides(database);
}

} // namespace bcs
