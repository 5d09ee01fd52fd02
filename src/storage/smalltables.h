#pragma once
// The small tables: request times of the last hour (so a restart keeps the
// hourly quota) and the map code -> name cache (so /api/maps works offline), and `meta` for
// flags that outlive a run (e.g. whether the last run shut down cleanly).

#include "core/ratelimits.h"

#include <QMap>
#include <QSqlDatabase>

namespace bcs {

class RequestLogRepository
{
public:
    explicit RequestLogRepository(QSqlDatabase db);
    void append(const QList<QPair<EndpointGroup, qint64>> &sends);
    QMap<EndpointGroup, QList<qint64>> since(qint64 fromMs) const;
    void pruneBefore(qint64 beforeMs);

private:
    mutable QSqlDatabase m_db;
};

class MapsRepository
{
public:
    explicit MapsRepository(QSqlDatabase db);
    void replaceAll(const QMap<QString, QString> &codeToName);
    QMap<QString, QString> all() const;

private:
    mutable QSqlDatabase m_db;
};

class MetaRepository
{
public:
    // Bumped by every write that changes what the stats routes answer; readers cache against it.
    static constexpr const char *kDataGeneration = "data_generation";
    void bumpDataGeneration() { bump(kDataGeneration); }
    // Bumped by every rebuild of the role tables; derived tables record the one they were built
    // from (stats/dailytotals.h).
    static constexpr const char *kRolesGeneration = "roles_generation";
    static constexpr const char *kDailyTotalsGeneration = "daily_totals_roles_generation";
    static constexpr const char *kReplaySidesGeneration = "replay_sides_roles_generation";
    void bump(const char *counterKey);
    // Whether the derived table whose generation is kept under `builtKey` was built from the
    // current roles.
    bool builtFromCurrentRoles(const char *builtKey) const;

    explicit MetaRepository(QSqlDatabase db);
    QString value(const QString &key) const; // empty when unset
    void setValue(const QString &key, const QString &value);

private:
    mutable QSqlDatabase m_db;
};

} // namespace bcs
