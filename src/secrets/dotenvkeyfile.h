#pragma once
// Where no keyring exists (a headless Linux box, a minimal desktop): the API key in the data
// directory's .env, which the configuration loader reads at start-up, readable by the owner
// only. Other lines of the file are kept.

#include <QString>

namespace bcs {

QString dataDirDotEnvPath(const QString &dataDir);
bool writeKeyToDataDirDotEnv(const QString &dataDir, const QString &key, QString *error);
bool removeKeyFromDataDirDotEnv(const QString &dataDir, QString *error);
// Any other secret the settings save there (BCSTATS_API_TOKEN); an empty value removes it.
bool setDataDirDotEnvValue(const QString &dataDir, const QString &name, const QString &value,
                           QString *error);

} // namespace bcs
