#include "stats/roles.h"

#include "stats/correlation.h"
#include "stats/roleresolver.h"

namespace bcs {

namespace {
// `sides` (the seed's correlation sides) come right after me, as the API has always listed them.
QStringList rolesWithSides(const PlayerConfig &config, const QStringList &sides)
{
    QStringList roles{role::Me};
    roles << sides << role::AnonTeammate << role::AnonOpponent;
    for (const auto &[alias, names] : config.teammates)
        roles << role::teammate(alias);
    return roles;
}
} // namespace

QStringList roleNames(const PlayerConfig &config)
{
    return rolesWithSides(config, {});
}

QStringList correlationRoleNames(const PlayerConfig &config)
{
    return rolesWithSides(config, {correlationrole::Teammates, correlationrole::Opponents});
}

QList<NamedRole> teammateRoles(const PlayerConfig &config)
{
    QList<NamedRole> roles;
    for (const auto &[alias, names] : config.teammates)
        roles.append({alias, role::teammate(alias)});
    roles.append({role::AnonTeammate, role::AnonTeammate});
    return roles;
}

NamedRole meRole()
{
    return {role::Me, role::Me};
}

NamedRole opponentsRole()
{
    return {role::AnonOpponent, role::AnonOpponent};
}

bool meIsConfigured(const PlayerConfig &config)
{
    return !config.me.isEmpty();
}

} // namespace bcs
