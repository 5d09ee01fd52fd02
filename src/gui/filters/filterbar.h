#pragma once
// The filter bar of the Stats, Analysis and Replays pages (UI.md layout): dates with presets,
// playlists (several), team size, ties, minimum duration, map, reset, and how many games the
// filter keeps. Every bar edits the one FilterState, so the three pages always agree; the
// choices come from the cache and follow it.

#include "stats/filterchoices.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QMenu;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace bcs {

class FilterState;
class PageRefresh;
class QueryService;

class FilterBar : public QWidget
{
    Q_OBJECT

public:
    FilterBar(FilterState *filters, QueryService *queries, QWidget *parent = nullptr);

    // "1,234 games · 1,100 with details" as last counted (tests, screenshots).
    QString countText() const;
    void setChoices(const FilterChoices &choices);

private:
    void showFilter();
    void apply();
    void refresh();
    void rebuildPlaylistMenu(); // when the cache's playlists change
    void showPlaylists();       // the ticks and the button's text, for the filter in force

    FilterState *m_filters;
    QueryService *m_queries;
    FilterChoices m_choices;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QToolButton *m_playlists;
    QMenu *m_playlistMenu;
    QComboBox *m_teamSize;
    QCheckBox *m_excludeTies;
    QSpinBox *m_minMinutes;
    QComboBox *m_map;
    QPushButton *m_reset;
    QLabel *m_count;
    PageRefresh *m_refresh;
    bool m_updating = false;
};

} // namespace bcs
