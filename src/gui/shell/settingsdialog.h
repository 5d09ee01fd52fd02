#pragma once
// Settings (Ctrl+,): the API key (change, remove), the tier, the local API server (on/off,
// host, port, token, CORS origins — checked by the configuration loader, applied by restarting
// the server), the data folder (shown, opened), the language and the background sync interval.
// A value the command line, the environment or a .env file sets is shown with its origin and
// cannot be changed here: saving would not override it, so the dialog does not pretend to.

#include "gui/shell/windowservices.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace bcs {

class Banner;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const WindowServices &services, const ApiKeyState &key,
                   const LocalApiState &api, QWidget *parent = nullptr);

    // Checks and applies every change; false (with the reason in the dialog) when refused.
    bool apply();
    QString errorText() const;
    AppConfig appliedConfig() const { return m_services.config; }

    QLineEdit *keyField() const { return m_key; }
    QPushButton *removeKeyButton() const { return m_removeKey; }
    QComboBox *tierBox() const { return m_tier; }
    QCheckBox *apiEnabledBox() const { return m_apiEnabled; }
    QLineEdit *hostField() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *tokenField() const { return m_token; }
    QLineEdit *corsField() const { return m_cors; }
    QSpinBox *backgroundBox() const { return m_background; }

Q_SIGNALS:
    void apiKeyChanged(const bcs::ApiKeyState &key);
    void localApiChanged(const bcs::LocalApiState &api);
    void backgroundSyncChanged(int minutes);

private:
    QWidget *keyRow();
    // Disables `field` and says where its value comes from when the key is fixed.
    void lockIfFixed(QWidget *field, const char *key);
    void removeKey();
    void done(int result) override;

    WindowServices m_services;
    ApiKeyState m_keyState;
    LocalApiState m_api;
    Banner *m_banner;
    QLabel *m_keyOrigin;
    QLineEdit *m_key;
    QPushButton *m_removeKey;
    QComboBox *m_tier;
    QCheckBox *m_apiEnabled;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_token;
    QLineEdit *m_cors;
    QComboBox *m_language;
    QSpinBox *m_background;
};

} // namespace bcs
