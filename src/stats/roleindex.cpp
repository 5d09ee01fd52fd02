#include "stats/roleindex.h"

#include "stats/roleresolver.h"
#include "storage/database.h"
#include "storage/rolerepository.h"
#include "storage/smalltables.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

namespace bcs {

RoleIndexStats rebuildRoles(const Database &database)
{
    QElapsedTimer timer;
    timer.start();
    RoleRepository roles(database.connection());
    const QList<PlayerIdentity> rows = roles.identities();
    const RoleResolution resolution = resolveRoles(rows, roles.config());
    QSqlDatabase db = database.connection();
    Transaction transaction(db, QCoreApplication::translate("bcs::Stats", "saving player roles"));
    roles.replaceRoles(rows, resolution.roleByRow, resolution.myTeamByReplay);
    MetaRepository meta(db);
    meta.bump(MetaRepository::kRolesGeneration); // the daily totals are stale from here
    meta.bumpDataGeneration();
    transaction.commit();
    return {int(rows.size()), int(resolution.myTeamByReplay.size()), timer.elapsed()};
}

bool roleIndexIsStale(const Database &database)
{
    QSqlQuery query(database.connection());
    return query.exec(QStringLiteral(
               "SELECT (SELECT count(*) FROM players) <> (SELECT count(*) FROM player_roles)")) &&
           query.next() && query.value(0).toBool();
}

} // namespace bcs
