// The Qt Charts implementation of TimeSeriesChart: an area per day or week on a date axis.

#include "gui/charts/timeserieschart.h"

#include "gui/charts/chartpalette.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QStackedLayout>
#include <QToolTip>
#include <QCursor>
#include <QValueAxis>

namespace bcs {

namespace {

// Long spans read better per week: a year of days is 365 slivers.
constexpr int kDaysBeforeWeeks = 120;

class QtChartsTimeSeriesChart final : public TimeSeriesChart
{
public:
    explicit QtChartsTimeSeriesChart(QWidget *parent)
        : TimeSeriesChart(parent)
        , m_view(new QChartView(this))
        , m_empty(new QLabel(this))
    {
        m_view->setRenderHint(QPainter::Antialiasing);
        m_view->chart()->legend()->hide();
        m_view->chart()->setBackgroundRoundness(0);
        m_empty->setAlignment(Qt::AlignCenter);
        m_empty->setWordWrap(true);
        m_layout = new QStackedLayout(this);
        m_layout->addWidget(m_view);
        m_layout->addWidget(m_empty);
        setMinimumHeight(fontMetrics().height() * 10);
    }

    void setValues(const QString &seriesName, const QList<DatedValue> &values,
                   const QColor &colour, const QString &emptyText) override
    {
        m_empty->setText(emptyText);
        if (values == m_values && seriesName == m_name && colour == m_colour && m_area)
            return;
        const bool sameSeries = seriesName == m_name && colour == m_colour;
        m_name = seriesName;
        m_values = values;
        m_colour = colour;
        // A sync refreshes the chart every few seconds: moving the points of the series in
        // place costs a fraction of building series and axes anew (tens of ms in Qt Charts).
        if (sameSeries && m_area && !values.isEmpty() && updatePoints())
            return;
        rebuild();
    }

private:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange)
            rebuild();
        TimeSeriesChart::changeEvent(event);
    }

    // Per day, or per ISO week (Monday) over long spans; days without a value count 0.
    QList<DatedValue> binned(bool *weekly) const
    {
        QDate first = m_values.first().date;
        QDate last = m_values.first().date;
        for (const DatedValue &value : m_values) {
            first = std::min(first, value.date);
            last = std::max(last, value.date);
        }
        *weekly = first.daysTo(last) > kDaysBeforeWeeks;
        const auto binOf = [weekly](const QDate &date) {
            return *weekly ? date.addDays(1 - date.dayOfWeek()) : date;
        };
        QMap<QDate, double> sums;
        for (QDate day = binOf(first); day <= last; day = day.addDays(*weekly ? 7 : 1))
            sums.insert(day, 0);
        for (const DatedValue &value : m_values)
            sums[binOf(value.date)] += value.value;
        QList<DatedValue> bins;
        for (auto it = sums.cbegin(); it != sums.cend(); ++it)
            bins.append({it.key(), it.value()});
        return bins;
    }

