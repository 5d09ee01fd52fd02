#pragma once
// /api/stats/me, /teammates, /opponents and /replays: aggregates per role over the cache, with
// the common filters (dates, playlist, team size, ties, duration, map) validated up front.

#include "api/apicontroller.h"

namespace bcs {

class Database;
struct StatsFilter;

class StatsController final : public ApiController
{
public:
    explicit StatsController(Database *database);
    void registerRoutes(Router &router) override;

    static StatsFilter readFilter(const ApiRequest &request); // 400 on a bad value

private:
    Database *m_database;
};

} // namespace bcs
