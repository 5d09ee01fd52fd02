#include "gui/pages/statschartspecs.h"

#include "gui/common/statformat.h"
#include "gui/common/textformat.h"
#include "gui/models/comparisonmodel.h"

#include <QCoreApplication>
#include <QLocale>

namespace bcs {

namespace {
struct ChartSpecsTr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::StatsCharts)
};

double dateX(const QDate &start)
{
    return double(start.startOfDay().toMSecsSinceEpoch());
}
} // namespace

QString periodText(TrendBucket bucket, const QDate &start)
{
    if (bucket == TrendBucket::Week)
        return ChartSpecsTr::tr("week of %1").arg(text::shortDate(start));
    return QLocale().toString(start, QStringLiteral("MMMM yyyy"));
}

StatsChart roleBarsChart(const ComparisonModel &model, const StatDefinition &stat)
{
    StatsChart chart;
    const bool mean =
        model.values() == ComparisonValues::PerGame || stat.aggregation == Aggregation::Mean;
    chart.spec.categories = {stat.displayLabel()};
    chart.spec.yTitle = statformat::axisTitle(stat, mean);
    chart.spec.emptyText = ChartSpecsTr::tr("No games with details under this filter.");
    const int row = model.rowOfStat(stat);
    for (int role = 0; role < model.roleCount(); ++role) {
        const std::optional<double> value = model.value(row, role);
        if (!value)
            continue; // a role without games has no bar, rather than a misleading zero
        ChartSeries series;
        series.kind = ChartSeries::Kind::Bars;
        series.name = model.roleTitle(role);
        series.colour = model.roleColour(role);
        const int games = model.comparison().roles.at(role).aggregate.games;
        const QString shown = statformat::value(stat, *value, mean);
        series.points.append({0, *value, std::nullopt, std::nullopt,
                              ChartSpecsTr::tr("%1: %2 over %3 — click for the replays")
                                  .arg(series.name, shown, text::games(games))});
        chart.spec.series.append(series);
        chart.targets.append({{model.comparison().roles.at(role).role.role, Coverage::Detailed,
                               std::nullopt, TrendBucket::Week}});
    }
    return chart;
}

StatsChart trendChart(const StatDefinition &stat, TrendBucket bucket, const Trend &games,
                      const QList<TrendLine> &lines, const QColor &gamesColour)
{
    StatsChart chart;
    ChartSpec &spec = chart.spec;
    // A date axis needs two periods to span; a single one is drawn as one labelled category.
    const bool single = games.points.size() == 1;
    spec.xAxis = single ? ChartSpec::XAxis::Categories : ChartSpec::XAxis::Dates;
    if (single)
        spec.categories = {periodText(bucket, games.points.first().start)};
    const auto xOf = [single](const QDate &start) { return single ? 0.0 : dateX(start); };
    spec.xTitle =
        bucket == TrendBucket::Week ? ChartSpecsTr::tr("Week") : ChartSpecsTr::tr("Month");
    spec.yTitle = statformat::axisTitle(stat, true);
    spec.secondaryTitle = ChartSpecsTr::tr("Games");
    spec.emptyText = ChartSpecsTr::tr("No games under this filter.");

    ChartSeries played;
    played.kind = ChartSeries::Kind::Bars;
    played.name = ChartSpecsTr::tr("Games");
    played.colour = gamesColour;
    played.secondaryAxis = true;
    QList<ChartTarget> playedTargets;
    for (const TrendPoint &point : games.points) {
        played.points.append(
            {xOf(point.start), double(point.games), std::nullopt, std::nullopt,
             ChartSpecsTr::tr("%1: %2, %3 with details, win rate %4")
                 .arg(periodText(bucket, point.start), text::games(point.games),
                      text::count(point.gamesWithDetails), text::percent(point.winRate / 100.0))});
        playedTargets.append({games.role, Coverage::Listed, point.start, bucket});
    }
    spec.series.append(played);
    chart.targets.append(playedTargets);

    for (const TrendLine &line : lines) {
        ChartSeries series;
        series.kind = ChartSeries::Kind::Line;
        series.name = line.title;
        series.colour = line.colour;
        QList<ChartTarget> targets;
        for (const TrendPoint &point : line.trend.points) {
            if (!point.value)
                continue;
            series.points.append({xOf(point.start), *point.value, std::nullopt, std::nullopt,
                                  ChartSpecsTr::tr("%1, %2: %3 over %4")
                                      .arg(line.title, periodText(bucket, point.start),
                                           statformat::value(stat, *point.value, true),
                                           text::games(point.gamesWithDetails))});
            targets.append({line.role, Coverage::Detailed, point.start, bucket});
        }
        if (series.points.isEmpty())
            continue; // a role without games here: no legend entry for a line that is not drawn
        spec.series.append(series);
        chart.targets.append(targets);
    }
    return chart;
}

} // namespace bcs
