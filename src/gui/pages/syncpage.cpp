#include "gui/pages/syncpage.h"

#include "core/rfc3339.h"
#include "gui/charts/timeserieschart.h"
#include "gui/common/banner.h"
#include "gui/common/rolecolours.h"
#include "gui/common/textformat.h"
#include "gui/models/syncfailuresmodel.h"
#include "gui/models/synchistorymodel.h"
#include "gui/pages/ratelimitpanel.h"
#include "gui/pages/syncprogresspanel.h"
#include "gui/pages/syncrangeeditor.h"
#include "gui/services/queryservice.h"
#include "net/ballchasingclient.h"
#include "net/tierselection.h"
#include "storage/database.h"
#include "sync/listingsources.h"
#include "sync/syncmanager.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bcs {

namespace {
QTableView *makeTable(QAbstractItemModel *model, QWidget *parent, bool sortable)
{
    auto *view = new QTableView(parent);
    if (sortable) {
        auto *proxy = new QSortFilterProxyModel(view);
        proxy->setSourceModel(model);
        proxy->setSortRole(SyncHistoryModel::SortRole);
        view->setModel(proxy);
        view->setSortingEnabled(true);
        view->sortByColumn(0, Qt::DescendingOrder);
    } else {
        view->setModel(model);
    }
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

constexpr qint64 kRefreshWhileSyncingMs = 5000;

std::optional<QDateTime> bound(const std::optional<QDate> &day, DayBound which)
{
    return day ? std::optional<QDateTime>(dayBound(*day, which)) : std::nullopt;
}
} // namespace

SyncPage::SyncPage(const WindowServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_headline(new QLabel(this))
    , m_banner(new Banner(this))
    , m_range(new SyncRangeEditor(this))
    , m_preview(new QLabel(this))
    , m_force(new QCheckBox(tr("Sync &again where already synced"), this))
    , m_sync(new QPushButton(tr("&Sync now"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_progress(new SyncProgressPanel(this))
    , m_rates(new RateLimitPanel(services.limiter, services.tiers, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tabs(new QTabWidget(m_splitter))
    , m_history(new SyncHistoryModel(this))
    , m_failures(new SyncFailuresModel(this))
    , m_historyView(makeTable(m_history, m_tabs, true))
    , m_chart(createTimeSeriesChart(m_splitter))
{
    setObjectName(QStringLiteral("syncPage"));
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.4);
    m_headline->setFont(headlineFont);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);
    m_force->setToolTip(tr("Lists the range again even where an earlier sync covered it, "
                           "to pick up late uploads"));
    m_sync->setDefault(true);
    m_sync->setToolTip(tr("Sync the range (F5)"));
    m_cancel->setToolTip(tr("Stop the running sync (Esc); the next one continues where it stopped"));

    auto *what = new QGroupBox(tr("What to sync"), this);
    auto *whatLayout = new QVBoxLayout(what);
    whatLayout->addWidget(m_range);
    whatLayout->addWidget(m_preview);
    whatLayout->addWidget(m_force);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sync);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    whatLayout->addLayout(buttons);
    whatLayout->addStretch();

    auto *progress = new QGroupBox(tr("Progress"), this);
    (new QVBoxLayout(progress))->addWidget(m_progress);
    auto *rates = new QGroupBox(tr("Rate limits"), this);
    (new QVBoxLayout(rates))->addWidget(m_rates);
    rates->setVisible(!services.demo); // nothing is ever fetched for the demo
    auto *right = new QVBoxLayout;
    right->addWidget(progress, 1);
    right->addWidget(rates);
    auto *top = new QHBoxLayout;
    top->addWidget(what, 1);
    top->addLayout(right, 1);

    m_tabs->addTab(m_historyView, tr("History"));
    m_tabs->addTab(makeTable(m_failures, m_tabs, false), tr("Failures"));
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_chart);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);

    m_previewDelay.setSingleShot(true);
    m_previewDelay.setInterval(400); // a preset click or a few arrow presses ask once
    connect(&m_previewDelay, &QTimer::timeout, this, &SyncPage::requestPreview);
    connect(m_range, &SyncRangeEditor::rangeChanged, this, [this] { m_previewDelay.start(); });
    connect(m_sync, &QPushButton::clicked, this, &SyncPage::startSync);
    connect(m_cancel, &QPushButton::clicked, this, &SyncPage::cancelSync);
    if (m_services.sync) {
        connect(m_services.sync, &SyncManager::progress, this, &SyncPage::onProgress);
        connect(m_services.sync, &SyncManager::finished, this, &SyncPage::onFinished);
        const SyncStatus now = m_services.sync->status();
        if (now.running)
            onProgress(now);
    }
    updateButtons();
    refresh();
    m_previewDelay.start();
}

void SyncPage::setApiKey(const ApiKeyState &key)
{
    m_key = key;
    updateButtons();
    m_previewDelay.start();
    checkKey();
}

void SyncPage::checkKey()
{
    if (m_services.demo || m_key.key.isEmpty() || !m_services.client)
        return;
    // One ping when a key arrives: the tier it reports sets the limits (with `auto`), and a
    // revoked key is said here rather than when a sync fails.
    UpstreamReply *reply = m_services.client->ping();
    connect(reply, &UpstreamReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->isOk()) {
            if (m_services.tiers)
                m_services.tiers->applyPingType(reply->json().value(QStringLiteral("type")).toString());
            m_rates->refresh();
        } else if (reply->error().kind == UpstreamError::Kind::Auth) {
            m_banner->showMessage(Banner::Kind::Error,
                                  tr("ballchasing rejected the API key (%1). Check it in Settings.")
                                      .arg(m_key.origin));
        }
    });
}

