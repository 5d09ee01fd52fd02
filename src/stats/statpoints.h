#pragma once
// One stat of one role, game by game: what the correlation and the trend are computed from.

#include "core/statcatalogue.h"
#include "stats/statsfilter.h"
#include "stats/statssql.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace bcs {

class Database;

struct StatPoint
{
    qint64 dateMs;
    int goalDifference; // from the player's side
    qint64 scaled;      // the stat as stored (x stat.storageScale()), so sums stay exact
    bool detailed;      // the replay's detail is cached: `scaled` means something
};

// Every appearance the filter keeps, in date order (games at the same instant in replay order).
// Large caches are read in two halves on two threads (stats/replayhalves.h).
QList<StatPoint> statPoints(const Database &database, const StatDefinition &stat,
                            const QString &role, const StatsFilter &filter,
                            Coverage coverage = Coverage::Detailed);

// The same for filters with a short date range (a day or two), found through the date index.
// For many such filters in a row: the statement is prepared again only when a filter's shape
// (which conditions it has) differs from the previous one's.
class ShortRangeStatPoints
{
public:
    ShortRangeStatPoints(QSqlDatabase db, const StatDefinition &stat, const QString &role,
                         Coverage coverage = Coverage::Detailed);
    // Appends to `points`, in no particular order.
    void read(const StatsFilter &filter, QList<StatPoint> &points);

private:
    QSqlDatabase m_db;
    const StatDefinition &m_stat;
    QString m_role;
    Coverage m_coverage;
    std::optional<QString> m_where; // of the prepared statement
    QSqlQuery m_query;
};

} // namespace bcs
