#pragma once
// My rank over time (DESIGN.md §5, from the listings' rank objects): per ranked game of mine,
// oldest first, the rank my row carries and the opponents' mean tier in that game. Games where
// my row has no rank (unranked playlists, or a rank the game did not print) are left out, never
// zeroed; opponents without a rank do not count towards the mean.

#include "stats/statsfilter.h"

#include <QJsonArray>
#include <QSqlDatabase>

namespace bcs {

QJsonArray rankHistory(QSqlDatabase db, const StatsFilter &filter); // throws StorageError

} // namespace bcs
