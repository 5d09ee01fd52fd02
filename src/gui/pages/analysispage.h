#pragma once
// The Analysis page (DESIGN.md §11): the seed dashboard's analyses natively — Per Score, Win/Loss
// by goal difference, Per Game (the groups expand to their games) — and ours: what matters most
// in my games (every stat ranked by r² against goal difference, with its scatter), win rate by
// lineup, and my rank over time. Each tab asks for its data when shown and the filter changed.

#include "gui/pages/pageframe.h"
#include "gui/shell/windowservices.h"

#include <QStringList>

class QTabWidget;
class QTreeView;

namespace bcs {

class GameGroupsModel;
class LineupsTab;
class PageRefresh;
class RankTab;
class WhatMattersTab;

class AnalysisPage : public PageFrame
{
    Q_OBJECT

public:
    AnalysisPage(const WindowServices &services, FilterState *filters, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    GameGroupsModel *scoreModel() const { return m_byScore; }
    GameGroupsModel *goalDifferenceModel() const { return m_byDifference; }
    GameGroupsModel *gamesModel() const { return m_games; }
    WhatMattersTab *whatMatters() const { return m_whatMatters; }
    LineupsTab *lineups() const { return m_lineups; }
    RankTab *rank() const { return m_rank; }

Q_SIGNALS:
    // Show these replays on the Replays page; `why` says where they come from ("3–1 wins").
    void replaysRequested(const QStringList &ids, const QString &why);

private:
    QTreeView *gamesView(GameGroupsModel *model, const QString &name, const QString &fileStem);
    void refresh();
    void refreshCurrentTab();

    WindowServices m_services;
    FilterState *m_filters;
    QTabWidget *m_tabs;
    GameGroupsModel *m_byScore;
    GameGroupsModel *m_byDifference;
    GameGroupsModel *m_games;
    WhatMattersTab *m_whatMatters;
    LineupsTab *m_lineups;
    RankTab *m_rank;
    PageRefresh *m_refresh = nullptr;
    quint64 m_generation = 0;       // bumped per refresh
    QList<quint64> m_tabGeneration; // the refresh each tab last asked for
};

} // namespace bcs
