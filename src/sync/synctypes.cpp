#include "sync/synctypes.h"

#include <QJsonArray>

namespace bcs {

QJsonObject SyncStatus::toJson() const
{
    return {{QStringLiteral("running"), running},
            {QStringLiteral("replays_found"), found},
            {QStringLiteral("replays_fetched"), fetched},
            {QStringLiteral("replays_skipped"), skipped},
            {QStringLiteral("error"),
             error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error)},
            {QStringLiteral("sync_id"),
             syncId == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(syncId)},
            {QStringLiteral("phase"), phase},
            {QStringLiteral("replays_failed"), failed},
            {QStringLiteral("replays_pending"), pending},
            {QStringLiteral("replays_queued"), queued},
            {QStringLiteral("replays_listed"), listed},
            {QStringLiteral("listing_complete"), listingComplete},
            {QStringLiteral("details_due"), detailsDue},
            {QStringLiteral("requests"), requests},
            {QStringLiteral("rate_limited"), rateLimited},
            {QStringLiteral("details_per_second"), detailsPerSecond},
            {QStringLiteral("status"),
             lastStatus.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(lastStatus)},
            {QStringLiteral("eta_seconds"),
             etaSeconds ? QJsonValue(*etaSeconds) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("failures"), failuresToJson(failures)}};
}

} // namespace bcs
