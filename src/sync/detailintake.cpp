#include "sync/detailintake.h"

#include "core/printable.h"
#include "core/replayparser.h"
#include "storage/database.h"
#include "storage/replayrepository.h"

#include <QCoreApplication>

namespace bcs {

namespace {
struct SyncTr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::Sync)
};

} // namespace

DetailIntake takeDetail(const Database &database, const QString &requestedId,
                        const QByteArray &body, const QJsonObject &json, qint64 nowMs)
{
    DetailIntake intake;
    ParsedReplay parsed = parseReplayDetail(json);
    if (parsed.summary.id.isEmpty())
        parsed.summary.id = requestedId;
    if (parsed.summary.id != requestedId) {
        intake.failure = SyncTr::tr("ballchasing answered with another replay (%1)")
                             .arg(printableExcerpt(parsed.summary.id, 64));
    } else {
        try {
            ReplayRepository(database.connection()).storeDetail(body, parsed, nowMs);
            intake.stored = true;
            intake.status = parsed.summary.status;
            if (intake.status == ReplayStatus::Failed)
                intake.failure = SyncTr::tr("ballchasing could not process this replay file");
            return intake;
        } catch (const StorageError &error) {
            if (error.stopsEveryWrite())
                throw;
            intake.failure = error.message; // this replay only
        }
    }
    recordReplayFailure(database, requestedId, intake.failure);
    return intake;
}

void recordReplayFailure(const Database &database, const QString &id, const QString &reason)
{
    try {
        ReplayRepository(database.connection()).recordFetchFailure(id, reason);
    } catch (const StorageError &error) {
        qWarning("bcstats: %s", qPrintable(error.message));
    }
}

} // namespace bcs
