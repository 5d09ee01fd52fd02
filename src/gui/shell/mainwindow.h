#pragma once
// The main window (UI.md layout): navigation on the left (Sync, Players, Stats, Analysis,
// Replays; the welcome page on first run), one page at a time, menus with every action and its
// shortcut, and a status bar with the sync state, the key's origin and the local API. Geometry,
// splitters and the last page are kept in QSettings. It only talks to the layers through
// WindowServices and never waits on them.

#include "gui/shell/windowservices.h"
#include "sync/syncoverview.h"
#include "sync/synctypes.h"

#include <QMainWindow>
#include <QElapsedTimer>
#include <QTimer>

class QListWidget;
class QSystemTrayIcon;
class QStackedWidget;

namespace bcs {

class AnalysisPage;
class FilterState;
class PageFrame;
class PlayersPage;
class ReplaysPage;
class SettingsDialog;
class StatsPage;
class StatusBarPanel;
class SyncPage;
class WelcomePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `initial`: what the cache held at start-up, so the first page is right from the start.
    MainWindow(const WindowServices &services, const ApiKeyState &key, const LocalApiState &api,
               const CacheState &initial, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setLocalApi(const LocalApiState &api);
    // Shows a page by name: welcome, sync, players, stats, analysis, replays.
    void showPage(const QString &name);
    QString currentPageName() const;
    QStringList pageNames() const;

    SyncPage *syncPage() const { return m_syncPage; }
    PlayersPage *playersPage() const { return m_playersPage; }
    StatsPage *statsPage() const { return m_statsPage; }
    AnalysisPage *analysisPage() const { return m_analysisPage; }
    ReplaysPage *replaysPage() const { return m_replaysPage; }
    FilterState *filters() const { return m_filters; }
    // File ▸ Export (Ctrl+E): the table in focus on the current page, or its main table.
    void exportCurrentTable();
    // Opens Settings (Ctrl+,); returns the dialog, which deletes itself when closed.
    SettingsDialog *openSettings();
    // Starts a background sync now, as the timer would (tests, and the timer itself).
    void runBackgroundSync();
    QString lastNotification() const { return m_lastNotification; }
    WelcomePage *welcomePage() const { return m_welcome; }
    StatusBarPanel *statusPanel() const { return m_status; }

Q_SIGNALS:
    // The user saved a key (welcome page or settings): the app hands it to sync and API.
    void apiKeyChanged(const QString &apiKey);
    void demoRequested();

private:
    void buildMenus();
    void addPage(const QString &name, const QString &label, const QString &icon, QWidget *page);
    void addContentPage(const QString &name, const QString &label, const QString &icon,
                        PageFrame *page);
    void refreshCacheState();
    void onDataChanged();
    // Asks to save or discard unsaved role changes; false when the user cancels.
    bool settleUnsavedRoles();
    // Before the Players page is left with unsaved roles: save, later, or stay.
    bool mayLeavePlayers();
    void showCacheState(const CacheState &state);
    void onKeySaved(const ApiKeyState &key);
    void onSyncProgress(const SyncStatus &status);
    void onSyncFinished(const SyncStatus &status);
    void restoreState();
    void setBackgroundInterval(int minutes);
    void notifyArrivals(const Arrivals &arrivals);
    void closeEvent(QCloseEvent *event) override;

    WindowServices m_services;
    ApiKeyState m_key;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QStringList m_pageNames; // in stack order
    WelcomePage *m_welcome = nullptr;
    SyncPage *m_syncPage = nullptr;
    FilterState *m_filters;
    PlayersPage *m_playersPage = nullptr;
    StatsPage *m_statsPage = nullptr;
    AnalysisPage *m_analysisPage = nullptr;
    ReplaysPage *m_replaysPage = nullptr;
    QList<PageFrame *> m_contentPages;
    QElapsedTimer m_lastDataChange; // while a sync runs, pages refresh at most once a minute
    StatusBarPanel *m_status = nullptr;
    CacheState m_state;
    LocalApiState m_api;
    QTimer m_backgroundTimer;
    bool m_backgroundRunning = false;
    qint64 m_backgroundStartedMs = 0;
    QString m_lastNotification;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace bcs
