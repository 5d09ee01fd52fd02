#include "app/commandline.h"

#include "core/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>
#include <cstring>

namespace bcs {

namespace {

// lupdate reads the context from here; free functions have no class of their own.
struct CommandLineTr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::CommandLine)
};

} // namespace

QStringList exportTableNames()
{
    return {QStringLiteral("stats"),   QStringLiteral("teammates"), QStringLiteral("opponents"),
            QStringLiteral("replays"), QStringLiteral("players"),   QStringLiteral("lineups"),
            QStringLiteral("scoreline"), QStringLiteral("games")};
}

bool commandLineWantsWindow(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *argument = argv[i];
        if (std::strcmp(argument, "sync") == 0 || std::strcmp(argument, "export") == 0)
            return false;
        for (const char *headless : {"--headless", "-h", "--help", "--help-all", "-v", "--version",
                                     "--show-config", "--env-example"}) {
            if (std::strcmp(argument, headless) == 0)
                return false;
        }
    }
    return true;
}

bool commandLineIsExport(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "export") == 0)
            return true;
    }
    return false;
}

void applyEarlyDisplayOptions(int argc, char **argv)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--scale") == 0)
            qputenv("QT_SCALE_FACTOR", argv[i + 1]);
    }
}

CommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLineTr::tr(
            "%1 syncs your ballchasing.com replays into a local cache and shows your stats, "
            "your teammates' and your opponents'.\nConfiguration keys (see .env.example) can be "
            "set "
            "in the "
            "environment or a .env file; these options override them.")
            .arg(QLatin1String(kProductName)));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headless(
        QStringLiteral("headless"),
        CommandLineTr::tr("No window: run the API server until SIGINT/SIGTERM. Prints "
                          "\"API listening on http://HOST:PORT\" when ready."));
    const QCommandLineOption apiPort(
        QStringLiteral("api-port"),
        CommandLineTr::tr("Port of the embedded API (0 = any free port) [BCSTATS_API_PORT]."),
        CommandLineTr::tr("N"));
    const QCommandLineOption apiHost(
        QStringLiteral("api-host"),
        CommandLineTr::tr("Address the embedded API listens on [BCSTATS_API_HOST]."),
        CommandLineTr::tr("HOST"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        CommandLineTr::tr("Directory holding cache.sqlite [BCSTATS_DATA_DIR]."),
        CommandLineTr::tr("DIR"));
    const QCommandLineOption noApi(QStringLiteral("no-api"),
                                   CommandLineTr::tr("Do not start the embedded API server."));
    const QCommandLineOption showConfig(
        QStringLiteral("show-config"),
        CommandLineTr::tr("Print the effective configuration and where each value "
                          "came from, then exit."));
    const QCommandLineOption envExample(
        QStringLiteral("env-example"),
        CommandLineTr::tr(
            "Print a commented .env template with every configuration key, then exit."));
    const QCommandLineOption after(
        QStringLiteral("after"),
        CommandLineTr::tr(
            "With `sync`: only games played on or after DATE (YYYY-MM-DD or RFC 3339)."),
        CommandLineTr::tr("DATE"));
    const QCommandLineOption before(
        QStringLiteral("before"),
        CommandLineTr::tr(
            "With `sync`: only games played on or before DATE (YYYY-MM-DD or RFC 3339)."),
        CommandLineTr::tr("DATE"));
    const QCommandLineOption force(
        QStringLiteral("force"),
        CommandLineTr::tr("With `sync`: sync even if the range was synced before."));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        CommandLineTr::tr("Open generated demo data (in <data dir>/demo, built on first use) "
                          "instead of your cache; nothing is synced into it."));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        CommandLineTr::tr("Render every page at 1280x800 into DIR/<page>.png, then exit."),
        CommandLineTr::tr("DIR"));
    const QCommandLineOption palette(
        QStringLiteral("palette"),
        CommandLineTr::tr("Draw with the light or dark palette whatever the system's."),
        CommandLineTr::tr("light|dark"));
    const QCommandLineOption scale(
        QStringLiteral("scale"), CommandLineTr::tr("Scale the window by F (e.g. 2)."),
        CommandLineTr::tr("F"));
    // `export`'s filters carry the API's own query names, so both read them alike.
    const QCommandLineOption exportAfter(
        QStringLiteral("replay-date-after"),
        CommandLineTr::tr("With `export`: games on or after DATE (YYYY-MM-DD or RFC 3339)."),
        CommandLineTr::tr("DATE"));
    const QCommandLineOption exportBefore(
        QStringLiteral("replay-date-before"),
        CommandLineTr::tr("With `export`: games on or before DATE (YYYY-MM-DD or RFC 3339)."),
        CommandLineTr::tr("DATE"));
    const QCommandLineOption exportPlaylist(
        QStringLiteral("playlist"),
        CommandLineTr::tr("With `export`: only this playlist (id or name); repeat for several."),
        CommandLineTr::tr("PLAYLIST"));
    const QCommandLineOption exportTeamSize(
        QStringLiteral("team-size"), CommandLineTr::tr("With `export`: only N-vs-N games (1-4)."),
        CommandLineTr::tr("N"));
    const QCommandLineOption exportNoTies(
        QStringLiteral("exclude-ties"), CommandLineTr::tr("With `export`: leave out tied games."));
    const QCommandLineOption exportMinDuration(
        QStringLiteral("min-duration"),
        CommandLineTr::tr("With `export`: only games of at least SECONDS."),
        CommandLineTr::tr("SECONDS"));
    const QCommandLineOption exportMap(
        QStringLiteral("map"), CommandLineTr::tr("With `export`: only games on MAP (code or name)."),
        CommandLineTr::tr("MAP"));
    const QCommandLineOption exportOut(
        QStringLiteral("out"),
        CommandLineTr::tr("With `export`: write the CSV to FILE instead of stdout."),
        CommandLineTr::tr("FILE"));
    const QCommandLineOption exportTotals(
        QStringLiteral("totals"),
        CommandLineTr::tr("With `export stats|teammates|opponents`: totals, not means per game."));
    parser.addOptions({headless, apiPort, apiHost, dataDir, noApi, showConfig, envExample, after,
                       before, force, demo, screenshots, palette, scale, exportAfter,
                       exportBefore, exportPlaylist, exportTeamSize, exportNoTies,
                       exportMinDuration, exportMap, exportOut, exportTotals});
    parser.addPositionalArgument(
        QStringLiteral("sync"),
        CommandLineTr::tr(
            "Run one sync in the terminal with a progress line, then exit (0 on success)."),
        QStringLiteral("[sync]"));
    parser.addPositionalArgument(
        QStringLiteral("export"),
        CommandLineTr::tr("Write a table as CSV without opening a window: export %1 [filters] "
                          "[--out FILE].")
            .arg(exportTableNames().join(QLatin1Char('|'))),
        QStringLiteral("[export TABLE]"));
    parser.process(arguments); // exits for --help, --version and unknown options

    const QStringList positional = parser.positionalArguments();
    const bool sync = positional.size() == 1 && positional.constFirst() == QLatin1String("sync");
    const bool exporting = !positional.isEmpty() && positional.constFirst() == QLatin1String("export");
    const auto usageError = [](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        ::exit(2);
    };
    if (exporting && (positional.size() != 2 || !exportTableNames().contains(positional.at(1))))
        usageError(CommandLineTr::tr("bcstats: export what? bcstats export %1 [filters] [--out FILE]")
                       .arg(exportTableNames().join(QLatin1Char('|'))));
    const QList<QCommandLineOption> exportOnly{exportAfter, exportBefore, exportPlaylist,
                                               exportTeamSize, exportNoTies, exportMinDuration,
                                               exportMap, exportOut, exportTotals};
    if (!exporting) {
        for (const QCommandLineOption &option : exportOnly) {
            if (parser.isSet(option))
                usageError(CommandLineTr::tr("bcstats: --%1 goes with `bcstats export`")
                               .arg(option.names().constFirst()));
        }
    }
    if (!positional.isEmpty() && !sync && !exporting)
        usageError(CommandLineTr::tr("bcstats: unexpected argument '%1'; see bcstats --help")
                       .arg(positional.constFirst()));
    if (!sync && (parser.isSet(after) || parser.isSet(before) || parser.isSet(force)))
        usageError(
            CommandLineTr::tr("bcstats: --after, --before and --force go with `bcstats sync`"));

    CommandLine result;
    result.mode = sync                     ? CommandLine::Mode::Sync
                  : exporting              ? CommandLine::Mode::Export
                  : parser.isSet(headless) ? CommandLine::Mode::Headless
                                           : CommandLine::Mode::Window;
    if (exporting) {
        result.exportTable = positional.at(1);
        for (const QCommandLineOption &option : {exportAfter, exportBefore, exportTeamSize,
                                                 exportMinDuration, exportMap}) {
            if (parser.isSet(option))
                result.exportQuery.append({option.names().constFirst(), parser.value(option)});
        }
        for (const QString &playlist : parser.values(exportPlaylist))
            result.exportQuery.append({QStringLiteral("playlist"), playlist});
        if (parser.isSet(exportNoTies))
            result.exportQuery.append({QStringLiteral("exclude-ties"), QStringLiteral("true")});
        result.exportOut = parser.value(exportOut);
        result.exportTotals = parser.isSet(exportTotals);
    }
    result.syncAfter = parser.value(after);
    result.syncBefore = parser.value(before);
    result.syncForce = parser.isSet(force);
    result.noApi = parser.isSet(noApi);
    result.showConfig = parser.isSet(showConfig);
    result.printEnvExample = parser.isSet(envExample);
    result.demo = parser.isSet(demo);
    result.screenshotsDir = parser.value(screenshots);
    result.palette = parser.value(palette);
    if (!result.palette.isEmpty() && result.palette != QLatin1String("light") &&
        result.palette != QLatin1String("dark"))
        usageError(CommandLineTr::tr("bcstats: --palette is light or dark, not '%1'")
                       .arg(result.palette));
    if (parser.isSet(scale)) {
        bool ok = false;
        const double factor = parser.value(scale).toDouble(&ok);
        if (!ok || factor < 0.5 || factor > 4)
            usageError(CommandLineTr::tr("bcstats: --scale is a factor from 0.5 to 4, e.g. 2"));
    }
    if (!result.screenshotsDir.isEmpty() && result.mode != CommandLine::Mode::Window)
        usageError(CommandLineTr::tr("bcstats: --screenshots needs the window, not --headless"));
    if (parser.isSet(apiPort))
        result.overrides.insert(QStringLiteral("BCSTATS_API_PORT"), parser.value(apiPort));
    if (parser.isSet(apiHost))
        result.overrides.insert(QStringLiteral("BCSTATS_API_HOST"), parser.value(apiHost));
    if (parser.isSet(dataDir))
        result.overrides.insert(QStringLiteral("BCSTATS_DATA_DIR"), parser.value(dataDir));
    return result;
}

} // namespace bcs
