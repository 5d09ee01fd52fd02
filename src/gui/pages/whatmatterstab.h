#pragma once
// The Analysis page's "What matters" tab: every stat ranked by how strongly it goes with goal
// difference in my games (r² and slope), and for the stat selected, its scatter against goal
// difference with the least-squares line and the win rate per bucket of the stat.

#include "gui/shell/windowservices.h"
#include "stats/statsfilter.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace bcs {

class Chart;
class StatImpactModel;

class WhatMattersTab : public QWidget
{
    Q_OBJECT

public:
    WhatMattersTab(const WindowServices &services, QWidget *parent = nullptr);

    void refresh(const StatsFilter &filter);
    StatImpactModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    Chart *scatter() const { return m_scatter; }
    Chart *buckets() const { return m_buckets; }

private:
    void showStat(int row);

    WindowServices m_services;
    StatsFilter m_filter;
    StatImpactModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    Chart *m_scatter;
    Chart *m_buckets;
};

} // namespace bcs
