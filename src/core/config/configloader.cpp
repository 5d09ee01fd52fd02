#include "core/config/configloader.h"

#include "core/config/configkeys.h"
#include "core/config/dotenv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>

namespace bcs {

namespace {

// lupdate reads the context from here; free functions have no class of their own.
struct ConfigTr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::Config)
};

struct Layer
{
    QString origin;
    QMap<QString, QString> values;
};

struct Found
{
    QString value;
    QString origin;
    bool present = false;
};

bool isSecret(const QString &name)
{
    return name == QLatin1String(configkey::ApiKey) ||
           name == QLatin1String(configkey::ApiKeyAlias) ||
           name == QLatin1String(configkey::ApiToken);
}

QStringList knownNames()
{
    QStringList names{QLatin1String(configkey::ApiKeyAlias)};
    for (const ConfigKey &key : configKeys())
        names << QLatin1String(key.name);
    return names;
}

class Resolver
{
public:
    void append(Layer layer) { m_layers.append(std::move(layer)); }

    // First layer holding a non-empty value for `name` (empty means unset, as in most shells'
    // `KEY=` lines). With an alias, the alias counts at the same level as the main name.
    Found find(const QString &name, const QString &alias = {}) const
    {
        for (const Layer &layer : m_layers) {
            const QString value = layer.values.value(name).trimmed();
            if (!value.isEmpty())
                return {value, layer.origin, true};
            if (!alias.isEmpty()) {
                const QString aliased = layer.values.value(alias).trimmed();
                if (!aliased.isEmpty())
                    return {aliased, layer.origin, true};
            }
        }
        return {};
    }

    QList<Layer> &layers() { return m_layers; }

private:
    QList<Layer> m_layers;
};

Layer environmentLayer(const QProcessEnvironment &environment)
{
    Layer layer{ConfigTr::tr("environment"), {}};
    for (const QString &name : knownNames()) {
        if (environment.contains(name))
            layer.values.insert(name, environment.value(name));
    }
    return layer;
}

std::optional<Layer> dotEnvLayer(const QString &directory, QStringList *warnings)
{
    if (directory.isEmpty())
        return std::nullopt;
    const QString path = QDir(directory).absoluteFilePath(QStringLiteral(".env"));
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        warnings->append(ConfigTr::tr("cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    const DotEnvParseResult parsed = parseDotEnv(file.readAll());
    for (const QString &error : parsed.errors)
        warnings->append(ConfigTr::tr("%1 %2 (line skipped)").arg(path, error));
    return Layer{ConfigTr::tr(".env file %1").arg(path), parsed.values};
}

Layer settingsLayer(QSettings *settings, QStringList *warnings)
{
    Layer layer{ConfigTr::tr("saved settings"), {}};
    if (!settings)
        return layer;
    for (const QString &name : knownNames()) {
        if (!settings->contains(name))
            continue;
        if (isSecret(name)) {
            warnings->append(
                ConfigTr::tr(
                    "%1 in saved settings (%2) is ignored: secrets are never read from "
                    "settings; remove it and use the keychain, the environment or a .env file")
                    .arg(name, settings->fileName()));
            continue;
        }
        layer.values.insert(name, settings->value(name).toString());
    }
    return layer;
}

QString invalid(const QString &key, const Found &found, const QString &problem)
{
    const QString shown = isSecret(key) ? ConfigTr::tr("<hidden>") : found.value;
    return ConfigTr::tr("%1: '%2' %3 (from %4)").arg(key, shown, problem, found.origin);
}

bool isValidHostName(const QString &host)
{
    static const QRegularExpression hostName(QStringLiteral(
        R"(^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$)"));
    return !QHostAddress(host).isNull() || hostName.match(host).hasMatch();
}

bool isValidOrigin(const QString &origin)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^https?://[A-Za-z0-9.\-\[\]:]+?(:(\d{1,5}|\*))?$)"));
    return origin == QLatin1String("*") || pattern.match(origin).hasMatch();
}

} // namespace

