#pragma once
// The one filter the Stats, Analysis and Replays pages share (DESIGN.md §11): the API's
// StatsFilter with its meaning unchanged, plus the preset that chose the dates (so "last 30
// days" moves with the calendar). Kept in QSettings between runs.

#include "stats/statsfilter.h"

#include <QObject>
#include <QString>

class QSettings;

namespace bcs {

class FilterState : public QObject
{
    Q_OBJECT

public:
    // Date presets; Custom keeps the dates as given.
    enum class DatePreset { Everything, Last7Days, Last30Days, Last90Days, LastYear, Custom };
    Q_ENUM(DatePreset)

    explicit FilterState(QObject *parent = nullptr);

    // The filter in force: a preset's dates resolved against today (local calendar).
    StatsFilter filter() const;
    DatePreset datePreset() const { return m_preset; }
    // The stored filter as set (dates only for Custom).
    const StatsFilter &stored() const { return m_filter; }

    // Each emits changed() when the value differs.
    void setFilter(const StatsFilter &filter, DatePreset preset = DatePreset::Custom);
    void setDatePreset(DatePreset preset);
    void reset();
    bool isDefault() const;

    // A short description for a page's headline: "last 30 days · Ranked Doubles · no ties".
    QString summary() const;

    void save(QSettings &settings) const;
    void restore(const QSettings &settings);

Q_SIGNALS:
    void changed();

private:
    StatsFilter m_filter;
    DatePreset m_preset = DatePreset::Everything;
};

} // namespace bcs
