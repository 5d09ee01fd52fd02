#pragma once
// /api/players (every name/account seen, most frequent first), /api/players/suggest (a config
// proposed from platform ids) and GET/PUT /api/players/config. A PUT is validated whole (422
// names the problem, nothing is saved) and, once saved, roles are rebuilt before it answers, so
// every stats route sees the new config at once.

#include "api/apicontroller.h"

namespace bcs {

class Database;
class SyncManager;

class PlayersController final : public ApiController
{
public:
    PlayersController(Database *database, SyncManager *sync);
    void registerRoutes(Router &router) override;

private:
    void players(const Responder &responder);
    void suggest(const Responder &responder);
    void saveConfig(const ApiRequest &request, const Responder &responder);

    Database *m_database;
    SyncManager *m_sync;
};

} // namespace bcs
