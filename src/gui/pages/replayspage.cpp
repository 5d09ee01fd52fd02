#include "gui/pages/replayspage.h"

#include "gui/common/banner.h"
#include "gui/common/emptystate.h"
#include "gui/common/rolecolours.h"
#include "gui/common/tableexport.h"
#include "gui/common/textformat.h"
#include "gui/filters/filterstate.h"
#include "gui/models/replaysmodel.h"
#include "gui/pages/pagerefresh.h"
#include "gui/pages/replaydetailpane.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace bcs {

namespace {
const QString kReplaysSplitterKey = QStringLiteral("replays/splitter");
const QString kReplaysHeaderKey = QStringLiteral("replays/header");
constexpr int kReplaysSearchDelayMs = 250; // typing a name asks once, not per letter
} // namespace

ReplaysPage::ReplaysPage(const WindowServices &services, FilterState *filters, QWidget *parent)
    : PageFrame({tr("Replays"),
                 tr("Every game with its score, who played in which role, and each player's "
                    "stats."),
                 false, filters, services.queries},
                parent)
    , m_services(services)
    , m_filters(filters)
    , m_model(new ReplaysModel(services.queries, this))
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new Banner(content);
    layout->addWidget(m_banner);

    // The search box and what the table holds.
    auto *tools = new QHBoxLayout;
    m_search = new QLineEdit(content);
    m_search->setPlaceholderText(tr("Filter by player, map or title (Ctrl+F)"));
    m_search->setAccessibleName(tr("Filter replays"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 40);
    tools->addWidget(m_search);
    m_count = new QLabel(content);
    m_count->setAccessibleName(tr("Replays shown"));
    tools->addWidget(m_count);
    tools->addStretch(1);
    layout->addLayout(tools);
    auto *find = new QAction(tr("Filter replays"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    content->addAction(find);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kReplaysSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ReplaysPage::applySearch);

    // "12 replays: 3–1 wins  [Show all]" while the table shows only some.
    m_onlyBar = new QFrame(content);
    static_cast<QFrame *>(m_onlyBar)->setFrameShape(QFrame::StyledPanel);
    auto *onlyLayout = new QHBoxLayout(m_onlyBar);
    m_onlyLabel = new QLabel(m_onlyBar);
    m_onlyLabel->setWordWrap(true);
    m_showAll = new QPushButton(tr("Show &all"), m_onlyBar);
    m_showAll->setAccessibleName(tr("Show all replays"));
    onlyLayout->addWidget(m_onlyLabel, 1);
    onlyLayout->addWidget(m_showAll);
    m_onlyBar->hide();
    tintOnlyBar();
    layout->addWidget(m_onlyBar);
    connect(m_showAll, &QPushButton::clicked, this, &ReplaysPage::showAll);

    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Replays"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view then never measures rows, whatever their number.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 3 / 2 + 2);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    const int unit = m_table->fontMetrics().averageCharWidth();
    const auto widthOf = [this](const QString &sample) {
        return m_table->fontMetrics().horizontalAdvance(sample) + 4 * m_table->fontMetrics().averageCharWidth();
    };
    header->resizeSection(ReplaysModel::Date, widthOf(tr("23 hours ago")));
    header->resizeSection(ReplaysModel::Playlist, widthOf(QStringLiteral("Unranked Standard")));
    header->resizeSection(ReplaysModel::Map, widthOf(QStringLiteral("Starbase ARC (Standard)")));
    header->resizeSection(ReplaysModel::Score, widthOf(tr("Score")));
    header->resizeSection(ReplaysModel::Result, widthOf(tr("Result")));
    header->resizeSection(ReplaysModel::Duration, widthOf(QStringLiteral("5:00 +0:00")));
    header->resizeSection(ReplaysModel::Players, unit * 40);
    header->setSectionHidden(ReplaysModel::ReplayId, true); // for CSV and copy
    header->setSortIndicator(ReplaysModel::Date, Qt::DescendingOrder);
    if (const QByteArray state = QSettings().value(kReplaysHeaderKey).toByteArray(); !state.isEmpty())
        header->restoreState(state);
    header->setSectionHidden(ReplaysModel::ReplayId, true);
    m_table->setSortingEnabled(true);
    // Players cannot be ordered in SQL by anything a player would mean: keep the order shown.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder) {
        if (ReplaysModel::sortOfColumn(column))
            return;
        const ReplayQuery &shown = m_model->shownQuery();
        int section = ReplaysModel::Date;
        for (int c = 0; c < ReplaysModel::ColumnCount; ++c) {
            if (ReplaysModel::sortOfColumn(c) == shown.sort)
                section = c;
        }
        const QSignalBlocker blocker(header);
        header->setSortIndicator(section, shown.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    });

    auto *open = new QAction(tr("Open on &ballchasing.com"), m_table);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    open->setShortcutContext(Qt::WidgetShortcut);
    connect(open, &QAction::triggered, this, &ReplaysPage::openCurrent);
    m_table->addAction(open);
    tableexport::install(m_table, QStringLiteral("replays"));
    connect(m_table, &QAbstractItemView::doubleClicked, this, &ReplaysPage::openCurrent);

    m_noRows = new EmptyState;
    connect(m_noRows, &EmptyState::actionTriggered, this, &ReplaysPage::emptyAction);
    m_tableStack = new QStackedWidget;
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_noRows);

    m_detail = new ReplayDetailPane(services.queries);
    m_splitter = new QSplitter(Qt::Vertical, content);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_tableStack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    const int line = fontMetrics().height();
    m_splitter->setSizes({line * 30, line * 20});
    if (const QByteArray state = QSettings().value(kReplaysSplitterKey).toByteArray(); !state.isEmpty())
        m_splitter->restoreState(state);
    layout->addWidget(m_splitter, 1);
    setContent(content);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReplaysPage::showSelected);
    connect(m_model, &ReplaysModel::counted, this, &ReplaysPage::onCounted);
    // A row made current before its page arrived (Ctrl+End) is shown when it does.
    connect(m_model, &ReplaysModel::pageLoaded, this, [this](int first, int rows) {
        const int current = m_table->currentIndex().row();
        if (current >= first && current < first + rows)
            showSelected();
    });
    connect(m_model, &ReplaysModel::busyChanged, this, &ReplaysPage::showCount);
    connect(m_model, &ReplaysModel::failed, this, [this](const QString &message) {
        m_banner->showMessage(Banner::Kind::Error,
                              tr("The replays could not be read: %1. Try again in a moment.")
                                  .arg(message));
    });
    m_refresh = new PageRefresh(this, filters, services.queries, [this] { refresh(); });
}

