#pragma once
// The stat columns of player rows and role totals as each schema version created them. A
// migration must create exactly what it created when it was written, whatever the stat catalogue
// says today: a step that read the catalogue would give an old cache's later steps different
// tables than a fresh cache's, and every insert of a newer stat would fail on it. A stat that
// joins the catalogue later gets its own step (addStatColumnsStep), which also fills the new
// column from the stored details.

#include <QSqlDatabase>
#include <QStringList>

namespace bcs {

// The 83 stat columns of schema version 1 (and of role_day_totals in version 3).
const QStringList &statColumnsOfVersion1();

// The 17 stat columns summed per side in replay_sides (schema version 5): the catalogue columns
// of the seed's correlation stat names (all but shooting_pct, which is kept as a REAL). A stat
// added to the catalogue later is no seed name, so addStatColumns() leaves that table alone.
const QStringList &sideStatColumnsOfVersion5();

// "<column> INTEGER NOT NULL DEFAULT 0, ..." for CREATE TABLE.
QString statColumnDefinitions(const QStringList &columns);

// Adds `columns` (catalogue columns, e.g. "boost_amount_stolen_big") to players and
// role_day_totals and fills them for every stored replay from its detail JSON, scaled as the
// catalogue says. Run inside a migration's transaction; throws StorageError.
void addStatColumns(QSqlDatabase &db, const QStringList &columns, const QString &doing);

// The catalogue columns missing from the players table (empty when the schema is complete).
QStringList missingStatColumns(QSqlDatabase &db);

} // namespace bcs
