#pragma once
// The translation context of the stats layer's free functions (lupdate groups its strings under
// bcs::Stats), shared by every file of the layer instead of one private copy each.

#include <QCoreApplication>

namespace bcs {

struct StatsTr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::Stats)
};

} // namespace bcs
