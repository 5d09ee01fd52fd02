#include "app/synccommand.h"

#include "app/commandline.h"
#include "app/shutdownsignals.h"
#include "core/rfc3339.h"
#include "sync/syncmanager.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define BCS_ISATTY _isatty
#define BCS_FILENO _fileno
#else
#include <unistd.h>
#define BCS_ISATTY isatty
#define BCS_FILENO fileno
#endif

namespace bcs {

namespace {

struct SyncCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::SyncCommand)
};

QString formatDuration(double seconds)
{
    const qint64 whole = static_cast<qint64>(seconds + 0.5);
    return whole >= 3600
               ? QStringLiteral("%1:%2:%3")
                     .arg(whole / 3600)
                     .arg((whole / 60) % 60, 2, 10, QLatin1Char('0'))
                     .arg(whole % 60, 2, 10, QLatin1Char('0'))
               : QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

QString progressLine(const SyncStatus &status)
{
    QString line =
        SyncCommandTr::tr(
            "%1: found %2 · fetched %3 of %8 due · skipped %4 · failed %5 · pending %6 · %7/s")
            .arg(status.phase)
            .arg(status.found)
            .arg(status.fetched)
            .arg(status.skipped)
            .arg(status.failed)
            .arg(status.pending)
            .arg(status.detailsPerSecond, 0, 'f', 1)
            .arg(status.detailsDue);
    if (status.etaSeconds && status.queued > 0)
        line += SyncCommandTr::tr(" · ETA %1").arg(formatDuration(*status.etaSeconds));
    return line;
}

std::optional<QDateTime> parseBound(const QString &text, DayBound bound, const char *option,
                                    bool *ok)
{
    if (text.isEmpty())
        return std::nullopt;
    const auto parsed = parseDateBound(text, bound);
    if (!parsed) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(SyncCommandTr::tr(
                                    "bcstats: --%1 '%2' is not a date; use YYYY-MM-DD or RFC 3339 "
                                    "(2024-05-01T18:00:00+02:00)")
                                    .arg(QLatin1String(option), text)));
        *ok = false;
    }
    return parsed;
}

} // namespace

int runSyncCommand(SyncManager &sync, const CommandLine &commandLine,
                   ShutdownSignals &shutdownSignals)
{
    bool ok = true;
    SyncRequest request;
    request.after = parseBound(commandLine.syncAfter, DayBound::Start, "after", &ok);
    request.before = parseBound(commandLine.syncBefore, DayBound::End, "before", &ok);
    request.force = commandLine.syncForce;
    if (!ok)
        return 2;
    if (request.after && request.before && *request.after > *request.before) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(SyncCommandTr::tr("bcstats: --after is later than --before")));
        return 2;
    }

    const bool interactive = BCS_ISATTY(BCS_FILENO(stderr));
    QEventLoop loop;
    SyncStatus last;
    QObject::connect(&sync, &SyncManager::progress, &loop, [interactive](const SyncStatus &status) {
        // A terminal gets one line rewritten in place; a log file gets a line per update.
        std::fprintf(stderr, interactive ? "\r\033[K%s" : "%s\n", qPrintable(progressLine(status)));
        std::fflush(stderr);
    });
    QObject::connect(&sync, &SyncManager::finished, &loop,
                     [&loop, &last](const SyncStatus &status) {
                         last = status;
                         loop.quit();
                     });
    QObject::connect(&shutdownSignals, &ShutdownSignals::shutdownRequested, &sync,
                     [&sync] { sync.cancel(); });

    const SyncStartResult started = sync.start(request);
    switch (started.kind) {
    case SyncStartResult::Kind::AlreadySynced:
        std::fprintf(
            stdout, "%s\n",
            qPrintable(
                SyncCommandTr::tr(
                    "Already synced: sync #%1 (started %2) covers this range; use --force to sync it again.")
                    .arg(started.coveredBy.id)
                    .arg(started.coveredBy.startedAt)));
        return 0;
    case SyncStartResult::Kind::Conflict:
    case SyncStartResult::Kind::Refused:
    case SyncStartResult::Kind::Failed:
        std::fprintf(stderr, "%s\n",
                     qPrintable(SyncCommandTr::tr("bcstats: %1").arg(started.error)));
        return 1;
    case SyncStartResult::Kind::Started:
        break;
    }
    loop.exec();
    if (interactive)
        std::fputc('\n', stderr);
    const QString summary =
        SyncCommandTr::tr(
            "Sync #%1 %2: %3 found, %4 fetched, %5 already cached, %6 failed, %7 pending, %8 requests.")
            .arg(last.syncId)
            .arg(last.lastStatus)
            .arg(last.found)
            .arg(last.fetched)
            .arg(last.skipped)
            .arg(last.failed)
            .arg(last.pending)
            .arg(last.requests);
    // The replays left for the next sync, each with its reason.
    for (const SyncFailure &failure : std::as_const(last.failures))
        std::fprintf(
            stderr, "%s\n",
            qPrintable(SyncCommandTr::tr("  not stored: %1 (%2)").arg(failure.id, failure.reason)));
    if (last.lastStatus == QLatin1String("completed")) {
        std::fprintf(stdout, "%s\n", qPrintable(summary));
        return 0;
    }
    std::fprintf(stderr, "%s\n%s\n", qPrintable(summary),
                 qPrintable(SyncCommandTr::tr("bcstats: %1").arg(last.error)));
    return 1;
}

} // namespace bcs
