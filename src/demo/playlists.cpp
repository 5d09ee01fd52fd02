#include "demo/playlists.h"

namespace bcs::demo {

namespace {

struct PlaylistRow
{
    PlaylistKind kind;
    const char *id;
    const char *name;
    int teamSize;
    bool ranked;
    const char *matchType;
    bool hoops;
};

// Private matches (with friends) have one playlist whatever the team size, and no ranks.
const PlaylistRow kPlaylists[] = {
    {PlaylistKind::RankedDoubles, "ranked-doubles", "Ranked Doubles", 2, true, "Online", false},
    {PlaylistKind::RankedStandard, "ranked-standard", "Ranked Standard", 3, true, "Online", false},
    {PlaylistKind::RankedDuels, "ranked-duels", "Ranked Duels", 1, true, "Online", false},
    {PlaylistKind::UnrankedStandard, "unranked-standard", "Unranked Standard", 3, false, "Online",
     false},
    {PlaylistKind::UnrankedDoubles, "unranked-doubles", "Unranked Doubles", 2, false, "Online",
     false},
    {PlaylistKind::UnrankedDuels, "unranked-duels", "Unranked Duels", 1, false, "Online", false},
    {PlaylistKind::PrivateDoubles, "private", "Private", 2, false, "Private", false},
    {PlaylistKind::PrivateStandard, "private", "Private", 3, false, "Private", false},
    {PlaylistKind::Hoops, "hoops", "Hoops", 2, false, "Online", true},
};

} // namespace

Playlist playlistOf(PlaylistKind kind)
{
    for (const PlaylistRow &row : kPlaylists) {
        if (row.kind == kind)
            return {QLatin1String(row.id),
                    QLatin1String(row.name),
                    row.teamSize,
                    row.ranked,
                    QLatin1String(row.matchType),
                    row.hoops};
    }
    return {{}, {}, 0, false, QStringLiteral("Training"), false}; // no playlist
}

PlaylistKind testMixPlaylist(int roll)
{
    return roll < 2    ? PlaylistKind::Training
           : roll < 8  ? PlaylistKind::RankedDuels
           : roll < 46 ? PlaylistKind::RankedDoubles
           : roll < 74 ? PlaylistKind::RankedStandard
           : roll < 88 ? PlaylistKind::UnrankedStandard
                       : PlaylistKind::UnrankedDoubles;
}

} // namespace bcs::demo
