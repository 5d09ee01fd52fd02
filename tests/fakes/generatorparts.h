#pragma once
// The generator pieces are product code (demo/generatorparts.h): the tests use them under their
// old names.

#include "demo/generatorparts.h"

namespace bcs::test {

using demo::arenaCode;
using demo::formatUpstreamDate;
using demo::hexId;
using demo::varied;

} // namespace bcs::test