ReplaysPage::~ReplaysPage()
{
    QSettings settings;
    settings.setValue(kReplaysSplitterKey, m_splitter->saveState());
    settings.setValue(kReplaysHeaderKey, m_table->horizontalHeader()->saveState());
}

// The bar reads as the page's info banners do: the palette's base tinted with my colour.
void ReplaysPage::tintOnlyBar()
{
    QPalette tinted = m_onlyBar->palette();
    tinted.setColor(QPalette::Window, colours::tint(colours::me(), palette().color(QPalette::Base)));
    m_onlyBar->setPalette(tinted);
    m_onlyBar->setAutoFillBackground(true);
}

void ReplaysPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        tintOnlyBar();
    PageFrame::changeEvent(event);
}

void ReplaysPage::refresh()
{
    // A changed filter asks again by itself; the same filter (the data changed) is asked again.
    if (!m_model->setFilter(m_filters ? m_filters->filter() : StatsFilter()))
        m_model->reload();
    m_detail->reload(); // its roles or its detail may be new
    showCount();
}

void ReplaysPage::applySearch()
{
    m_searchDelay->stop();
    m_model->setSearch(m_search->text().trimmed());
}

void ReplaysPage::showOnly(const QStringList &ids, const QString &why)
{
    m_only = true;
    m_onlyIds = ids;
    m_onlyWhy = why;
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_searchDelay->stop();
    m_model->setSearch(QString());
    m_model->setOnlyIds(ids);
    m_onlyLabel->setText(onlyBase());
    m_onlyBar->show();
}

