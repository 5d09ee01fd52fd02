#include "gui/pages/pagerefresh.h"

#include "gui/filters/filterstate.h"
#include "gui/services/queryservice.h"

#include <QEvent>
#include <QWidget>

namespace bcs {

PageRefresh::PageRefresh(QWidget *page, FilterState *filters, QueryService *queries,
                         std::function<void()> refresh)
    : QObject(page)
    , m_page(page)
    , m_refresh(std::move(refresh))
{
    page->installEventFilter(this);
    if (filters)
        connect(filters, &FilterState::changed, this, &PageRefresh::invalidate);
    if (queries)
        connect(queries, &QueryService::dataChanged, this, &PageRefresh::invalidate);
}

void PageRefresh::invalidate()
{
    m_stale = true;
    if (m_page->isVisible()) {
        m_stale = false;
        m_refresh();
    }
}

bool PageRefresh::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_refresh();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace bcs
