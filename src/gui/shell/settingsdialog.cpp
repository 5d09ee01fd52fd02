#include "gui/shell/settingsdialog.h"

#include "core/config/apiexposure.h"
#include "core/config/configkeys.h"
#include "core/ratelimits.h"
#include "gui/common/banner.h"
#include "gui/shell/apikeysaver.h"
#include "gui/shell/appsettings.h"
#include "net/tierselection.h"
#include "secrets/dotenvkeyfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace bcs {

SettingsDialog::SettingsDialog(const WindowServices &services, const ApiKeyState &key,
                               const LocalApiState &api, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_keyState(key)
    , m_api(api)
    , m_banner(new Banner(this))
    , m_keyOrigin(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_removeKey(new QPushButton(tr("&Remove key"), this))
    , m_tier(new QComboBox(this))
    , m_apiEnabled(new QCheckBox(tr("&Serve the local API (for a browser or scripts)"), this))
    , m_host(new QLineEdit(services.config.apiHost, this))
    , m_port(new QSpinBox(this))
    , m_token(new QLineEdit(this))
    , m_cors(new QLineEdit(services.config.corsOrigins.join(QStringLiteral(", ")), this))
    , m_language(new QComboBox(this))
    , m_background(new QSpinBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    const AppConfig &config = services.config;

    auto *ballchasing = new QGroupBox(tr("ballchasing.com"), this);
    auto *upstream = new QFormLayout(ballchasing);
    upstream->addRow(tr("API &key:"), keyRow());
    upstream->addRow(QString(), m_keyOrigin);
    m_tier->addItem(tr("Automatic (what ballchasing reports)"), QStringLiteral("auto"));
    for (const QString &tier : knownTierNames())
        m_tier->addItem(tier, tier);
    m_tier->setCurrentIndex(std::max(0, m_tier->findData(config.tier)));
    m_tier->setToolTip(tr("Your patron tier decides how fast replays may be fetched"));
    upstream->addRow(tr("&Tier:"), m_tier);
    lockIfFixed(m_tier, configkey::Tier);

    auto *server = new QGroupBox(tr("Local API server"), this);
    auto *serverForm = new QFormLayout(server);
    m_apiEnabled->setChecked(api.enabled);
    serverForm->addRow(m_apiEnabled);
    m_port->setRange(0, 65535);
    m_port->setValue(config.apiPort);
    m_port->setSpecialValueText(tr("any free port"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setText(config.apiToken);
    m_token->setPlaceholderText(tr("none: only this computer may connect"));
    m_cors->setToolTip(tr("Web pages allowed to call the API, comma-separated, e.g. "
                          "http://localhost:*"));
    serverForm->addRow(tr("&Host:"), m_host);
    serverForm->addRow(tr("&Port:"), m_port);
    serverForm->addRow(tr("T&oken:"), m_token);
    serverForm->addRow(tr("&CORS origins:"), m_cors);
    lockIfFixed(m_host, configkey::ApiHost);
    lockIfFixed(m_port, configkey::ApiPort);
    lockIfFixed(m_token, configkey::ApiToken);
    lockIfFixed(m_cors, configkey::CorsOrigins);
    const auto serverFieldsOn = [this] {
        for (QWidget *field : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
                               static_cast<QWidget *>(m_token), static_cast<QWidget *>(m_cors)})
            field->setEnabled(m_apiEnabled->isChecked() && !field->property("fixed").toBool());
    };
    connect(m_apiEnabled, &QCheckBox::toggled, this, serverFieldsOn);
    serverFieldsOn();

    auto *app = new QGroupBox(tr("This app"), this);
    auto *appForm = new QFormLayout(app);
    auto *folder = new QLabel(
        QStringLiteral("<a href=\"%1\">%2</a>")
            .arg(QUrl::fromLocalFile(services.dataDir).toString(), services.dataDir.toHtmlEscaped()),
        this);
    folder->setToolTip(tr("Open the data folder in the file manager"));
    folder->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(folder, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    appForm->addRow(tr("Data folder:"), folder);
    if (config.fixedKeys.contains(QLatin1String(configkey::DataDir)))
        folder->setToolTip(tr("Set by %1").arg(config.origins.value(QLatin1String(configkey::DataDir))));
    m_language->addItem(tr("The system's"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Português (Brasil)"), QStringLiteral("pt_BR"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(appsettings::language())));
    m_language->setToolTip(tr("Takes effect when the app starts next"));
    appForm->addRow(tr("&Language:"), m_language);
    m_background->setRange(0, 24 * 60);
    m_background->setSingleStep(5);
    m_background->setSpecialValueText(tr("never"));
    m_background->setSuffix(tr(" min"));
    m_background->setValue(appsettings::backgroundSyncMinutes());
    m_background->setToolTip(tr("While the app is open, look for new replays this often and say "
                                "what arrived"));
    appForm->addRow(tr("Check for new replays &every:"), m_background);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(ballchasing);
    layout->addWidget(server);
    layout->addWidget(app);
    layout->addStretch();
    layout->addWidget(buttons);
    if (services.demo) {
        m_banner->showMessage(Banner::Kind::Info,
                              tr("Demo data: the key and the tier are those of your real cache "
                                 "and are changed there."));
        for (QWidget *field : {static_cast<QWidget *>(m_key), static_cast<QWidget *>(m_removeKey),
                               static_cast<QWidget *>(m_tier)})
            field->setEnabled(false);
    }
}

QWidget *SettingsDialog::keyRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(m_keyState.key.isEmpty() ? tr("Paste your ballchasing API key")
                                                       : tr("Paste a new key to change it"));
    m_key->setAccessibleName(tr("New ballchasing API key"));
    m_key->setClearButtonEnabled(true);
    layout->addWidget(m_key, 1);
    layout->addWidget(m_removeKey);
    m_keyOrigin->setWordWrap(true);
    const bool fromEnvironment = m_keyState.fromConfiguration;
    if (m_keyState.key.isEmpty())
        m_keyOrigin->setText(tr("No key yet: get one at ballchasing.com/upload."));
    else if (fromEnvironment)
        m_keyOrigin->setText(tr("The key comes from %1; change it there.").arg(m_keyState.origin));
    else
        m_keyOrigin->setText(tr("The key in use comes from the %1.").arg(m_keyState.origin));
    m_key->setEnabled(!fromEnvironment);
    m_removeKey->setEnabled(!fromEnvironment && !m_keyState.key.isEmpty());
    connect(m_removeKey, &QPushButton::clicked, this, &SettingsDialog::removeKey);
    return row;
}

void SettingsDialog::lockIfFixed(QWidget *field, const char *key)
{
    const QString name = QLatin1String(key);
    if (!m_services.config.fixedKeys.contains(name))
        return;
    field->setEnabled(false);
    field->setProperty("fixed", true);
    field->setToolTip(tr("Set by %1 (%2); change it there").arg(m_services.config.origins.value(name), name));
}

void SettingsDialog::removeKey()
{
    if (!m_services.keyStore)
        return;
    const KeySaveOutcome removed = removeApiKey(*m_services.keyStore, m_services.dataDir);
    m_banner->showMessage(removed.ok ? Banner::Kind::Success : Banner::Kind::Error, removed.message);
    if (!removed.ok)
        return;
    m_keyState = removed.key;
    m_keyOrigin->setText(tr("No key: syncing is off until you add one."));
    m_removeKey->setEnabled(false);
    Q_EMIT apiKeyChanged(m_keyState);
}

bool SettingsDialog::apply()
{
    QMap<QString, QString> changes;
    const auto change = [&](const char *key, QWidget *field, const QString &value) {
        if (!field->property("fixed").toBool())
            changes.insert(QLatin1String(key), value);
    };
    change(configkey::Tier, m_tier, m_tier->currentData().toString());
    change(configkey::ApiHost, m_host, m_host->text().trimmed());
    change(configkey::ApiPort, m_port, QString::number(m_port->value()));
    change(configkey::ApiToken, m_token, m_token->text());
    change(configkey::CorsOrigins, m_cors, m_cors->text().trimmed());
    std::optional<AppConfig> checked = m_services.config;
    if (m_services.checkConfig) {
        const ConfigLoadResult result = m_services.checkConfig(changes);
        if (!result.config) {
            m_banner->showMessage(Banner::Kind::Error, result.error);
            return false;
        }
        checked = result.config;
    }
    if (m_apiEnabled->isChecked()) {
        if (const QString problem = apiExposureProblem(checked->apiHost, checked->apiToken);
            !problem.isEmpty()) {
            m_banner->showMessage(Banner::Kind::Error, problem);
            return false;
        }
    }
    // Keep the key: saved first, so a refused key leaves every other setting as it was.
    if (const QString key = m_key->text().trimmed(); !key.isEmpty() && m_services.keyStore) {
        const KeySaveOutcome saved = saveApiKey(*m_services.keyStore, m_services.dataDir, key);
        if (!saved.ok) {
            m_banner->showMessage(Banner::Kind::Error, saved.message);
            return false;
        }
        m_keyState = saved.key;
        Q_EMIT apiKeyChanged(saved.key);
    }
    QSettings settings;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it.key() == QLatin1String(configkey::ApiToken)) {
            // A secret never goes into settings: the data folder's .env, owner-only.
            QString error;
            if (!setDataDirDotEnvValue(m_services.dataDir, it.key(), it.value(), &error)) {
                m_banner->showMessage(Banner::Kind::Error, error);
                return false;
            }
        } else {
            settings.setValue(it.key(), it.value());
        }
    }
    if (m_services.tiers && !m_tier->property("fixed").toBool())
        m_services.tiers->setConfiguredTier(m_tier->currentData().toString());
    appsettings::setLanguage(m_language->currentData().toString());
    if (appsettings::backgroundSyncMinutes() != m_background->value()) {
        appsettings::setBackgroundSyncMinutes(m_background->value());
        Q_EMIT backgroundSyncChanged(m_background->value());
    }
    const AppConfig &old = m_services.config;
    const bool serverChanged = m_apiEnabled->isChecked() != m_api.enabled ||
                               checked->apiHost != old.apiHost || checked->apiPort != old.apiPort ||
                               checked->apiToken != old.apiToken ||
                               checked->corsOrigins != old.corsOrigins;
    appsettings::setApiEnabled(m_apiEnabled->isChecked());
    m_services.config = *checked;
    if (serverChanged && m_services.restartApi) {
        m_api = m_services.restartApi(*checked, m_apiEnabled->isChecked());
        Q_EMIT localApiChanged(m_api);
        if (m_api.enabled && m_api.url.isEmpty()) {
            m_banner->showMessage(Banner::Kind::Error,
                                  tr("The local API could not start: %1").arg(m_api.error));
            return false;
        }
    }
    return true;
}

void SettingsDialog::done(int result)
{
    if (result == QDialog::Accepted && !apply())
        return; // stays open with the reason shown
    QDialog::done(result);
}

QString SettingsDialog::errorText() const
{
    return m_banner->text();
}

} // namespace bcs
