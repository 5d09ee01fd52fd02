#include "gui/pages/statspage.h"

namespace bcs {

StatsPage::StatsPage(const WindowServices &services, FilterState *filters, QWidget *parent)
    : PageFrame({tr("Stats"),
                 tr("Your stats, your teammates' and your opponents', side by side, with charts "
                    "over time."),
                 true, filters, services.queries},
                parent)
    , m_services(services)
{}

} // namespace bcs
