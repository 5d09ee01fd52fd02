#pragma once
// Saving and removing the ballchasing API key from the window (welcome page, settings): the OS
// keychain first; where there is none, owner-only in the data folder's .env (which the
// configuration loader reads at start-up) — and the user is told which happened.

#include "gui/shell/windowservices.h"

namespace bcs {

struct KeySaveOutcome
{
    bool ok = false;
    ApiKeyState key;  // the key now in use (empty after a removal)
    QString message;  // one sentence for the page
};

KeySaveOutcome saveApiKey(const ApiKeyStore &store, const QString &dataDir, const QString &key);
KeySaveOutcome removeApiKey(const ApiKeyStore &store, const QString &dataDir);

// Whether the configured key (if any) was set outside the app: anywhere but the data folder's
// .env, which is where saveApiKey puts it without a keychain.
bool keySetOutsideApp(const AppConfig &config);

} // namespace bcs
