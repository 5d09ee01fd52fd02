#pragma once
// Checks an Authorization header against BCSTATS_API_TOKEN without leaking, through timing,
// how much of a guess was right: both sides are hashed to a fixed length first and the hashes
// compared in full whatever they hold.

#include <QByteArray>
#include <QString>

namespace bcs {

bool bearerTokenMatches(const QByteArray &authorizationHeader, const QString &token);

} // namespace bcs
