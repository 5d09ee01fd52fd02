#pragma once
// My rank over time (DESIGN.md §5, from the listings' rank objects): per ranked game of mine,
// oldest first, the rank my row carries and the opponents' mean tier in that game. Games where
// my row has no rank (unranked playlists, or a rank the game did not print) are left out, never
// zeroed; opponents without a rank do not count towards the mean.

#include "stats/statsfilter.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace bcs {

struct RankGame
{
    QString date; // as ballchasing sent it
    QString replayId;
    QString playlist;     // its id, e.g. "ranked-doubles"
    QString playlistName; // empty when the listing gave none
    int tier = 0;
    int division = 0;
    QString name;                            // the rank's name as the listing gives it
    std::optional<double> opponentsMeanTier; // none when no opponent has a rank
    int opponentsRanked = 0;                 // the opponents the mean is over
};

QList<RankGame> rankHistory(QSqlDatabase db, const StatsFilter &filter); // throws StorageError

} // namespace bcs
