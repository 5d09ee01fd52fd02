#pragma once
// What matters most in my games (ours; no peer has it): every stat of the catalogue against
// goal difference over my appearances, ranked by how much of the goal difference it explains
// (r² of the least-squares line), with the line's slope — goals of difference per unit of the
// stat. Throws StorageError.

#include "core/statcatalogue.h"
#include "stats/correlationmaths.h"
#include "stats/statsfilter.h"

#include <QList>

namespace bcs {

class Database;

struct StatImpact
{
    const StatDefinition *stat = nullptr;
    int games = 0;     // appearances with details
    double mean = 0;   // the stat's mean over them
    Regression regression;
};

// Highest r² first (equal r² in catalogue order). `role` as aggregateRole takes it, e.g. "me".
QList<StatImpact> statImpacts(const Database &database, const QString &role,
                              const StatsFilter &filter);

} // namespace bcs
