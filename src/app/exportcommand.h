#pragma once
// `bcstats export TABLE [the API's filters] [--out FILE]`: the window's table filled from the
// cache and written as the window's CSV (gui/common/tableexport.h), without a window. The filters
// are read by the API's own reader, so a value the API refuses is refused here in its words.
// Exit code 0 when written, 1 when the cache cannot answer (no "me" yet, a read failed, the file
// cannot be written), 2 for a bad filter.

namespace bcs {

class Database;
struct CommandLine;

int runExportCommand(const Database &database, const CommandLine &commandLine);

} // namespace bcs
