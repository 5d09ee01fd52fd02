#pragma once
// /api/replays (the cached list, filtered), /api/replays/{id} (the detail exactly as ballchasing
// sent it) and /api/maps (map code -> name, from the cache; fetched once when the cache is empty
// and stored through the sync side, the only writer).

#include "api/apicontroller.h"

namespace bcs {

class BallchasingClient;
class Database;
class SyncManager;

class ReplaysController final : public ApiController
{
public:
    ReplaysController(Database *database, BallchasingClient *client, SyncManager *sync);
    void registerRoutes(Router &router) override;

private:
    void list(const ApiRequest &request, const Responder &responder);
    void detail(const QString &id, const Responder &responder);
    void maps(const Responder &responder);

    Database *m_database;
    BallchasingClient *m_client;
    SyncManager *m_sync;
};

} // namespace bcs
