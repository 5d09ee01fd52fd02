#pragma once
// Runs one query over the replay-id range in two halves on two threads, each with its own read
// connection, when the cache is large: scanning the player rows of 20,000 replays is CPU-bound
// and this machine class has two cores. Small caches run once, on the caller's thread.

#include <QSqlDatabase>
#include <functional>

namespace bcs {

class Database;

struct ReplayRange
{
    qint64 firstRid = 0; // or the first index, for forEachHalf()
    qint64 lastRid = 0;  // inclusive
    int index = 0;       // 0 = the lower half (or the whole range), 1 = the upper half
};

// Calls `work` for each part, concurrently, and returns the number of parts (1 or 2) once all
// are done. `work` must only write to its own part's result. Throws StorageError, also one
// raised on the other thread.
int forEachReplayHalf(const Database &database,
                      const std::function<void(QSqlDatabase db, const ReplayRange &range)> &work);

// The same over any inclusive range [first, last] (e.g. indexes into a list), split when it
// spans at least `splitAbove`.
int forEachHalf(const Database &database, qint64 first, qint64 last, qint64 splitAbove,
                const std::function<void(QSqlDatabase db, const ReplayRange &range)> &work);

} // namespace bcs
