#pragma once
// The one table of every per-player stat ballchasing reports (API.md §8): group, key, label,
// unit, how it aggregates over games, which way is better and a sentence saying what it is. The
// detail parser, the SQLite columns, the API's AggregatedStats, the GUI columns, the charts and
// CSV export all iterate this table; no stat key is typed anywhere else.

#include <QList>
#include <QString>

namespace bcs {

enum class StatGroup { Core, Boost, Movement, Positioning, Demo };
enum class StatUnit { Count, Seconds, Percent, BoostAmount, PerMinute, Distance, Speed };
// Sum: totals over games (goals, time_*). Mean: a per-game mean (rates, averages, percentages).
enum class Aggregation { Sum, Mean };
// Which way is better for the player, so a comparison can mark the best value: Higher (goals),
// Lower (goals conceded, time at zero boost, demos taken) or Neutral — a style rather than a
// skill (boost collected, time on the ground), never marked.
enum class StatDirection { Higher, Lower, Neutral };

struct StatDefinition
{
    StatGroup group;
    const char *key;   // ballchasing's key inside its group, e.g. "bpm"
    const char *label; // English column label (translated through the "bcs::Stats" context)
    StatUnit unit;
    Aggregation aggregation;
    StatDirection direction;
    const char *description; // one English sentence for tooltips ("bcs::Stats" context)

    QString groupName() const; // "core", "boost", ...
    QString keyName() const { return QString::fromLatin1(key); }
    QString columnName() const; // SQL column: "<group>_<key>", e.g. "boost_bpm"
    QString displayLabel() const;
    QString displayDescription() const;
    // Stats are stored as integers: value x scale (1 for counts, 100 for times and amounts
    // ballchasing prints with two decimals, 100000 for percentages). Exact for what ballchasing
    // sends but the longest percentages, and a third of the size of REAL columns on disk.
    qint64 storageScale() const;
};

const QList<StatDefinition> &statCatalogue();
QList<StatGroup> statGroups();
QString statGroupName(StatGroup group);
// "core.goals" or "goals" (first match in catalogue order); nullptr when unknown.
const StatDefinition *findStat(QStringView qualifiedOrPlainKey);

} // namespace bcs
