#include "secrets/dotenvkeyfile.h"

#include "core/config/configkeys.h"
#include "core/config/dotenv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace bcs {

namespace {
struct KeyFileTr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::DotEnvKeyFile)
};

// `changes`: name -> value, an empty value removes the name.
bool rewrite(const QString &dataDir, const QList<std::pair<QString, QString>> &changes,
             QString *error)
{
    const QString path = dataDirDotEnvPath(dataDir);
    if (!QDir().mkpath(dataDir)) {
        *error = KeyFileTr::tr("cannot create the data folder %1").arg(dataDir);
        return false;
    }
    QByteArray content;
    if (QFile existing(path); existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            *error = KeyFileTr::tr("cannot read %1: %2").arg(path, existing.errorString());
            return false;
        }
        content = existing.readAll();
    }
    for (const auto &[name, value] : changes)
        content = withDotEnvValue(content, name, value);
    QSaveFile file(path);
    // Owner-only before a byte is written: the temporary file becomes the .env.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(content) != content.size() || !file.commit()) {
        *error = KeyFileTr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// The old name of the variable would otherwise win over a new key, or survive a removal.
QList<std::pair<QString, QString>> keyChanges(const QString &key)
{
    return {{QLatin1String(configkey::ApiKey), key},
            {QLatin1String(configkey::ApiKeyAlias), QString()}};
}

} // namespace

QString dataDirDotEnvPath(const QString &dataDir)
{
    return QDir(dataDir).absoluteFilePath(QStringLiteral(".env"));
}

bool writeKeyToDataDirDotEnv(const QString &dataDir, const QString &key, QString *error)
{
    return rewrite(dataDir, keyChanges(key.trimmed()), error);
}

bool removeKeyFromDataDirDotEnv(const QString &dataDir, QString *error)
{
    if (!QFile::exists(dataDirDotEnvPath(dataDir)))
        return true;
    return rewrite(dataDir, keyChanges({}), error);
}

bool setDataDirDotEnvValue(const QString &dataDir, const QString &name, const QString &value,
                           QString *error)
{
    if (value.isEmpty() && !QFile::exists(dataDirDotEnvPath(dataDir)))
        return true;
    return rewrite(dataDir, {{name, value}}, error);
}

} // namespace bcs
