#pragma once
// The realistic replay history is product code (the demo cache is made of it): the tests use it
// under their old names.

#include "demo/matchhistory.h"

namespace bcs::test {

using demo::GeneratedGame;
using demo::MatchHistory;

} // namespace bcs::test
