#pragma once
// The Stats page's comparison (issue 13): me, each named teammate in alias order, my anonymous
// teammates and the opponents, each role's aggregate over the same filter, and which of them
// did best at a stat. Typed for the window; the API's /api/stats/me|teammates|opponents answer
// the same aggregates. Never formats: numbers in, numbers out.

#include "core/playerconfig.h"
#include "core/statcatalogue.h"
#include "stats/aggregates.h"
#include "stats/roles.h"
#include "stats/statsfilter.h"

#include <QList>

namespace bcs {

class Database;

// Per game: every stat as a mean per game. Totals: a Sum stat's total over the games; a Mean
// stat (a rate, an average, a percentage) stays its per-game mean, since its total means nothing.
enum class ComparisonValues { PerGame, Totals };

struct ComparedRole
{
    NamedRole role;
    RoleAggregate aggregate;
};

struct RoleComparison
{
    bool meConfigured = false;
    QList<ComparedRole> roles; // in comparedRoles() order
};

// Me, the named teammates in the config's order, anonymous teammates, opponents.
QList<NamedRole> comparedRoles(const PlayerConfig &config);

// aggregateRole() for every compared role of `config` under `filter`.
RoleComparison compareRoles(const Database &database, const PlayerConfig &config,
                            const StatsFilter &filter);
// The same with the saved config (RoleRepository), as the API reads it.
RoleComparison compareRoles(const Database &database, const StatsFilter &filter);

// The value the comparison shows for catalogue stat `statIndex` (see ComparisonValues).
double comparedValue(const RoleAggregate &aggregate, qsizetype statIndex, ComparisonValues mode);

// The indices of `values` holding the best value in `direction` (several when tied); empty for
// Neutral, when fewer than two roles have games, or when every role with games has the same
// value (nothing stands out). Roles without games (`games[i] == 0`) never win.
QList<int> bestValues(StatDirection direction, const QList<double> &values,
                      const QList<int> &games);

} // namespace bcs
