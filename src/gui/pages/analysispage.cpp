#include "gui/pages/analysispage.h"

namespace bcs {

AnalysisPage::AnalysisPage(const WindowServices &services, FilterState *filters, QWidget *parent)
    : PageFrame({tr("Analysis"),
                 tr("What wins games: results per scoreline, per lineup of teammates, and how "
                    "each stat goes with winning."),
                 true, filters, services.queries},
                parent)
    , m_services(services)
{}

} // namespace bcs
