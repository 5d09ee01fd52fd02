#include "gui/shell/welcomepage.h"

#include "gui/common/icons.h"
#include "gui/shell/apikeysaver.h"
#include "net/ballchasingclient.h"
#include "net/tierselection.h"
#include "net/upstreamreply.h"

#include <QStyle>
#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bcs {

namespace {
// Where ballchasing hands out API keys (after signing in with Steam).
const char *const kKeyPage = "https://ballchasing.com/upload";
} // namespace

WelcomePage::WelcomePage(const WindowServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_key(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test key"), this))
    , m_save(new QPushButton(tr("&Save key"), this))
    , m_demo(new QPushButton(tr("Try the &demo"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("Welcome to Ballchasing Stats"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(
        tr("Ballchasing Stats copies your Rocket League replays from ballchasing.com to this "
           "computer and shows how you, your regular teammates and your opponents play — "
           "per game, over time and in every playlist. Paste your ballchasing API key to start, "
           "or look around with demo data first."),
        this);
    intro->setWordWrap(true);

    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Paste your ballchasing API key"));
    m_key->setAccessibleName(tr("ballchasing API key"));
    m_key->setClearButtonEnabled(true);
    m_key->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    QAction *reveal = m_key->addAction(icons::themed(QStringLiteral("key"), palette()),
                                       QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the key"));
    connect(reveal, &QAction::toggled, this, [this](bool shown) {
        m_key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    auto *where = new QLabel(
        tr("Get your key at <a href=\"%1\">ballchasing.com/upload</a> (sign in with Steam, then "
           "“Create new key”). It is kept in your system's keychain.")
            .arg(QLatin1String(kKeyPage)),
        this);
    where->setOpenExternalLinks(true);
    where->setTextInteractionFlags(Qt::TextBrowserInteraction);
    where->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_test);
    keyRow->addWidget(m_save);
    auto *keyLabel = new QLabel(tr("API &key:"), this);
    keyLabel->setBuddy(m_key);
    auto *form = new QFormLayout;
    form->addRow(keyLabel, keyRow);
    form->addRow(QString(), where);
    form->addRow(QString(), m_result);

    auto *demoRow = new QHBoxLayout;
    demoRow->addWidget(new QLabel(tr("No key yet?"), this));
    demoRow->addWidget(m_demo);
    demoRow->addStretch();

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing) * 3);
    column->addLayout(form);
    column->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing) * 3);
    column->addLayout(demoRow);
    auto *centred = new QWidget(this);
    centred->setLayout(column);
    centred->setMaximumWidth(fontMetrics().averageCharWidth() * 100);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(centred, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    const auto keyEntered = [this] {
        const bool entered = !m_key->text().trimmed().isEmpty();
        m_test->setEnabled(entered);
        m_save->setEnabled(entered);
    };
    connect(m_key, &QLineEdit::textChanged, this, keyEntered);
    connect(m_key, &QLineEdit::returnPressed, this, &WelcomePage::testKey);
    connect(m_test, &QPushButton::clicked, this, &WelcomePage::testKey);
    connect(m_save, &QPushButton::clicked, this, &WelcomePage::saveKey);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    keyEntered();
    setTabOrder(m_key, m_test);
    setTabOrder(m_test, m_save);
    setTabOrder(m_save, m_demo);
}

QString WelcomePage::resultText() const
{
    return m_result->text();
}

void WelcomePage::showResult(const QString &text, bool ok)
{
    m_result->setText(ok ? QStringLiteral("✓ ") + text : text);
}

void WelcomePage::testKey()
{
    const QString key = m_key->text().trimmed();
    if (key.isEmpty() || !m_services.network || !m_services.limiter || !m_services.clock)
        return;
    if (m_testClient)
        m_testClient->deleteLater(); // a newer key is being tested; the old answer is moot
    ClientSettings settings = m_services.clientSettings;
    settings.apiKey = key;
    // A client of its own: the typed key is tried without becoming the app's until saved.
    m_testClient = new BallchasingClient(m_services.network, m_services.limiter, *m_services.clock,
                                         settings, this);
    m_test->setEnabled(false);
    showResult(tr("Asking ballchasing…"), false);
    UpstreamReply *reply = m_testClient->ping();
    BallchasingClient *client = m_testClient;
    connect(reply, &UpstreamReply::finished, this, [this, reply, client] {
        reply->deleteLater();
        client->deleteLater();
        m_test->setEnabled(!m_key->text().trimmed().isEmpty());
        if (!reply->isOk()) {
            showResult(reply->error().kind == UpstreamError::Kind::Auth
                           ? tr("ballchasing rejected this key. Copy it again from "
                                "ballchasing.com/upload; it may have been revoked.")
                           : tr("The key could not be tested: %1").arg(reply->error().message),
                       false);
            Q_EMIT testFinished(false);
            return;
        }
        const QJsonObject account = reply->json();
        const QString tier = account.value(QStringLiteral("type")).toString();
        if (m_services.tiers)
            m_services.tiers->applyPingType(tier);
        showResult(tr("The key works: account %1, %2 tier.")
                       .arg(account.value(QStringLiteral("name")).toString(),
                            tier.isEmpty() ? tr("regular") : tier),
                   true);
        Q_EMIT testFinished(true);
    });
}

void WelcomePage::saveKey()
{
    const QString key = m_key->text().trimmed();
    if (key.isEmpty() || !m_services.keyStore)
        return;
    const KeySaveOutcome saved = saveApiKey(*m_services.keyStore, m_services.dataDir, key);
    showResult(saved.message, saved.ok);
    if (saved.ok)
        Q_EMIT keySaved(saved.key);
}

} // namespace bcs
