#include "gui/pages/statspage.h"

#include "gui/charts/chart.h"
#include "gui/common/banner.h"
#include "gui/common/statformat.h"
#include "gui/common/tableexport.h"
#include "gui/filters/filterstate.h"
#include "gui/models/comparisonmodel.h"
#include "gui/pages/pagerefresh.h"
#include "gui/pages/statselidedlabel.h"
#include "gui/pages/statsheadline.h"
#include "gui/services/queryservice.h"
#include "stats/rolereplays.h"
#include "stats/roleresolver.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace bcs {

namespace {
// QSettings keys of the page's own splitters (UI.md: splitters remember their sizes).
// One pair per arrangement: side by side on a wide page, stacked on a narrow one.
QString splitterKey(bool wide, bool charts)
{
    return QStringLiteral("window/stats%1%2")
        .arg(charts ? QStringLiteral("ChartsSplitter") : QStringLiteral("Splitter"),
             wide ? QStringLiteral("Wide") : QStringLiteral("Narrow"));
}

// What the trend query answers: my trend (the games per period) and a line per chosen role.
struct StatsTrendAnswer
{
    QList<TrendLine> lines;
    Trend games;
};
} // namespace

StatsPage::StatsPage(const WindowServices &services, FilterState *filters, QWidget *parent)
    : PageFrame({tr("Stats"),
                 tr("Your stats, your teammates' and your opponents', side by side, with charts "
                    "over time."),
                 true, filters, services.queries},
                parent)
    , m_services(services)
    , m_filters(filters)
    , m_stat(findStat(u"core.goals"))
    , m_model(new ComparisonModel(this))
{
    setContent(buildContent());
    m_refresh = new PageRefresh(this, filters, services.queries, [this] { refresh(); });
}

QWidget *StatsPage::buildContent()
{
    auto *content = new QWidget(this);
    m_banner = new Banner(content);
    m_banner->hide();
    m_headline = new StatsHeadline(content);

    m_perGame = new QRadioButton(tr("&Per game"), content);
    m_totals = new QRadioButton(tr("&Totals"), content);
    m_perGame->setAccessibleName(tr("Show values per game"));
    m_totals->setAccessibleName(tr("Show totals"));
    m_perGame->setToolTip(tr("Every stat as a mean per game: fair between roles with different "
                             "numbers of games."));
    m_totals->setToolTip(tr("Counts and times summed over the games; rates and percentages stay "
                            "means per game."));
    m_perGame->setChecked(true);
    m_valuesGroup = new QButtonGroup(content);
    m_valuesGroup->addButton(m_perGame);
    m_valuesGroup->addButton(m_totals);
    connect(m_perGame, &QRadioButton::toggled, this, [this](bool perGame) {
        setValues(perGame ? ComparisonValues::PerGame : ComparisonValues::Totals);
    });
    m_busy = new QLabel(tr("Updating…"), content);
    m_busy->setAccessibleName(tr("Updating the numbers"));
    m_busy->setForegroundRole(QPalette::PlaceholderText);
    m_busy->hide();
    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    auto *show = new QLabel(tr("Show:"), content);
    controls->addWidget(show);
    controls->addWidget(m_perGame);
    controls->addWidget(m_totals);
    controls->addStretch(1);
    controls->addWidget(m_busy);

    m_table = new QTableView(content);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Stats of every role side by side"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // Back to the catalogue's order after sorting by a column (a header click only flips it).
    auto *catalogueOrder = new QAction(tr("Sort as the catalogue"), m_table);
    connect(catalogueOrder, &QAction::triggered, this,
            [this] { m_table->sortByColumn(-1, Qt::AscendingOrder); });
    m_table->addAction(catalogueOrder);
    tableexport::install(m_table, QStringLiteral("stats"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StatsPage::onCurrentRowChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StatsPage::updateSpans);

    m_chartsSplitter = new QSplitter(Qt::Vertical, content);
    m_chartsSplitter->addWidget(buildRoleChartBox());
    m_chartsSplitter->addWidget(buildTrendChartBox());
    m_chartsSplitter->setChildrenCollapsible(false);
    m_splitter = new QSplitter(Qt::Horizontal, content);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_chartsSplitter);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    connect(m_splitter, &QSplitter::splitterMoved, this, &StatsPage::saveSplitters);
    connect(m_chartsSplitter, &QSplitter::splitterMoved, this, &StatsPage::saveSplitters);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_headline);
    layout->addLayout(controls);
    layout->addWidget(m_splitter, 1);
    setTabOrder(m_perGame, m_totals);
    setTabOrder(m_totals, m_table);
    return content;
}

