#pragma once
// Whether a configured listen host stays on this machine. The API refuses to listen anywhere
// else without a bearer token (DESIGN.md §8).

#include <QHostAddress>
#include <QString>

namespace bcs {

inline bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace bcs
