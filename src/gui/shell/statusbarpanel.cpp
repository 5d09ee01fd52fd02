#include "gui/shell/statusbarpanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QStatusBar>
#include <QToolButton>

namespace bcs {

StatusBarPanel::StatusBarPanel(QStatusBar *bar)
    : QObject(bar)
    , m_bar(bar)
    , m_sync(new QLabel(bar))
    , m_key(new QLabel(bar))
    , m_api(new QToolButton(bar))
{
    m_api->setAutoRaise(true);
    m_api->setFocusPolicy(Qt::TabFocus);
    bar->addWidget(m_sync, 1);
    bar->addPermanentWidget(m_key);
    bar->addPermanentWidget(m_api);
    connect(m_api, &QToolButton::clicked, this, [this] {
        if (m_apiUrl.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(m_apiUrl);
        m_bar->showMessage(tr("Copied %1").arg(m_apiUrl), 3000);
    });
}

void StatusBarPanel::setSyncState(const QString &text)
{
    m_sync->setText(text);
}

void StatusBarPanel::setKey(const ApiKeyState &key, bool demo)
{
    if (demo) {
        m_key->setText(tr("Demo data"));
        m_key->setToolTip(tr("A generated cache of its own; a real sync never writes into it"));
    } else if (key.key.isEmpty()) {
        m_key->setText(tr("No API key"));
        m_key->setToolTip(key.problem);
    } else {
        m_key->setText(tr("Key: %1").arg(key.origin));
        m_key->setToolTip(tr("The ballchasing API key comes from %1").arg(key.origin));
    }
}

void StatusBarPanel::setLocalApi(const LocalApiState &api)
{
    m_apiUrl = api.url;
    if (!api.enabled) {
        m_api->setText(tr("API off"));
        m_api->setToolTip(tr("The local API server is turned off in Settings"));
    } else if (api.url.isEmpty()) {
        m_api->setText(tr("API error"));
        m_api->setToolTip(tr("The local API server could not start: %1").arg(api.error));
    } else {
        m_api->setText(tr("API %1").arg(api.url));
        m_api->setToolTip(tr("The local API for a browser or scripts; click to copy the address"));
    }
}

QString StatusBarPanel::syncText() const
{
    return m_sync->text();
}

QString StatusBarPanel::keyText() const
{
    return m_key->text();
}

QString StatusBarPanel::apiText() const
{
    return m_api->text();
}

} // namespace bcs