    void rebuild()
    {
        QChart *chart = m_view->chart();
        chart->removeAllSeries();
        for (QAbstractAxis *axis : chart->axes()) {
            chart->removeAxis(axis);
            delete axis;
        }
        m_upper = nullptr;
        m_area = nullptr;
        m_dates = nullptr;
        m_counts = nullptr;
        chartpalette::styleChart(chart, m_view, *this);
        if (m_values.isEmpty()) {
            m_layout->setCurrentWidget(m_empty);
            return;
        }
        m_layout->setCurrentWidget(m_view);
        bool weekly = false;
        m_binned = binned(&weekly);
        m_weekly = weekly;
        // The area does not own its line series: parented to it, it goes when the chart
        // removes the area.
        auto *area = new QAreaSeries;
        auto *upper = new QLineSeries(area);
        area->setUpperSeries(upper);
        area->setName(m_name);
        QColor fill = m_colour;
        fill.setAlphaF(0.55);
        area->setBrush(fill);
        area->setPen(QPen(m_colour, 1.5));
        chart->addSeries(area);
        connect(area, &QAreaSeries::hovered, this, [this](const QPointF &point, bool inside) {
            if (!inside) {
                QToolTip::hideText();
                return;
            }
            const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date();
            const QDate bin = m_weekly ? day.addDays(1 - day.dayOfWeek()) : day;
            double value = 0;
            for (const DatedValue &entry : m_binned) {
                if (entry.date == bin)
                    value = entry.value;
            }
            const QString when = m_weekly ? tr("week of %1").arg(QLocale().toString(bin, QLocale::ShortFormat))
                                        : QLocale().toString(bin, QLocale::ShortFormat);
            QToolTip::showText(QCursor::pos(), tr("%1: %2").arg(when, QLocale().toString(value, 'f', 0)));
        });

        auto *dates = new QDateTimeAxis;
        auto *counts = new QValueAxis;
        counts->setLabelFormat(QStringLiteral("%d"));
        chartpalette::styleAxis(dates, *this);
        chartpalette::styleAxis(counts, *this);
        chart->addAxis(dates, Qt::AlignBottom);
        chart->addAxis(counts, Qt::AlignLeft);
        area->attachAxis(dates);
        area->attachAxis(counts);
        m_upper = upper;
        m_area = area;
        m_dates = dates;
        m_counts = counts;
        showBins();
    }

    // New values with the same binning: the points and the axes' ranges only.
    bool updatePoints()
    {
        bool weekly = false;
        QList<DatedValue> bins = binned(&weekly);
        if (weekly != m_weekly)
            return false;
        m_binned = std::move(bins);
        showBins();
        return true;
    }

    // Steps: each bin is a flat top from its start to the next bin's start.
    void showBins()
    {
        const int span = m_weekly ? 7 : 1;
        QList<QPointF> points;
        points.reserve(m_binned.size() * 2);
        double maximum = 1;
        for (const DatedValue &bin : std::as_const(m_binned)) {
            const qreal from = QDateTime(bin.date, QTime(0, 0)).toMSecsSinceEpoch();
            const qreal to = QDateTime(bin.date.addDays(span), QTime(0, 0)).toMSecsSinceEpoch();
            points << QPointF(from, bin.value) << QPointF(to, bin.value);
            maximum = std::max(maximum, bin.value);
        }
        m_upper->replace(points);
        const QDate first = m_binned.first().date;
        const QDate last = m_binned.last().date;
        const int days = int(first.daysTo(last));
        // Short labels that fit at 1024 px; the title says which dates they span.
        m_dates->setFormat(days > 400 ? QStringLiteral("MMM yy")
                           : days > 60 ? QStringLiteral("MMM")
                                       : QStringLiteral("d MMM"));
        m_dates->setTickCount(std::clamp(days / (m_weekly ? 30 : 7) + 1, 2, 7));
        m_dates->setRange(QDateTime(first, QTime(0, 0)), QDateTime(last.addDays(span), QTime(0, 0)));
        const QLocale locale;
        const QString dateSpan = tr("%1 – %2").arg(locale.toString(first, QLocale::ShortFormat),
                                                   locale.toString(last, QLocale::ShortFormat));
        m_dates->setTitleText(m_weekly ? tr("%1 per week, %2").arg(m_name, dateSpan)
                                       : tr("%1 per day, %2").arg(m_name, dateSpan));
        m_counts->setRange(0, maximum * 1.1);
        m_counts->applyNiceNumbers();
    }

    QChartView *m_view;
    QLabel *m_empty;
    QStackedLayout *m_layout = nullptr;
    QString m_name;
    QList<DatedValue> m_values;
    QList<DatedValue> m_binned; // what is drawn, for the hover text
    bool m_weekly = false;
    QLineSeries *m_upper = nullptr; // owned by m_area, which the chart owns
    QAreaSeries *m_area = nullptr;
    QDateTimeAxis *m_dates = nullptr;
    QValueAxis *m_counts = nullptr;
    QColor m_colour;
};

} // namespace

TimeSeriesChart *createTimeSeriesChart(QWidget *parent)
{
    return new QtChartsTimeSeriesChart(parent);
}

} // namespace bcs
