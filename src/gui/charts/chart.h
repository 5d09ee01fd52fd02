#pragma once
// The charts of the Stats and Analysis pages behind one small interface (DESIGN.md §11): a page
// describes what to draw — categories or values on x, series of bars, lines or points in role
// colours, an optional interval per point — and the implementation (Qt Charts today, Qt Graphs
// on Qt >= 6.8) draws it in the palette's colours, with axis titles, a legend, the value on
// hover, clicks reported back, and PNG export.

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <optional>

namespace bcs {

struct ChartPoint
{
    // Category charts: the category's index; Value and Date charts: the x value (Date: ms since
    // the epoch, local time).
    double x = 0;
    double y = 0;
    // A 95 % interval drawn as a whisker around y (win rates), when known.
    std::optional<double> low;
    std::optional<double> high;
    // What hovering says, e.g. "Ranked Doubles, week of 3 Feb: 54.2 % of 40 games"; empty: the
    // implementation formats x and y.
    QString tooltip;
    friend bool operator==(const ChartPoint &, const ChartPoint &) = default;
};

struct ChartSeries
{
    enum class Kind { Bars, Line, Points };
    Kind kind = Kind::Bars;
    QString name; // in the legend
    QColor colour;
    QList<ChartPoint> points;
    // Drawn against the right-hand axis (e.g. games per period beside a stat's value).
    bool secondaryAxis = false;
    friend bool operator==(const ChartSeries &, const ChartSeries &) = default;
};

struct ChartSpec
{
    enum class XAxis { Categories, Values, Dates };
    XAxis xAxis = XAxis::Categories;
    QStringList categories; // XAxis::Categories: the labels, in order
    QString xTitle;         // with the unit: "Goal difference", "Week"
    QString yTitle;         // "Saves per game", "Win rate (%)"
    QString secondaryTitle; // the right-hand axis, when a series uses it
    std::optional<double> yMin, yMax; // fixed range (win rates: 0–100); else from the data
    QList<ChartSeries> series;
    QString emptyText; // shown instead of the chart when no series has a point
    friend bool operator==(const ChartSpec &, const ChartSpec &) = default;
};

class Chart : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void setSpec(const ChartSpec &spec) = 0;
    virtual const ChartSpec &spec() const = 0;
    // Renders the chart at its current size (2x for sharpness) into a PNG; false with the reason.
    virtual bool savePng(const QString &path, QString *error) const = 0;

Q_SIGNALS:
    // A bar or point was clicked (indices into spec().series and its points).
    void pointClicked(int series, int point);
};

Chart *createChart(QWidget *parent = nullptr);

// Asks for a file name and saves `chart` as PNG; a failure in a message box on the chart.
void exportChartWithDialog(Chart *chart, const QString &fileStem);

} // namespace bcs
