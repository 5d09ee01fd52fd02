#pragma once
// Tolerant RFC 3339 parsing for what ballchasing sends (any number of fraction digits, `Z` or a
// numeric offset) and strict formatting for what we send (always with an offset, never local).

#include <QDateTime>
#include <QString>
#include <optional>

namespace bcs {

// Parses `2024-12-20T04:36:25.3762Z`, `2021-04-15T15:37:41.876744+02:00`, `2025-01-13T02:43:42Z`.
// Fractions beyond milliseconds are truncated. Returns nullopt for anything else.
std::optional<QDateTime> parseRfc3339(QStringView text);

// `2024-12-20T04:36:25Z` (UTC) or with the offset of the given date-time; milliseconds are
// printed only when non-zero.
QString formatRfc3339(const QDateTime &dateTime);

enum class DayBound { Start, End };

// A local day's first millisecond (Start) or last (End), with the local offset carried
// explicitly so the bound means the same instant when sent upstream.
QDateTime dayBound(const QDate &date, DayBound bound);

// A request bound: full RFC 3339, or a bare `YYYY-MM-DD` meaning that local day's start (for an
// `after` bound) or its last millisecond (for a `before` bound). nullopt when invalid.
std::optional<QDateTime> parseDateBound(QStringView text, DayBound bound);

} // namespace bcs
