#include "storage/migrations.h"

#include "storage/sqlhelpers.h"
#include "storage/statcolumns.h"

#include <QStringList>
#include <functional>

namespace bcs {

namespace {

QStringList schemaV1()
{
    return {
        // rid: a small integer key for player rows and details (a UUID per row costs 36 bytes).
        QStringLiteral(
            "CREATE TABLE replays ("
            " rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, status TEXT NOT NULL,"
            " date_ms INTEGER NOT NULL DEFAULT 0, date_text TEXT, created_ms INTEGER NOT NULL DEFAULT 0,"
            " playlist_id TEXT, playlist_name TEXT, map_code TEXT, map_name TEXT,"
            " team_size INTEGER NOT NULL DEFAULT 0, duration INTEGER NOT NULL DEFAULT 0,"
            " overtime INTEGER NOT NULL DEFAULT 0, season INTEGER NOT NULL DEFAULT 0, title TEXT,"
            " blue_goals INTEGER NOT NULL DEFAULT 0, orange_goals INTEGER NOT NULL DEFAULT 0,"
            " match_guid TEXT, rocket_league_id TEXT, uploader_steam_id TEXT,"
            " detail_bytes INTEGER, fetched_ms INTEGER,"
            " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT)"),
        QStringLiteral("CREATE INDEX replays_date ON replays(date_ms)"),
        QStringLiteral(
            "CREATE INDEX replays_status ON replays(status, date_ms)"), // newest-first lists
        // The detail as ballchasing sent it, compressed (detailcodec), apart from the summary
        // columns so that scanning replays never reads it.
        QStringLiteral(
            "CREATE TABLE replay_details (rid INTEGER PRIMARY KEY REFERENCES replays(rid) ON DELETE CASCADE,"
            " body BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE players ("
                       " rid INTEGER NOT NULL REFERENCES replays(rid) ON DELETE CASCADE,"
                       " team TEXT NOT NULL, slot INTEGER NOT NULL,"
                       " name TEXT NOT NULL DEFAULT '', name_key TEXT NOT NULL DEFAULT '',"
                       " platform TEXT NOT NULL DEFAULT '', platform_id TEXT NOT NULL DEFAULT '',"
                       " start_time REAL NOT NULL DEFAULT 0, end_time REAL NOT NULL DEFAULT 0,"
                       " mvp INTEGER NOT NULL DEFAULT 0, ") +
            statColumnDefinitions(statColumnsOfVersion1()) + QStringLiteral(")"),
        QStringLiteral("CREATE INDEX players_replay ON players(rid)"),
        QStringLiteral("CREATE INDEX players_name_key ON players(name_key)"),
        QStringLiteral("CREATE INDEX players_account ON players(platform, platform_id)"),
        QStringLiteral(
            "CREATE TABLE sync_log ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " date_after TEXT, date_before TEXT, date_after_ms INTEGER, date_before_ms INTEGER,"
            " started_at TEXT NOT NULL, started_ms INTEGER NOT NULL, completed_at TEXT,"
            " status TEXT NOT NULL, filter TEXT NOT NULL,"
            " replays_found INTEGER NOT NULL DEFAULT 0, replays_fetched INTEGER NOT NULL DEFAULT 0,"
            " replays_skipped INTEGER NOT NULL DEFAULT 0, replays_failed INTEGER NOT NULL DEFAULT 0,"
            " replays_pending INTEGER NOT NULL DEFAULT 0, requests INTEGER NOT NULL DEFAULT 0,"
            " rate_limited INTEGER NOT NULL DEFAULT 0, error TEXT)"),
        QStringLiteral("CREATE TABLE request_log (grp TEXT NOT NULL, sent_ms INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX request_log_time ON request_log(sent_ms)"),
        QStringLiteral("CREATE TABLE maps (code TEXT PRIMARY KEY, name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE player_config (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL,"
            " updated_ms INTEGER NOT NULL)"),
    };
}

// Roles per player row and my team per replay, rebuilt whenever the player config or the cache
// changes, so that stats are plain SQL joins instead of name matching per request.
QStringList schemaV2()
{
    return {
        QStringLiteral(
            "CREATE TABLE player_roles (prow INTEGER PRIMARY KEY, rid INTEGER NOT NULL, role TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX player_roles_role ON player_roles(role, rid)"),
        QStringLiteral(
            "CREATE TABLE perspectives (rid INTEGER PRIMARY KEY, my_team TEXT NOT NULL)"),
    };
}

// Player rows are wide (every stat), so anything that reads a few columns of many rows (role
// rebuild, the players list, suggestions) reads covering indexes instead of the table. Stats per
// role, day and replay kind, and appearances per account and name, are kept summed so that
// routes over 20,000 replays add up hundreds of rows instead of 120,000 (stats/dailytotals.h).
// Emptying the roles makes the next start rebuild them, and the totals with them.
QStringList schemaV3()
{
    return {
        QStringLiteral("DROP INDEX players_replay"),
        QStringLiteral("DROP INDEX players_account"),
        QStringLiteral(
            "CREATE INDEX players_identity ON players(rid, team, name_key, platform, platform_id, name)"),
        QStringLiteral(
            "CREATE INDEX players_account ON players(platform, platform_id, name, rid, team)"),
        QStringLiteral("CREATE TABLE role_day_totals (role TEXT NOT NULL, day INTEGER NOT NULL,"
                       " playlist_id TEXT, playlist_name TEXT, team_size INTEGER NOT NULL,"
                       " tie INTEGER NOT NULL, minutes INTEGER NOT NULL, games INTEGER NOT NULL,"
                       " wins INTEGER NOT NULL,"
                       " losses INTEGER NOT NULL, ties INTEGER NOT NULL, %1)")
            .arg(statColumnDefinitions(statColumnsOfVersion1())),
        QStringLiteral("CREATE INDEX role_day_totals_role ON role_day_totals(role, day)"),
        QStringLiteral(
            "CREATE TABLE account_totals (platform TEXT NOT NULL, platform_id TEXT NOT NULL,"
            " name TEXT NOT NULL, games INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE INDEX account_totals_account ON account_totals(platform, platform_id)"),
        QStringLiteral("DELETE FROM player_roles"),
        QStringLiteral("DELETE FROM perspectives"),
        // The named teammates on my team per replay, for /api/stats/lineups.
        QStringLiteral("ALTER TABLE perspectives ADD COLUMN lineup TEXT NOT NULL DEFAULT ''"),
        // From now on only ok replays have player rows (see ReplayRepository::storeDetail).
        QStringLiteral(
            "DELETE FROM players WHERE rid IN (SELECT rid FROM replays WHERE status <> 'ok')"),
    };
}

// The replays a sync could not store or fetch, with their reasons, for its history entry.
QStringList schemaV4()
{
    return {QStringLiteral("ALTER TABLE sync_log ADD COLUMN failures TEXT NOT NULL DEFAULT '[]'")};
}

// Per game of mine, the player rows of each side (me, my teammates, the opponents) counted and
// summed (stats/replaysides.h): me_* the three stats of the seed's R, mates_* and opp_* its
// correlation stats, *_shooting_pct the sum of each player's goals / shots x 100 (a REAL).
QStringList schemaV5()
{
    const auto sums = [](const QString &prefix, const QStringList &columns) {
        QStringList prefixed;
        for (const QString &column : columns)
            prefixed << prefix + column;
        return statColumnDefinitions(prefixed);
    };
    const QStringList r = {QStringLiteral("positioning_percent_behind_ball"),
                           QStringLiteral("movement_avg_speed"),
                           QStringLiteral("positioning_avg_distance_to_ball")};
    return {
        QStringLiteral(
            "CREATE TABLE replay_sides (rid INTEGER PRIMARY KEY, my_goals INTEGER NOT NULL,"
            " opp_goals INTEGER NOT NULL, me_rows INTEGER NOT NULL, mates_rows INTEGER NOT NULL,"
            " opp_rows INTEGER NOT NULL, %1, %2, mates_shooting_pct REAL NOT NULL DEFAULT 0,"
            " %3, opp_shooting_pct REAL NOT NULL DEFAULT 0)")
            .arg(sums(QStringLiteral("me_"), r),
                 sums(QStringLiteral("mates_"), sideStatColumnsOfVersion5()),
                 sums(QStringLiteral("opp_"), sideStatColumnsOfVersion5()))};
}

// Listings first (DESIGN.md §5): a listed replay has player rows before its detail arrives
// (name, account, team, times, score in core_score, MVP, rank; every other stat 0) and the
// detail fills them in. Readers of detailed stats keep to ok replays (x.status = 'ok'); the
// daily totals keep both, apart (`detailed`), with the MVPs the listing-level stats count. A
// rank is NULL where the game printed none, never 0. Aliases: the other uploads of a match
// that is kept once, by their ballchasing ids. Sources: each listing filter a sync listed
// (uploader=me, player-id=... for my accounts) and whether that listing completed; a sync covers
// its range for a filter once that listing completed, even when it ended before the details.
QStringList schemaV6()
{
    return {
        QStringLiteral("ALTER TABLE players ADD COLUMN rank_tier INTEGER"),
        QStringLiteral("ALTER TABLE players ADD COLUMN rank_division INTEGER"),
        QStringLiteral("ALTER TABLE players ADD COLUMN rank_name TEXT"),
        QStringLiteral(
            "ALTER TABLE role_day_totals ADD COLUMN detailed INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE role_day_totals ADD COLUMN mvps INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE replay_aliases (id TEXT PRIMARY KEY,"
                       " rid INTEGER NOT NULL REFERENCES replays(rid) ON DELETE CASCADE)"),
        QStringLiteral("CREATE INDEX replay_aliases_rid ON replay_aliases(rid)"),
        QStringLiteral("CREATE INDEX replays_rocket_league_id ON replays(rocket_league_id)"),
        QStringLiteral("CREATE INDEX replays_match_guid ON replays(match_guid)"),
        QStringLiteral(
            "ALTER TABLE sync_log ADD COLUMN listing_complete INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral(
            "CREATE TABLE sync_listings (sync_id INTEGER NOT NULL REFERENCES sync_log(id),"
            " filter TEXT NOT NULL, complete INTEGER NOT NULL DEFAULT 0,"
            " PRIMARY KEY (sync_id, filter))"),
        QStringLiteral("INSERT INTO sync_listings (sync_id, filter, complete) "
                       "SELECT id, filter, 1 FROM sync_log WHERE status = 'completed'"),
        QStringLiteral("DELETE FROM player_roles"), // rebuilt at start, the totals with them
        QStringLiteral("DELETE FROM perspectives"),
    };
}

// A stat that joins the catalogue after version 6 comes with a step of its own, e.g.
//   [](QSqlDatabase &db, const QString &doing) { addStatColumns(db, {"boost_x"}, doing); }
using Step = std::function<void(QSqlDatabase &, const QString &)>;

Step statements(QStringList (*schema)())
{
    return [schema](QSqlDatabase &db, const QString &doing) {
        for (const QString &statement : schema())
            execOrThrow(db, statement, doing);
    };
}

const QList<Step> &steps()
{
    static const QList<Step> all = {statements(schemaV1), statements(schemaV2),
                                    statements(schemaV3), statements(schemaV4),
                                    statements(schemaV5), statements(schemaV6)};
    return all;
}

} // namespace

int latestSchemaVersion()
{
    return static_cast<int>(steps().size());
}

void migrateSchema(QSqlDatabase &db, int fromVersion)
{
    for (int version = fromVersion + 1; version <= latestSchemaVersion(); ++version) {
        Transaction transaction(db,
                                QStringLiteral("upgrading the cache to version %1").arg(version));
        steps().at(version - 1)(db,
                                QStringLiteral("upgrading the cache to version %1").arg(version));
        execOrThrow(db, QStringLiteral("PRAGMA user_version = %1").arg(version),
                    QStringLiteral("upgrading the cache"));
        transaction.commit();
    }
}

} // namespace bcs
