#include "gui/common/statformat.h"

#include "gui/common/textformat.h"

#include <QCoreApplication>
#include <cmath>

namespace bcs::statformat {

namespace {
struct StatFormatTr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::StatFormat)
};

QString secondsText(double value, bool mean)
{
    if (!mean && value >= 3600)
        return text::duration(value); // 2 h 40 min over many games
    if (value < 60)
        return StatFormatTr::tr("%1 s").arg(text::decimal(value, 1));
    return text::gameClock(int(std::lround(value)));
}
} // namespace

QString unitName(StatUnit unit)
{
    switch (unit) {
    case StatUnit::Count:
        return {};
    case StatUnit::Seconds:
        return StatFormatTr::tr("s");
    case StatUnit::Percent:
        return StatFormatTr::tr("%");
    case StatUnit::BoostAmount:
        return StatFormatTr::tr("boost");
    case StatUnit::PerMinute:
        return StatFormatTr::tr("/min");
    // Unreal units, what the game measures the pitch in (a car is ~118 uu long).
    case StatUnit::Distance:
        return StatFormatTr::tr("uu");
    case StatUnit::Speed:
        return StatFormatTr::tr("uu/s");
    }
    return {};
}

QString value(const StatDefinition &stat, double value, bool mean)
{
    switch (stat.unit) {
    case StatUnit::Percent:
        return text::percent(value / 100.0);
    case StatUnit::Seconds:
        return secondsText(value, mean);
    case StatUnit::PerMinute:
        return text::decimal(value, 1);
    case StatUnit::Distance:
    case StatUnit::Speed:
        return text::count(std::llround(value));
    case StatUnit::Count:
    case StatUnit::BoostAmount:
        return mean ? text::decimal(value, 1) : text::count(std::llround(value));
    }
    return text::decimal(value, 1);
}

QString labelWithUnit(const StatDefinition &stat)
{
    if (stat.unit == StatUnit::Distance || stat.unit == StatUnit::Speed)
        return StatFormatTr::tr("%1 (%2)").arg(stat.displayLabel(), unitName(stat.unit));
    return stat.displayLabel();
}

QString axisTitle(const StatDefinition &stat, bool mean)
{
    // A Mean stat is a mean either way: its unit alone ("Boost", not "Boost per game").
    const bool perGame = mean && stat.aggregation == Aggregation::Sum;
    const bool total = !mean && stat.aggregation == Aggregation::Sum;
    switch (stat.unit) {
    case StatUnit::Count:
        return total ? StatFormatTr::tr("in total") : StatFormatTr::tr("per game");
    case StatUnit::Seconds:
        return perGame ? StatFormatTr::tr("s per game")
                       : (total ? StatFormatTr::tr("s in total") : StatFormatTr::tr("s"));
    case StatUnit::BoostAmount:
        return perGame ? StatFormatTr::tr("boost per game")
                       : (total ? StatFormatTr::tr("boost in total") : StatFormatTr::tr("boost"));
    case StatUnit::Distance:
        return perGame ? StatFormatTr::tr("uu per game")
                       : (total ? StatFormatTr::tr("uu in total") : unitName(stat.unit));
    case StatUnit::Percent:
    case StatUnit::PerMinute:
    case StatUnit::Speed:
        return unitName(stat.unit);
    }
    return {};
}

} // namespace bcs::statformat
