#pragma once
// What a drag of player names carries (DESIGN.md §11): the config entries ("Alice",
// "steam:7656…") under application/x-bcstats-players, and the names as plain text for a drop
// into another application.

#include <QStringList>

class QMimeData;

namespace bcs::playermime {

QString type(); // application/x-bcstats-players
// Where a drag started, so that a drop back onto its own table (a slip) changes nothing.
enum class Origin { PlayersTable, Buckets };
QMimeData *encode(const QStringList &entries, Origin origin);
bool cameFrom(const QMimeData *data, Origin origin);
// The entries of a drag of ours; empty for anything else (or a drag whose payload is not ours).
QStringList decode(const QMimeData *data);

} // namespace bcs::playermime
