#include "gui/shell/apikeysaver.h"

#include "secrets/apikeystore.h"
#include "secrets/dotenvkeyfile.h"

#include <QCoreApplication>

namespace bcs {

namespace {
struct KeySaverTr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::ApiKeySaver)
};
} // namespace

KeySaveOutcome saveApiKey(const ApiKeyStore &store, const QString &dataDir, const QString &key)
{
    KeySaveOutcome outcome;
    outcome.key.key = key.trimmed();
    QString keychainError;
    if (store.writeToKeychain(outcome.key.key, &keychainError)) {
        // An older fallback copy would be read first at the next start.
        QString ignored;
        removeKeyFromDataDirDotEnv(dataDir, &ignored);
        outcome.ok = true;
        outcome.key.origin = KeySaverTr::tr("system keychain");
        outcome.message = KeySaverTr::tr("Saved in your system's keychain.");
        return outcome;
    }
    QString fileError;
    if (!writeKeyToDataDirDotEnv(dataDir, outcome.key.key, &fileError)) {
        outcome.message =
            KeySaverTr::tr("The key could not be saved: %1; %2").arg(keychainError, fileError);
        return outcome;
    }
    const QString path = dataDirDotEnvPath(dataDir);
    outcome.ok = true;
    outcome.key.origin = KeySaverTr::tr(".env file %1").arg(path);
    outcome.message = KeySaverTr::tr("This system has no keychain (%1), so the key is saved in %2, "
                                     "readable only by you.")
                          .arg(keychainError, path);
    return outcome;
}

bool keySetOutsideApp(const AppConfig &config)
{
    // The loader names the layer the key came from (".env file <path> (VARIABLE)"); the path
    // is what tells the app's own file from the user's.
    return !config.apiKey.isEmpty() &&
           !config.apiKeyOrigin.contains(dataDirDotEnvPath(config.dataDir));
}

KeySaveOutcome removeApiKey(const ApiKeyStore &store, const QString &dataDir)
{
    KeySaveOutcome outcome;
    QString keychainError;
    QString fileError;
    const bool fromKeychain = store.removeFromKeychain(&keychainError);
    const bool fromFile = removeKeyFromDataDirDotEnv(dataDir, &fileError);
    outcome.ok = fromFile; // a missing keychain has nothing to remove
    outcome.key.problem = KeySaverTr::tr("the key was removed");
    outcome.message = !fromFile ? KeySaverTr::tr("The key could not be removed: %1").arg(fileError)
                      : fromKeychain
                          ? KeySaverTr::tr("The key was removed.")
                          : KeySaverTr::tr("The key was removed from %1; the keychain said: %2")
                                .arg(dataDirDotEnvPath(dataDir), keychainError);
    return outcome;
}

} // namespace bcs
