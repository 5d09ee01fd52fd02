#pragma once
// /api/sync, /api/sync/status, /api/sync/cancel, /api/sync/history, /api/sync/coverage and
// /api/sync/preview. Starting and cancelling go to the SyncManager (the only writer); history
// and coverage read the cache through the API thread's read-only connection.

#include "api/apicontroller.h"

namespace bcs {

class BallchasingClient;
class Database;
class SyncManager;

class SyncController final : public ApiController
{
public:
    SyncController(SyncManager *sync, Database *database, BallchasingClient *client);
    void registerRoutes(Router &router) override;

private:
    void start(const ApiRequest &request, const Responder &responder);
    void history(const ApiRequest &request, const Responder &responder);
    void coverage(const Responder &responder);
    void preview(const ApiRequest &request, const Responder &responder);

    SyncManager *m_sync;
    Database *m_database;
    BallchasingClient *m_client;
};

} // namespace bcs
