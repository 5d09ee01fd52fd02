#pragma once
// The JSON of a role's aggregate (stats/aggregates.h) in the seed's AggregatedStats shape with
// our extra fields, the {name, role, stats} entries of /api/stats/me, /teammates and /opponents,
// and the replays with roles of /api/stats/replays. The aggregate is small and built as a
// QJsonObject (its keys sorted, as the answers always had them); the replays are up to 1,000 x
// six players x 84 stats and written as JSON text (core/jsontext.h).

#include "stats/aggregates.h"
#include "stats/roles.h"

#include <QByteArray>
#include <QJsonObject>

namespace bcs {

QJsonObject roleAggregateJson(const RoleAggregate &aggregate);
QJsonObject roleEntryJson(const NamedRole &role, const RoleAggregate &aggregate);
QByteArray replaysWithRolesJson(const QList<ReplayWithRoles> &replays);

} // namespace bcs