QWidget *StatsPage::buildRoleChartBox()
{
    auto *box = new QWidget(this);
    // The title gives way to the controls in a narrow column rather than widening it.
    m_roleTitle = new StatsElidedLabel(box);
    m_roleTitle->setAccessibleName(tr("Chart of the selected stat by role"));
    m_roleChart = createChart(box);
    m_roleChart->setAccessibleName(tr("The selected stat by role"));
    auto *save = new QToolButton(box);
    save->setText(tr("Save…"));
    save->setToolTip(tr("Save the chart as a PNG image"));
    save->setAccessibleName(tr("Save the chart by role as PNG"));
    connect(save, &QToolButton::clicked, this,
            [this] { exportChartWithDialog(m_roleChart, QStringLiteral("stats-by-role")); });
    connect(m_roleChart, &Chart::pointClicked, this,
            [this](int series, int point) { openReplaysBehind(m_roleBars, series, point); });
    auto *header = new QHBoxLayout;
    header->addWidget(m_roleTitle, 1);
    header->addWidget(save);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_roleChart, 1);
    return box;
}

QWidget *StatsPage::buildTrendChartBox()
{
    auto *box = new QWidget(this);
    m_trendTitle = new StatsElidedLabel(box);
    m_trendTitle->setAccessibleName(tr("Chart of the selected stat over time"));
    m_bucket = new QComboBox(box);
    m_bucket->addItem(tr("Weeks"), int(TrendBucket::Week));
    m_bucket->addItem(tr("Months"), int(TrendBucket::Month));
    m_bucket->setCurrentIndex(1);
    m_bucket->setAccessibleName(tr("Period of the chart over time"));
    connect(m_bucket, &QComboBox::currentIndexChanged, this, [this] { requestTrend(); });
    m_roles = new QToolButton(box);
    m_roles->setPopupMode(QToolButton::InstantPopup);
    m_roles->setMenu(new QMenu(m_roles));
    m_roles->setAccessibleName(tr("Roles in the chart over time"));
    m_roles->setToolTip(tr("Choose whose line the chart draws"));
    m_trendChart = createChart(box);
    m_trendChart->setAccessibleName(tr("The selected stat over time"));
    auto *save = new QToolButton(box);
    save->setText(tr("Save…"));
    save->setToolTip(tr("Save the chart as a PNG image"));
    save->setAccessibleName(tr("Save the chart over time as PNG"));
    connect(save, &QToolButton::clicked, this,
            [this] { exportChartWithDialog(m_trendChart, QStringLiteral("stats-over-time")); });
    connect(m_trendChart, &Chart::pointClicked, this,
            [this](int series, int point) { openReplaysBehind(m_trend, series, point); });
    auto *header = new QHBoxLayout;
    header->addWidget(m_trendTitle, 1);
    header->addWidget(m_bucket);
    header->addWidget(m_roles);
    header->addWidget(save);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_trendChart, 1);
    updateRoleButton();
    return box;
}

QString StatsPage::viewName(const QString &part) const
{
    return QStringLiteral("stats/%1/").arg(quintptr(this)) + part;
}

void StatsPage::refresh()
{
    if (!m_services.queries)
        return;
    const StatsFilter filter = m_filters ? m_filters->filter() : StatsFilter{};
    const quint64 ticket = ++m_requested;
    setBusy(true);
    m_services.queries->request(
        viewName(QStringLiteral("comparison")), this,
        [filter](const Database &database) { return compareRoles(database, filter); },
        [this, ticket](const RoleComparison &comparison) {
            m_answered = ticket;
            showComparison(comparison);
        },
        [this, ticket](const QString &message) {
            m_answered = ticket;
            showFailure(message);
        });
}

