#include "gui/pages/analysispage.h"

#include "gui/common/tableexport.h"
#include "gui/common/textformat.h"
#include "gui/filters/filterstate.h"
#include "gui/models/gamegroupsmodel.h"
#include "gui/pages/lineupstab.h"
#include "gui/pages/pagerefresh.h"
#include "gui/pages/ranktab.h"
#include "gui/pages/whatmatterstab.h"
#include "gui/services/queryservice.h"
#include "stats/scorelines.h"

#include <QAction>
#include <QHeaderView>
#include <QTabWidget>
#include <QTreeView>

namespace bcs {

namespace {
enum Tab { ScoreTab, DifferenceTab, GamesTab, WhatMattersIndex, LineupsIndex, RankIndex };

struct GameAnalyses
{
    QList<GameRow> games;
    QList<GameGroup> byScore;
    QList<GameGroup> byDifference;
};

} // namespace

AnalysisPage::AnalysisPage(const WindowServices &services, FilterState *filters, QWidget *parent)
    : PageFrame({tr("Analysis"),
                 tr("What wins games: results per scoreline, per lineup of teammates, and how "
                    "each stat goes with winning."),
                 true, filters, services.queries},
                parent)
    , m_services(services)
    , m_filters(filters)
    , m_tabs(new QTabWidget(this))
    , m_byScore(new GameGroupsModel(tr("Score (mine first)"), this))
    , m_byDifference(new GameGroupsModel(tr("Goal difference"), this))
    , m_games(new GameGroupsModel(tr("Game"), this))
    , m_whatMatters(new WhatMattersTab(services, this))
    , m_lineups(new LineupsTab(services, this))
    , m_rank(new RankTab(services, this))
{
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Analyses"));
    m_tabs->addTab(gamesView(m_byScore, tr("Per score"), QStringLiteral("per-score")),
                   tr("Per score"));
    m_tabs->addTab(gamesView(m_byDifference, tr("By goal difference"),
                             QStringLiteral("goal-difference")),
                   tr("By goal difference"));
    m_tabs->addTab(gamesView(m_games, tr("Per game"), QStringLiteral("per-game")), tr("Per game"));
    m_tabs->addTab(m_whatMatters, tr("What matters"));
    m_tabs->addTab(m_lineups, tr("Lineups"));
    m_tabs->addTab(m_rank, tr("Rank"));
    m_tabs->setTabToolTip(WhatMattersIndex,
                          tr("Every stat ranked by how strongly it goes with goal difference in "
                             "your games"));
    m_tabGeneration.fill(0, m_tabs->count());
    setContent(m_tabs);
    connect(m_lineups, &LineupsTab::replaysRequested, this, &AnalysisPage::replaysRequested);
    connect(m_rank, &RankTab::replaysRequested, this, &AnalysisPage::replaysRequested);
    connect(m_tabs, &QTabWidget::currentChanged, this, &AnalysisPage::refreshCurrentTab);
    m_refresh = new PageRefresh(this, filters, services.queries, [this] { refresh(); });
}

QTreeView *AnalysisPage::gamesView(GameGroupsModel *model, const QString &name,
                                   const QString &fileStem)
{
    auto *view = new QTreeView(this);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *open = new QAction(tr("Show these replays"), view);
    const auto openCurrent = [this, view, model] {
        const QModelIndex current = view->currentIndex();
        const QStringList ids = model->replayIds(current);
        if (!ids.isEmpty())
            Q_EMIT replaysRequested(ids, model->rowTitle(current));
    };
    connect(open, &QAction::triggered, this, openCurrent);
    connect(view, &QTreeView::activated, this, openCurrent);
    view->addAction(open);
    tableexport::install(view, fileStem);
    return view;
}

void AnalysisPage::refresh()
{
    ++m_generation;
    refreshCurrentTab();
}

void AnalysisPage::refreshCurrentTab()
{
    const int tab = m_tabs->currentIndex();
    if (tab < 0 || !m_services.queries || m_tabGeneration.at(tab) == m_generation
        || !isVisible())
        return;
    m_tabGeneration[tab] = m_generation;
    if (tab <= GamesTab) { // the three game tables come from one read: asked once for all three
        for (int games = ScoreTab; games <= GamesTab; ++games)
            m_tabGeneration[games] = m_generation;
    }
    const StatsFilter filter = m_filters->filter();
    switch (tab) {
    case WhatMattersIndex:
        m_whatMatters->refresh(filter);
        return;
    case LineupsIndex:
        m_lineups->refresh(filter);
        return;
    case RankIndex:
        m_rank->refresh(filter);
        return;
    default:
        break;
    }
    m_services.queries->request(
        QStringLiteral("analysis-games"), this,
        [filter](const Database &database) {
            GameAnalyses analyses;
            analyses.games = gameRows(database, filter, -1, 0, Coverage::Listed);
            analyses.byScore = scoreGroups(scorelines(database, filter), analyses.games);
            analyses.byDifference = goalDifferenceGroups(analyses.games);
            return analyses;
        },
        [this](const GameAnalyses &analyses) {
            m_byScore->setGroups(analyses.byScore, analyses.games);
            m_byDifference->setGroups(analyses.byDifference, analyses.games);
            m_games->setGroups({}, analyses.games);
        });
}

} // namespace bcs
