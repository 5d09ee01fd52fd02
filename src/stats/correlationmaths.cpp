#include "stats/correlationmaths.h"

#include "stats/rounding.h"

#include <algorithm>
#include <cstdio>

namespace bcs {

namespace {

// Python's f"{x:.0f}": the exact binary value rounded, halves to even, as printf does.
QString wholeNumber(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.0f", value);
    return QString::fromLatin1(text);
}

} // namespace

QList<CorrelationBucket> correlationBuckets(const QList<CorrelationPoint> &points)
{
    if (points.isEmpty())
        return {};
    const auto [lowest, highest] = std::minmax_element(
        points.cbegin(), points.cend(), [](const CorrelationPoint &a, const CorrelationPoint &b) {
            return a.statValue < b.statValue;
        });
    const double low = lowest->statValue;
    const double high = highest->statValue > low ? highest->statValue : low + 1;
    const double width = (high - low) / kCorrelationBuckets;
    // The edges as the seed computes them (low + i x width), so a value on an edge falls on the
    // same side as there.
    double edges[kCorrelationBuckets + 1];
    for (int i = 0; i <= kCorrelationBuckets; ++i)
        edges[i] = low + i * width;
    struct Tally
    {
        int games = 0, wins = 0, losses = 0;
        qint64 goalDiff = 0;
    };
    Tally tallies[kCorrelationBuckets];
    for (const CorrelationPoint &point : points) {
        // The first guess from the width, then moved to the bin whose edges hold the value;
        // the largest value goes into the last bin even where low + 10 x width rounds below it.
        int i = std::clamp(int((point.statValue - low) / width), 0, kCorrelationBuckets - 1);
        while (i > 0 && point.statValue < edges[i])
            --i;
        while (i < kCorrelationBuckets - 1 && point.statValue >= edges[i + 1])
            ++i;
        Tally &tally = tallies[i];
        ++tally.games;
        tally.wins += point.goalDiff > 0;
        tally.losses += point.goalDiff < 0;
        tally.goalDiff += point.goalDiff;
    }
    QList<CorrelationBucket> buckets;
    for (int i = 0; i < kCorrelationBuckets; ++i) {
        const Tally &tally = tallies[i];
        if (tally.games == 0)
            continue;
        CorrelationBucket bucket;
        bucket.rangeMin = roundToDecimals(edges[i], 1);
        bucket.rangeMax = roundToDecimals(edges[i + 1], 1);
        bucket.label = wholeNumber(edges[i]) + QLatin1Char('-') + wholeNumber(edges[i + 1]);
        bucket.games = tally.games;
        bucket.wins = tally.wins;
        bucket.losses = tally.losses;
        bucket.draws = tally.games - tally.wins - tally.losses;
        bucket.winRate = roundToDecimals(100.0 * tally.wins / tally.games, 1);
        bucket.avgGoalDifference = double(tally.goalDiff) / tally.games;
        buckets.append(bucket);
    }
    return buckets;
}

Regression leastSquares(const QList<CorrelationPoint> &points)
{
    const qsizetype n = points.size();
    if (n < 2)
        return {};
    // Centred sums (two passes): the raw-sum formula loses digits when values are large and
    // close together (distances around 2,000 with a spread of a few units).
    double meanX = 0, meanY = 0;
    for (const CorrelationPoint &p : points) {
        meanX += p.statValue;
        meanY += p.goalDiff;
    }
    meanX /= double(n);
    meanY /= double(n);
    double sxx = 0, sxy = 0, syy = 0;
    bool allEqual = true;
    for (const CorrelationPoint &p : points) {
        const double dx = p.statValue - meanX;
        const double dy = p.goalDiff - meanY;
        sxx += dx * dx;
        sxy += dx * dy;
        syy += dy * dy;
        allEqual = allEqual && p.statValue == points.first().statValue;
    }
    if (allEqual || sxx <= 0)
        return {0, roundToDecimals(meanY, 4), 0};
    const double slope = sxy / sxx;
    const double intercept = meanY - slope * meanX;
    // 1 - residual / total sum of squares, which for the least-squares line is sxy² / (sxx syy).
    const double rSquared = syy > 0 ? (sxy * sxy) / (sxx * syy) : 0.0;
    return {roundToDecimals(slope, 4), roundToDecimals(intercept, 4), roundToDecimals(rSquared, 4)};
}

} // namespace bcs
