#include "gui/shell/mainwindow.h"

#include "gui/common/icons.h"
#include "gui/common/textformat.h"
#include "gui/common/tableexport.h"
#include "gui/filters/filterstate.h"
#include "gui/pages/analysispage.h"
#include "gui/pages/playerspage.h"
#include "gui/pages/replayspage.h"
#include "gui/pages/statspage.h"
#include "gui/pages/syncpage.h"
#include "gui/services/queryservice.h"
#include "gui/shell/appsettings.h"
#include "gui/shell/settingsdialog.h"
#include "gui/shell/statusbarpanel.h"
#include "gui/shell/welcomepage.h"
#include "storage/database.h"
#include "sync/syncmanager.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QUndoStack>
#include <QUrl>

namespace bcs {

namespace {
const QString kWelcome = QStringLiteral("welcome");
const QString kSync = QStringLiteral("sync");
const QString kPlayers = QStringLiteral("players");
const QString kReplays = QStringLiteral("replays");

// QSettings keys of the window's own state.
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kPageKey = QStringLiteral("window/page");
const QString kSyncSplitterKey = QStringLiteral("window/syncSplitter");
} // namespace

MainWindow::MainWindow(const WindowServices &services, const ApiKeyState &key,
                       const LocalApiState &api, const CacheState &initial, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_key(key)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_filters(new FilterState(this))
    , m_state(initial)
    , m_api(api)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(services.demo ? tr("Ballchasing Stats — demo data") : tr("Ballchasing Stats"));
    setMinimumSize(1024, 700);

    m_welcome = new WelcomePage(services, m_pages);
    m_syncPage = new SyncPage(services, m_pages);
    addPage(kWelcome, tr("Welcome"), QStringLiteral("welcome"), m_welcome);
    addPage(kSync, tr("Sync"), QStringLiteral("sync"), m_syncPage);
    m_playersPage = new PlayersPage(services, m_pages);
    m_statsPage = new StatsPage(services, m_filters, m_pages);
    m_analysisPage = new AnalysisPage(services, m_filters, m_pages);
    m_replaysPage = new ReplaysPage(services, m_filters, m_pages);
    addContentPage(kPlayers, tr("Players"), QStringLiteral("players"), m_playersPage);
    addContentPage(QStringLiteral("stats"), tr("Stats"), QStringLiteral("stats"), m_statsPage);
    addContentPage(QStringLiteral("analysis"), tr("Analysis"), QStringLiteral("analysis"),
                   m_analysisPage);
    addContentPage(kReplays, tr("Replays"), QStringLiteral("replays"), m_replaysPage);
    const auto openReplays = [this](const QStringList &ids, const QString &why) {
        m_replaysPage->showOnly(ids, why);
        showPage(kReplays);
    };
    connect(m_statsPage, &StatsPage::replaysRequested, this, openReplays);
    connect(m_analysisPage, &AnalysisPage::replaysRequested, this, openReplays);
    connect(m_playersPage, &PlayersPage::rolesSaved, this, &MainWindow::onDataChanged);
    connect(m_playersPage, &PlayersPage::unsavedChangesChanged, this, [this](bool unsaved) {
        const int row = int(m_pageNames.indexOf(kPlayers));
        m_navigation->item(row)->setText(unsaved ? tr("Players •") : tr("Players"));
        m_navigation->item(row)->setToolTip(unsaved ? tr("Unsaved role changes") : QString());
    });

    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setAccessibleName(tr("Pages"));
    int widest = 0;
    for (int row = 0; row < m_navigation->count(); ++row)
        widest = std::max(widest, fontMetrics().horizontalAdvance(m_navigation->item(row)->text()));
    m_navigation->setFixedWidth(widest + 24 + fontMetrics().averageCharWidth() * 8);
    auto *central = new QWidget(this);
    auto *columns = new QHBoxLayout(central);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(0);
    columns->addWidget(m_navigation);
    columns->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        if (m_pages->currentWidget() == m_playersPage && m_pages->widget(row) != m_playersPage
            && !mayLeavePlayers()) {
            const QSignalBlocker blocker(m_navigation); // stay, without a second question
            m_navigation->setCurrentRow(m_pages->currentIndex());
            return;
        }
        m_pages->setCurrentIndex(row);
    });

    m_status = new StatusBarPanel(statusBar());
    m_status->setKey(key, services.demo);
    m_status->setLocalApi(api);
    m_status->setSyncState(services.demo ? tr("Demo data: nothing is synced") : tr("Ready"));
    m_syncPage->setApiKey(key);
    connect(m_welcome, &WelcomePage::keySaved, this, &MainWindow::onKeySaved);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::demoRequested);
    connect(m_syncPage, &SyncPage::cacheChanged, this, &MainWindow::onDataChanged);
    if (services.sync) {
        connect(services.sync, &SyncManager::progress, this, &MainWindow::onSyncProgress);
        connect(services.sync, &SyncManager::finished, this, &MainWindow::onSyncFinished);
    }
    connect(&m_backgroundTimer, &QTimer::timeout, this, &MainWindow::runBackgroundSync);
    setBackgroundInterval(appsettings::backgroundSyncMinutes());
    buildMenus();
    showCacheState(initial);
    m_filters->restore(QSettings());
    // Remembered as it changes, so a crash does not forget it either.
    connect(m_filters, &FilterState::changed, this, [this] {
        QSettings settings;
        m_filters->save(settings);
    });
    restoreState();
    refreshCacheState();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(const QString &name, const QString &label, const QString &icon,
                         QWidget *page)
{
    page->setObjectName(name + QStringLiteral("Page"));
    m_pages->addWidget(page);
    m_pageNames << name;
    auto *item = new QListWidgetItem(icons::themed(icon, palette()), label, m_navigation);
    item->setSizeHint(QSize(0, fontMetrics().height() * 2 + 8));
}

