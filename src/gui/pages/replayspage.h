#pragma once
// The Replays page (issue 13). Scaffold: the frame, the filter bar and the empty states; the
// content arrives in the following commits.

#include "gui/pages/pageframe.h"
#include "gui/shell/windowservices.h"

#include <QStringList>

namespace bcs {

class ReplaysPage : public PageFrame
{
    Q_OBJECT

public:
    ReplaysPage(const WindowServices &services, FilterState *filters, QWidget *parent = nullptr);

    // Shows only these replays (a chart's point, a scoreline's games) until the user clears it;
    // `why` is said above the table ("12 replays: 3–1 wins").
    void showOnly(const QStringList &ids, const QString &why);

private:
    WindowServices m_services;
};

} // namespace bcs
