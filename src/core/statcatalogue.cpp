#include "core/statcatalogue.h"

#include <QCoreApplication>

namespace bcs {

namespace {

using G = StatGroup;
using U = StatUnit;
constexpr Aggregation Sum = Aggregation::Sum;
constexpr Aggregation Mean = Aggregation::Mean;

} // namespace

const QList<StatDefinition> &statCatalogue()
{
    // Per-game means where DESIGN.md §7 says so (rates, averages, percentages); totals otherwise.
    static const QList<StatDefinition> catalogue = {
        {G::Core, "shots", QT_TRANSLATE_NOOP("bcs::Stats", "Shots"), U::Count, Sum},
        {G::Core, "shots_against", QT_TRANSLATE_NOOP("bcs::Stats", "Shots against"), U::Count, Sum},
        {G::Core, "goals", QT_TRANSLATE_NOOP("bcs::Stats", "Goals"), U::Count, Sum},
        {G::Core, "goals_against", QT_TRANSLATE_NOOP("bcs::Stats", "Goals against"), U::Count, Sum},
        {G::Core, "saves", QT_TRANSLATE_NOOP("bcs::Stats", "Saves"), U::Count, Sum},
        {G::Core, "assists", QT_TRANSLATE_NOOP("bcs::Stats", "Assists"), U::Count, Sum},
        {G::Core, "score", QT_TRANSLATE_NOOP("bcs::Stats", "Score"), U::Count, Mean},
        {G::Core, "shooting_percentage", QT_TRANSLATE_NOOP("bcs::Stats", "Shooting %"), U::Percent,
         Mean},

        {G::Boost, "bpm", QT_TRANSLATE_NOOP("bcs::Stats", "Boost used per minute"), U::PerMinute,
         Mean},
        {G::Boost, "bcpm", QT_TRANSLATE_NOOP("bcs::Stats", "Boost collected per minute"),
         U::PerMinute, Mean},
        {G::Boost, "avg_amount", QT_TRANSLATE_NOOP("bcs::Stats", "Average boost"), U::BoostAmount,
         Mean},
        {G::Boost, "amount_collected", QT_TRANSLATE_NOOP("bcs::Stats", "Boost collected"),
         U::BoostAmount, Sum},
        {G::Boost, "amount_stolen", QT_TRANSLATE_NOOP("bcs::Stats", "Boost stolen"), U::BoostAmount,
         Sum},
        {G::Boost, "amount_collected_big",
         QT_TRANSLATE_NOOP("bcs::Stats", "Collected from big pads"), U::BoostAmount, Sum},
        {G::Boost, "amount_stolen_big", QT_TRANSLATE_NOOP("bcs::Stats", "Stolen from big pads"),
         U::BoostAmount, Sum},
        {G::Boost, "amount_collected_small",
         QT_TRANSLATE_NOOP("bcs::Stats", "Collected from small pads"), U::BoostAmount, Sum},
        {G::Boost, "amount_stolen_small", QT_TRANSLATE_NOOP("bcs::Stats", "Stolen from small pads"),
         U::BoostAmount, Sum},
        {G::Boost, "count_collected_big", QT_TRANSLATE_NOOP("bcs::Stats", "Big pads collected"),
         U::Count, Sum},
        {G::Boost, "count_stolen_big", QT_TRANSLATE_NOOP("bcs::Stats", "Big pads stolen"), U::Count,
         Sum},
        {G::Boost, "count_collected_small", QT_TRANSLATE_NOOP("bcs::Stats", "Small pads collected"),
         U::Count, Sum},
        {G::Boost, "count_stolen_small", QT_TRANSLATE_NOOP("bcs::Stats", "Small pads stolen"),
         U::Count, Sum},
        {G::Boost, "amount_overfill", QT_TRANSLATE_NOOP("bcs::Stats", "Overfill"), U::BoostAmount,
         Sum},
        {G::Boost, "amount_overfill_stolen", QT_TRANSLATE_NOOP("bcs::Stats", "Overfill stolen"),
         U::BoostAmount, Sum},
        {G::Boost, "amount_used_while_supersonic",
         QT_TRANSLATE_NOOP("bcs::Stats", "Used while supersonic"), U::BoostAmount, Sum},
        {G::Boost, "time_zero_boost", QT_TRANSLATE_NOOP("bcs::Stats", "Time at zero boost"),
         U::Seconds, Sum},
        {G::Boost, "percent_zero_boost", QT_TRANSLATE_NOOP("bcs::Stats", "% at zero boost"),
         U::Percent, Mean},
        {G::Boost, "time_full_boost", QT_TRANSLATE_NOOP("bcs::Stats", "Time at full boost"),
         U::Seconds, Sum},
        {G::Boost, "percent_full_boost", QT_TRANSLATE_NOOP("bcs::Stats", "% at full boost"),
         U::Percent, Mean},
        {G::Boost, "time_boost_0_25", QT_TRANSLATE_NOOP("bcs::Stats", "Time at 0-25 boost"),
         U::Seconds, Sum},
        {G::Boost, "time_boost_25_50", QT_TRANSLATE_NOOP("bcs::Stats", "Time at 25-50 boost"),
         U::Seconds, Sum},
        {G::Boost, "time_boost_50_75", QT_TRANSLATE_NOOP("bcs::Stats", "Time at 50-75 boost"),
         U::Seconds, Sum},
        {G::Boost, "time_boost_75_100", QT_TRANSLATE_NOOP("bcs::Stats", "Time at 75-100 boost"),
         U::Seconds, Sum},
        {G::Boost, "percent_boost_0_25", QT_TRANSLATE_NOOP("bcs::Stats", "% at 0-25 boost"),
         U::Percent, Mean},
        {G::Boost, "percent_boost_25_50", QT_TRANSLATE_NOOP("bcs::Stats", "% at 25-50 boost"),
         U::Percent, Mean},
        {G::Boost, "percent_boost_50_75", QT_TRANSLATE_NOOP("bcs::Stats", "% at 50-75 boost"),
         U::Percent, Mean},
        {G::Boost, "percent_boost_75_100", QT_TRANSLATE_NOOP("bcs::Stats", "% at 75-100 boost"),
         U::Percent, Mean},

        {G::Movement, "avg_speed", QT_TRANSLATE_NOOP("bcs::Stats", "Average speed"), U::Speed,
         Mean},
        {G::Movement, "total_distance", QT_TRANSLATE_NOOP("bcs::Stats", "Distance travelled"),
         U::Distance, Sum},
        {G::Movement, "time_supersonic_speed", QT_TRANSLATE_NOOP("bcs::Stats", "Time supersonic"),
         U::Seconds, Sum},
        {G::Movement, "time_boost_speed", QT_TRANSLATE_NOOP("bcs::Stats", "Time at boost speed"),
         U::Seconds, Sum},
        {G::Movement, "time_slow_speed", QT_TRANSLATE_NOOP("bcs::Stats", "Time at slow speed"),
         U::Seconds, Sum},
        {G::Movement, "time_ground", QT_TRANSLATE_NOOP("bcs::Stats", "Time on the ground"),
         U::Seconds, Sum},
        {G::Movement, "time_low_air", QT_TRANSLATE_NOOP("bcs::Stats", "Time in low air"),
         U::Seconds, Sum},
        {G::Movement, "time_high_air", QT_TRANSLATE_NOOP("bcs::Stats", "Time in high air"),
         U::Seconds, Sum},
        {G::Movement, "time_powerslide", QT_TRANSLATE_NOOP("bcs::Stats", "Time powersliding"),
         U::Seconds, Sum},
        {G::Movement, "count_powerslide", QT_TRANSLATE_NOOP("bcs::Stats", "Powerslides"), U::Count,
         Sum},
        {G::Movement, "avg_powerslide_duration",
         QT_TRANSLATE_NOOP("bcs::Stats", "Average powerslide"), U::Seconds, Mean},
        {G::Movement, "avg_speed_percentage",
         QT_TRANSLATE_NOOP("bcs::Stats", "Average speed % of max"), U::Percent, Mean},
        {G::Movement, "percent_slow_speed", QT_TRANSLATE_NOOP("bcs::Stats", "% slow speed"),
         U::Percent, Mean},
        {G::Movement, "percent_boost_speed", QT_TRANSLATE_NOOP("bcs::Stats", "% boost speed"),
         U::Percent, Mean},
        {G::Movement, "percent_supersonic_speed", QT_TRANSLATE_NOOP("bcs::Stats", "% supersonic"),
         U::Percent, Mean},
        {G::Movement, "percent_ground", QT_TRANSLATE_NOOP("bcs::Stats", "% on the ground"),
         U::Percent, Mean},
        {G::Movement, "percent_low_air", QT_TRANSLATE_NOOP("bcs::Stats", "% in low air"),
         U::Percent, Mean},
        {G::Movement, "percent_high_air", QT_TRANSLATE_NOOP("bcs::Stats", "% in high air"),
         U::Percent, Mean},

        {G::Positioning, "avg_distance_to_ball",
         QT_TRANSLATE_NOOP("bcs::Stats", "Average distance to ball"), U::Distance, Mean},
        {G::Positioning, "avg_distance_to_ball_possession",
         QT_TRANSLATE_NOOP("bcs::Stats", "Distance to ball (possession)"), U::Distance, Mean},
        {G::Positioning, "avg_distance_to_ball_no_possession",
         QT_TRANSLATE_NOOP("bcs::Stats", "Distance to ball (no possession)"), U::Distance, Mean},
        {G::Positioning, "avg_distance_to_mates",
         QT_TRANSLATE_NOOP("bcs::Stats", "Average distance to mates"), U::Distance, Mean},
        {G::Positioning, "time_defensive_third",
         QT_TRANSLATE_NOOP("bcs::Stats", "Time in defensive third"), U::Seconds, Sum},
        {G::Positioning, "time_neutral_third",
         QT_TRANSLATE_NOOP("bcs::Stats", "Time in neutral third"), U::Seconds, Sum},
        {G::Positioning, "time_offensive_third",
         QT_TRANSLATE_NOOP("bcs::Stats", "Time in offensive third"), U::Seconds, Sum},
        {G::Positioning, "time_defensive_half",
         QT_TRANSLATE_NOOP("bcs::Stats", "Time in defensive half"), U::Seconds, Sum},
        {G::Positioning, "time_offensive_half",
         QT_TRANSLATE_NOOP("bcs::Stats", "Time in offensive half"), U::Seconds, Sum},
        {G::Positioning, "time_behind_ball",
         QT_TRANSLATE_NOOP("bcs::Stats", "Time behind the ball"), U::Seconds, Sum},
        {G::Positioning, "time_infront_ball",
         QT_TRANSLATE_NOOP("bcs::Stats", "Time in front of the ball"), U::Seconds, Sum},
        {G::Positioning, "time_most_back", QT_TRANSLATE_NOOP("bcs::Stats", "Time most back"),
         U::Seconds, Sum},
        {G::Positioning, "time_most_forward", QT_TRANSLATE_NOOP("bcs::Stats", "Time most forward"),
         U::Seconds, Sum},
        {G::Positioning, "goals_against_while_last_defender",
         QT_TRANSLATE_NOOP("bcs::Stats", "Goals conceded as last defender"), U::Count, Sum},
        {G::Positioning, "time_closest_to_ball",
         QT_TRANSLATE_NOOP("bcs::Stats", "Time closest to ball"), U::Seconds, Sum},
        {G::Positioning, "time_farthest_from_ball",
         QT_TRANSLATE_NOOP("bcs::Stats", "Time farthest from ball"), U::Seconds, Sum},
        {G::Positioning, "percent_defensive_third",
         QT_TRANSLATE_NOOP("bcs::Stats", "% in defensive third"), U::Percent, Mean},
        {G::Positioning, "percent_offensive_third",
         QT_TRANSLATE_NOOP("bcs::Stats", "% in offensive third"), U::Percent, Mean},
        {G::Positioning, "percent_neutral_third",
         QT_TRANSLATE_NOOP("bcs::Stats", "% in neutral third"), U::Percent, Mean},
        {G::Positioning, "percent_defensive_half",
         QT_TRANSLATE_NOOP("bcs::Stats", "% in defensive half"), U::Percent, Mean},
        {G::Positioning, "percent_offensive_half",
         QT_TRANSLATE_NOOP("bcs::Stats", "% in offensive half"), U::Percent, Mean},
        {G::Positioning, "percent_behind_ball",
         QT_TRANSLATE_NOOP("bcs::Stats", "% behind the ball"), U::Percent, Mean},
        {G::Positioning, "percent_infront_ball",
         QT_TRANSLATE_NOOP("bcs::Stats", "% in front of the ball"), U::Percent, Mean},
        {G::Positioning, "percent_most_back", QT_TRANSLATE_NOOP("bcs::Stats", "% most back"),
         U::Percent, Mean},
        {G::Positioning, "percent_most_forward", QT_TRANSLATE_NOOP("bcs::Stats", "% most forward"),
         U::Percent, Mean},
        {G::Positioning, "percent_closest_to_ball",
         QT_TRANSLATE_NOOP("bcs::Stats", "% closest to ball"), U::Percent, Mean},
        {G::Positioning, "percent_farthest_from_ball",
         QT_TRANSLATE_NOOP("bcs::Stats", "% farthest from ball"), U::Percent, Mean},

        {G::Demo, "inflicted", QT_TRANSLATE_NOOP("bcs::Stats", "Demos inflicted"), U::Count, Sum},
        {G::Demo, "taken", QT_TRANSLATE_NOOP("bcs::Stats", "Demos taken"), U::Count, Sum},
    };
    return catalogue;
}

QList<StatGroup> statGroups()
{
    return {StatGroup::Core, StatGroup::Boost, StatGroup::Movement, StatGroup::Positioning,
            StatGroup::Demo};
}

QString statGroupName(StatGroup group)
{
    switch (group) {
    case StatGroup::Core:
        return QStringLiteral("core");
    case StatGroup::Boost:
        return QStringLiteral("boost");
    case StatGroup::Movement:
        return QStringLiteral("movement");
    case StatGroup::Positioning:
        return QStringLiteral("positioning");
    case StatGroup::Demo:
        return QStringLiteral("demo");
    }
    return {};
}

QString StatDefinition::groupName() const
{
    return statGroupName(group);
}

QString StatDefinition::columnName() const
{
    return groupName() + QLatin1Char('_') + keyName();
}

qint64 StatDefinition::storageScale() const
{
    switch (unit) {
    case StatUnit::Count:
        return 1;
    case StatUnit::Percent:
        return 100000;
    case StatUnit::Seconds:
    case StatUnit::BoostAmount:
    case StatUnit::PerMinute:
    case StatUnit::Distance:
    case StatUnit::Speed:
        return 100;
    }
    return 100;
}

QString StatDefinition::displayLabel() const
{
    return QCoreApplication::translate("bcs::Stats", label);
}

const StatDefinition *findStat(QStringView qualifiedOrPlainKey)
{
    const qsizetype dot = qualifiedOrPlainKey.indexOf(QLatin1Char('.'));
    const QStringView group = dot < 0 ? QStringView() : qualifiedOrPlainKey.left(dot);
    const QStringView key = dot < 0 ? qualifiedOrPlainKey : qualifiedOrPlainKey.mid(dot + 1);
    for (const StatDefinition &stat : statCatalogue()) {
        if (key == QLatin1String(stat.key) && (group.isEmpty() || group == stat.groupName()))
            return &stat;
    }
    return nullptr;
}

} // namespace bcs
