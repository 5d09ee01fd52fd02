#pragma once
// Which browser origins may read API answers and change state (DESIGN.md §8,
// BCSTATS_CORS_ORIGINS). Entries: an exact origin ("https://stats.example"), an origin with any
// port ("http://localhost:*"), or "*" (any origin; only when configured explicitly).

#include <QByteArray>
#include <QStringList>

namespace bcs {

class CorsPolicy
{
public:
    explicit CorsPolicy(QStringList entries = {});

    // `origin` as the browser sent it in the Origin header; "null" is never allowed.
    bool allows(const QByteArray &origin) const;

private:
    struct Entry
    {
        QString scheme; // empty: any origin ("*")
        QString host;
        int port = -1; // -1: any port
    };
    QList<Entry> m_entries;
};

} // namespace bcs
