#include "stats/derivedtables.h"

#include "stats/dailytotals.h"
#include "stats/replaysides.h"
#include "stats/roleindex.h"

namespace bcs {

void refreshDerivedTables(const Database &database)
{
    rebuildRoles(database);
    refreshTablesFromRoles(database);
}

void refreshTablesFromRoles(const Database &database)
{
    refreshDailyTotals(database);
    refreshReplaySides(database);
}

} // namespace bcs
