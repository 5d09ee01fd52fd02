#include "api/security/bearertoken.h"

#include <QCryptographicHash>

namespace bcs {

bool bearerTokenMatches(const QByteArray &authorizationHeader, const QString &token)
{
    const QByteArray scheme = "bearer ";
    const QByteArray presented = authorizationHeader.left(scheme.size()).toLower() == scheme
                                     ? authorizationHeader.mid(scheme.size()).trimmed()
                                     : QByteArray();
    const QByteArray a = QCryptographicHash::hash(presented, QCryptographicHash::Sha256);
    const QByteArray b = QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
    unsigned char difference = presented.isEmpty() || token.isEmpty() ? 1 : 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace bcs
