#pragma once
// The Analysis page's "Rank" tab: my rank over time in one ranked playlist (chosen), with the
// opponents' mean rank in the same games beside it; a point opens its replay.

#include "gui/shell/windowservices.h"
#include "stats/rankhistory.h"
#include "stats/statsfilter.h"

#include <QWidget>

class QComboBox;

namespace bcs {

class Chart;

class RankTab : public QWidget
{
    Q_OBJECT

public:
    RankTab(const WindowServices &services, QWidget *parent = nullptr);

    void refresh(const StatsFilter &filter);
    Chart *chart() const { return m_chart; }
    QComboBox *playlists() const { return m_playlists; }

Q_SIGNALS:
    void replaysRequested(const QStringList &ids, const QString &why);

private:
    void showPlaylist();
    QList<RankGame> shownGames() const;

    WindowServices m_services;
    QList<RankGame> m_games;
    QComboBox *m_playlists;
    Chart *m_chart;
};

} // namespace bcs
