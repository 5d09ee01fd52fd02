#pragma once
// A proposed player config from platform ids (GET /api/players/suggest): the account seen most is
// "me", with every name it used; the next accounts that play on my team in at least 3 games and
// 5 % of mine are teammates, each with its names. The user confirms or edits it.

#include "core/playerconfig.h"

namespace bcs {

class Database;

PlayerConfig suggestConfig(const Database &database); // throws StorageError

} // namespace bcs
