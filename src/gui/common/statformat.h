#pragma once
// A catalogue stat's value as a cell or an axis shows it (UI.md numbers): counts as integers,
// means to 1 decimal, percentages with "%", times as seconds or m:ss, long totals as a duration;
// the unit's short name for tooltips and axis titles. Labels stay the catalogue's.

#include "core/statcatalogue.h"

#include <QString>

namespace bcs::statformat {

// "s", "%", "boost", "/min", "uu", "uu/s"; empty for counts.
QString unitName(StatUnit unit);
// `value` as a table cell shows it; `mean` when it is a per-game mean (a total otherwise).
QString value(const StatDefinition &stat, double value, bool mean);
// The stat's label with its unit where the value does not say it: "Distance travelled (uu)".
QString labelWithUnit(const StatDefinition &stat);
// For a value axis, short enough to stand beside a chart whose title names the stat: "per
// game", "s per game", "boost in total", "%", "uu/s".
QString axisTitle(const StatDefinition &stat, bool mean);

} // namespace bcs::statformat
