#pragma once
// The main window. For now it tells the user what state the app is in (no cache yet, where the
// API key comes from, where the local API listens) and lets them save an API key to the
// keychain. It never talks to the network or the database on the GUI thread.

#include <QMainWindow>

class QLabel;

namespace bcs {

class ApiKeyStore;

struct MainWindowStatus
{
    QString apiUrl;     // empty when the API server is off
    QString keyOrigin;  // where the key came from; empty when there is none
    QString keyProblem; // why there is no key
    QString dataDir;
    int cachedReplays = 0;
    QString lastSync; // "completed 2026-11-24 14:02", empty when never synced
};

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(MainWindowStatus status, const ApiKeyStore *keyStore, QWidget *parent = nullptr);

    // Progress of a running sync, one line; `finished` turns the action back on and updates counts.
    void showSyncProgress(const QString &line);
    void showSyncFinished(const QString &summary, int cachedReplays, const QString &lastSync);

Q_SIGNALS:
    void apiKeyChanged(const QString &apiKey);
    void syncRequested();

private:
    void askForApiKey();
    void refreshStatus();

    MainWindowStatus m_status;
    const ApiKeyStore *m_keyStore;
    QLabel *m_headline = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_keyStatus = nullptr;
    QLabel *m_apiStatus = nullptr;
    QAction *m_syncAction = nullptr;
};

} // namespace bcs
