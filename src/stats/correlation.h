#pragma once
// A stat against goal difference (the seed's Correlations view, SEED_API.md): one point per game
// (or per appearance for one of our roles), ten buckets and a least-squares line.

#include "stats/correlationmaths.h"
#include "stats/statsfilter.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace bcs {

class Database;

// What a `stat` name reads from a player row: the seed's names (`time_supersonic`,
// `shooting_pct`, ...) and ours (`core.saves`, `saves`).
struct CorrelationStat
{
    QString name;     // as the answer names it: the seed's name as asked, ours as group.key
    QString value;    // SQL over the player row `p`
    double scale = 1; // value / scale is the stat
    // Its sum per side in replay_sides (sideColumnSql()); empty when that table does not keep it.
    QString sideColumn;
};

// The names the seed's stat picker offers, sorted.
QStringList seedCorrelationStatNames();
std::optional<CorrelationStat> findCorrelationStat(QStringView name);

namespace correlationrole {
// The seed's sides of my games: one point per game, the mean over those players rounded to 1
// decimal ("me" is my own row). Our roles (anon_opponent, teammate:<alias>, ...) give a point
// per appearance.
inline const QString Teammates = QStringLiteral("teammates");
inline const QString Opponents = QStringLiteral("opponents");
} // namespace correlationrole

struct Correlation
{
    QString stat;
    QString role;
    QList<CorrelationPoint> points; // newest game first
    QList<CorrelationBucket> buckets;
    Regression regression;
};

// `role`: "me", "teammates", "opponents" or one of our role names (already validated).
Correlation correlation(const Database &database, const CorrelationStat &stat, const QString &role,
                        const StatsFilter &filter);

} // namespace bcs
