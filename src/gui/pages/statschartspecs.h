#pragma once
// What the Stats page's two charts draw, built from the stats layer's answers (so a test can
// hold the series against aggregateRole() and trend()): the roles side by side for one stat, and
// one stat over weeks or months for chosen roles with the games per period behind. Each spec
// remembers which role and period a bar or point stands for, so a click opens its replays.

#include "gui/charts/chart.h"
#include "stats/statssql.h"
#include "stats/trend.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QString>

namespace bcs {

class ComparisonModel;

// What a clicked bar or point stands for.
struct ChartTarget
{
    QString role;
    Coverage coverage = Coverage::Detailed;
    std::optional<QDate> periodStart;       // a trend period; none: the whole filter
    TrendBucket bucket = TrendBucket::Week; // the period's length
};

struct StatsChart
{
    ChartSpec spec;
    QList<QList<ChartTarget>> targets; // per series, per point
};

// One bar per role with games, in the model's column order and role colours, one category (the
// stat); the model's values (per game or totals).
StatsChart roleBarsChart(const ComparisonModel &model, const StatDefinition &stat);

struct TrendLine
{
    QString role;
    QString title;
    QColor colour;
    Trend trend;
};

// A line per role (periods without detailed games left out) and, behind them on the right-hand
// axis, the games per period of `games` (my trend: every game with me in it).
StatsChart trendChart(const StatDefinition &stat, TrendBucket bucket, const Trend &games,
                      const QList<TrendLine> &lines, const QColor &gamesColour);

// "week of 3 Feb 2026", "February 2026".
QString periodText(TrendBucket bucket, const QDate &start);

} // namespace bcs
