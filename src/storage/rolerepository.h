#pragma once
// The player config (one JSON row) and the role tables derived from it: loads the identity of
// every player row for the resolver and replaces all roles (inside the caller's transaction, so
// that what is derived from the roles is replaced with them).

#include "core/playerconfig.h"
#include "core/replay.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace bcs {

class RoleRepository
{
public:
    explicit RoleRepository(QSqlDatabase db);

    PlayerConfig config() const; // empty config when none was saved
    void saveConfig(const PlayerConfig &config, qint64 nowMs);

    QList<PlayerIdentity> identities() const; // grouped by replay, every listed replay
    // The accounts ("platform:id" as the replays print them) of the player rows holding `role`;
    // bots and masked ids are no account.
    QStringList accountsWithRole(const QString &role) const;
    // lineupByReplay: the named teammates on my team, in one string (see stats/roleindex.h).
    void replaceRoles(const QList<PlayerIdentity> &rows, const QHash<qint64, QString> &roleByRow,
                      const QHash<qint64, QString> &myTeamByReplay,
                      const QHash<qint64, QString> &lineupByReplay);

private:
    mutable QSqlDatabase m_db;
};

} // namespace bcs
