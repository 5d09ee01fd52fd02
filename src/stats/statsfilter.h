#pragma once
// The filters every stats route takes (DESIGN.md §7) and their SQL over `replays x`.

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

namespace bcs {

struct StatsFilter
{
    std::optional<qint64> afterMs;
    std::optional<qint64> beforeMs;
    QStringList playlists; // ids (ranked-doubles) or display names (Ranked Doubles)
    std::optional<int> teamSize;
    bool excludeTies = false;
    std::optional<int> minDurationSeconds;
    std::optional<int> maxDurationSeconds; // not a request filter: a part of a daily-totals plan
    QString map;                           // code or display name

    friend bool operator==(const StatsFilter &, const StatsFilter &) = default;

    // " AND ..." conditions on alias `x` (replays) with their bound values appended.
    QString sql(QVariantList &values) const;

    // The same over `role_day_totals t` for whole days firstDay..lastDay (see dailytotals.h);
    // only for filters planDailyTotals() accepts (no map); a minimum duration is given in whole
    // minutes of game time.
    QString dailyTotalsSql(QVariantList &values, std::optional<qint64> firstDay,
                           std::optional<qint64> lastDay, std::optional<int> minMinutes) const;
};

} // namespace bcs
