#pragma once
// One match, one game (DESIGN.md §5): the same match uploaded twice — by me and by a teammate,
// or twice by me — is kept once. A listing row is another upload of a replay we have when its
// `rocket_league_id` (the game's replay GUID) is the same (the same file), or when it is another
// player's recording of that match: the same accounts on the same teams (two at least), the same
// final score, a match date within 90 s and a duration within 5 s (two matches of the same
// players are minutes apart);
// a detail when its `match_guid` is that of a replay whose detail we have. The other upload is
// not stored as a replay: its
// id is kept as an alias of the one we keep (replay_aliases), answers for it, and is not listed
// or fetched again. Part of the caller's transaction; used by ReplayRepository.

#include "core/replay.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace bcs {

// The replay (rid) a listed row is another upload of: an alias already, the same
// rocket_league_id under another id, or another recording of the match.
std::optional<qint64> listedDuplicateOf(QSqlDatabase &db, const ListedReplay &listed,
                                        const QString &doing);
// The earliest other replay with details and the same match_guid.
std::optional<qint64> detailedDuplicateOf(QSqlDatabase &db, qint64 rid, const QString &matchGuid,
                                          const QString &doing);
void recordAlias(QSqlDatabase &db, const QString &id, qint64 keptRid, const QString &doing);
// The replay `rid` (id `id`) is another upload of `keptRid`: removed with everything derived
// from it, its id (and its own aliases) kept as aliases of `keptRid`.
void mergeInto(QSqlDatabase &db, qint64 rid, const QString &id, qint64 keptRid,
               const QString &doing);
// The other uploads' ids of each replay id given (sorted); ids without any are left out.
QHash<QString, QStringList> aliasesOf(QSqlDatabase &db, const QStringList &ids,
                                      const QString &doing);

} // namespace bcs
