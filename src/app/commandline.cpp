#include "app/commandline.h"

#include "core/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstring>

namespace bcs {

namespace {

// lupdate reads the context from here; free functions have no class of their own.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::CommandLine)
};

} // namespace

bool commandLineWantsWindow(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *argument = argv[i];
        for (const char *headless : {"--headless", "-h", "--help", "--help-all", "-v", "--version",
                                     "--show-config", "--env-example"}) {
            if (std::strcmp(argument, headless) == 0)
                return false;
        }
    }
    return true;
}

CommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("%1 syncs your ballchasing.com replays into a local cache and shows your stats, "
               "your teammates' and your opponents'.\nConfiguration keys (see .env.example) can be "
               "set "
               "in the "
               "environment or a .env file; these options override them.")
            .arg(QLatin1String(kProductName)));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headless(
        QStringLiteral("headless"),
        Tr::tr("No window: run the API server until SIGINT/SIGTERM. Prints "
               "\"API listening on http://HOST:PORT\" when ready."));
    const QCommandLineOption apiPort(
        QStringLiteral("api-port"),
        Tr::tr("Port of the embedded API (0 = any free port) [BCSTATS_API_PORT]."), Tr::tr("N"));
    const QCommandLineOption apiHost(
        QStringLiteral("api-host"),
        Tr::tr("Address the embedded API listens on [BCSTATS_API_HOST]."), Tr::tr("HOST"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     Tr::tr("Directory holding cache.sqlite [BCSTATS_DATA_DIR]."),
                                     Tr::tr("DIR"));
    const QCommandLineOption noApi(QStringLiteral("no-api"),
                                   Tr::tr("Do not start the embedded API server."));
    const QCommandLineOption showConfig(
        QStringLiteral("show-config"),
        Tr::tr("Print the effective configuration and where each value "
               "came from, then exit."));
    const QCommandLineOption envExample(
        QStringLiteral("env-example"),
        Tr::tr("Print a commented .env template with every configuration key, then exit."));
    parser.addOptions({headless, apiPort, apiHost, dataDir, noApi, showConfig, envExample});
    parser.process(arguments); // exits for --help, --version and unknown options

    if (!parser.positionalArguments().isEmpty()) {
        fprintf(stderr, "%s\n",
                qPrintable(Tr::tr("bcstats: unexpected argument '%1'; see bcstats --help")
                               .arg(parser.positionalArguments().constFirst())));
        ::exit(2);
    }

    CommandLine result;
    result.mode = parser.isSet(headless) ? CommandLine::Mode::Headless : CommandLine::Mode::Window;
    result.noApi = parser.isSet(noApi);
    result.showConfig = parser.isSet(showConfig);
    result.printEnvExample = parser.isSet(envExample);
    if (parser.isSet(apiPort))
        result.overrides.insert(QStringLiteral("BCSTATS_API_PORT"), parser.value(apiPort));
    if (parser.isSet(apiHost))
        result.overrides.insert(QStringLiteral("BCSTATS_API_HOST"), parser.value(apiHost));
    if (parser.isSet(dataDir))
        result.overrides.insert(QStringLiteral("BCSTATS_DATA_DIR"), parser.value(dataDir));
    return result;
}

} // namespace bcs
