#pragma once
// What every content page shares (UI.md layout): the page title with room for the page's
// actions on its right, the shared filter bar where the page filters, and the page's content —
// or, while the cache cannot answer the page yet, an empty state that says why and offers the
// next step ("Sync your replays", "Tell us which names are yours").

#include "sync/syncoverview.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QStackedWidget;

namespace bcs {

class EmptyState;
class FilterBar;
class FilterState;
class QueryService;

class PageFrame : public QWidget
{
    Q_OBJECT

public:
    struct Options
    {
        QString title;
        QString willShow; // what the page shows, for the empty state
        bool needsMe = false; // answers from my side: needs "me" configured
        FilterState *filters = nullptr; // shows the filter bar when set
        QueryService *queries = nullptr;
    };
    explicit PageFrame(const Options &options, QWidget *parent = nullptr);

    // The page's content, shown once the cache can answer the page.
    void setContent(QWidget *content);
    // Page actions (buttons) at the title's right, in order.
    void addHeaderWidget(QWidget *widget);

    void showState(const CacheState &state);
    const CacheState &cacheState() const { return m_state; }
    // True while the content (not the empty state) is shown.
    bool contentShown() const;
    FilterBar *filterBar() const { return m_filterBar; }
    // The empty state's text, for tests.
    QString emptyText() const;

Q_SIGNALS:
    void syncRequested();
    void playersRequested();

private:
    Options m_options;
    QLabel *m_title;
    QHBoxLayout *m_header;
    FilterBar *m_filterBar = nullptr;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QWidget *m_content = nullptr;
    CacheState m_state;
    enum class Next { Sync, Players, None } m_next = Next::Sync;
};

} // namespace bcs
