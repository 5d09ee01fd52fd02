#pragma once
// The Replays page (issue 13): every cached replay under the shared filter in a table that stays
// smooth at 20,000 rows (gui/models/replaysmodel.h), a filter box over names, maps and titles,
// "only the replays behind this" from the other pages with a bar that says why, and the selected
// replay's players in a detail pane below. Reads only through the query service.

#include "gui/pages/pageframe.h"
#include "gui/shell/windowservices.h"

#include <QStringList>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace bcs {

class Banner;
class EmptyState;
class PageRefresh;
class ReplayDetailPane;
class ReplaysModel;

class ReplaysPage : public PageFrame
{
    Q_OBJECT

public:
    ReplaysPage(const WindowServices &services, FilterState *filters, QWidget *parent = nullptr);
    ~ReplaysPage() override;

    // Shows only these replays (a chart's point, a scoreline's games) until the user clears it;
    // `why` says what they are ("3–1 wins") and the bar above the table says "12 replays: 3–1
    // wins" (a `why` that starts with the count is said as it is). The search box is cleared;
    // the shared filter still applies.
    void showOnly(const QStringList &ids, const QString &why);
    // Back to every replay under the filter (the bar's Show all).
    void showAll();
    // Opens the selected replay on ballchasing.com (the menus, Ctrl+O, double-click).
    void openCurrent();

    // For tests and screenshots.
    ReplaysModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ReplayDetailPane *detailPane() const { return m_detail; }
    QLineEdit *searchBox() const { return m_search; }
    QSplitter *splitter() const { return m_splitter; }
    // The bar's text, empty while every replay is shown.
    QString onlyText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void tintOnlyBar();
    QString onlyBase() const;
    void refresh();
    void applySearch();
    void onCounted(int rows);
    void showCount();
    void showSelected();
    void emptyAction();

    WindowServices m_services;
    FilterState *m_filters;
    ReplaysModel *m_model;
    Banner *m_banner;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QLabel *m_count;
    QWidget *m_onlyBar;
    QLabel *m_onlyLabel;
    QPushButton *m_showAll;
    QSplitter *m_splitter;
    QStackedWidget *m_tableStack;
    QTableView *m_table;
    EmptyState *m_noRows;
    ReplayDetailPane *m_detail;
    PageRefresh *m_refresh;
    QStringList m_onlyIds;
    QString m_onlyWhy;
    bool m_only = false;
    QString m_selectedId;
};

} // namespace bcs
