#pragma once
// The analyses beyond plain aggregates, all over the role tables and typed columns:
// per scoreline, per game, a stat against goal difference (buckets + least-squares line) and
// results per lineup of named teammates ("who do I win with?").

#include "core/statcatalogue.h"
#include "stats/statsfilter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

namespace bcs {

QJsonArray scorelines(QSqlDatabase db, const StatsFilter &filter);
QJsonArray games(QSqlDatabase db, const StatsFilter &filter, int limit, int offset);
class Database;

// Large caches are read on two threads (stats/replayhalves.h), hence the Database.
// As JSON text: one point per game (core/jsontext.h).
QByteArray correlation(const Database &database, const StatDefinition &stat, const QString &role,
                       const StatsFilter &filter);
QJsonArray lineups(QSqlDatabase db, const StatsFilter &filter);

} // namespace bcs
