#pragma once
// A player's replay history shaped like what ballchasing really sends, in the proportions real
// data has: me on two accounts (one of them renamed half way), three regular teammates (one
// renamed), strangers (some PSN players with masked ids), bots replacing leavers in about one
// game in twelve, human substitutes, players without stats, a team without stats, training
// replays without a playlist, forfeits (some of them tied), overtime, games without me, and a
// stranger on another platform who uses my name. Each game carries the truth about who is who,
// so tests check role resolution and stats against it, not against our own rules; the demo cache
// (demo/democache.h) is a year of it. Every shape comes from the real samples in tests/fixtures,
// compiled in (demo/samples.h). Deterministic for a given seed.

#include "demo/playlists.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace bcs::demo {

struct GeneratedGame
{
    QJsonObject detail;
    QString myTeam;        // "blue" / "orange"; empty when I did not play
    int goals[2] = {0, 0}; // blue, orange: the real score, also when a team's stats are missing
    // Per player row, keyed "blue:0" (team and position in its players array): who it really
    // is: "me", "teammate:<alias>", "stranger" or "bot".
    QHash<QString, QString> truth;
};

struct ScheduledGame
{
    QDateTime date;
    std::optional<PlaylistKind> playlist; // empty: drawn from the tests' mix
};

class MatchHistory
{
public:
    static constexpr const char *kOwnerSteamId = "76561198007191405"; // the ping fixture's

    explicit MatchHistory(quint32 seed = 1);

    // `count` games `spacingSeconds` apart from `first`, each uploaded ten minutes after it.
    QList<GeneratedGame> games(int count, const QDateTime &first, qint64 spacingSeconds) const;
    // A game per entry, in that order (dates as a player's sessions fall, demo/demohistory.h).
    QList<GeneratedGame> games(const QList<ScheduledGame> &schedule) const;
    static QList<QJsonObject> details(const QList<GeneratedGame> &games);

    // A player config naming all my names and the three teammates by every name they used.
    static QJsonObject playerConfig();

    // The Steam account of teammate Bob's uploads (he plays on Xbox, uploads from Steam).
    static constexpr const char *kTeammateUploaderSteamId = "76561198000000042";
    // The game as uploaded by someone else instead of me: only `player-id` finds it.
    static GeneratedGame uploadedInsteadBy(const GeneratedGame &game, const QString &steamId);
    // The same match uploaded once more, an hour later: a new ballchasing id and, when someone
    // else recorded it (`ownRecording`), a new rocket_league_id; the same match_guid, players and
    // stats. `copy` tells the copies of one game apart.
    static GeneratedGame uploadedAgain(const GeneratedGame &game, const QString &steamId,
                                       bool ownRecording, int copy);

private:
    GeneratedGame game(int index, int count, const ScheduledGame &scheduled) const;

    quint32 m_seed;
    QJsonObject m_top;                // top-level fields of a real detail
    QJsonObject m_training;           // a real training detail (no playlist, no players)
    QList<QJsonObject> m_playerStats; // every player's stats in the samples
    QJsonObject m_teamStats;
    QJsonObject m_mapNames;
};

} // namespace bcs::demo
