#pragma once
// The Analysis page's "Lineups" tab: win rate by who I played with (the named teammates on my
// team), as a table and as bars with each bar's game count; a bar or a row opens its replays.

#include "gui/shell/windowservices.h"
#include "stats/statsfilter.h"

#include <QWidget>

class QTableView;

namespace bcs {

class Chart;
class LineupsModel;

class LineupsTab : public QWidget
{
    Q_OBJECT

public:
    LineupsTab(const WindowServices &services, QWidget *parent = nullptr);

    void refresh(const StatsFilter &filter);
    LineupsModel *model() const { return m_model; }
    Chart *chart() const { return m_chart; }
    // Asks for the replays of the lineup in `row`; replaysRequested follows.
    void openLineup(int row);

Q_SIGNALS:
    void replaysRequested(const QStringList &ids, const QString &why);

private:
    void showChart();

    WindowServices m_services;
    StatsFilter m_filter;
    LineupsModel *m_model;
    QTableView *m_view;
    Chart *m_chart;
};

} // namespace bcs
