#pragma once
// What to sync: a match-date range with calendar pickers (each end can be left open) and the
// presets a player reaches for — last 7 days, last 30 days, this season, everything.

#include <QDate>
#include <QWidget>
#include <optional>

class QCheckBox;
class QDateEdit;
class QPushButton;

namespace bcs {

class SyncRangeEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SyncRangeEditor(QWidget *parent = nullptr);

    std::optional<QDate> from() const; // nullopt: from the first replay
    std::optional<QDate> until() const; // nullopt: up to now
    void setRange(std::optional<QDate> from, std::optional<QDate> until);
    // The first match day of the newest season in the cache; "This season" is off without one.
    void setSeasonStart(std::optional<QDate> start);

    // In words, for the preview and the log: "everything", "since 3 Nov 2026", ...
    QString describe() const;

Q_SIGNALS:
    void rangeChanged();

private:
    void applyPreset(std::optional<QDate> from);

    QCheckBox *m_hasFrom;
    QDateEdit *m_from;
    QCheckBox *m_hasUntil;
    QDateEdit *m_until;
    QPushButton *m_season;
    std::optional<QDate> m_seasonStart;
};

} // namespace bcs
