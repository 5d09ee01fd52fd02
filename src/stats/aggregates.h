#pragma once
// Aggregated stats for a role, computed in SQL over the typed player columns and the role
// tables (never by parsing stored JSON): the seed's AggregatedStats shape plus `ties`,
// `win_rate` and a `per_game` mean of every catalogue stat.

#include "stats/statsfilter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

namespace bcs {

struct PlayerConfig;

class Database;

// One role, e.g. "me", "teammate:alice", "anon_opponent". Large caches are scanned in two
// halves of the replay-id range on two threads (each with its own read connection) and the sums
// merged: the 84 sums per row are CPU-bound and this machine class has two cores.
QJsonObject aggregateRole(const Database &database, const QString &role, const StatsFilter &filter);

// `/api/stats/replays`: newest first, each with my team and every player's role and stats, as
// JSON text (see core/jsontext.h for why).
QByteArray replaysWithRoles(const Database &database, const StatsFilter &filter, int limit,
                            int offset);

} // namespace bcs
