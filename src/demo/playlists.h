#pragma once
// The playlists a generated game is played in, as ballchasing names them, and the mix the tests'
// history draws from (part of what a seed generates, so it stays as it is).

#include <QString>

namespace bcs::demo {

enum class PlaylistKind {
    RankedDoubles,
    RankedStandard,
    RankedDuels,
    UnrankedStandard,
    UnrankedDoubles,
    UnrankedDuels,
    PrivateDoubles,
    PrivateStandard,
    Hoops,
    Training,
};

struct Playlist
{
    QString id; // empty for training: ballchasing gives it no playlist
    QString name;
    int teamSize = 0;
    bool ranked = false;
    QString matchType;  // "Online" or "Private"
    bool hoops = false; // played on the hoops arenas, not the soccar rotation
};

Playlist playlistOf(PlaylistKind kind);
// The tests' mix (MatchHistory's default): `roll` in 0..99, ranked doubles and standard most.
PlaylistKind testMixPlaylist(int roll);

} // namespace bcs::demo
