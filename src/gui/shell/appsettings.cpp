#include "gui/shell/appsettings.h"

#include <QSettings>

namespace bcs::appsettings {

namespace {
const QString kApiEnabled = QStringLiteral("api/enabled");
const QString kLanguage = QStringLiteral("ui/language");
const QString kBackgroundMinutes = QStringLiteral("sync/backgroundMinutes");
} // namespace

bool apiEnabled()
{
    return QSettings().value(kApiEnabled, true).toBool();
}

void setApiEnabled(bool enabled)
{
    QSettings().setValue(kApiEnabled, enabled);
}

QString language()
{
    return QSettings().value(kLanguage).toString();
}

void setLanguage(const QString &language)
{
    QSettings().setValue(kLanguage, language);
}

int backgroundSyncMinutes()
{
    return std::max(0, QSettings().value(kBackgroundMinutes, 0).toInt());
}

void setBackgroundSyncMinutes(int minutes)
{
    QSettings().setValue(kBackgroundMinutes, std::max(0, minutes));
}

} // namespace bcs::appsettings
