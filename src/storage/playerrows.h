#pragma once
// Writes one replay's player rows (DESIGN.md §5, listings first): a listing gives each player a
// row with who they are, score, MVP and rank, every other stat 0; the detail then fills in the
// same rows — matched by team and account (by name for rows without one) — so that a row keeps
// its rowid and its role, and players the listing did not show get new rows. Part of the
// caller's transaction; used by ReplayRepository only.

#include "core/replay.h"

#include <QSqlDatabase>

namespace bcs {

// Rows for a replay that has none yet.
void insertListedPlayers(QSqlDatabase &db, qint64 rid, const QList<ListedPlayer> &players,
                         const QString &doing);
// The detail's rows over whatever rows the replay has; rows the detail does not have go.
void storeDetailedPlayers(QSqlDatabase &db, qint64 rid, const QList<PlayerRow> &players,
                          const QString &doing);

} // namespace bcs
