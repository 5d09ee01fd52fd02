#pragma once
// The Sync page: what to sync (a range with presets and a preview of how many replays that is),
// Sync and Cancel, the running sync's progress, the rate limits, and what earlier syncs did —
// a sortable history, the failures of the last one, replays per day as a chart. Everything
// here arrives by signal or through the query service: the page never waits.

#include "gui/shell/windowservices.h"
#include "sync/syncoverview.h"
#include "sync/synctypes.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace bcs {

class Banner;
class RateLimitPanel;
class SyncFailuresModel;
class SyncHistoryModel;
class SyncProgressPanel;
class SyncRangeEditor;
class TimeSeriesChart;
class UpstreamReply;

class SyncPage : public QWidget
{
    Q_OBJECT

public:
    SyncPage(const WindowServices &services, QWidget *parent = nullptr);

    void setApiKey(const ApiKeyState &key);
    void startSync();
    void cancelSync();
    void refresh(); // re-reads the cache's overview

    QSplitter *splitter() const { return m_splitter; }
    void restoreSplitter(const QByteArray &state);
    SyncRangeEditor *rangeEditor() const { return m_range; }
    QPushButton *syncButton() const { return m_sync; }
    QPushButton *cancelButton() const { return m_cancel; }
    const Banner *banner() const { return m_banner; }
    const SyncHistoryModel *historyModel() const { return m_history; }
    const SyncProgressPanel *progressPanel() const { return m_progress; }
    QString previewText() const;
    QString headlineText() const;

Q_SIGNALS:
    // The cache gained what other pages show (a listing completed, a sync ended).
    void cacheChanged();
    void settingsRequested();

private:
    void showEvent(QShowEvent *event) override;
    void onProgress(const SyncStatus &status);
    void onFinished(const SyncStatus &status);
    void onStartAnswered(const SyncStartResult &result);
    void showOverview(const SyncOverview &overview);
    void requestPreview();
    void checkKey();
    void updateButtons();
    int detailCapPerSecond() const;

    WindowServices m_services;
    ApiKeyState m_key;
    bool m_running = false;
    bool m_starting = false;
    bool m_listingAnnounced = false;
    bool m_splitterRestored = false;
    QElapsedTimer m_lastRefresh;
    QLabel *m_headline;
    Banner *m_banner;
    SyncRangeEditor *m_range;
    QLabel *m_preview;
    QCheckBox *m_force;
    QPushButton *m_sync;
    QPushButton *m_cancel;
    SyncProgressPanel *m_progress;
    RateLimitPanel *m_rates;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    SyncHistoryModel *m_history;
    SyncFailuresModel *m_failures;
    QTableView *m_historyView;
    TimeSeriesChart *m_chart;
    QTimer m_previewDelay;
    quint64 m_previewGeneration = 0;
    QPointer<UpstreamReply> m_previewReply;
    QString m_previewUpstream;
    QString m_previewCached;
};

} // namespace bcs
