// The Qt Charts implementation of TimeSeriesChart: an area per day or week on a date axis.

#include "gui/charts/timeserieschart.h"

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
        m_name = seriesName;
        m_values = values;
        m_colour = colour;
        m_empty->setText(emptyText);
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
        for (QAbstractAxis *axis : chart->axes())
            chart->removeAxis(axis);
        const QPalette colours = palette();
        chart->setBackgroundBrush(colours.color(QPalette::Base));
        chart->setBackgroundPen(Qt::NoPen);
        chart->setPlotAreaBackgroundVisible(false);
        m_view->setBackgroundBrush(colours.color(QPalette::Window));
        if (m_values.isEmpty()) {
            m_layout->setCurrentWidget(m_empty);
            return;
        }
        m_layout->setCurrentWidget(m_view);
        bool weekly = false;
        const QList<DatedValue> bins = binned(&weekly);
        m_binned = bins;
        auto *upper = new QLineSeries;
        double maximum = 1;
        // Steps: each bin is a flat top from its start to the next bin's start.
        const int span = weekly ? 7 : 1;
        for (const DatedValue &bin : bins) {
            const qreal from = QDateTime(bin.date, QTime(0, 0)).toMSecsSinceEpoch();
            const qreal to = QDateTime(bin.date.addDays(span), QTime(0, 0)).toMSecsSinceEpoch();
            upper->append(from, bin.value);
            upper->append(to, bin.value);
            maximum = std::max(maximum, bin.value);
        }
        auto *area = new QAreaSeries(upper);
        area->setName(m_name);
        QColor fill = m_colour;
        fill.setAlphaF(0.55);
        area->setBrush(fill);
        area->setPen(QPen(m_colour, 1.5));
        chart->addSeries(area);
        connect(area, &QAreaSeries::hovered, this, [this, weekly](const QPointF &point, bool inside) {
            if (!inside) {
                QToolTip::hideText();
                return;
            }
            const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date();
            const QDate bin = weekly ? day.addDays(1 - day.dayOfWeek()) : day;
            double value = 0;
            for (const DatedValue &entry : m_binned) {
                if (entry.date == bin)
                    value = entry.value;
            }
            const QString when = weekly ? tr("week of %1").arg(QLocale().toString(bin, QLocale::ShortFormat))
                                        : QLocale().toString(bin, QLocale::ShortFormat);
            QToolTip::showText(QCursor::pos(), tr("%1: %2").arg(when, QLocale().toString(value, 'f', 0)));
        });

        auto *dates = new QDateTimeAxis;
        const int days = bins.first().date.daysTo(bins.last().date);
        // Short labels that fit at 1024 px; the title says which dates they span.
        dates->setFormat(days > 400 ? QStringLiteral("MMM yy")
                         : days > 60 ? QStringLiteral("MMM")
                                     : QStringLiteral("d MMM"));
        dates->setTickCount(std::clamp(days / (weekly ? 30 : 7) + 1, 2, 7));
        const QLocale locale;
        const QString dateSpan = tr("%1 – %2").arg(locale.toString(bins.first().date, QLocale::ShortFormat),
                                                locale.toString(bins.last().date, QLocale::ShortFormat));
        dates->setTitleText(weekly ? tr("%1 per week, %2").arg(m_name, dateSpan)
                                   : tr("%1 per day, %2").arg(m_name, dateSpan));
        auto *counts = new QValueAxis;
        counts->setRange(0, maximum * 1.1);
        counts->setLabelFormat(QStringLiteral("%d"));
        counts->applyNiceNumbers();
        for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(dates),
                                    static_cast<QAbstractAxis *>(counts)}) {
            axis->setLabelsColor(colours.color(QPalette::Text));
            axis->setTitleBrush(colours.color(QPalette::Text));
            axis->setGridLineColor(colours.color(QPalette::Mid));
            axis->setLinePenColor(colours.color(QPalette::Mid));
            QFont font = axis->labelsFont();
            font.setPointSizeF(QWidget::font().pointSizeF() * 0.9);
            axis->setLabelsFont(font);
            axis->setTitleFont(font);
        }
        chart->addAxis(dates, Qt::AlignBottom);
        chart->addAxis(counts, Qt::AlignLeft);
        area->attachAxis(dates);
        area->attachAxis(counts);
    }

    QChartView *m_view;
    QLabel *m_empty;
    QStackedLayout *m_layout = nullptr;
    QString m_name;
    QList<DatedValue> m_values;
    QList<DatedValue> m_binned; // what is drawn, for the hover text
    QColor m_colour;
};

} // namespace

TimeSeriesChart *createTimeSeriesChart(QWidget *parent)
{
    return new QtChartsTimeSeriesChart(parent);
}

} // namespace bcs
