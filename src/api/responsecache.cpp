#include "api/responsecache.h"

namespace bcs {

bool ResponseCache::isCacheable(const QString &method, const QString &path)
{
    if (method != QLatin1String("GET"))
        return false;
    return path.startsWith(QLatin1String("/api/stats/")) || path == QLatin1String("/api/players") ||
           path == QLatin1String("/api/players/suggest") || path == QLatin1String("/api/replays") ||
           path == QLatin1String("/api/sync/coverage");
}

void ResponseCache::setGeneration(const QString &generation)
{
    if (generation == m_generation)
        return;
    m_generation = generation;
    m_bodies.clear();
}

std::optional<QByteArray> ResponseCache::find(const QString &key) const
{
    const auto it = m_bodies.constFind(key);
    return it == m_bodies.cend() ? std::nullopt : std::optional<QByteArray>(*it);
}

void ResponseCache::store(const QString &key, const QByteArray &body)
{
    if (m_bodies.size() >= kMaxEntries)
        m_bodies.clear(); // simple and bounded: a full cache starts over
    m_bodies.insert(key, body);
}

} // namespace bcs