ConfigLoadResult loadConfig(const ConfigSources &sources)
{
    using namespace configkey;
    ConfigLoadResult result;
    QStringList &warnings = result.warnings;

    Resolver resolver;
    resolver.append({ConfigTr::tr("command line"), sources.commandLine});
    resolver.append(environmentLayer(sources.environment));
    const auto workingDirEnv = dotEnvLayer(sources.workingDirectory, &warnings);
    if (workingDirEnv)
        resolver.append(*workingDirEnv);
    const Layer settings = settingsLayer(sources.savedSettings, &warnings);

    // The data directory decides which second .env is read, so it is resolved from the layers
    // above it (and settings/defaults) first.
    AppConfig config;
    Resolver dataDirResolver = resolver;
    dataDirResolver.append(settings);
    const Found dataDir = dataDirResolver.find(QLatin1String(DataDir));
    config.dataDir = QDir::cleanPath(dataDir.present ? dataDir.value : sources.defaultDataDir);
    config.origins.insert(QLatin1String(DataDir),
                          dataDir.present ? dataDir.origin : ConfigTr::tr("default"));
    if (dataDir.present && dataDir.origin != settings.origin)
        config.fixedKeys.insert(QLatin1String(DataDir));
    const bool sameDirectory = workingDirEnv && QDir(sources.workingDirectory).absolutePath() ==
                                                    QDir(config.dataDir).absolutePath();
    if (!sameDirectory) {
        if (const auto dataDirEnv = dotEnvLayer(config.dataDir, &warnings))
            resolver.append(*dataDirEnv);
    }
    resolver.append(settings);

    for (const Layer &layer : resolver.layers()) {
        const QString main = layer.values.value(QLatin1String(ApiKey)).trimmed();
        const QString alias = layer.values.value(QLatin1String(ApiKeyAlias)).trimmed();
        if (!main.isEmpty() && !alias.isEmpty() && main != alias)
            warnings.append(
                ConfigTr::tr("%1 and %2 differ in %3; using %1")
                    .arg(QLatin1String(ApiKey), QLatin1String(ApiKeyAlias), layer.origin));
    }

    const auto fail = [&result](const QString &message) {
        result.error = message;
        return result;
    };
    const auto record = [&config, &settings](const char *key, const Found &found) {
        config.origins.insert(QLatin1String(key),
                              found.present ? found.origin : ConfigTr::tr("default"));
        if (found.present && found.origin != settings.origin)
            config.fixedKeys.insert(QLatin1String(key));
    };

    const Found apiKey = resolver.find(QLatin1String(ApiKey), QLatin1String(ApiKeyAlias));
    if (apiKey.present) {
        config.apiKey = apiKey.value;
        // Say which variable it was, so a user who set both knows which one counts.
        const bool viaAlias = resolver.find(QLatin1String(ApiKey)).origin != apiKey.origin;
        const QString variable = QLatin1String(viaAlias ? ApiKeyAlias : ApiKey);
        config.apiKeyOrigin = apiKey.origin == ConfigTr::tr("environment")
                                  ? ConfigTr::tr("environment variable %1").arg(variable)
                              : apiKey.origin == ConfigTr::tr("command line")
                                  ? ConfigTr::tr("command line")
                                  : ConfigTr::tr("%1 (%2)").arg(apiKey.origin, variable);
    }
    config.origins.insert(QLatin1String(ApiKey),
                          apiKey.present ? config.apiKeyOrigin : ConfigTr::tr("system keychain"));

    const Found tier = resolver.find(QLatin1String(Tier));
    if (tier.present) {
        const QString normalized = tier.value.toLower();
        if (normalized != QLatin1String("auto") && !isKnownTier(normalized))
            return fail(invalid(QLatin1String(Tier), tier,
                                ConfigTr::tr("is not a tier; accepted: auto, %1")
                                    .arg(knownTierNames().join(QStringLiteral(", ")))));
        config.tier = normalized;
    }
    record(Tier, tier);

    const Found baseUrl = resolver.find(QLatin1String(BaseUrl));
    if (baseUrl.present) {
        const QUrl url(baseUrl.value, QUrl::StrictMode);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
            url.host().isEmpty() || url.hasQuery() || url.hasFragment())
            return fail(
                invalid(QLatin1String(BaseUrl), baseUrl,
                        ConfigTr::tr("is not a URL; accepted: http(s)://host[:port]/path, e.g. "
                                     "https://ballchasing.com/api")));
        config.baseUrl = url;
    }
    record(BaseUrl, baseUrl);

    const Found rateLimits = resolver.find(QLatin1String(RateLimits));
    if (rateLimits.present) {
        const RateLimitParseResult parsed = parseRateLimits(rateLimits.value);
        if (!parsed.table)
            return fail(ConfigTr::tr("%1: %2 (from %3)")
                            .arg(QLatin1String(RateLimits), parsed.error, rateLimits.origin));
        config.rateLimitOverride = parsed.table;
    }
    record(RateLimits, rateLimits);

    const Found syncSources = resolver.find(QLatin1String(SyncSources));
    if (syncSources.present) {
        QStringList names;
        for (const QString &name : syncSources.value.toLower().split(QLatin1Char(',')))
            names << name.trimmed();
        names.sort();
        names.removeDuplicates();
        if (names != QStringList{QStringLiteral("uploader")} &&
            names != QStringList{QStringLiteral("accounts"), QStringLiteral("uploader")})
            return fail(invalid(QLatin1String(SyncSources), syncSources,
                                ConfigTr::tr("is not a list of sources; accepted: uploader, "
                                             "uploader,accounts")));
        config.syncAccounts = names.contains(QLatin1String("accounts"));
    }
    record(SyncSources, syncSources);

    const Found host = resolver.find(QLatin1String(ApiHost));
    if (host.present) {
        if (!isValidHostName(host.value))
            return fail(invalid(
                QLatin1String(ApiHost), host,
                ConfigTr::tr(
                    "is not an IP address or host name; accepted e.g. 127.0.0.1, ::1, localhost")));
        config.apiHost = host.value;
    }
    record(ApiHost, host);

    const Found port = resolver.find(QLatin1String(ApiPort));
    if (port.present) {
        bool ok = false;
        const int number = port.value.toInt(&ok);
        if (!ok || number < 0 || number > 65535)
            return fail(
                invalid(QLatin1String(ApiPort), port,
                        ConfigTr::tr("is not a port; accepted: 0-65535 (0 = any free port)")));
        config.apiPort = static_cast<quint16>(number);
    }
    record(ApiPort, port);

    const Found token = resolver.find(QLatin1String(ApiToken));
    if (token.present)
        config.apiToken = token.value;
    record(ApiToken, token);

    const Found cors = resolver.find(QLatin1String(CorsOrigins));
    if (cors.present) {
        QStringList origins;
        for (const QString &entry : cors.value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString origin = entry.trimmed();
            if (!isValidOrigin(origin))
                return fail(ConfigTr::tr(
                                "%1: '%2' is not an origin; accepted: scheme://host[:port|:*] or * "
                                "(from %3)")
                                .arg(QLatin1String(CorsOrigins), origin, cors.origin));
            origins << origin;
        }
        config.corsOrigins = origins;
    }
    record(CorsOrigins, cors);

    const Found staticDir = resolver.find(QLatin1String(StaticDir));
    if (staticDir.present) {
        if (!QDir(staticDir.value).exists())
            return fail(invalid(QLatin1String(StaticDir), staticDir,
                                ConfigTr::tr("is not an existing directory")));
        config.staticDir = QDir(staticDir.value).absolutePath();
    }
    record(StaticDir, staticDir);

    const Found hosts = resolver.find(QLatin1String(AllowedHosts));
    if (hosts.present) {
        for (const QString &entry : hosts.value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString name = entry.trimmed().toLower();
            if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char(' ')) ||
                name.contains(QLatin1Char('*')))
                return fail(
                    invalid(QLatin1String(AllowedHosts), hosts,
                            ConfigTr::tr("must list host names or addresses, without scheme, "
                                         "path or wildcard")));
            config.allowedHosts << name;
        }
    }
    record(AllowedHosts, hosts);

    result.config = config;
    return result;
}

