#include "api/security/corspolicy.h"

#include <QUrl>

namespace bcs {

namespace {

int defaultPort(const QString &scheme)
{
    return scheme == QLatin1String("https") ? 443 : 80;
}

} // namespace

CorsPolicy::CorsPolicy(QStringList entries)
{
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        if (entry == QLatin1String("*")) {
            m_entries.append(Entry{});
            continue;
        }
        const bool anyPort = entry.endsWith(QLatin1String(":*"));
        const QUrl url(anyPort ? entry.chopped(2) : entry);
        if (!url.isValid() || url.host().isEmpty())
            continue; // the config loader already refused these
        const QString scheme = url.scheme().toLower();
        m_entries.append(
            {scheme, url.host().toLower(), anyPort ? -1 : url.port(defaultPort(scheme))});
    }
}

bool CorsPolicy::allows(const QByteArray &origin) const
{
    if (origin.isEmpty() || origin == "null")
        return false;
    const QUrl url(QString::fromLatin1(origin));
    // An origin is scheme://host[:port] and nothing else.
    if (!url.isValid() || url.host().isEmpty() || !url.path().isEmpty() || url.hasQuery() ||
        url.hasFragment() || !url.userInfo().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    const QString host = url.host().toLower();
    const int port = url.port(defaultPort(scheme));
    for (const Entry &entry : m_entries) {
        if (entry.scheme.isEmpty())
            return true;
        if (entry.scheme == scheme && entry.host == host && (entry.port < 0 || entry.port == port))
            return true;
    }
    return false;
}

} // namespace bcs
