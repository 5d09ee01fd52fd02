#pragma once
// The replays whose details a sync still has to fetch, newest match first. Listing pages arrive
// within seconds (in upload order, and a late upload of an old game may come first) while
// details trickle in at the tier's pace for hours; the next detail request always goes to the
// most recent game not yet fetched, so the recent weeks are complete first.

#include <QString>

#include <functional>
#include <optional>
#include <set>
#include <utility>

namespace bcs {

class DetailQueue
{
public:
    void add(const QString &id, qint64 matchDateMs);
    std::optional<QString> takeNewest();
    qsizetype size() const { return static_cast<qsizetype>(m_byDate.size()); }
    bool isEmpty() const { return m_byDate.empty(); }
    void clear() { m_byDate.clear(); }

private:
    // Newest first; among games of the same moment, by id, so the order is reproducible.
    std::set<std::pair<qint64, QString>, std::greater<>> m_byDate;
};

} // namespace bcs