void MainWindow::addContentPage(const QString &name, const QString &label, const QString &icon,
                                PageFrame *page)
{
    connect(page, &PageFrame::syncRequested, this, [this] { showPage(kSync); });
    connect(page, &PageFrame::playersRequested, this, [this] { showPage(kPlayers); });
    m_contentPages << page;
    addPage(name, label, icon, page);
}

void MainWindow::exportCurrentTable()
{
    tableexport::exportWithDialog(tableexport::exportableView(m_pages->currentWidget()));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openData = file->addAction(tr("Open &data folder"), this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_services.dataDir));
    });
    openData->setToolTip(m_services.dataDir);
    QAction *exportTable =
        file->addAction(tr("&Export table as CSV…"), this, &MainWindow::exportCurrentTable);
    exportTable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    // No shortcut here: the Replays table's own Ctrl+O would make it ambiguous.
    QAction *openReplay = file->addAction(tr("&Open replay on ballchasing.com"), m_replaysPage,
                                          &ReplaysPage::openCurrent);
    connect(file, &QMenu::aboutToShow, this, [this, exportTable, openReplay] {
        exportTable->setEnabled(tableexport::exportableView(m_pages->currentWidget()) != nullptr);
        openReplay->setEnabled(m_pages->currentWidget() == m_replaysPage);
    });
    QAction *settings = file->addAction(icons::themed(QStringLiteral("settings"), palette()),
                                        tr("&Settings…"), this, [this] { openSettings(); });
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_playersPage->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_playersPage->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *saveRoles = edit->addAction(tr("&Save role changes"), m_playersPage,
                                         &PlayersPage::save);
    saveRoles->setShortcut(QKeySequence::Save);
    QAction *revertRoles = edit->addAction(tr("Re&vert role changes"), m_playersPage,
                                           &PlayersPage::revert);
    const auto updateRoleActions = [saveRoles, revertRoles](bool unsaved) {
        saveRoles->setEnabled(unsaved);
        revertRoles->setEnabled(unsaved);
    };
    updateRoleActions(false);
    connect(m_playersPage, &PlayersPage::unsavedChangesChanged, this, updateRoleActions);
    edit->addSeparator();
    edit->addMenu(m_playersPage->assignMenu());
    edit->addSeparator();
    edit->addAction(tr("Reset &filters"), m_filters, &FilterState::reset);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int row = 1; row < m_navigation->count(); ++row) { // Ctrl+1 is Sync: row 0 is Welcome
        const QString name = m_pageNames.value(row);
        QAction *action = view->addAction(m_navigation->item(row)->icon(),
                                          m_navigation->item(row)->text(), this,
                                          [this, name] { showPage(name); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row - 1)));
    }
    view->addSeparator();
    view->addAction(tr("&Welcome page"), this, [this] { showPage(kWelcome); });

    QMenu *sync = menuBar()->addMenu(tr("&Sync"));
    QAction *syncNow = sync->addAction(icons::themed(QStringLiteral("sync"), palette()),
                                       tr("&Sync now"), this, [this] {
                                           showPage(kSync);
                                           m_syncPage->startSync();
                                       });
    syncNow->setShortcut(QKeySequence::Refresh);
    QAction *cancel = sync->addAction(tr("&Cancel sync"), m_syncPage, &SyncPage::cancelSync);
    cancel->setShortcut(Qt::Key_Escape);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Get a ballchasing &API key"), this, [] {
        QDesktopServices::openUrl(QUrl(QStringLiteral("https://ballchasing.com/upload")));
    });
    QAction *about = help->addAction(tr("&About Ballchasing Stats"), this, [this] {
        QMessageBox::about(this, tr("About Ballchasing Stats"),
                           tr("<b>Ballchasing Stats</b> %1<br>Your Rocket League replays from "
                              "ballchasing.com, on your computer.")
                               .arg(QApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showPage(const QString &name)
{
    const int index = int(m_pageNames.indexOf(name));
    if (index < 0)
        return;
    // Welcome is listed while it is wanted: on first run, or when asked for from the menu.
    m_navigation->item(0)->setHidden(index != 0 && !(m_key.key.isEmpty() && !m_services.demo &&
                                                     m_state.listedReplays == 0));
    m_navigation->setCurrentRow(index);
}

QString MainWindow::currentPageName() const
{
    return m_pageNames.value(m_pages->currentIndex());
}

QStringList MainWindow::pageNames() const
{
    return m_pageNames;
}

void MainWindow::refreshCacheState()
{
    if (!m_services.queries)
        return;
    m_services.queries->request(
        QStringLiteral("window/cache-state"), this,
        [](const Database &database) {
            return readCacheState(database.connection(Database::Access::ReadOnly));
        },
        [this](const CacheState &state) { showCacheState(state); });
}

void MainWindow::showCacheState(const CacheState &state)
{
    m_state = state;
    for (PageFrame *page : std::as_const(m_contentPages))
        page->showState(state);
}

void MainWindow::onDataChanged()
{
    m_lastDataChange.start();
    refreshCacheState();
    if (m_services.queries)
        m_services.queries->notifyDataChanged();
}

bool MainWindow::settleUnsavedRoles()
{
    if (!m_playersPage->hasUnsavedChanges())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved role changes"),
        tr("You changed who is who on the Players page. Save the changes before quitting?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard) {
        m_playersPage->revert();
        return true;
    }
    // The save runs on the writer thread: the window closes once it is stored, and stays open
    // with the page's error banner if it fails.
    connect(m_playersPage, &PlayersPage::rolesSaved, this, &QWidget::close,
            Qt::SingleShotConnection);
    m_playersPage->save();
    showPage(kPlayers);
    return false;
}

bool MainWindow::mayLeavePlayers()
{
    if (!m_playersPage->hasUnsavedChanges() || m_playersPage->isSaving())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved role changes"),
                    tr("The other pages still count the saved roles. Save your changes now?"),
                    QMessageBox::NoButton, this);
    QPushButton *save = box.addButton(tr("Save"), QMessageBox::AcceptRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    QPushButton *stay = box.addButton(tr("Stay here"), QMessageBox::DestructiveRole);
    box.setDefaultButton(save);
    box.setEscapeButton(stay);
    box.exec();
    if (box.clickedButton() == stay)
        return false;
    if (box.clickedButton() == save)
        m_playersPage->save();
    return true;
}

void MainWindow::onKeySaved(const ApiKeyState &key)
{
    m_key = key;
    m_status->setKey(key, m_services.demo);
    Q_EMIT apiKeyChanged(key.key); // first: the sync page's check pings with the new key
    m_syncPage->setApiKey(key);
    showPage(kSync);
}

SettingsDialog *MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_services, m_key, m_api, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::apiKeyChanged, this, &MainWindow::onKeySaved);
    connect(dialog, &SettingsDialog::localApiChanged, this, [this](const LocalApiState &api) {
        m_api = api;
        m_status->setLocalApi(api);
    });
    connect(dialog, &SettingsDialog::backgroundSyncChanged, this,
            &MainWindow::setBackgroundInterval);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_services.config = dialog->appliedConfig(); });
    dialog->open();
    return dialog;
}