void SyncPage::updateButtons()
{
    const bool canSync = !m_services.demo && !m_key.key.isEmpty() && m_services.sync;
    m_sync->setEnabled(canSync && !m_running && !m_starting);
    m_cancel->setEnabled(m_running);
    if (m_services.demo)
        m_sync->setToolTip(tr("This is demo data: it is never synced"));
    else if (m_key.key.isEmpty())
        m_sync->setToolTip(tr("Add your ballchasing API key in Settings first"));
    else
        m_sync->setToolTip(tr("Sync the range (F5)"));
}

int SyncPage::detailCapPerSecond() const
{
    if (!m_services.tiers)
        return 0;
    const RateLimitTable limits = m_services.tiers->effectiveLimits();
    const auto rules = limits.value(EndpointGroup::Get);
    for (const RateRule &rule : rules) {
        if (rule.windowMs == 1000)
            return rule.count;
    }
    return 0;
}

void SyncPage::startSync()
{
    if (!m_sync->isEnabled())
        return;
    SyncRequest request;
    request.after = bound(m_range->from(), DayBound::Start);
    request.before = bound(m_range->until(), DayBound::End);
    request.force = m_force->isChecked();
    m_starting = true;
    updateButtons();
    m_banner->hide();
    m_progress->showIdle(tr("Checking what is already cached…"));
    m_services.sync->startAsync(request, this,
                                [this](const SyncStartResult &result) { onStartAnswered(result); });
}

void SyncPage::onStartAnswered(const SyncStartResult &result)
{
    m_starting = false;
    switch (result.kind) {
    case SyncStartResult::Kind::Started:
        m_running = true;
        m_listingAnnounced = false;
        break;
    case SyncStartResult::Kind::AlreadySynced:
        m_progress->showIdle(tr("No sync is running."));
        m_banner->showMessage(
            Banner::Kind::Info,
            tr("Already synced: %1 — covered by the sync of %2. Tick “Sync again” to list "
               "the range once more for late uploads.")
                .arg(SyncHistoryModel::rangeText(result.coveredBy),
                     text::shortDateTime(QDateTime::fromMSecsSinceEpoch(result.coveredBy.startedMs))));
        break;
    case SyncStartResult::Kind::Conflict:
        m_running = true;
        m_banner->showMessage(Banner::Kind::Info, tr("A sync is already running; its progress is below."));
        break;
    case SyncStartResult::Kind::Refused:
    case SyncStartResult::Kind::Failed:
        m_progress->showIdle(tr("No sync is running."));
        m_banner->showMessage(Banner::Kind::Error,
                              tr("The sync could not start: %1").arg(result.error));
        break;
    }
    updateButtons();
}

void SyncPage::cancelSync()
{
    if (m_running && m_services.sync)
        m_services.sync->cancel();
}

void SyncPage::onProgress(const SyncStatus &status)
{
    m_running = status.running;
    m_progress->showStatus(status, detailCapPerSecond());
    m_failures->setFailures(status.failures);
    m_tabs->setTabText(1, status.failures.isEmpty()
                              ? tr("Failures")
                              : tr("Failures (%1)").arg(text::count(status.failures.size())));
    if (status.listingComplete && !m_listingAnnounced) {
        m_listingAnnounced = true;
        m_lastRefresh.start();
        refresh();
        Q_EMIT cacheChanged();
    } else if (!m_lastRefresh.isValid() || m_lastRefresh.hasExpired(kRefreshWhileSyncingMs)) {
        // The headline, the history's running row and the chart follow the sync, a few times
        // a minute: each is a query, and progress arrives twice a second.
        m_lastRefresh.start();
        refresh();
    }
    updateButtons();
}