void StatsPage::showComparison(const RoleComparison &comparison)
{
    setBusy(m_answered != m_requested);
    m_banner->hide();
    const bool first = m_model->roleCount() == 0;
    m_model->setComparison(comparison);
    if (first) {
        fitColumns();
        arrange(true); // now that the table's width is known
    }
    m_headline->setAggregate(comparison.roles.isEmpty() ? RoleAggregate{}
                                                        : comparison.roles.first().aggregate);
    rebuildRoleMenu();
    if (!m_table->currentIndex().isValid() || !m_model->statAt(m_table->currentIndex().row()))
        selectStat(*m_stat);
    showRoleChart();
    requestTrend();
}

void StatsPage::fitColumns()
{
    m_table->resizeColumnsToContents();
    // The longest labels elide (their tooltips have them whole) where the page is narrow, so
    // the numbers get the room; arrange() gives them back what room is left.
    m_labelWidth = m_table->columnWidth(0);
    // Role columns as wide as their numbers or their name, whichever is wider, and no wider:
    // resizeColumnsToContents() keeps room for a sort arrow in every header.
    const int character = m_table->fontMetrics().averageCharWidth();
    const int swatch = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table);
    for (int column = 1; column < m_model->columnCount(); ++column) {
        const QString title =
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        const int header = m_table->fontMetrics().horizontalAdvance(title) + swatch + 3 * character;
        // QAbstractItemView declares it public; QTableView hides it.
        const int cells =
            static_cast<const QAbstractItemView *>(m_table)->sizeHintForColumn(column);
        m_table->setColumnWidth(column, std::max(cells, header));
    }
    m_table->setColumnWidth(0,
                            std::min(m_labelWidth, m_table->fontMetrics().averageCharWidth() * 24));
}

int StatsPage::tableWidth() const
{
    int width = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < m_model->columnCount(); ++column)
        width += m_table->columnWidth(column);
    return width;
}

void StatsPage::arrange(bool force)
{
    QWidget *area = m_splitter->parentWidget();
    if (area->width() <= 0)
        return;
    // Side by side while the whole table and a readable chart fit; stacked below that (the
    // window's smallest size), so neither the table's columns nor the charts' legends are cut.
    const int chartWidth = fontMetrics().averageCharWidth() * 55;
    const bool wide = area->width() >= tableWidth() + m_splitter->handleWidth() + chartWidth;
    if (!force && m_arranged && wide == m_wide)
        return;
    m_arranged = true;
    m_wide = wide;
    const QSettings settings;
    m_restoring = true;
    const bool restored =
        m_splitter->restoreState(settings.value(splitterKey(wide, false)).toByteArray());
    const bool chartsRestored =
        m_chartsSplitter->restoreState(settings.value(splitterKey(wide, true)).toByteArray());
    m_splitter->setOrientation(wide ? Qt::Horizontal : Qt::Vertical);
    m_chartsSplitter->setOrientation(wide ? Qt::Vertical : Qt::Horizontal);
    if (!restored) {
        const int total = (wide ? area->width() : area->height()) - m_splitter->handleWidth();
        const int table = wide ? std::min(tableWidth(), total - chartWidth) : total * 11 / 20;
        m_splitter->setSizes({table, total - table});
    }
    if (!chartsRestored)
        m_chartsSplitter->setSizes({1, 1}); // halves
    m_restoring = false;
    if (!wide && m_labelWidth > 0) {
        // Stacked, the table has the page's width: whole labels where they fit.
        const int spare = area->width() - tableWidth();
        m_table->setColumnWidth(
            0, std::min(m_labelWidth, m_table->columnWidth(0) + std::max(spare, 0)));
    }
}

void StatsPage::resizeEvent(QResizeEvent *event)
{
    PageFrame::resizeEvent(event);
    arrange(false);
}

