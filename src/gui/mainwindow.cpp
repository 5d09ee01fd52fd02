#include "gui/mainwindow.h"

#include "core/version.h"
#include "secrets/apikeystore.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace bcs {

MainWindow::MainWindow(MainWindowStatus status, const ApiKeyStore *keyStore, QWidget *parent)
    : QMainWindow(parent)
    , m_status(std::move(status))
    , m_keyStore(keyStore)
{
    setWindowTitle(QLatin1String(kProductName));
    resize(960, 640);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addStretch();
    m_headline = new QLabel(tr("Not synced yet"), central);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.8);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headline->setAlignment(Qt::AlignCenter);
    m_details = new QLabel(central);
    m_details->setAlignment(Qt::AlignCenter);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_headline);
    layout->addWidget(m_details);
    layout->addStretch();
    setCentralWidget(central);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *setKey = fileMenu->addAction(tr("Set ballchasing &API key…"));
    connect(setKey, &QAction::triggered, this, &MainWindow::askForApiKey);
    m_syncAction = fileMenu->addAction(tr("&Sync now"));
    m_syncAction->setShortcut(QKeySequence::Refresh);
    connect(m_syncAction, &QAction::triggered, this, [this] {
        m_syncAction->setEnabled(false);
        m_keyStatus->setText(tr("Starting sync…"));
        Q_EMIT syncRequested();
    });
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    m_keyStatus = new QLabel(this);
    m_apiStatus = new QLabel(this);
    statusBar()->addWidget(m_keyStatus, 1);
    statusBar()->addPermanentWidget(m_apiStatus);
    refreshStatus();
}

void MainWindow::showSyncProgress(const QString &line)
{
    m_syncAction->setEnabled(false);
    m_keyStatus->setText(line);
}

void MainWindow::showSyncFinished(const QString &summary, int cachedReplays,
                                  const QString &lastSync)
{
    m_status.cachedReplays = cachedReplays;
    m_status.lastSync = lastSync;
    refreshStatus();
    m_syncAction->setEnabled(true);
    m_keyStatus->setText(summary);
}

void MainWindow::refreshStatus()
{
    const bool hasKey = !m_status.keyOrigin.isEmpty();
    m_headline->setText(
        m_status.cachedReplays > 0
            ? (m_status.cachedReplays == 1
                   ? tr("1 replay cached")
                   : tr("%1 replays cached").arg(QLocale().toString(m_status.cachedReplays)))
            : tr("Not synced yet"));
    const QString where =
        m_status.cachedReplays > 0
            ? tr("Last sync: %1. Cache: %2.")
                  .arg(m_status.lastSync.isEmpty() ? tr("none completed") : m_status.lastSync,
                       m_status.dataDir)
            : tr("Your replays will be cached in %1. Use File → Sync now.").arg(m_status.dataDir);
    m_details->setText(
        hasKey ? where
               : tr("To start, set your ballchasing API key (File → Set ballchasing API key…). "
                    "You find it on ballchasing.com/upload."));
    m_keyStatus->setText(hasKey ? tr("API key from %1").arg(m_status.keyOrigin)
                                : tr("No API key: %1").arg(m_status.keyProblem));
    m_apiStatus->setText(m_status.apiUrl.isEmpty() ? tr("Local API off")
                                                   : tr("Local API on %1").arg(m_status.apiUrl));
}

void MainWindow::askForApiKey()
{
    bool accepted = false;
    const QString key =
        QInputDialog::getText(this, tr("Ballchasing API key"),
                              tr("Paste the API key from ballchasing.com/upload.\n"
                                 "It is saved in the system keychain, never in a file."),
                              QLineEdit::Password, QString(), &accepted)
            .trimmed();
    if (!accepted || key.isEmpty())
        return;
    QString error;
    if (!m_keyStore->writeToKeychain(key, &error)) {
        QMessageBox::warning(this, tr("Key not saved"), error);
        return;
    }
    m_status.keyOrigin = tr("system keychain");
    m_status.keyProblem.clear();
    refreshStatus();
    Q_EMIT apiKeyChanged(key);
}

} // namespace bcs
