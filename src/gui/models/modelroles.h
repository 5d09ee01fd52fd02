#pragma once
// Item roles every table model of the window answers besides Qt's, so that sorting, CSV export
// and "open the replays behind this" work the same on every table.

#include <Qt>

namespace bcs::modelroles {

// The cell's value unformatted: numbers as int/double (never "1,234" or "54.2 %"), dates as
// QDateTime, text as text; an invalid QVariant for "no value". Proxies sort by it and CSV
// export writes it (gui/common/tableexport.h).
constexpr int RawValueRole = Qt::UserRole + 100;
// The replay ids behind a row (QStringList), e.g. the games of a scoreline: what "Show replays"
// opens.
constexpr int ReplayIdsRole = Qt::UserRole + 101;

} // namespace bcs::modelroles
