#include "sync/configwrites.h"

#include "core/playerconfig.h"
#include "stats/configsave.h"
#include "stats/derivedtables.h"
#include "sync/syncmanager.h"

namespace bcs {

namespace {
std::function<void(const Database &)> storeAndRebuild(const PlayerConfig &config, qint64 nowMs)
{
    return [config, nowMs](const Database &database) { savePlayerConfig(database, config, nowMs); };
}
} // namespace

QString saveConfigAndWait(SyncManager &sync, const PlayerConfig &config, qint64 nowMs)
{
    const QString error = sync.runWrite(storeAndRebuild(config, nowMs));
    if (error.isEmpty())
        sync.runWriteLater(refreshTablesFromRoles);
    return error;
}

void saveConfigAsync(SyncManager &sync, const PlayerConfig &config, qint64 nowMs,
                     QObject *context, std::function<void(const QString &error)> done)
{
    sync.runWriteAsync(storeAndRebuild(config, nowMs), context,
                       [&sync, done = std::move(done)](const QString &error) {
                           if (error.isEmpty())
                               sync.runWriteLater(refreshTablesFromRoles);
                           done(error);
                       });
}

} // namespace bcs