void MainWindow::setBackgroundInterval(int minutes)
{
    if (minutes <= 0) {
        m_backgroundTimer.stop();
        return;
    }
    m_backgroundTimer.start(minutes * 60 * 1000);
}

void MainWindow::runBackgroundSync()
{
    if (m_services.demo || m_key.key.isEmpty() || !m_services.sync ||
        m_services.sync->status().running)
        return;
    m_backgroundStartedMs = QDateTime::currentMSecsSinceEpoch();
    m_services.sync->startAsync({}, this, [this](const SyncStartResult &result) {
        m_backgroundRunning = result.kind == SyncStartResult::Kind::Started;
        if (m_backgroundRunning)
            m_status->setSyncState(tr("Checking for new replays…"));
    });
}

void MainWindow::notifyArrivals(const Arrivals &arrivals)
{
    if (arrivals.replays == 0)
        return;
    QString text = arrivals.replays == 1 ? tr("1 new replay") : tr("%1 new replays").arg(text::count(arrivals.replays));
    if (arrivals.wins + arrivals.losses > 0)
        text += tr(": %1 won, %2 lost").arg(text::count(arrivals.wins), text::count(arrivals.losses));
    m_lastNotification = text;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->setToolTip(windowTitle());
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                showNormal();
                raise();
                activateWindow();
            });
            m_tray->show();
        }
        m_tray->showMessage(tr("Ballchasing Stats"), text);
    }
    statusBar()->showMessage(text, 60 * 1000);
}

