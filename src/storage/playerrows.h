#pragma once
// Writes one replay's player rows (DESIGN.md §5, listings first): a listing gives each player a
// row with who they are, score, MVP and rank, every other stat 0; the detail then fills in the
// same rows — matched by team and account (by name for rows without one) — so that a row keeps
// its rowid and its role, and players the listing did not show get new rows. Part of the
// caller's transaction; used by ReplayRepository only.

#include "core/replay.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace bcs {

// The statements are prepared once per writer: a row has every stat as a column, and parsing
// those wide statements for each replay cost more than storing its rows (a page of 200 listed
// replays, a batch of details).
class PlayerRowWriter
{
public:
    PlayerRowWriter(QSqlDatabase &db, const QString &doing);

    // Rows for a replay that has none yet.
    void insertListed(qint64 rid, const QList<ListedPlayer> &players, const QString &doing);
    // The detail's rows over whatever rows the replay has; rows the detail does not have go.
    void storeDetailed(qint64 rid, const QList<PlayerRow> &players, const QString &doing);

private:
    QSqlQuery m_existing;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_remove;
};

} // namespace bcs
