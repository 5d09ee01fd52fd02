#pragma once
// Pieces every replay generator uses to make details that look like ballchasing's (the demo
// history here, the tests' ReplayGenerator): its date shapes, its hex ids, stats varied with the
// precision it prints, and the arena rotation.

#include <QDateTime>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

namespace bcs::demo {

// `created` as ballchasing prints it (microseconds, Z).
QString formatUpstreamDate(const QDateTime &dateTime);
// A 32-digit upper-case hex id (rocket_league_id, match_guid) derived from a seed text.
QString hexId(const QString &seed);
// Every number of a stats group scaled by 0.7-1.3; whole numbers stay whole, rates keep two
// decimals, percentages five.
QJsonObject varied(const QJsonObject &group, QRandomGenerator &random);
// One of 14 ranked arenas (names in the /maps sample); consecutive steps of 5 visit them all.
QString arenaCode(quint32 step);

} // namespace bcs::demo