void ReplaysPage::showAll()
{
    m_only = false;
    m_onlyIds.clear();
    m_onlyWhy.clear();
    m_onlyBar->hide();
    tintOnlyBar();
    m_model->setOnlyIds(std::nullopt);
}

// "12 replays: 3–1 wins"; a reason that counts them already ("12 games with alice", the
// Lineups tab's) is said as it is.
QString ReplaysPage::onlyBase() const
{
    const qsizetype count = m_onlyIds.size();
    if (m_onlyWhy.startsWith(text::games(count)) || m_onlyWhy.startsWith(text::replays(count)))
        return m_onlyWhy;
    return tr("%1: %2").arg(text::replays(count), m_onlyWhy);
}

QString ReplaysPage::onlyText() const
{
    return m_only ? m_onlyLabel->text() : QString();
}

void ReplaysPage::onCounted(int rows)
{
    m_banner->showMessage(Banner::Kind::Error, QString());
    if (m_only) {
        // The filter still applies: say so when it keeps fewer than were asked for.
        const QString base = onlyBase();
        m_onlyLabel->setText(rows == m_onlyIds.size()
                                 ? base
                                 : tr("%1 — %2 of them under the current filters")
                                       .arg(base, text::count(rows)));
    }
    if (rows == 0) {
        if (!m_model->shownQuery().search.isEmpty())
            m_noRows->setMessage(tr("No replays"),
                                 tr("No replay has “%1” in a player's name, its map, playlist or "
                                    "title.")
                                     .arg(m_model->shownQuery().search),
                                 tr("Clear the search"));
        else if (m_only)
            m_noRows->setMessage(tr("No replays"),
                                 tr("None of these replays is under the current filters."),
                                 tr("Show all replays"));
        else
            m_noRows->setMessage(tr("No replays"), tr("No replay matches the filters."),
                                 tr("Clear filters"));
        m_tableStack->setCurrentWidget(m_noRows);
        m_detail->showReplay(QString());
    } else {
        m_tableStack->setCurrentWidget(m_table);
        // The replay selected before stays selected where it is loaded (the rows on screen are);
        // else the detail pane keeps showing it and the table selects nothing, so that neither
        // jumps while a sync adds replays. The first count selects the first row, and so does a
        // list held whole that has not got it (only these replays, a search).
        int row = m_selectedId.isEmpty() ? 0 : m_model->rowOfId(m_selectedId);
        if (row < 0 && m_model->isComplete())
            row = 0;
        if (row >= 0)
            m_table->selectionModel()->setCurrentIndex(
                m_model->index(row, ReplaysModel::Date),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    showCount();
}

void ReplaysPage::showCount()
{
    const QString rows = text::replays(m_model->rowCount());
    m_count->setText(m_model->isBusy() ? tr("%1 · loading…").arg(rows) : rows);
}

void ReplaysPage::showSelected()
{
    const ReplayListRow *row = m_model->rowAt(m_table->currentIndex().row());
    if (!row)
        return;
    m_selectedId = row->id;
    m_detail->showReplay(row->id);
}

void ReplaysPage::openCurrent()
{
    if (const ReplayListRow *row = m_model->rowAt(m_table->currentIndex().row()))
        ReplayDetailPane::openOnBallchasing(row->id);
}

void ReplaysPage::emptyAction()
{
    if (!m_model->shownQuery().search.isEmpty())
        m_search->clear(); // the delay then asks again
    else if (m_only)
        showAll();
    else if (m_filters)
        m_filters->reset();
}

} // namespace bcs