void MainWindow::onSyncProgress(const SyncStatus &status)
{
    if (!status.running)
        return;
    // The derived tables are rebuilt every 2 minutes while details arrive (sync rules): the
    // pages follow, but not on every progress tick.
    if (status.listingComplete && m_lastDataChange.isValid() && m_lastDataChange.hasExpired(60'000))
        onDataChanged();
    m_status->setSyncState(
        status.listingComplete
            ? tr("Syncing: %1 of %2 details")
                  .arg(text::count(status.fetched + status.failed), text::count(status.detailsDue))
            : tr("Syncing: listing, %1 so far").arg(text::count(status.listed)));
}

void MainWindow::onSyncFinished(const SyncStatus &status)
{
    if (std::exchange(m_backgroundRunning, false) && status.fetched > 0 && m_services.queries) {
        const qint64 since = m_backgroundStartedMs;
        m_services.queries->request(
            QStringLiteral("window/arrivals"), this,
            [since](const Database &database) {
                return readArrivals(database.connection(Database::Access::ReadOnly), since);
            },
            [this](const Arrivals &arrivals) { notifyArrivals(arrivals); });
    }
    m_status->setSyncState(status.lastStatus == QLatin1String("completed")
                               ? tr("Synced at %1: %2 fetched")
                                     .arg(QLocale().toString(QTime::currentTime(),
                                                             QLocale::ShortFormat),
                                          text::replays(status.fetched))
                           : status.lastStatus == QLatin1String("cancelled")
                               ? tr("Last sync cancelled")
                               : tr("Last sync failed"));
}

void MainWindow::restoreState()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1280, 800);
    QMainWindow::restoreState(settings.value(kStateKey).toByteArray());
    m_syncPage->restoreSplitter(settings.value(kSyncSplitterKey).toByteArray());
    const bool firstRun = m_key.key.isEmpty() && !m_services.demo && m_state.listedReplays == 0;
    const QString last = settings.value(kPageKey, kSync).toString();
    showPage(firstRun ? kWelcome : (last == kWelcome || !m_pageNames.contains(last) ? kSync : last));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!settleUnsavedRoles()) {
        event->ignore();
        return;
    }
    QSettings settings;
    m_filters->save(settings);
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSyncSplitterKey, m_syncPage->splitter()->saveState());
    settings.setValue(kPageKey, currentPageName());
    QMainWindow::closeEvent(event);
}

void MainWindow::setLocalApi(const LocalApiState &api)
{
    m_status->setLocalApi(api);
}

} // namespace bcs
