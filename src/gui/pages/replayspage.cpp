#include "gui/pages/replayspage.h"

namespace bcs {

ReplaysPage::ReplaysPage(const WindowServices &services, FilterState *filters, QWidget *parent)
    : PageFrame({tr("Replays"),
                 tr("Every game with its score, who played in which role, and each player's "
                    "stats."),
                 false, filters, services.queries},
                parent)
    , m_services(services)
{}

void ReplaysPage::showOnly(const QStringList &, const QString &) {}

} // namespace bcs
