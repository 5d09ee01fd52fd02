#include "gui/pages/lineupstab.h"

#include "gui/charts/chart.h"
#include "gui/common/rolecolours.h"
#include "gui/common/tableexport.h"
#include "gui/common/textformat.h"
#include "gui/models/lineupsmodel.h"
#include "gui/services/queryservice.h"
#include "stats/winrateinterval.h"
#include "storage/database.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bcs {

LineupsTab::LineupsTab(const WindowServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new LineupsModel(this))
    , m_view(new QTableView(this))
    , m_chart(createChart(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Win rate by lineup"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(false);
    tableexport::install(m_view, QStringLiteral("lineups"));
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { openLineup(index.row()); });
    m_chart->setAccessibleName(tr("Win rate by lineup, chart"));
    connect(m_chart, &Chart::pointClicked, this, [this](int, int point) { openLineup(point); });
    splitter->addWidget(m_view);
    splitter->addWidget(m_chart);
    splitter->setSizes({800, 1200}); // the bars need the width for their lineups' names
    layout->addWidget(splitter, 1);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LineupsTab::showChart);
}

void LineupsTab::refresh(const StatsFilter &filter)
{
    m_filter = filter;
    m_services.queries->request(
        QStringLiteral("analysis-lineups"), this,
        [filter](const Database &database) {
            return lineups(database.connection(Database::Access::ReadOnly), filter);
        },
        [this](const QList<LineupRow> &rows) { m_model->setLineups(rows); });
}

void LineupsTab::showChart()
{
    ChartSpec spec;
    spec.xTitle = tr("Named teammates with me");
    spec.yTitle = tr("Win rate (%)");
    spec.yMin = 0;
    spec.yMax = 100;
    spec.emptyText = tr("No games with me under these filters");
    ChartSeries bars{ChartSeries::Kind::Bars, tr("Win rate"), colours::me(), {}, false};
    for (const LineupRow &lineup : m_model->lineups()) {
        spec.categories.append(LineupsModel::lineupName(lineup));
        // Each bar with its 95 % interval: a lineup of 12 games says much less than one of 300.
        const WinRateInterval interval = wilsonInterval(lineup.wins, lineup.games);
        bars.points.append({double(bars.points.size()), lineup.winRate, 100.0 * interval.low,
                            100.0 * interval.high,
                            tr("%1: %2 won of %3 (95 %: %4 – %5)")
                                .arg(LineupsModel::lineupName(lineup),
                                     text::percent(lineup.winRate / 100.0),
                                     text::games(lineup.games), text::percent(interval.low),
                                     text::percent(interval.high))});
    }
    spec.series.append(bars);
    m_chart->setSpec(spec);
}

void LineupsTab::openLineup(int row)
{
    if (row < 0 || row >= m_model->lineups().size())
        return;
    const LineupRow lineup = m_model->lineups().at(row);
    const StatsFilter filter = m_filter;
    m_services.queries->request(
        QStringLiteral("analysis-lineup-replays"), this,
        [filter, lineup](const Database &database) {
            return lineupReplayIds(database.connection(Database::Access::ReadOnly), filter,
                                   lineup.teammates);
        },
        [this, lineup](const QStringList &ids) {
            Q_EMIT replaysRequested(ids, tr("%1 with %2").arg(text::games(ids.size()),
                                                               LineupsModel::lineupName(lineup)));
        });
}

} // namespace bcs
