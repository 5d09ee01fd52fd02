#pragma once
// `bcstats sync [--after DATE] [--before DATE] [--force]`: one sync in the terminal with a live
// progress line (found / fetched / skipped / failed, rate, ETA). Exit code 0 when the sync
// completed or the range was already synced, 1 when it failed or was cancelled, 2 for bad input.

namespace bcs {

struct CommandLine;
class SyncManager;
class ShutdownSignals;

int runSyncCommand(SyncManager &sync, const CommandLine &commandLine,
                   ShutdownSignals &shutdownSignals);

} // namespace bcs
