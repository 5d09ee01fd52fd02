#pragma once
// Which roles a player config gives (DESIGN.md §6), decided once for the API and the window:
// the roles a stat can be asked for, what a teammate list holds, and whether "me" is known.
// Pure: a config in, names out; reading the saved config is the caller's (RoleRepository).

#include "core/playerconfig.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace bcs {

// A role as a list shows it: `name` is what the user calls it (an alias, or the role itself).
struct NamedRole
{
    QString name;
    QString role; // "me", "teammate:<alias>", "anon_teammate", "anon_opponent"
};

// Every role a stat can be asked for: me, anon_teammate, anon_opponent, then teammate:<alias>
// per configured alias, in the config's order.
QStringList roleNames(const PlayerConfig &config);
// The same with the seed's correlation sides (correlationrole::Teammates, ::Opponents) after me.
QStringList correlationRoleNames(const PlayerConfig &config);

// My teammates: each configured alias in the config's order, then anon_teammate.
QList<NamedRole> teammateRoles(const PlayerConfig &config);
NamedRole meRole();
NamedRole opponentsRole();

// My stats and the analyses from my side need to know who I am.
bool meIsConfigured(const PlayerConfig &config);

} // namespace bcs
