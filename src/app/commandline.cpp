#include "app/commandline.h"

#include "core/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstring>

namespace bcs
{

namespace
{

QString tr(const char *text)
{
    return QCoreApplication::translate("bcs::CommandLine", text);
}

} // namespace

bool commandLineWantsWindow(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *argument = argv[i];
        for (const char *headless :
             {"--headless", "-h", "--help", "--help-all", "-v", "--version", "--show-config"}) {
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
        tr("%1 syncs your ballchasing.com replays into a local cache and shows your stats, "
           "your teammates' and your opponents'.\nConfiguration keys (see .env.example) can be set "
           "in the "
           "environment or a .env file; these options override them.")
            .arg(QLatin1String(kProductName)));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headless(
        QStringLiteral("headless"), tr("No window: run the API server until SIGINT/SIGTERM. Prints "
                                       "\"API listening on http://HOST:PORT\" when ready."));
    const QCommandLineOption apiPort(
        QStringLiteral("api-port"),
        tr("Port of the embedded API (0 = any free port) [BCSTATS_API_PORT]."), tr("N"));
    const QCommandLineOption apiHost(QStringLiteral("api-host"),
                                     tr("Address the embedded API listens on [BCSTATS_API_HOST]."),
                                     tr("HOST"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     tr("Directory holding cache.sqlite [BCSTATS_DATA_DIR]."),
                                     tr("DIR"));
    const QCommandLineOption noApi(QStringLiteral("no-api"),
                                   tr("Do not start the embedded API server."));
    const QCommandLineOption showConfig(QStringLiteral("show-config"),
                                        tr("Print the effective configuration and where each value "
                                           "came from, then exit."));
    parser.addOptions({headless, apiPort, apiHost, dataDir, noApi, showConfig});
    parser.process(arguments); // exits for --help, --version and unknown options

    if (!parser.positionalArguments().isEmpty()) {
        fprintf(stderr, "%s\n",
                qPrintable(tr("bcstats: unexpected argument '%1'; see bcstats --help")
                               .arg(parser.positionalArguments().constFirst())));
        ::exit(2);
    }

    CommandLine result;
    result.mode = parser.isSet(headless) ? CommandLine::Mode::Headless : CommandLine::Mode::Window;
    result.noApi = parser.isSet(noApi);
    result.showConfig = parser.isSet(showConfig);
    if (parser.isSet(apiPort))
        result.overrides.insert(QStringLiteral("BCSTATS_API_PORT"), parser.value(apiPort));
    if (parser.isSet(apiHost))
        result.overrides.insert(QStringLiteral("BCSTATS_API_HOST"), parser.value(apiHost));
    if (parser.isSet(dataDir))
        result.overrides.insert(QStringLiteral("BCSTATS_DATA_DIR"), parser.value(dataDir));
    return result;
}

} // namespace bcs
