#pragma once
// GET /api/openapi.json: the OpenAPI 3 document of every route (openapi.json, a resource) with
// this build's version. tst_frontendflow checks that it lists exactly the routes the router has
// and validates real answers against its schemas, so it cannot drift from the code.

#include "api/apicontroller.h"

namespace bcs {

class DocsController : public ApiController
{
public:
    void registerRoutes(Router &router) override;
};

} // namespace bcs