void SyncPage::onFinished(const SyncStatus &status)
{
    m_running = false;
    m_progress->showIdle(tr("No sync is running."));
    m_failures->setFailures(status.failures);
    const QString failed =
        status.failed > 0
            ? tr("; %1 could not be stored (see Failures)").arg(text::count(status.failed))
            : QString();
    if (status.lastStatus == QLatin1String("completed"))
        m_banner->showMessage(Banner::Kind::Success,
                              tr("Sync completed: %1 fetched").arg(text::replays(status.fetched)) +
                                  failed + QLatin1Char('.'));
    else if (status.lastStatus == QLatin1String("cancelled"))
        m_banner->showMessage(Banner::Kind::Info,
                              tr("Sync cancelled after %1 fetched. The next sync continues "
                                 "where this one stopped.")
                                  .arg(text::replays(status.fetched)));
    else
        m_banner->showMessage(Banner::Kind::Error, tr("Sync failed: %1").arg(status.error));
    updateButtons();
    refresh();
    m_previewDelay.start();
    Q_EMIT cacheChanged();
}

void SyncPage::refresh()
{
    if (!m_services.queries)
        return;
    m_services.queries->request(
        QStringLiteral("sync/overview"), this,
        [](const Database &database) {
            return readSyncOverview(database.connection(Database::Access::ReadOnly));
        },
        [this](const SyncOverview &overview) { showOverview(overview); },
        [this](const QString &error) {
            m_banner->showMessage(Banner::Kind::Error,
                                  tr("The cache could not be read: %1").arg(error));
        });
}

void SyncPage::showOverview(const SyncOverview &overview)
{
    QString headline = tr("%1 cached").arg(text::replays(overview.cachedReplays));
    if (overview.listedReplays > overview.cachedReplays)
        headline += tr(" · %1 more listed, details to come")
                        .arg(text::count(overview.listedReplays - overview.cachedReplays));
    if (overview.lastCompleted)
        headline += tr(" · last sync %1").arg(text::relative(
                        QDateTime::fromMSecsSinceEpoch(overview.lastCompleted->startedMs)));
    else
        headline += tr(" · never synced");
    m_headline->setText(headline);
    m_history->setEntries(overview.history);
    m_historyView->resizeColumnsToContents();
    m_range->setSeasonStart(overview.seasonStart);
    QList<DatedValue> days;
    for (auto it = overview.replaysPerDay.cbegin(); it != overview.replaysPerDay.cend(); ++it)
        days.append({it.key(), double(it.value())});
    m_chart->setValues(tr("Replays"), days, colours::me(),
                       tr("Replays per day appear here after your first sync."));
}

void SyncPage::requestPreview()
{
    const std::optional<QDateTime> after = bound(m_range->from(), DayBound::Start);
    const std::optional<QDateTime> before = bound(m_range->until(), DayBound::End);
    const quint64 generation = ++m_previewGeneration;
    m_previewCached.clear();
    m_previewUpstream.clear();
    const auto show = [this] {
        m_preview->setText(m_previewUpstream.isEmpty() ? m_previewCached
                           : m_previewCached.isEmpty()
                               ? m_previewUpstream
                               : tr("%1, %2.").arg(m_previewUpstream, m_previewCached));
    };
    if (m_services.queries)
        m_services.queries->request(
            QStringLiteral("sync/preview"), this,
            [after, before](const Database &database) {
                const auto ms = [](const std::optional<QDateTime> &t) {
                    return t ? std::optional<qint64>(t->toMSecsSinceEpoch()) : std::nullopt;
                };
                return cachedReplaysBetween(database.connection(Database::Access::ReadOnly),
                                            ms(after), ms(before));
            },
            [this, show](int cached) {
                m_previewCached = tr("%1 already cached").arg(text::count(cached));
                show();
            });
    if (m_services.demo || m_key.key.isEmpty() || !m_services.client) {
        m_previewUpstream = m_services.demo
                                ? tr("Demo data: nothing is synced")
                                : tr("Add your API key to see how many replays ballchasing has");
        show();
        return;
    }
    if (m_previewReply)
        m_previewReply->disconnect(this); // its answer is for an older range
    m_previewUpstream = tr("Asking ballchasing how many replays %1 are…").arg(m_range->describe());
    show();
    UpstreamReply *reply = m_services.client->listReplays(previewQuery(after, before));
    m_previewReply = reply;
    connect(reply, &UpstreamReply::finished, this, [this, reply, generation, show] {
        reply->deleteLater();
        if (generation != m_previewGeneration)
            return;
        m_previewUpstream =
            reply->isOk()
                ? tr("ballchasing has %1 of yours in this range")
                      .arg(text::replays(reply->json().value(QStringLiteral("count")).toInt()))
                : tr("ballchasing could not say how many replays there are: %1")
                      .arg(reply->error().message);
        show();
    });
}

void SyncPage::restoreSplitter(const QByteArray &state)
{
    m_splitterRestored = m_splitter->restoreState(state);
}

void SyncPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_splitterRestored) {
        // First run: the tables get three fifths, the chart the rest — sizes only mean
        // something once the page has its width.
        m_splitterRestored = true;
        const int width = m_splitter->width();
        m_splitter->setSizes({width * 3 / 5, width * 2 / 5});
    }
}

QString SyncPage::previewText() const
{
    return m_preview->text();
}

QString SyncPage::headlineText() const
{
    return m_headline->text();
}

} // namespace bcs
