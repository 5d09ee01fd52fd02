#include "core/statcatalogue.h"

#include <QCoreApplication>

namespace bcs {

namespace {

using G = StatGroup;
using U = StatUnit;
constexpr Aggregation Sum = Aggregation::Sum;
constexpr Aggregation Mean = Aggregation::Mean;
using D = StatDirection;

} // namespace

const QList<StatDefinition> &statCatalogue()
{
    // Per-game means where DESIGN.md §7 says so (rates, averages, percentages); totals otherwise.
    static const QList<StatDefinition> catalogue = {
        {G::Core, "shots", QT_TRANSLATE_NOOP("bcs::Stats", "Shots"), U::Count, Sum, D::Higher,
         QT_TRANSLATE_NOOP("bcs::Stats", "Shots on the other team's goal.")},
        {G::Core, "shots_against", QT_TRANSLATE_NOOP("bcs::Stats", "Shots against"), U::Count, Sum,
         D::Lower,
         QT_TRANSLATE_NOOP("bcs::Stats", "Shots the other team took on the player's goal.")},
        {G::Core, "goals", QT_TRANSLATE_NOOP("bcs::Stats", "Goals"), U::Count, Sum, D::Higher,
         QT_TRANSLATE_NOOP("bcs::Stats", "Goals scored.")},
        {G::Core, "goals_against", QT_TRANSLATE_NOOP("bcs::Stats", "Goals against"), U::Count, Sum,
         D::Lower,
         QT_TRANSLATE_NOOP("bcs::Stats", "Goals the other team scored against the player's team.")},
        {G::Core, "saves", QT_TRANSLATE_NOOP("bcs::Stats", "Saves"), U::Count, Sum, D::Higher,
         QT_TRANSLATE_NOOP("bcs::Stats", "Shots on goal that the player kept out.")},
        {G::Core, "assists", QT_TRANSLATE_NOOP("bcs::Stats", "Assists"), U::Count, Sum, D::Higher,
         QT_TRANSLATE_NOOP("bcs::Stats", "Passes that led straight to a teammate's goal.")},
        {G::Core, "score", QT_TRANSLATE_NOOP("bcs::Stats", "Score"), U::Count, Mean, D::Higher,
         QT_TRANSLATE_NOOP(
             "bcs::Stats",
             "The in-game score, Rocket League's points for goals, saves, shots, touches and more.")},
        {G::Core, "shooting_percentage", QT_TRANSLATE_NOOP("bcs::Stats", "Shooting %"), U::Percent,
         Mean, D::Higher,
         QT_TRANSLATE_NOOP("bcs::Stats", "Goals per shot over all games, as a percentage.")},

        {G::Boost, "bpm", QT_TRANSLATE_NOOP("bcs::Stats", "Boost used per minute"), U::PerMinute,
         Mean, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats",
                           "Boost used per minute played; a style more than a skill.")},
        {G::Boost, "bcpm", QT_TRANSLATE_NOOP("bcs::Stats", "Boost collected per minute"),
         U::PerMinute, Mean, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Boost picked up per minute played.")},
        {G::Boost, "avg_amount", QT_TRANSLATE_NOOP("bcs::Stats", "Average boost"), U::BoostAmount,
         Mean, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "The boost held on average, from 0 to 100.")},
        {G::Boost, "amount_collected", QT_TRANSLATE_NOOP("bcs::Stats", "Boost collected"),
         U::BoostAmount, Sum, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Boost picked up from every pad.")},
        {G::Boost, "amount_stolen", QT_TRANSLATE_NOOP("bcs::Stats", "Boost stolen"), U::BoostAmount,
         Sum, D::Higher,
         QT_TRANSLATE_NOOP(
             "bcs::Stats",
             "Boost picked up from pads in the other team's half, denying it to them.")},
        {G::Boost, "amount_collected_big",
         QT_TRANSLATE_NOOP("bcs::Stats", "Collected from big pads"), U::BoostAmount, Sum,
         D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Boost picked up from the six big pads (100 each).")},
        {G::Boost, "amount_stolen_big", QT_TRANSLATE_NOOP("bcs::Stats", "Stolen from big pads"),
         U::BoostAmount, Sum, D::Higher,
         QT_TRANSLATE_NOOP("bcs::Stats",
                           "Boost taken from the big pads in the other team's half.")},
        {G::Boost, "amount_collected_small",
         QT_TRANSLATE_NOOP("bcs::Stats", "Collected from small pads"), U::BoostAmount, Sum,
         D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Boost picked up from the small pads (12 each).")},
        {G::Boost, "amount_stolen_small", QT_TRANSLATE_NOOP("bcs::Stats", "Stolen from small pads"),
         U::BoostAmount, Sum, D::Higher,
         QT_TRANSLATE_NOOP("bcs::Stats",
                           "Boost taken from the small pads in the other team's half.")},
        {G::Boost, "count_collected_big", QT_TRANSLATE_NOOP("bcs::Stats", "Big pads collected"),
         U::Count, Sum, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "How many big pads were picked up.")},
        {G::Boost, "count_stolen_big", QT_TRANSLATE_NOOP("bcs::Stats", "Big pads stolen"), U::Count,
         Sum, D::Higher,
         QT_TRANSLATE_NOOP("bcs::Stats",
                           "How many big pads in the other team's half were picked up.")},
        {G::Boost, "count_collected_small", QT_TRANSLATE_NOOP("bcs::Stats", "Small pads collected"),
         U::Count, Sum, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "How many small pads were picked up.")},
        {G::Boost, "count_stolen_small", QT_TRANSLATE_NOOP("bcs::Stats", "Small pads stolen"),
         U::Count, Sum, D::Higher,
         QT_TRANSLATE_NOOP("bcs::Stats",
                           "How many small pads in the other team's half were picked up.")},
        {G::Boost, "amount_overfill", QT_TRANSLATE_NOOP("bcs::Stats", "Overfill"), U::BoostAmount,
         Sum, D::Lower,
         QT_TRANSLATE_NOOP("bcs::Stats",
                           "Boost wasted by picking up a pad with more than the tank could take.")},
        {G::Boost, "amount_overfill_stolen", QT_TRANSLATE_NOOP("bcs::Stats", "Overfill stolen"),
         U::BoostAmount, Sum, D::Lower,
         QT_TRANSLATE_NOOP("bcs::Stats",
                           "Boost wasted by overfilling from pads in the other team's half.")},
        {G::Boost, "amount_used_while_supersonic",
         QT_TRANSLATE_NOOP("bcs::Stats", "Used while supersonic"), U::BoostAmount, Sum, D::Lower,
         QT_TRANSLATE_NOOP("bcs::Stats",
                           "Boost spent while already at top speed, where it adds nothing.")},
        {G::Boost, "time_zero_boost", QT_TRANSLATE_NOOP("bcs::Stats", "Time at zero boost"),
         U::Seconds, Sum, D::Lower,
         QT_TRANSLATE_NOOP("bcs::Stats", "Time spent with an empty tank.")},
        {G::Boost, "percent_zero_boost", QT_TRANSLATE_NOOP("bcs::Stats", "% at zero boost"),
         U::Percent, Mean, D::Lower,
         QT_TRANSLATE_NOOP("bcs::Stats", "Share of the game spent with an empty tank.")},
        {G::Boost, "time_full_boost", QT_TRANSLATE_NOOP("bcs::Stats", "Time at full boost"),
         U::Seconds, Sum, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Time spent with a full tank.")},
        {G::Boost, "percent_full_boost", QT_TRANSLATE_NOOP("bcs::Stats", "% at full boost"),
         U::Percent, Mean, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Share of the game spent with a full tank.")},
        {G::Boost, "time_boost_0_25", QT_TRANSLATE_NOOP("bcs::Stats", "Time at 0-25 boost"),
         U::Seconds, Sum, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Time spent holding 0 to 25 boost.")},
        {G::Boost, "time_boost_25_50", QT_TRANSLATE_NOOP("bcs::Stats", "Time at 25-50 boost"),
         U::Seconds, Sum, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Time spent holding 25 to 50 boost.")},
        {G::Boost, "time_boost_50_75", QT_TRANSLATE_NOOP("bcs::Stats", "Time at 50-75 boost"),
         U::Seconds, Sum, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Time spent holding 50 to 75 boost.")},
        {G::Boost, "time_boost_75_100", QT_TRANSLATE_NOOP("bcs::Stats", "Time at 75-100 boost"),
         U::Seconds, Sum, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Time spent holding 75 to 100 boost.")},
        {G::Boost, "percent_boost_0_25", QT_TRANSLATE_NOOP("bcs::Stats", "% at 0-25 boost"),
         U::Percent, Mean, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Share of the game spent holding 0 to 25 boost.")},
        {G::Boost, "percent_boost_25_50", QT_TRANSLATE_NOOP("bcs::Stats", "% at 25-50 boost"),
         U::Percent, Mean, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Share of the game spent holding 25 to 50 boost.")},
        {G::Boost, "percent_boost_50_75", QT_TRANSLATE_NOOP("bcs::Stats", "% at 50-75 boost"),
         U::Percent, Mean, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Share of the game spent holding 50 to 75 boost.")},
        {G::Boost, "percent_boost_75_100", QT_TRANSLATE_NOOP("bcs::Stats", "% at 75-100 boost"),
         U::Percent, Mean, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Share of the game spent holding 75 to 100 boost.")},

        {G::Movement, "avg_speed", QT_TRANSLATE_NOOP("bcs::Stats", "Average speed"), U::Speed, Mean,
         D::Higher,
         QT_TRANSLATE_NOOP("bcs::Stats", "The car's average speed in unreal units per second.")},
        {G::Movement, "total_distance", QT_TRANSLATE_NOOP("bcs::Stats", "Distance travelled"),
         U::Distance, Sum, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "How far the car travelled.")},
        {G::Movement, "time_supersonic_speed", QT_TRANSLATE_NOOP("bcs::Stats", "Time supersonic"),
         U::Seconds, Sum, D::Higher,
         QT_TRANSLATE_NOOP("bcs::Stats", "Time spent at supersonic speed, the car's top speed.")},
        {G::Movement, "time_boost_speed", QT_TRANSLATE_NOOP("bcs::Stats", "Time at boost speed"),
         U::Seconds, Sum, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats",
                           "Time spent at speeds only boost reaches, below supersonic.")},
        {G::Movement, "time_slow_speed", QT_TRANSLATE_NOOP("bcs::Stats", "Time at slow speed"),
         U::Seconds, Sum, D::Lower,
         QT_TRANSLATE_NOOP("bcs::Stats",
                           "Time spent at slow speed, below what the throttle alone gives.")},
        {G::Movement, "time_ground", QT_TRANSLATE_NOOP("bcs::Stats", "Time on the ground"),
         U::Seconds, Sum, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Time spent with the wheels on the ground.")},
        {G::Movement, "time_low_air", QT_TRANSLATE_NOOP("bcs::Stats", "Time in low air"),
         U::Seconds, Sum, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Time spent in the air below the crossbar.")},
        {G::Movement, "time_high_air", QT_TRANSLATE_NOOP("bcs::Stats", "Time in high air"),
         U::Seconds, Sum, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Time spent in the air above the crossbar.")},
        {G::Movement, "time_powerslide", QT_TRANSLATE_NOOP("bcs::Stats", "Time powersliding"),
         U::Seconds, Sum, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Time spent holding powerslide.")},
        {G::Movement, "count_powerslide", QT_TRANSLATE_NOOP("bcs::Stats", "Powerslides"), U::Count,
         Sum, D::Neutral, QT_TRANSLATE_NOOP("bcs::Stats", "How many times powerslide was used.")},
        {G::Movement, "avg_powerslide_duration",
         QT_TRANSLATE_NOOP("bcs::Stats", "Average powerslide"), U::Seconds, Mean, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "How long a powerslide lasted on average.")},
        {G::Movement, "avg_speed_percentage",
         QT_TRANSLATE_NOOP("bcs::Stats", "Average speed % of max"), U::Percent, Mean, D::Higher,
         QT_TRANSLATE_NOOP("bcs::Stats", "Average speed as a share of the car's top speed.")},
        {G::Movement, "percent_slow_speed", QT_TRANSLATE_NOOP("bcs::Stats", "% slow speed"),
         U::Percent, Mean, D::Lower,
         QT_TRANSLATE_NOOP("bcs::Stats", "Share of the game spent at slow speed.")},
        {G::Movement, "percent_boost_speed", QT_TRANSLATE_NOOP("bcs::Stats", "% boost speed"),
         U::Percent, Mean, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats",
                           "Share of the game spent at boost speed, below supersonic.")},
        {G::Movement, "percent_supersonic_speed", QT_TRANSLATE_NOOP("bcs::Stats", "% supersonic"),
         U::Percent, Mean, D::Higher,
         QT_TRANSLATE_NOOP("bcs::Stats", "Share of the game spent at supersonic speed.")},
        {G::Movement, "percent_ground", QT_TRANSLATE_NOOP("bcs::Stats", "% on the ground"),
         U::Percent, Mean, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Share of the game spent on the ground.")},
        {G::Movement, "percent_low_air", QT_TRANSLATE_NOOP("bcs::Stats", "% in low air"),
         U::Percent, Mean, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Share of the game spent in the air below the crossbar.")},
        {G::Movement, "percent_high_air", QT_TRANSLATE_NOOP("bcs::Stats", "% in high air"),
         U::Percent, Mean, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Share of the game spent in the air above the crossbar.")},

        {G::Positioning, "avg_distance_to_ball",
         QT_TRANSLATE_NOOP("bcs::Stats", "Average distance to ball"), U::Distance, Mean, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "How far from the ball the car was on average.")},
        {G::Positioning, "avg_distance_to_ball_possession",
         QT_TRANSLATE_NOOP("bcs::Stats", "Distance to ball (possession)"), U::Distance, Mean,
         D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats",
                           "Average distance to the ball while the player's team had it.")},
        {G::Positioning, "avg_distance_to_ball_no_possession",
         QT_TRANSLATE_NOOP("bcs::Stats", "Distance to ball (no possession)"), U::Distance, Mean,
         D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats",
                           "Average distance to the ball while the other team had it.")},
        {G::Positioning, "avg_distance_to_mates",
         QT_TRANSLATE_NOOP("bcs::Stats", "Average distance to mates"), U::Distance, Mean,
         D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats",
                           "Average distance to the teammates, how spread the team played.")},
        {G::Positioning, "time_defensive_third",
         QT_TRANSLATE_NOOP("bcs::Stats", "Time in defensive third"), U::Seconds, Sum, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Time spent in the player's own third of the pitch.")},
        {G::Positioning, "time_neutral_third",
         QT_TRANSLATE_NOOP("bcs::Stats", "Time in neutral third"), U::Seconds, Sum, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Time spent in the middle third of the pitch.")},
        {G::Positioning, "time_offensive_third",
         QT_TRANSLATE_NOOP("bcs::Stats", "Time in offensive third"), U::Seconds, Sum, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Time spent in the other team's third of the pitch.")},
        {G::Positioning, "time_defensive_half",
         QT_TRANSLATE_NOOP("bcs::Stats", "Time in defensive half"), U::Seconds, Sum, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Time spent in the player's own half.")},
        {G::Positioning, "time_offensive_half",
         QT_TRANSLATE_NOOP("bcs::Stats", "Time in offensive half"), U::Seconds, Sum, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Time spent in the other team's half.")},
        {G::Positioning, "time_behind_ball",
         QT_TRANSLATE_NOOP("bcs::Stats", "Time behind the ball"), U::Seconds, Sum, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Time spent between the ball and the player's own goal.")},
        {G::Positioning, "time_infront_ball",
         QT_TRANSLATE_NOOP("bcs::Stats", "Time in front of the ball"), U::Seconds, Sum, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Time spent between the ball and the other team's goal.")},
        {G::Positioning, "time_most_back", QT_TRANSLATE_NOOP("bcs::Stats", "Time most back"),
         U::Seconds, Sum, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Time spent as the team's last player back.")},
        {G::Positioning, "time_most_forward", QT_TRANSLATE_NOOP("bcs::Stats", "Time most forward"),
         U::Seconds, Sum, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Time spent as the team's player furthest forward.")},
        {G::Positioning, "goals_against_while_last_defender",
         QT_TRANSLATE_NOOP("bcs::Stats", "Goals conceded as last defender"), U::Count, Sum,
         D::Lower,
         QT_TRANSLATE_NOOP("bcs::Stats", "Goals conceded while the player was the last one back.")},
        {G::Positioning, "time_closest_to_ball",
         QT_TRANSLATE_NOOP("bcs::Stats", "Time closest to ball"), U::Seconds, Sum, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Time spent as the team's player closest to the ball.")},
        {G::Positioning, "time_farthest_from_ball",
         QT_TRANSLATE_NOOP("bcs::Stats", "Time farthest from ball"), U::Seconds, Sum, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats",
                           "Time spent as the team's player farthest from the ball.")},
        {G::Positioning, "percent_defensive_third",
         QT_TRANSLATE_NOOP("bcs::Stats", "% in defensive third"), U::Percent, Mean, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Share of the game spent in the player's own third.")},
        {G::Positioning, "percent_offensive_third",
         QT_TRANSLATE_NOOP("bcs::Stats", "% in offensive third"), U::Percent, Mean, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Share of the game spent in the other team's third.")},
        {G::Positioning, "percent_neutral_third",
         QT_TRANSLATE_NOOP("bcs::Stats", "% in neutral third"), U::Percent, Mean, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Share of the game spent in the middle third.")},
        {G::Positioning, "percent_defensive_half",
         QT_TRANSLATE_NOOP("bcs::Stats", "% in defensive half"), U::Percent, Mean, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Share of the game spent in the player's own half.")},
        {G::Positioning, "percent_offensive_half",
         QT_TRANSLATE_NOOP("bcs::Stats", "% in offensive half"), U::Percent, Mean, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats", "Share of the game spent in the other team's half.")},
        {G::Positioning, "percent_behind_ball",
         QT_TRANSLATE_NOOP("bcs::Stats", "% behind the ball"), U::Percent, Mean, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats",
                           "Share of the game spent between the ball and the player's own goal.")},
        {G::Positioning, "percent_infront_ball",
         QT_TRANSLATE_NOOP("bcs::Stats", "% in front of the ball"), U::Percent, Mean, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats",
                           "Share of the game spent between the ball and the other team's goal.")},
        {G::Positioning, "percent_most_back", QT_TRANSLATE_NOOP("bcs::Stats", "% most back"),
         U::Percent, Mean, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats",
                           "Share of the game spent as the team's last player back.")},
        {G::Positioning, "percent_most_forward", QT_TRANSLATE_NOOP("bcs::Stats", "% most forward"),
         U::Percent, Mean, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats",
                           "Share of the game spent as the team's player furthest forward.")},
        {G::Positioning, "percent_closest_to_ball",
         QT_TRANSLATE_NOOP("bcs::Stats", "% closest to ball"), U::Percent, Mean, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats",
                           "Share of the game spent as the team's player closest to the ball.")},
        {G::Positioning, "percent_farthest_from_ball",
         QT_TRANSLATE_NOOP("bcs::Stats", "% farthest from ball"), U::Percent, Mean, D::Neutral,
         QT_TRANSLATE_NOOP("bcs::Stats",
                           "Share of the game spent as the team's player farthest from the ball.")},

        {G::Demo, "inflicted", QT_TRANSLATE_NOOP("bcs::Stats", "Demos inflicted"), U::Count, Sum,
         D::Higher, QT_TRANSLATE_NOOP("bcs::Stats", "Opponents demolished.")},
        {G::Demo, "taken", QT_TRANSLATE_NOOP("bcs::Stats", "Demos taken"), U::Count, Sum, D::Lower,
         QT_TRANSLATE_NOOP("bcs::Stats", "Times the player was demolished.")},
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

QString StatDefinition::displayDescription() const
{
    return QCoreApplication::translate("bcs::Stats", description);
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
