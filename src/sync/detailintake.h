#pragma once
// What becomes of one fetched replay detail: parsed and stored in one transaction, or recorded
// as failed with a reason (on the replay's row, for the next sync to try again). Only a failure
// that stops every later write too (a full disk, a damaged or read-only cache) escapes, as the
// StorageError it is, so the sync can end. The sync worker and the mutation test share it.

#include "core/replay.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace bcs {

class Database;

struct DetailIntake
{
    bool stored = false;
    ReplayStatus status = ReplayStatus::Missing; // what ballchasing said of the replay, if stored
    QString failure;                             // why it was not stored, or why upstream failed
};

DetailIntake takeDetail(const Database &database, const QString &requestedId,
                        const QByteArray &body, const QJsonObject &json, qint64 nowMs);

// Records that a replay could not be fetched or stored; never throws (the replay stays listed
// as not fetched either way, so the next sync tries it again).
void recordReplayFailure(const Database &database, const QString &id, const QString &reason);

} // namespace bcs
