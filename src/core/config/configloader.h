#pragma once
// Merges the configuration sources with DESIGN.md §3's precedence — command line > environment
// > .env in the working directory > .env in the data directory > saved settings > defaults —
// and validates every value. An invalid value is one line naming the key, the value (never a
// secret's), where it came from and what is accepted. Secrets are never taken from saved settings.

#include "core/config/appconfig.h"

#include <QProcessEnvironment>

class QSettings;

namespace bcs {

struct ConfigSources
{
    QMap<QString, QString> commandLine; // key name -> value
    QProcessEnvironment environment;
    QString workingDirectory;           // where the first .env is looked for
    QString defaultDataDir;             // the platform's app-data directory
    QSettings *savedSettings = nullptr; // may be null
};

struct ConfigLoadResult
{
    std::optional<AppConfig> config;
    QString error;
    QStringList warnings;
};

ConfigLoadResult loadConfig(const ConfigSources &sources);

// The configuration the next start would load if the saved settings had `changes` on top
// (key -> value): the window's settings are checked with the loader's rules and messages
// before anything is saved. Nothing is written to the real settings.
ConfigLoadResult loadConfigWithChanges(const ConfigSources &sources,
                                       const QMap<QString, QString> &changes);

// "KEY = value (origin)" for every key; secrets shown as "set" / "not set".
QStringList describeConfig(const AppConfig &config);

} // namespace bcs
