#include "stats/winrateinterval.h"

#include <algorithm>
#include <cmath>

namespace bcs {

WinRateInterval wilsonInterval(int wins, int games, double z)
{
    WinRateInterval interval;
    interval.games = std::max(games, 0);
    interval.wins = std::clamp(wins, 0, interval.games);
    if (interval.games == 0)
        return interval;
    const double n = interval.games;
    const double p = interval.wins / n;
    const double z2 = z * z;
    const double denominator = 1 + z2 / n;
    const double centre = (p + z2 / (2 * n)) / denominator;
    const double spread = z / denominator * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    interval.rate = p;
    // Rounding may leave the bounds a hair outside 0..1 or the rate (0 wins, all wins).
    interval.low = std::clamp(centre - spread, 0.0, p);
    interval.high = std::clamp(centre + spread, p, 1.0);
    return interval;
}

} // namespace bcs
