#pragma once
// Remembers answers of read-only routes (stats, players, replay lists) per path and query, for
// as long as the data they were computed from is unchanged: every write that changes it bumps
// the cache's data generation, and a new generation empties this cache. Lives in the API thread.

#include <QByteArray>
#include <QHash>
#include <QString>
#include <optional>

namespace bcs {

class ResponseCache
{
public:
    static bool isCacheable(const QString &method, const QString &path);

    // Call once per request with the current generation; drops everything on a change.
    void setGeneration(const QString &generation);
    std::optional<QByteArray> find(const QString &key) const;
    void store(const QString &key, const QByteArray &body);

private:
    static constexpr int kMaxEntries = 512;
    QString m_generation;
    QHash<QString, QByteArray> m_bodies;
};

} // namespace bcs
