#include "stats/statimpact.h"

#include "stats/statpoints.h"

#include <algorithm>

namespace bcs {

QList<StatImpact> statImpacts(const Database &database, const QString &role,
                              const StatsFilter &filter)
{
    QList<StatImpact> impacts;
    for (const StatDefinition &stat : statCatalogue()) {
        const double scale = double(stat.storageScale());
        QList<CorrelationPoint> points;
        double sum = 0;
        for (const StatPoint &point : statPoints(database, stat, role, filter)) {
            if (!point.detailed)
                continue;
            const double value = double(point.scaled) / scale;
            points.append({value, point.goalDifference});
            sum += value;
        }
        StatImpact impact;
        impact.stat = &stat;
        impact.games = int(points.size());
        impact.mean = points.isEmpty() ? 0 : sum / double(points.size());
        impact.regression = leastSquares(points);
        impacts.append(impact);
    }
    std::stable_sort(impacts.begin(), impacts.end(), [](const StatImpact &a, const StatImpact &b) {
        return a.regression.rSquared > b.regression.rSquared;
    });
    return impacts;
}

} // namespace bcs
