#pragma once
// GET /api/openapi.json: the OpenAPI 3 document of every route (openapi/openapi.json, a
// resource). tst_openapi checks that it lists exactly the routes the router has and validates
// real answers against its schemas, so it cannot drift from the code.

#include "api/apicontroller.h"

namespace bcs {

class DocsController : public ApiController
{
public:
    explicit DocsController(const Router *router) : m_router(router) {}
    void registerRoutes(Router &router) override;

private:
    const Router *m_router;
};

} // namespace bcs
