#pragma once
// Gives every player row a role from the player config (DESIGN.md §6): my team is the team
// holding "me"; on it, "me", "teammate:<alias>" or "anon_teammate"; everyone on the other team
// is "anon_opponent" whatever their name; a replay without me is "unknown". When my names are
// on both teams (someone else uses one), and for teammate names always, a name counts only on
// the account that name most often carries across the cache. Pure: rows in, roles out.

#include "core/playerconfig.h"
#include "core/replay.h"

#include <QHash>
#include <QList>
#include <QString>

namespace bcs {

struct RoleResolution
{
    QHash<qint64, QString> roleByRow;      // rowId -> "me", "teammate:alice", "anon_teammate", ...
    QHash<qint64, QString> myTeamByReplay; // only replays with a perspective
};

namespace role {
inline const QString Me = QStringLiteral("me");
inline const QString AnonTeammate = QStringLiteral("anon_teammate");
inline const QString AnonOpponent = QStringLiteral("anon_opponent");
inline const QString Unknown = QStringLiteral("unknown");
inline QString teammate(const QString &alias)
{
    return QStringLiteral("teammate:") + alias;
}
} // namespace role

// `players` must be grouped by replay (e.g. ORDER BY rid).
RoleResolution resolveRoles(const QList<PlayerIdentity> &players, const PlayerConfig &config);

} // namespace bcs
