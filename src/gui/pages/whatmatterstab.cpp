#include "gui/pages/whatmatterstab.h"

#include "gui/charts/chart.h"
#include "gui/common/rolecolours.h"
#include "gui/common/tableexport.h"
#include "gui/common/textformat.h"
#include "gui/models/statimpactmodel.h"
#include "gui/services/queryservice.h"
#include "stats/correlation.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace bcs {

namespace {
ChartSpec scatterSpec(const Correlation &correlation, const StatDefinition &stat)
{
    ChartSpec spec;
    spec.xAxis = ChartSpec::XAxis::Values;
    spec.xTitle = stat.displayLabel();
    spec.yTitle = WhatMattersTab::tr("Goal difference");
    spec.emptyText = WhatMattersTab::tr("No games with details under these filters");
    ChartSeries games{ChartSeries::Kind::Points, WhatMattersTab::tr("My games"), colours::me(), {}, false};
    double low = 0, high = 0;
    for (const CorrelationPoint &point : correlation.points) {
        games.points.append({point.statValue, double(point.goalDiff), {}, {}, {}});
        low = games.points.size() == 1 ? point.statValue : std::min(low, point.statValue);
        high = games.points.size() == 1 ? point.statValue : std::max(high, point.statValue);
    }
    spec.series.append(games);
    if (correlation.points.size() >= 2) {
        const Regression &line = correlation.regression;
        ChartSeries fit{ChartSeries::Kind::Line,
                        WhatMattersTab::tr("Least squares (r² %1)")
                            .arg(text::percent(line.rSquared)),
                        colours::opponents(), {}, false};
        fit.points = {{low, line.intercept + line.slope * low, {}, {}, {}},
                      {high, line.intercept + line.slope * high, {}, {}, {}}};
        spec.series.append(fit);
    }
    return spec;
}

ChartSpec bucketSpec(const Correlation &correlation, const StatDefinition &stat)
{
    ChartSpec spec;
    spec.xAxis = ChartSpec::XAxis::Categories;
    spec.xTitle = stat.displayLabel();
    spec.yTitle = WhatMattersTab::tr("Win rate (%)");
    spec.yMin = 0;
    spec.yMax = 100;
    spec.emptyText = WhatMattersTab::tr("No games with details under these filters");
    ChartSeries rates{ChartSeries::Kind::Bars, WhatMattersTab::tr("Win rate"), colours::me(), {}, false};
    for (const CorrelationBucket &bucket : correlation.buckets) {
        spec.categories.append(bucket.label);
        rates.points.append({double(rates.points.size()), bucket.winRate, {}, {},
                             WhatMattersTab::tr("%1 %2: %3 won of %4")
                                 .arg(stat.displayLabel(), bucket.label,
                                      text::percent(bucket.winRate / 100.0),
                                      text::games(bucket.games))});
    }
    spec.series.append(rates);
    return spec;
}
} // namespace

WhatMattersTab::WhatMattersTab(const WindowServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new StatImpactModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_scatter(createChart(this))
    , m_buckets(createChart(this))
{
    auto *layout = new QVBoxLayout(this);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Every stat against the goal difference of your games: the higher "
                          "“explains”, the more your results move with it. Select a stat to "
                          "see its games."));
    layout->addWidget(m_summary);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Stats ranked by how they go with goal difference"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(false);
    tableexport::install(m_view, QStringLiteral("what-matters"));
    splitter->addWidget(m_view);
    auto *charts = new QSplitter(Qt::Vertical, splitter);
    m_scatter->setAccessibleName(tr("The selected stat against goal difference"));
    m_buckets->setAccessibleName(tr("Win rate by the selected stat"));
    charts->addWidget(m_scatter);
    charts->addWidget(m_buckets);
    splitter->addWidget(charts);
    // The table is wide by nature (every column sized to its contents): give the charts their
    // half, or their category labels elide.
    splitter->setSizes({1000, 1000});
    layout->addWidget(splitter, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showStat(current.row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
    });
}

void WhatMattersTab::refresh(const StatsFilter &filter)
{
    m_filter = filter;
    m_services.queries->request(
        QStringLiteral("analysis-what-matters"), this,
        [filter](const Database &database) {
            return statImpacts(database, QStringLiteral("me"), filter);
        },
        [this](const QList<StatImpact> &impacts) { m_model->setImpacts(impacts); });
}

void WhatMattersTab::showStat(int row)
{
    if (row < 0 || row >= m_model->impacts().size())
        return;
    const StatDefinition *stat = m_model->impacts().at(row).stat;
    const std::optional<CorrelationStat> asked =
        findCorrelationStat(stat->groupName() + QLatin1Char('.') + stat->keyName());
    if (!asked)
        return;
    const StatsFilter filter = m_filter;
    m_services.queries->request(
        QStringLiteral("analysis-correlation"), this,
        [filter, asked = *asked](const Database &database) {
            return correlation(database, asked, QStringLiteral("me"), filter);
        },
        [this, stat](const Correlation &result) {
            m_scatter->setSpec(scatterSpec(result, *stat));
            m_buckets->setSpec(bucketSpec(result, *stat));
        });
}

} // namespace bcs
