#pragma once
// What the user asked for on the command line: the mode (window, headless), configuration
// overrides (which beat every other source) and one-shot actions (--help, --version,
// --show-config). Parsing never starts anything.

#include <QMap>
#include <QString>
#include <QStringList>

namespace bcs {

struct CommandLine
{
    enum class Mode { Window, Headless, Sync };
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
    QMap<QString, QString> overrides; // configuration key -> value, e.g. BCSTATS_API_PORT -> "0"
};

// Decides, before any QCoreApplication exists, whether a GUI application object is needed.
bool commandLineWantsWindow(int argc, char **argv);

// `--scale F` must reach Qt before the application object exists (QT_SCALE_FACTOR).
void applyEarlyDisplayOptions(int argc, char **argv);

// Parses with QCommandLineParser; exits the process itself for --help, --version and usage errors
// (printing to stdout / stderr as command-line tools do).
CommandLine parseCommandLine(const QStringList &arguments);

} // namespace bcs
