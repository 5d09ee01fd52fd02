#include "sync/detailqueue.h"

namespace bcs {

void DetailQueue::add(const QString &id, qint64 matchDateMs)
{
    m_byDate.emplace(matchDateMs, id);
}

std::optional<QString> DetailQueue::takeNewest()
{
    if (m_byDate.empty())
        return std::nullopt;
    auto newest = m_byDate.begin();
    QString id = newest->second;
    m_byDate.erase(newest);
    return id;
}

} // namespace bcs
