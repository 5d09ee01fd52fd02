#pragma once
// Saving a player config the one way, for the API and the window alike (DESIGN.md §11): the
// config is stored and the roles rebuilt in one write on the writer thread, which the caller
// waits for (the API) or is told of (the window) — every stat read after it sees the new roles;
// the totals derived from the roles follow in a later write nobody waits for.

#include <QString>
#include <functional>

class QObject;

namespace bcs {

class SyncManager;
struct PlayerConfig;

// Blocks until the roles are rebuilt; returns an error message, empty on success.
QString saveConfigAndWait(SyncManager &sync, const PlayerConfig &config, qint64 nowMs);
// Returns at once; `done(error)` runs in `sync`'s thread while `context` exists.
void saveConfigAsync(SyncManager &sync, const PlayerConfig &config, qint64 nowMs,
                     QObject *context, std::function<void(const QString &error)> done);

} // namespace bcs
