#pragma once
// Numbers and words as UI.md says: locale-aware counts, 1-decimal percentages, durations people
// read ("2 h 40 min"), dates in the locale's short format and recent ones relative.

#include <QDateTime>
#include <QString>

namespace bcs::text {

QString count(qint64 value);                 // 1,234
QString replays(qint64 value);               // "1 replay", "1,234 replays"
QString games(qint64 value);                 // "1 game", "1,234 games"
QString names(qint64 value);                 // "1 name", "1,234 names"
QString percent(double fraction);            // 54.2 %
QString decimal(double value, int decimals = 1); // 1,234.5 in the locale's digits
QString gameClock(int seconds);              // a game's length: 5:12
QString rate(double perSecond);              // 1.8
QString duration(double seconds);            // 45 s, 12 min, 2 h 40 min, 3 days 4 h
QString countdown(double seconds);           // 12:04, 1:02:03
QString shortDate(const QDate &date);        // the locale's short date
QString shortDateTime(const QDateTime &time); // the locale's short date and time
// "just now", "5 minutes ago", "yesterday", "3 days ago", else the short date.
QString relative(const QDateTime &time, const QDateTime &now = QDateTime::currentDateTime());

} // namespace bcs::text
