#pragma once
// The role buckets as values (DESIGN.md §6, §11): "Me", one bucket per named teammate in alias
// order, and "Not assigned" for every entry in neither. Each function returns a new config, so
// an undo command is two snapshots; an entry can be in one bucket only by construction — assign
// takes it out of wherever its match key was before.

#include "core/playerconfig.h"

#include <optional>

namespace bcs::rolebuckets {

constexpr int kNotAssigned = -1;
constexpr int kMe = 0;
// Teammate buckets are 1 .. teammates.size(), in alias order.

int bucketCount(const PlayerConfig &config); // Me and the teammates; Not assigned is not counted
int teammateBucket(const PlayerConfig &config, const QString &alias); // kNotAssigned when none
QStringList entries(const PlayerConfig &config, int bucket);
// The bucket holding `entry` (by PlayerConfig::matchKey), else kNotAssigned.
int bucketOf(const PlayerConfig &config, const QString &entry);
// What the user calls the bucket: "Me", the alias, "Not assigned".
QString bucketName(const PlayerConfig &config, int bucket);
// The stats role the bucket gives: "me", "teammate:<alias>"; empty for Not assigned.
QString bucketRole(const PlayerConfig &config, int bucket);

// `entries` into `bucket` (kNotAssigned takes them out of every bucket), in the order given,
// after what the bucket held; each entry leaves the bucket it was in.
PlayerConfig assign(PlayerConfig config, const QStringList &entries, int bucket);

// A new empty teammate bucket; nullopt when the alias is empty or taken. Teammates stay in the
// order a saved config has them (by alias), so a bucket's number can change: find it by alias.
std::optional<PlayerConfig> addTeammate(PlayerConfig config, const QString &alias);
std::optional<PlayerConfig> renameTeammate(PlayerConfig config, int bucket, const QString &alias);
// The bucket goes; its entries become Not assigned.
PlayerConfig removeTeammate(PlayerConfig config, int bucket);
// "Teammate 1", "Teammate 2", … : the first alias not taken.
QString freeAlias(const PlayerConfig &config);
bool aliasTaken(const PlayerConfig &config, const QString &alias, int exceptBucket = kNotAssigned);

// The teammates in the order a saved config reads back (by alias, as JSON keys sort).
PlayerConfig inSavedOrder(PlayerConfig config);

// Equal buckets in equal order (what saving would change).
bool sameBuckets(const PlayerConfig &a, const PlayerConfig &b);

} // namespace bcs::rolebuckets
