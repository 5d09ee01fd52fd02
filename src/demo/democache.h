#pragma once
// The demo cache of `bcstats --demo`: the demo history (demo/demohistory.h) in
// <directory>/cache.sqlite, stored the way a sync stores what it lists and fetches, with the
// preset player config, its roles and derived tables, and a completed sync of the year (so a sync
// request says "Already synced"). Built once: it is built beside its place and moved there last,
// so a cache.sqlite in the directory is a complete one (unless an older demo left it, which is
// rebuilt).

#include <QString>
#include <functional>

namespace bcs::demo {

// Called now and then while building; returning false cancels the build.
using DemoBuildProgress = std::function<bool(int done, int total)>;

QString demoCachePath(const QString &directory); // <directory>/cache.sqlite

// Whether <directory>/cache.sqlite is a demo cache this build made completely.
bool demoCacheIsComplete(const QString &directory);

// Builds the demo cache unless it is complete already (then returns at once). Returns an empty
// string on success, else a message for the user (also when cancelled); a cancelled or failed
// build leaves nothing behind that is taken as complete. A few seconds for the ~2,000 replays.
QString buildDemoCache(const QString &directory, const DemoBuildProgress &progress);

} // namespace bcs::demo
