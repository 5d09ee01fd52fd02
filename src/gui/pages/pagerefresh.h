#pragma once
// When a page asks for its data again: the visible page at once when the filter or the data
// changes, a hidden page when it is shown again (DESIGN.md §11). One gate per page, so no page
// keeps its own flags.

#include <QObject>
#include <functional>

class QWidget;

namespace bcs {

class FilterState;
class QueryService;

class PageRefresh : public QObject
{
    Q_OBJECT

public:
    // `refresh` runs on the GUI thread; it requests its queries and returns at once. `filters`
    // may be null for a page that does not filter (Players).
    PageRefresh(QWidget *page, FilterState *filters, QueryService *queries,
                std::function<void()> refresh);

    // Marks the page stale; refreshes now when it is visible.
    void invalidate();
    bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_page;
    std::function<void()> m_refresh;
    bool m_stale = true;
};

} // namespace bcs
