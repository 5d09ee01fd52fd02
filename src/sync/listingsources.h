#pragma once
// The listings a sync makes (DESIGN.md §5, sources): `uploader=me`, and "games where my
// accounts played" — `player-id=<platform>:<id>` for each account that "me" resolves to,
// repeated in one listing — so that games a teammate uploaded come too. A source is named by its
// filter text, which is what its coverage is kept under: when "me" gains or loses an account the
// accounts filter changes and its coverage starts afresh.

#include "net/replaylistquery.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace bcs {

inline const QString kUploaderListing = QStringLiteral("uploader=me");

// "player-id=epic:...&player-id=steam:..." (sorted, each account once), from the accounts of the
// rows whose role is "me" and the config's `platform:id` entries; empty while "me" resolves to
// no account. Throws StorageError.
QString accountsListingFilter(QSqlDatabase db);

// A listing query with a source's filter ("k=v&k=v").
ReplayListQuery listingQuery(const QString &filter);

// "How many replays of mine has ballchasing in this range?": the uploader listing, one row per
// page (its `count` is the answer). Open ends are left out.
ReplayListQuery previewQuery(const std::optional<QDateTime> &after,
                             const std::optional<QDateTime> &before);

} // namespace bcs
