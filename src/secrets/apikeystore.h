#pragma once
// Where the ballchasing API key lives: the OS keychain (QtKeychain), or the environment / .env
// when the configuration supplies one. Never plaintext settings, never a log line with the key.
// Keychain calls can fail fast ("no keyring" on headless Linux) or hang on a broken D-Bus; every
// blocking call here has a timeout so start-up cannot hang.

#include <QString>
#include <functional>

namespace bcs {

struct ApiKeyLookup
{
    QString key;
    QString origin;  // "environment variable BALLCHASING_API_KEY", "system keychain", ...
    QString problem; // why there is no key, and what the user can do; empty when a key was found
    bool found() const { return !key.isEmpty(); }
};

class ApiKeyStore
{
public:
    explicit ApiKeyStore(QString service = QStringLiteral("bcstats"), int timeoutMs = 3000);

    // Reads the keychain, waiting at most the timeout (runs a local event loop).
    ApiKeyLookup readFromKeychain() const;
    // Saves to the keychain; false with a message when there is no usable keychain.
    bool writeToKeychain(const QString &key, QString *error) const;
    bool removeFromKeychain(QString *error) const;

    // The key the app uses: configuration (environment/.env) first, then the keychain.
    ApiKeyLookup resolve(const QString &configuredKey, const QString &configuredOrigin) const;

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace bcs
