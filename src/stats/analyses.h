#pragma once
// Results per lineup of named teammates ("who do I win with?"), over the role tables. The seed's
// analyses are in stats/scorelines.h, stats/gamerows.h and stats/correlation.h.

#include "stats/statsfilter.h"

#include <QJsonArray>
#include <QSqlDatabase>

namespace bcs {

QJsonArray lineups(QSqlDatabase db, const StatsFilter &filter);

} // namespace bcs
