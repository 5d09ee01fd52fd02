#pragma once
// What the user asked for on the command line: the mode (window, headless), configuration
// overrides (which beat every other source) and one-shot actions (--help, --version,
// --show-config). Parsing never starts anything.

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace bcs {

struct CommandLine
{
    enum class Mode { Window, Headless, Sync, Export };
    Mode mode = Mode::Window;
    bool noApi = false;
    bool showConfig = false;
    bool printEnvExample = false;
    bool demo = false;         // the generated demo cache in <data dir>/demo
    QString screenshotsDir;    // render every page there and exit
    QString palette;           // "light" / "dark": Fusion with that palette; empty = the system's
    // `bcstats sync`: raw values, validated by the caller with the same rules as the API.
    QString syncAfter;
    QString syncBefore;
    bool syncForce = false;
    // `bcstats export TABLE`: the table (exportTableNames()), the API's filters as the API reads
    // them (its query names and values, validated by the API's own reader), the file (empty:
    // stdout), and totals instead of per-game means for the stats tables.
    QString exportTable;
    QList<QPair<QString, QString>> exportQuery;
    QString exportOut;
    bool exportTotals = false;
    QMap<QString, QString> overrides; // configuration key -> value, e.g. BCSTATS_API_PORT -> "0"
};

// The tables `bcstats export` writes, as the window's File ▸ Export does.
QStringList exportTableNames();

// Decides, before any QCoreApplication exists, whether a GUI application object is needed.
bool commandLineWantsWindow(int argc, char **argv);

// `bcstats export …`: a GUI application without a window (the models paint swatches).
bool commandLineIsExport(int argc, char **argv);

// `--scale F` must reach Qt before the application object exists (QT_SCALE_FACTOR).
void applyEarlyDisplayOptions(int argc, char **argv);

// Parses with QCommandLineParser; exits the process itself for --help, --version and usage errors
// (printing to stdout / stderr as command-line tools do).
CommandLine parseCommandLine(const QStringList &arguments);

} // namespace bcs
