// The query string of an /api/stats/* request, as it becomes a StatsFilter: the URL as
// QHttpServer decodes it, the query as ApiRequest reads it, StatsController::readFilter (400s
// are ApiError, anything else is a finding), then the filter's SQL and daily-totals plan.

#include "api/apierror.h"
#include "api/apirequest.h"
#include "api/controllers/statscontroller.h"
#include "fuzzinput.h"
#include "stats/dailytotals.h"
#include "stats/statsfilter.h"

#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bcs::ApiRequest request;
    request.method = QStringLiteral("GET");
    request.path = QStringLiteral("/api/stats/me");
    request.query = bcs::ApiRequest::queryOf(
        QUrl::fromEncoded("/api/stats/me?" + bcs::fuzz::bytes(data, size)));
    try {
        const bcs::StatsFilter filter = bcs::StatsController::readFilter(request);
        QVariantList values;
        filter.sql(values);
        bcs::planDailyTotals(filter);
    } catch (const bcs::ApiError &error) {
        bcs::fuzz::fuzzCheck(error.status == 400 && !error.detail.isEmpty(),
                             "a bad filter is a 400 that says why");
    }
    return 0;
}
