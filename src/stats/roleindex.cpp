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

namespace {

// Per replay with me: the aliases of the named teammates on my team, sorted, each once, joined
// with the unit separator (what /api/stats/lineups groups by).
QHash<qint64, QString> lineups(const QList<PlayerIdentity> &rows, const RoleResolution &resolution)
{
    const QString prefix = role::teammate(QString());
    QHash<qint64, QStringList> aliases;
    for (const PlayerIdentity &row : rows) {
        const QString role = resolution.roleByRow.value(row.rowId);
        if (role.startsWith(prefix))
            aliases[row.replay] << role.mid(prefix.size());
    }
    QHash<qint64, QString> lineup;
    for (auto it = aliases.begin(); it != aliases.end(); ++it) {
        it->sort(Qt::CaseInsensitive);
        it->removeDuplicates();
        lineup.insert(it.key(), it->join(kLineupSeparator));
    }
    return lineup;
}

} // namespace

RoleIndexStats rebuildRoles(const Database &database)
{
    QElapsedTimer timer;
    timer.start();
    RoleRepository roles(database.connection());
    const QList<PlayerIdentity> rows = roles.identities();
    const RoleResolution resolution = resolveRoles(rows, roles.config());
    QSqlDatabase db = database.connection();
    Transaction transaction(db, QCoreApplication::translate("bcs::Stats", "saving player roles"));
    roles.replaceRoles(rows, resolution.roleByRow, resolution.myTeamByReplay,
                       lineups(rows, resolution));
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
