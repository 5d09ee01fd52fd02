#pragma once
// A group of related routes (qBittorrent's one-controller-per-scope). Controllers live in the
// API thread, validate their parameters up front and throw ApiError; they never touch sockets.

#include "api/router.h"

namespace bcs {

class ApiController
{
public:
    virtual ~ApiController() = default;
    virtual void registerRoutes(Router &router) = 0;
};

} // namespace bcs