void StatsPage::showFailure(const QString &message)
{
    setBusy(m_answered != m_requested);
    m_banner->showMessage(Banner::Kind::Error,
                          tr("The stats could not be read: %1. Try again after the sync, or "
                             "restart the app.")
                              .arg(message));
}

void StatsPage::setBusy(bool busy)
{
    m_busy->setVisible(busy); // the old numbers stay readable meanwhile
}

void StatsPage::updateSpans()
{
    m_table->clearSpans();
    if (m_model->columnCount() < 2)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rowKind(row) == ComparisonModel::RowKind::Heading)
            m_table->setSpan(row, 0, 1, m_model->columnCount());
    }
}

void StatsPage::selectStat(const StatDefinition &stat)
{
    const int row = m_model->rowOfStat(stat);
    if (row < 0)
        return;
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, 0));
    if (&stat != m_stat) {
        m_stat = &stat;
        showRoleChart();
        requestTrend();
    }
}

void StatsPage::onCurrentRowChanged()
{
    const StatDefinition *stat = m_model->statAt(m_table->currentIndex().row());
    if (!stat || stat == m_stat)
        return; // a result row keeps the charts on the last stat
    m_stat = stat;
    showRoleChart();
    requestTrend();
}

void StatsPage::setValues(ComparisonValues values)
{
    const QSignalBlocker quiet(m_perGame);
    m_perGame->setChecked(values == ComparisonValues::PerGame);
    m_totals->setChecked(values == ComparisonValues::Totals);
    m_model->setValues(values);
    showRoleChart();
}

void StatsPage::showRoleChart()
{
    m_roleTitle->setText(tr("%1 by role").arg(m_stat->displayLabel()));
    if (m_model->roleCount() == 0)
        return;
    m_roleBars = roleBarsChart(*m_model, *m_stat);
    m_roleChart->setSpec(m_roleBars.spec);
}

TrendBucket StatsPage::trendBucket() const
{
    return TrendBucket(m_bucket->currentData().toInt());
}

void StatsPage::setTrendBucket(TrendBucket bucket)
{
    m_bucket->setCurrentIndex(m_bucket->findData(int(bucket))); // asks again when it changes
}

QStringList StatsPage::trendRoles() const
{
    QStringList roles;
    for (int role = 0; role < m_model->roleCount(); ++role) {
        const QString name = m_model->comparison().roles.at(role).role.role;
        const bool wanted = m_chosenRoles ? m_chosenRoles->contains(name)
                                          : name == role::Me || name.startsWith(role::teammate({}));
        if (wanted)
            roles << name;
    }
    return roles;
}

void StatsPage::setTrendRoles(const QStringList &roles)
{
    m_chosenRoles = roles;
    for (QAction *action : m_roles->menu()->actions()) {
        const QSignalBlocker quiet(action);
        action->setChecked(roles.contains(action->data().toString()));
    }
    updateRoleButton();
    requestTrend();
}

QString StatsPage::titleOfRole(const QString &role) const
{
    for (int i = 0; i < m_model->roleCount(); ++i) {
        if (m_model->comparison().roles.at(i).role.role == role)
            return m_model->roleTitle(i);
    }
    return role;
}

void StatsPage::rebuildRoleMenu()
{
    QStringList roles;
    for (const ComparedRole &role : m_model->comparison().roles)
        roles << role.role.role;
    if (roles == m_menuRoles)
        return;
    m_menuRoles = roles;
    QMenu *menu = m_roles->menu();
    menu->clear();
    const QStringList chosen = trendRoles();
    for (int i = 0; i < m_model->roleCount(); ++i) {
        QAction *action = menu->addAction(m_model->roleTitle(i));
        action->setCheckable(true);
        action->setData(roles.at(i));
        action->setChecked(chosen.contains(roles.at(i)));
        // Ticks never rebuild the menu: this runs while the action is still emitting.
        connect(action, &QAction::toggled, this, [this] {
            QStringList ticked;
            for (QAction *each : m_roles->menu()->actions()) {
                if (each->isChecked())
                    ticked << each->data().toString();
            }
            m_chosenRoles = ticked;
            updateRoleButton();
            requestTrend();
        });
    }
    updateRoleButton();
}

