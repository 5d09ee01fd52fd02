#pragma once
// The window's own settings that no other source sets (QSettings keys in one place): whether
// the local API runs, the language, and the background sync interval.

#include <QString>

namespace bcs::appsettings {

bool apiEnabled(); // default on
void setApiEnabled(bool enabled);
QString language(); // "" = the system's, else a locale name ("de", "en")
void setLanguage(const QString &language);
int backgroundSyncMinutes(); // 0 = off (the default)
void setBackgroundSyncMinutes(int minutes);

} // namespace bcs::appsettings
