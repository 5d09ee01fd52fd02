#pragma once
// The Stats page (issue 13). Scaffold: the frame, the filter bar and the empty states; the
// content arrives in the following commits.

#include "gui/pages/pageframe.h"
#include "gui/shell/windowservices.h"

#include <QStringList>

namespace bcs {

class StatsPage : public PageFrame
{
    Q_OBJECT

public:
    StatsPage(const WindowServices &services, FilterState *filters, QWidget *parent = nullptr);

Q_SIGNALS:
    // Show these replays on the Replays page; `why` says where they come from ("3–1 wins").
    void replaysRequested(const QStringList &ids, const QString &why);

private:
    WindowServices m_services;
};

} // namespace bcs
