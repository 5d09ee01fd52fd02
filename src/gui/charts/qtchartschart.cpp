// The Qt Charts implementation of Chart (charts/chart.h). Bars on a category axis are grouped
// per category (one bar set per series); lines and points go on the same axes; intervals are
// whiskers (a short line series per point, positioned over its bar); Bars on a value or date
// axis are drawn as steps, since Qt Charts puts bars on categories only.

#include "gui/charts/chart.h"

#include "gui/charts/chartpalette.h"

#include <QAction>
#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QStackedLayout>
#include <QStandardPaths>
#include <QToolTip>
#include <QValueAxis>

namespace bcs {

namespace {

using Kind = ChartSeries::Kind;
using XAxis = ChartSpec::XAxis;

// Qt Charts' default: a category's bars together take half of its width.
constexpr double kBarGroupWidth = 0.5;

// The smallest and largest x of every point (the spec has at least one).
std::pair<double, double> xRange(const ChartSpec &spec)
{
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    for (const ChartSeries &series : spec.series) {
        for (const ChartPoint &point : series.points) {
            low = std::min(low, point.x);
            high = std::max(high, point.x);
        }
    }
    return {low, high};
}

bool hasPoints(const ChartSpec &spec)
{
    return std::any_of(spec.series.cbegin(), spec.series.cend(),
                       [](const ChartSeries &series) { return !series.points.isEmpty(); });
}

class QtChartsChart final : public Chart
{
public:
    explicit QtChartsChart(QWidget *parent)
        : Chart(parent)
        , m_view(new QChartView(this))
        , m_empty(new QLabel(this))
    {
        m_view->setRenderHint(QPainter::Antialiasing);
        m_view->chart()->setBackgroundRoundness(0);
        m_view->chart()->setMargins(QMargins(4, 4, 4, 4));
        m_empty->setAlignment(Qt::AlignCenter);
        m_empty->setWordWrap(true);
        m_layout = new QStackedLayout(this);
        m_layout->addWidget(m_view);
        m_layout->addWidget(m_empty);
        setMinimumHeight(fontMetrics().height() * 12);
        setMinimumWidth(fontMetrics().averageCharWidth() * 40);
        // Every chart saves itself as PNG from its context menu (a page may add a button too);
        // the file is named after the chart's accessible name.
        auto *save = new QAction(Chart::tr("Save chart as PNG…"), this);
        connect(save, &QAction::triggered, this, [this] {
            QString stem = accessibleName().toLower().simplified();
            stem.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
            exportChartWithDialog(this, stem.isEmpty() ? QStringLiteral("chart") : stem);
        });
        addAction(save);
        setContextMenuPolicy(Qt::ActionsContextMenu);
        rebuild();
    }

    void setSpec(const ChartSpec &spec) override
    {
        if (spec == m_spec && m_built)
            return;
        m_spec = spec;
        rebuild();
    }

    const ChartSpec &spec() const override { return m_spec; }

    bool savePng(const QString &path, QString *error) const override
    {
        const qreal scale = 2;
        QImage image(size() * scale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(palette().color(QPalette::Window));
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            if (m_layout->currentWidget() == m_view)
                m_view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size())));
            else
                m_empty->render(&painter);
        }
        if (!image.save(path, "PNG")) {
            if (error)
                *error = tr("cannot write %1").arg(QDir::toNativeSeparators(path));
            return false;
        }
        return true;
    }

private:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
            rebuild();
        Chart::changeEvent(event);
    }

    QString formatValue(double value) const
    {
        const double rounded = std::round(value);
        return std::abs(value - rounded) < 1e-9 ? QLocale().toString(qint64(rounded))
                                                : QLocale().toString(value, 'f', 1);
    }

    QString xText(double x) const
    {
        switch (m_spec.xAxis) {
        case XAxis::Categories: return m_spec.categories.value(int(std::lround(x)));
        case XAxis::Dates:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(x)).date(),
                                      QLocale::ShortFormat);
        case XAxis::Values: return formatValue(x);
        }
        return {};
    }

    QString tooltipOf(int seriesIndex, int pointIndex) const
    {
        const ChartSeries &series = m_spec.series.at(seriesIndex);
        const ChartPoint &point = series.points.at(pointIndex);
        if (!point.tooltip.isEmpty())
            return point.tooltip;
        QString text = tr("%1 — %2: %3").arg(series.name, xText(point.x), formatValue(point.y));
        if (point.low && point.high)
            text += tr(" (%1 – %2)").arg(formatValue(*point.low), formatValue(*point.high));
        return text;
    }

    void showTooltip(int seriesIndex, int pointIndex, bool on)
    {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), tooltipOf(seriesIndex, pointIndex), this);
    }

    // The point of `series` nearest to `at` in x (the chart reports a position, not an index).
    int nearestPoint(int seriesIndex, const QPointF &at) const
    {
        const QList<ChartPoint> &points = m_spec.series.at(seriesIndex).points;
        int best = -1;
        double distance = 0;
        for (int i = 0; i < points.size(); ++i) {
            const double d = std::hypot(points.at(i).x - at.x(), (points.at(i).y - at.y()) * 1e-6);
            if (best < 0 || d < distance) {
                best = i;
                distance = d;
            }
        }
        return best;
    }

    // The step under x: the last point at or before it.
    int stepAt(int seriesIndex, double x) const
    {
        const QList<ChartPoint> &points = m_spec.series.at(seriesIndex).points;
        int found = points.isEmpty() ? -1 : 0;
        for (int i = 0; i < points.size(); ++i) {
            if (points.at(i).x <= x)
                found = i;
        }
        return found;
    }

    // Where a point's bar stands on the category axis (its whisker goes there).
    double barCentre(double category, int barIndex, int barCount) const
    {
        if (barCount <= 1)
            return category;
        const double width = kBarGroupWidth / barCount;
        return category - kBarGroupWidth / 2 + width * (barIndex + 0.5);
    }

    void addWhiskers(QChart *chart, const ChartSeries &series, const QList<double> &xs,
                     QAbstractAxis *x, QAbstractAxis *y)
    {
        QColor colour = palette().color(QPalette::Text);
        colour.setAlphaF(0.7);
        for (int i = 0; i < series.points.size(); ++i) {
            const ChartPoint &point = series.points.at(i);
            if (!point.low || !point.high)
                continue;
            auto *whisker = new QLineSeries;
            whisker->append(xs.at(i), *point.low);
            whisker->append(xs.at(i), *point.high);
            whisker->setPen(QPen(colour, 1.5));
            chart->addSeries(whisker);
            whisker->attachAxis(x);
            whisker->attachAxis(y);
            hideFromLegend(chart, whisker);
        }
    }

    static void hideFromLegend(QChart *chart, QAbstractSeries *series)
    {
        for (QLegendMarker *marker : chart->legend()->markers(series))
            marker->setVisible(false);
    }

    QAbstractAxis *makeXAxis(QChart *chart)
    {
        QAbstractAxis *axis = nullptr;
        switch (m_spec.xAxis) {
        case XAxis::Categories: {
            auto *categories = new QBarCategoryAxis;
            categories->append(m_spec.categories);
            axis = categories;
            break;
        }
        case XAxis::Dates: {
            auto *dates = new QDateTimeAxis;
            const auto [low, high] = xRange(m_spec);
            const qint64 days = qint64((high - low) / 86'400'000.0);
            // Ticks are evenly spaced: month labels need a month between ticks, or two ticks
            // read the same ("Mar Mar").
            if (days <= 180) {
                dates->setFormat(QStringLiteral("d MMM"));
                dates->setTickCount(int(std::clamp<qint64>(days / 14 + 2, 3, 8)));
            } else {
                dates->setFormat(days > 400 ? QStringLiteral("MMM yy") : QStringLiteral("MMM"));
                dates->setTickCount(int(std::clamp<qint64>(days / 31 + 1, 3, 8)));
            }
            axis = dates;
            break;
        }
        case XAxis::Values: {
            auto *values = new QValueAxis;
            values->setLabelFormat(QStringLiteral("%g"));
            const auto [low, high] = xRange(m_spec);
            // A margin on both sides, so points at the ends are not cut in half by the frame.
            const double margin = high > low ? (high - low) * 0.04 : 1;
            values->setRange(low - margin, high + margin);
            values->applyNiceNumbers();
            axis = values;
            break;
        }
        }
        axis->setTitleText(m_spec.xTitle);
        chartpalette::styleAxis(axis, *this);
        chart->addAxis(axis, Qt::AlignBottom);
        return axis;
    }

    QValueAxis *makeYAxis(QChart *chart, const QString &title, Qt::Alignment side, bool primary)
    {
        auto *axis = new QValueAxis;
        axis->setTitleText(title);
        chartpalette::styleAxis(axis, *this);
        chart->addAxis(axis, side);
        double low = 0; // bars and counts start at zero; values below it widen the range
        double high = 0;
        bool any = false;
        for (const ChartSeries &series : std::as_const(m_spec.series)) {
            if (series.secondaryAxis == primary)
                continue;
            for (const ChartPoint &point : series.points) {
                low = std::min({low, point.y, point.low.value_or(point.y)});
                high = std::max({high, point.y, point.high.value_or(point.y)});
                any = true;
            }
        }
        if (primary && m_spec.yMin)
            low = *m_spec.yMin;
        if (primary && m_spec.yMax)
            high = *m_spec.yMax;
        if (!any || high <= low)
            high = low + 1;
        const double margin = (high - low) * 0.05;
        // Values below zero get the same margin as those above, so no point sits on the frame.
        axis->setRange(low < 0 && !(primary && m_spec.yMin) ? low - margin : low,
                       high + (primary && m_spec.yMax ? 0 : margin));
        if (!(primary && m_spec.yMax))
            axis->applyNiceNumbers();
        axis->setLabelFormat(QStringLiteral("%g"));
        return axis;
    }

    void addBars(QChart *chart, const QList<int> &indices, QAbstractAxis *x, QAbstractAxis *y)
    {
        if (indices.isEmpty())
            return;
        auto *bars = new QBarSeries;
        bars->setBarWidth(kBarGroupWidth);
        for (int order = 0; order < indices.size(); ++order) {
            const int index = indices.at(order);
            const ChartSeries &series = m_spec.series.at(index);
            auto *set = new QBarSet(series.name);
            QList<qreal> values(m_spec.categories.size(), 0);
            for (const ChartPoint &point : series.points) {
                const int category = int(std::lround(point.x));
                if (category >= 0 && category < values.size())
                    values[category] = point.y;
            }
            set->append(values);
            set->setColor(series.colour);
            set->setBorderColor(series.colour.darker(115));
            // Bar sets index by category; the spec's points may leave categories out.
            const auto pointOf = [this, index](int category) {
                const QList<ChartPoint> &points = m_spec.series.at(index).points;
                for (int i = 0; i < points.size(); ++i) {
                    if (int(std::lround(points.at(i).x)) == category)
                        return i;
                }
                return -1;
            };
            connect(set, &QBarSet::hovered, this, [this, index, pointOf](bool on, int category) {
                const int point = pointOf(category);
                if (point >= 0)
                    showTooltip(index, point, on);
            });
            connect(set, &QBarSet::clicked, this, [this, index, pointOf](int category) {
                const int point = pointOf(category);
                if (point >= 0)
                    Q_EMIT pointClicked(index, point);
            });
            bars->append(set);
        }
        chart->addSeries(bars);
        bars->attachAxis(x);
        bars->attachAxis(y);
        for (int order = 0; order < indices.size(); ++order) {
            const ChartSeries &series = m_spec.series.at(indices.at(order));
            QList<double> xs;
            for (const ChartPoint &point : series.points)
                xs << barCentre(std::lround(point.x), order, int(indices.size()));
            addWhiskers(chart, series, xs, x, y);
        }
    }

    void addXY(QChart *chart, int index, QAbstractAxis *x, QAbstractAxis *y)
    {
        const ChartSeries &series = m_spec.series.at(index);
        QXYSeries *xy = nullptr;
        QList<QPointF> points;
        if (series.kind == Kind::Bars) {
            // Steps on a continuous axis: each value holds until the next point, filled lightly
            // so that a line drawn over it stays readable.
            for (int i = 0; i < series.points.size(); ++i) {
                const ChartPoint &point = series.points.at(i);
                const double next = i + 1 < series.points.size()
                                        ? series.points.at(i + 1).x
                                        : point.x + (i > 0 ? point.x - series.points.at(i - 1).x : 1);
                points << QPointF(point.x, point.y) << QPointF(next, point.y);
            }
            auto *upper = new QLineSeries;
            upper->replace(points);
            auto *area = new QAreaSeries(upper);
            upper->setParent(area);
            area->setName(series.name);
            QColor fill = series.colour;
            fill.setAlphaF(0.3);
            area->setBrush(fill);
            area->setPen(QPen(series.colour, 1));
            chart->addSeries(area);
            area->attachAxis(x);
            area->attachAxis(y);
            connect(area, &QAreaSeries::hovered, this, [this, index](const QPointF &at, bool on) {
                const int point = stepAt(index, at.x());
                if (point >= 0)
                    showTooltip(index, point, on);
            });
            connect(area, &QAreaSeries::clicked, this, [this, index](const QPointF &at) {
                const int point = stepAt(index, at.x());
                if (point >= 0)
                    Q_EMIT pointClicked(index, point);
            });
            return;
        } else if (series.kind == Kind::Line) {
            for (const ChartPoint &point : series.points)
                points << QPointF(point.x, point.y);
            xy = new QLineSeries;
            xy->setPen(QPen(series.colour, 2));
            xy->setPointsVisible(series.points.size() <= 60);
        } else {
            for (const ChartPoint &point : series.points)
                points << QPointF(point.x, point.y);
            auto *scatter = new QScatterSeries;
            scatter->setMarkerSize(series.points.size() > 400 ? 5 : 8);
            QColor fill = series.colour;
            fill.setAlphaF(series.points.size() > 400 ? 0.45 : 0.8);
            scatter->setColor(fill);
            scatter->setBorderColor(Qt::transparent);
            xy = scatter;
        }
        if (series.kind != Kind::Points)
            xy->setColor(series.colour);
        xy->setName(series.name);
        xy->replace(points);
        chart->addSeries(xy);
        xy->attachAxis(x);
        xy->attachAxis(y);
        connect(xy, &QXYSeries::hovered, this, [this, index](const QPointF &at, bool on) {
            const int point = nearestPoint(index, at);
            if (point >= 0)
                showTooltip(index, point, on);
        });
        connect(xy, &QXYSeries::clicked, this, [this, index](const QPointF &at) {
            const int point = nearestPoint(index, at);
            if (point >= 0)
                Q_EMIT pointClicked(index, point);
        });
        QList<double> xs;
        for (const ChartPoint &point : series.points)
            xs << point.x;
        addWhiskers(chart, series, xs, x, y);
    }

    void rebuild()
    {
        m_built = true;
        QChart *chart = m_view->chart();
        chart->removeAllSeries();
        for (QAbstractAxis *axis : chart->axes()) {
            chart->removeAxis(axis);
            delete axis;
        }
        chartpalette::styleChart(chart, m_view, *this);
        chart->legend()->setLabelColor(palette().color(QPalette::Text));
        chart->legend()->setAlignment(Qt::AlignTop);
        m_empty->setText(m_spec.emptyText);
        if (!hasPoints(m_spec)) {
            m_layout->setCurrentWidget(m_empty);
            return;
        }
        m_layout->setCurrentWidget(m_view);
        QAbstractAxis *x = makeXAxis(chart);
        QValueAxis *y = makeYAxis(chart, m_spec.yTitle, Qt::AlignLeft, true);
        const bool secondary = std::any_of(m_spec.series.cbegin(), m_spec.series.cend(),
                                           [](const ChartSeries &s) { return s.secondaryAxis; });
        QValueAxis *right =
            secondary ? makeYAxis(chart, m_spec.secondaryTitle, Qt::AlignRight, false) : nullptr;
        // Secondary series first, so the primary ones are drawn over them.
        for (const bool onSecondary : {true, false}) {
            QAbstractAxis *yAxis = onSecondary ? static_cast<QAbstractAxis *>(right) : y;
            if (onSecondary && !right)
                continue;
            QList<int> bars;
            for (int i = 0; i < m_spec.series.size(); ++i) {
                const ChartSeries &series = m_spec.series.at(i);
                if (series.secondaryAxis != onSecondary)
                    continue;
                if (series.kind == Kind::Bars && m_spec.xAxis == XAxis::Categories)
                    bars << i;
            }
            addBars(chart, bars, x, yAxis);
            for (int i = 0; i < m_spec.series.size(); ++i) {
                const ChartSeries &series = m_spec.series.at(i);
                if (series.secondaryAxis != onSecondary || bars.contains(i))
                    continue;
                addXY(chart, i, x, yAxis);
            }
        }
        int named = 0;
        for (const ChartSeries &series : std::as_const(m_spec.series))
            named += series.name.isEmpty() ? 0 : 1;
        chart->legend()->setVisible(named > 1);
    }

    QChartView *m_view;
    QLabel *m_empty;
    QStackedLayout *m_layout = nullptr;
    ChartSpec m_spec;
    bool m_built = false;
};

} // namespace

Chart *createChart(QWidget *parent)
{
    return new QtChartsChart(parent);
}

void exportChartWithDialog(Chart *chart, const QString &fileStem)
{
    if (!chart)
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
            .filePath(fileStem + QStringLiteral(".png"));
    const QString path = QFileDialog::getSaveFileName(chart->window(), Chart::tr("Save chart as PNG"),
                                                      suggested, Chart::tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!chart->savePng(path, &error))
        QMessageBox::warning(chart->window(), Chart::tr("Chart not saved"),
                             Chart::tr("The chart was not saved: %1.").arg(error));
}

} // namespace bcs