QStringList describeConfig(const AppConfig &config)
{
    using namespace configkey;
    const auto secret = [](const QString &value) {
        return value.isEmpty() ? ConfigTr::tr("not set") : ConfigTr::tr("set");
    };
    const QMap<QString, QString> values = {
        {QLatin1String(ApiKey), secret(config.apiKey)},
        {QLatin1String(Tier), config.tier},
        {QLatin1String(BaseUrl), config.baseUrl.toString()},
        {QLatin1String(RateLimits), config.rateLimitOverride
                                        ? formatRateLimits(*config.rateLimitOverride)
                                        : ConfigTr::tr("from tier")},
        {QLatin1String(SyncSources), config.syncAccounts ? QStringLiteral("uploader,accounts")
                                                         : QStringLiteral("uploader")},
        {QLatin1String(DataDir), config.dataDir},
        {QLatin1String(ApiHost), config.apiHost},
        {QLatin1String(ApiPort), QString::number(config.apiPort)},
        {QLatin1String(ApiToken), secret(config.apiToken)},
        {QLatin1String(CorsOrigins), config.corsOrigins.join(QLatin1Char(','))},
        {QLatin1String(StaticDir),
         config.staticDir.isEmpty() ? ConfigTr::tr("bundled page") : config.staticDir},
        {QLatin1String(AllowedHosts), config.allowedHosts.join(QLatin1Char(','))},
    };
    QStringList lines;
    for (const ConfigKey &key : configKeys()) {
        const QString name = QLatin1String(key.name);
        lines << QStringLiteral("%1 = %2 (%3)")
                     .arg(name, values.value(name), config.origins.value(name));
    }
    return lines;
}

ConfigLoadResult loadConfigWithChanges(const ConfigSources &sources,
                                       const QMap<QString, QString> &changes)
{
    QTemporaryDir scratch;
    QSettings proposed(scratch.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    if (sources.savedSettings) {
        for (const QString &name : knownNames()) {
            if (sources.savedSettings->contains(name))
                proposed.setValue(name, sources.savedSettings->value(name));
        }
    }
    ConfigSources changed = sources;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        // Settings never hold a secret (the window keeps it in the data folder's .env).
        if (isSecret(it.key()))
            changed.commandLine.insert(it.key(), it.value());
        else
            proposed.setValue(it.key(), it.value());
    }
    changed.savedSettings = &proposed;
    return loadConfig(changed);
}

} // namespace bcs
