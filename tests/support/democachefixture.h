#pragma once
// The demo cache (src/demo) for tests that want a realistic year of games: built once per build
// tree (under a lock, so parallel tests wait for one build rather than each making their own) and
// copied into the test's own directory, so a test that writes (roles, syncs) never changes what
// another test reads.

#include "demo/democache.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QString>

namespace bcs::test {

inline QString sharedDemoCacheDirectory()
{
    return QDir(QStringLiteral(BCS_BIN_DIR)).filePath(QStringLiteral("../test-demo-cache"));
}

// Puts a complete demo cache at <directory>/cache.sqlite; returns an error text, empty on success.
inline QString copyDemoCache(const QString &directory)
{
    const QString shared = sharedDemoCacheDirectory();
    if (!QDir().mkpath(shared))
        return QStringLiteral("cannot create ") + shared;
    {
        QLockFile lock(QDir(shared).filePath(QStringLiteral("build.lock")));
        lock.setStaleLockTime(0);
        if (!lock.lock())
            return QStringLiteral("cannot lock ") + shared;
        if (!demo::demoCacheIsComplete(shared)) {
            if (const QString error = demo::buildDemoCache(shared, [](int, int) { return true; }); !error.isEmpty())
                return error;
        }
    }
    const QString target = demo::demoCachePath(directory);
    QFile::remove(target);
    if (!QFile::copy(demo::demoCachePath(shared), target))
        return QStringLiteral("cannot copy the demo cache to ") + target;
    QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

} // namespace bcs::test