void StatsPage::updateRoleButton()
{
    const QStringList roles = trendRoles();
    QStringList titles;
    for (const QString &role : roles)
        titles << titleOfRole(role);
    m_roles->setText(roles.isEmpty()     ? tr("No roles")
                     : roles.size() == 1 ? titles.first()
                                         : tr("%1 roles").arg(roles.size()));
    m_roles->setToolTip(titles.isEmpty() ? tr("Choose whose line the chart draws")
                                         : titles.join(QLatin1Char('\n')));
}

void StatsPage::requestTrend()
{
    m_trendTitle->setText(tr("%1 over time").arg(m_stat->displayLabel()));
    if (!m_services.queries || m_model->roleCount() == 0)
        return;
    QList<TrendLine> lines;
    for (const QString &role : trendRoles()) {
        for (int i = 0; i < m_model->roleCount(); ++i) {
            if (m_model->comparison().roles.at(i).role.role == role)
                lines.append({role, m_model->roleTitle(i), m_model->roleColour(i), {}});
        }
    }
    const StatsFilter filter = m_filters ? m_filters->filter() : StatsFilter{};
    const StatDefinition *stat = m_stat;
    const TrendBucket bucket = trendBucket();
    m_services.queries->request(
        viewName(QStringLiteral("trend")), this,
        [lines, filter, stat, bucket](const Database &database) {
            StatsTrendAnswer answer{lines, trend(database, *stat, role::Me, bucket, filter)};
            for (TrendLine &line : answer.lines)
                line.trend = line.role == role::Me
                                 ? answer.games
                                 : trend(database, *stat, line.role, bucket, filter);
            return answer;
        },
        [this, stat, bucket](const StatsTrendAnswer &answer) {
            if (stat != m_stat || bucket != trendBucket())
                return; // asked for another stat or period meanwhile; that answer follows
            m_trendLines = answer.lines;
            m_trendGames = answer.games;
            showTrend(m_trendLines, m_trendGames);
        },
        [this](const QString &message) { showFailure(message); });
}

void StatsPage::showTrend(const QList<TrendLine> &lines, const Trend &games)
{
    m_trend = bcs::trendChart(*m_stat, TrendBucket(games.bucket), games, lines,
                              palette().color(QPalette::Mid));
    m_trendChart->setSpec(m_trend.spec);
}

void StatsPage::openReplaysBehind(const StatsChart &chart, int series, int point)
{
    if (!m_services.queries)
        return;
    const ChartTarget target = chart.targets.value(series).value(point);
    if (target.role.isEmpty())
        return;
    StatsFilter filter = m_filters ? m_filters->filter() : StatsFilter{};
    QString why = target.coverage == Coverage::Detailed
                      ? tr("%1: games with details").arg(titleOfRole(target.role))
                      : tr("%1: games").arg(titleOfRole(target.role));
    if (target.periodStart) {
        filter = periodFilter(filter, target.bucket, *target.periodStart);
        why = tr("%1, %2").arg(why, periodText(target.bucket, *target.periodStart));
    }
    m_services.queries->request(
        viewName(QStringLiteral("replays")), this,
        [target, filter](const Database &database) {
            return roleReplayIds(database, target.role, filter, target.coverage);
        },
        [this, why](const QStringList &ids) { Q_EMIT replaysRequested(ids, why); },
        [this](const QString &message) { showFailure(message); });
}

void StatsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_table) {
        m_model->setBase(palette().color(QPalette::Base)); // the table inherits it
        if (!m_trendLines.isEmpty() || !m_trendGames.points.isEmpty())
            showTrend(m_trendLines, m_trendGames);
    }
    PageFrame::changeEvent(event);
}

void StatsPage::saveSplitters() const
{
    if (m_restoring || !m_arranged)
        return;
    QSettings settings;
    settings.setValue(splitterKey(m_wide, false), m_splitter->saveState());
    settings.setValue(splitterKey(m_wide, true), m_chartsSplitter->saveState());
}

} // namespace bcs
