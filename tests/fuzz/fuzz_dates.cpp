// The date parsers: RFC 3339 as ballchasing sends it, and the request/CLI bounds (YYYY-MM-DD
// or RFC 3339, through params::date as the routes and `bcstats sync` read them). A parsed
// date formats back to text that parses to the same instant.

#include "api/apierror.h"
#include "api/queryparams.h"
#include "core/rfc3339.h"
#include "fuzzinput.h"

using bcs::fuzz::fuzzCheck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(bcs::fuzz::bytes(data, size));
    if (const auto parsed = bcs::parseRfc3339(text)) {
        fuzzCheck(parsed->isValid(), "a parsed date is valid");
        const auto again = bcs::parseRfc3339(bcs::formatRfc3339(*parsed));
        fuzzCheck(again && again->toMSecsSinceEpoch() == parsed->toMSecsSinceEpoch(),
                  "formatRfc3339 parses back to the same instant");
    }
    for (const bcs::DayBound bound : {bcs::DayBound::Start, bcs::DayBound::End}) {
        const auto parsed = bcs::parseDateBound(text, bound);
        if (parsed)
            fuzzCheck(parsed->isValid(), "a parsed bound is valid");
        try {
            bcs::params::date(QStringLiteral("after"), text, bound);
        } catch (const bcs::ApiError &error) {
            fuzzCheck(error.status == 400, "a bad date is a 400");
        }
    }
    return 0;
}
