#pragma once
// The translation context of the demo layer's free functions (lupdate groups its strings under
// bcs::Demo), shared by every file of the layer instead of one private copy each.

#include <QCoreApplication>

namespace bcs {

struct DemoTr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::Demo)
};

} // namespace bcs
