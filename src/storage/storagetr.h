#pragma once
// The translation context of the storage layer's free functions (lupdate groups its strings under
// bcs::Storage), shared by every file of the layer instead of one private copy each.

#include <QCoreApplication>

namespace bcs {

struct StorageTr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::Storage)
};

} // namespace bcs
