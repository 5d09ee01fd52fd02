#pragma once
// The arithmetic of a stat against goal difference, exactly as the seed's analysis answers it
// (SEED_API.md): ten equal-width buckets and a least-squares line. Pure: points in, figures out,
// so the edge cases (all values equal, a value on the top edge, empty bins, < 2 points) are
// unit-tested without a cache.

#include <QList>
#include <QString>

namespace bcs {

struct CorrelationPoint
{
    double statValue = 0;
    int goalDiff = 0; // my team's goals - the other team's
    bool won() const { return goalDiff > 0; }
};

struct CorrelationBucket
{
    double rangeMin = 0; // rounded to 1 decimal
    double rangeMax = 0;
    QString label; // both edges without decimals: "62-66"
    int games = 0, wins = 0, losses = 0, draws = 0;
    double winRate = 0;           // wins / games x 100, rounded to 1 decimal
    double avgGoalDifference = 0; // ours: the bucket's mean goal difference
};

struct Regression
{
    double slope = 0; // each rounded to 4 decimals
    double intercept = 0;
    double rSquared = 0;
};

inline constexpr int kCorrelationBuckets = 10;

// Equal-width bins from the smallest to the largest value ([v, v + 1] when all are equal); a
// bin holds [low edge, high edge), the last one also its high edge; empty bins are left out.
QList<CorrelationBucket> correlationBuckets(const QList<CorrelationPoint> &points);

// Least squares of goal difference on the stat. Fewer than 2 points: all 0; all values equal:
// slope and r² 0, intercept the mean goal difference.
Regression leastSquares(const QList<CorrelationPoint> &points);

} // namespace bcs
