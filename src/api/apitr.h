#pragma once
// The translation context of the api layer's free functions (lupdate groups its strings under
// bcs::Api), shared by every file of the layer instead of one private copy each.

#include <QCoreApplication>

namespace bcs {

struct ApiTr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::Api)
};

} // namespace bcs
