#include "stats/rolecomparison.h"

#include "storage/database.h"
#include "storage/rolerepository.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace bcs {

namespace {
// Values that differ only by summing order (two halves scanned apart) count as equal.
bool sameComparedValue(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}
} // namespace

QList<NamedRole> comparedRoles(const PlayerConfig &config)
{
    QList<NamedRole> roles{meRole()};
    roles << teammateRoles(config); // aliases in order, then anon_teammate
    roles << opponentsRole();
    return roles;
}

RoleComparison compareRoles(const Database &database, const PlayerConfig &config,
                            const StatsFilter &filter)
{
    RoleComparison comparison;
    comparison.meConfigured = meIsConfigured(config);
    for (const NamedRole &role : comparedRoles(config))
        comparison.roles.append({role, aggregateRole(database, role.role, filter)});
    return comparison;
}

RoleComparison compareRoles(const Database &database, const StatsFilter &filter)
{
    return compareRoles(
        database, RoleRepository(database.connection(Database::Access::ReadOnly)).config(), filter);
}

double comparedValue(const RoleAggregate &aggregate, qsizetype statIndex, ComparisonValues mode)
{
    const StatDefinition &stat = statCatalogue().at(statIndex);
    if (mode == ComparisonValues::Totals && stat.aggregation == Aggregation::Sum)
        return aggregate.values.value(statIndex);
    return aggregate.perGame.value(statIndex);
}

QList<int> bestValues(StatDirection direction, const QList<double> &values, const QList<int> &games)
{
    if (direction == StatDirection::Neutral)
        return {};
    const auto better = [direction](double a, double b) {
        return direction == StatDirection::Higher ? a > b : a < b;
    };
    std::optional<double> best;
    std::optional<double> worst;
    int playing = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (games.value(i) <= 0)
            continue;
        ++playing;
        const double value = values.at(i);
        if (!best || better(value, *best))
            best = value;
        if (!worst || better(*worst, value))
            worst = value;
    }
    if (playing < 2 || sameComparedValue(*best, *worst))
        return {};
    QList<int> indices;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (games.value(i) > 0 && sameComparedValue(values.at(i), *best))
            indices << int(i);
    }
    return indices;
}

} // namespace bcs
