#pragma once
// The Stats page (issue 13): my record and win rate with its interval at the top; every
// catalogue stat for me, each named teammate, my anonymous teammates and the opponents side by
// side (per game or in total, the best value tinted); beside it the selected stat by role and
// over weeks or months. Every read goes through the query service and is asked again when the
// filter or the data change (PageRefresh); a click on a bar or a point asks for the replays
// behind it. Never includes src/api.

#include "gui/pages/pageframe.h"
#include "gui/pages/statschartspecs.h"
#include "gui/shell/windowservices.h"
#include "stats/rolecomparison.h"

#include <QSet>
#include <QStringList>

class QButtonGroup;
class QComboBox;
class QLabel;
class QRadioButton;
class QSplitter;
class QTableView;
class QToolButton;

namespace bcs {

class Banner;
class Chart;
class ComparisonModel;
class PageRefresh;
class StatsElidedLabel;
class StatsHeadline;

class StatsPage : public PageFrame
{
    Q_OBJECT

public:
    StatsPage(const WindowServices &services, FilterState *filters, QWidget *parent = nullptr);

    // For tests and the window.
    const StatsHeadline *headline() const { return m_headline; }
    ComparisonModel *comparisonModel() const { return m_model; }
    QTableView *table() const { return m_table; }
    Chart *roleChart() const { return m_roleChart; }
    Chart *trendChart() const { return m_trendChart; }
    const StatsChart &roleChartSpec() const { return m_roleBars; }
    const StatsChart &trendChartSpec() const { return m_trend; }
    const StatDefinition &selectedStat() const { return *m_stat; }
    void selectStat(const StatDefinition &stat);
    void setValues(ComparisonValues values);
    void setTrendBucket(TrendBucket bucket);
    TrendBucket trendBucket() const;
    // The roles the trend draws (role names: "me", "teammate:alice", ...).
    void setTrendRoles(const QStringList &roles);
    QStringList trendRoles() const;
    // Opens the replays behind series `series`, point `point` of one of the charts.
    void openReplaysBehind(const StatsChart &chart, int series, int point);

Q_SIGNALS:
    // Show these replays on the Replays page; `why` says where they come from ("3–1 wins").
    void replaysRequested(const QStringList &ids, const QString &why);

private:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    QWidget *buildContent();
    QWidget *buildRoleChartBox();
    QWidget *buildTrendChartBox();
    void refresh();
    void requestTrend();
    void showComparison(const RoleComparison &comparison);
    void showRoleChart();
    void showTrend(const QList<TrendLine> &lines, const Trend &games);
    void rebuildRoleMenu();
    void updateRoleButton();
    void onCurrentRowChanged();
    void showFailure(const QString &message);
    void setBusy(bool busy);
    void updateSpans();
    void fitColumns();
    int tableWidth() const;
    // Table and charts side by side or stacked, as the page's width allows.
    void arrange(bool force);
    QString viewName(const QString &part) const;
    QString titleOfRole(const QString &role) const;
    void saveSplitters() const;

    WindowServices m_services;
    FilterState *m_filters;
    const StatDefinition *m_stat;
    ComparisonModel *m_model;
    Banner *m_banner = nullptr;
    StatsHeadline *m_headline = nullptr;
    QRadioButton *m_perGame = nullptr;
    QRadioButton *m_totals = nullptr;
    QButtonGroup *m_valuesGroup = nullptr;
    QLabel *m_busy = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_chartsSplitter = nullptr;
    StatsElidedLabel *m_roleTitle = nullptr;
    StatsElidedLabel *m_trendTitle = nullptr;
    Chart *m_roleChart = nullptr;
    Chart *m_trendChart = nullptr;
    QComboBox *m_bucket = nullptr;
    QToolButton *m_roles = nullptr;
    PageRefresh *m_refresh = nullptr;
    StatsChart m_roleBars;
    StatsChart m_trend;
    // The roles the user ticked for the trend; until they tick any, me and named teammates.
    std::optional<QStringList> m_chosenRoles;
    QList<TrendLine> m_trendLines; // the last trend answer, redrawn on a palette change
    Trend m_trendGames;
    QStringList m_menuRoles; // the roles the trend's menu lists
    bool m_arranged = false;
    int m_labelWidth = 0; // the label column's width with no label elided
    bool m_wide = true;
    bool m_restoring = false; // sizes being set by the page, not moved by the user
    quint64 m_requested = 0;  // comparison requests made and the last one answered
    quint64 m_answered = 0;
};

} // namespace bcs
