#include "demo/playlists.h"

namespace bcs::demo {

Playlist playlistOf(PlaylistKind kind)
{
    const QString online = QStringLiteral("Online");
    switch (kind) {
    case PlaylistKind::RankedDoubles:
        return {QStringLiteral("ranked-doubles"), QStringLiteral("Ranked Doubles"), 2, true,
                online};
    case PlaylistKind::RankedStandard:
        return {QStringLiteral("ranked-standard"), QStringLiteral("Ranked Standard"), 3, true,
                online};
    case PlaylistKind::RankedDuels:
        return {QStringLiteral("ranked-duels"), QStringLiteral("Ranked Duels"), 1, true, online};
    case PlaylistKind::UnrankedStandard:
        return {QStringLiteral("unranked-standard"), QStringLiteral("Unranked Standard"), 3, false,
                online};
    case PlaylistKind::UnrankedDoubles:
        return {QStringLiteral("unranked-doubles"), QStringLiteral("Unranked Doubles"), 2, false,
                online};
    case PlaylistKind::UnrankedDuels:
        return {QStringLiteral("unranked-duels"), QStringLiteral("Unranked Duels"), 1, false,
                online};
    // Private matches (with friends) have one playlist whatever the team size, and no ranks.
    case PlaylistKind::PrivateDoubles:
        return {QStringLiteral("private"), QStringLiteral("Private"), 2, false,
                QStringLiteral("Private")};
    case PlaylistKind::PrivateStandard:
        return {QStringLiteral("private"), QStringLiteral("Private"), 3, false,
                QStringLiteral("Private")};
    case PlaylistKind::Hoops:
        return {QStringLiteral("hoops"), QStringLiteral("Hoops"), 2, false, online, true};
    case PlaylistKind::Training:
        break;
    }
    return {{}, {}, 0, false, QStringLiteral("Training")};
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
