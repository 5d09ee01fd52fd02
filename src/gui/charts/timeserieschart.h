#pragma once
// The charts' small interface (DESIGN.md §11): pages hand it dated values and a role colour;
// how it is drawn (Qt Charts today, Qt Graphs on Qt >= 6.8) stays behind createTimeSeriesChart.

#include <QDate>
#include <QList>
#include <QWidget>

namespace bcs {

struct DatedValue
{
    QDate date;
    double value = 0;
    friend bool operator==(const DatedValue &, const DatedValue &) = default;
};

class TimeSeriesChart : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Bars over time, one per day (or per week over long spans, said in the axis title); an
    // empty list shows `emptyText` instead. Colours of background, grid and text follow the
    // palette; `colour` is the series' role colour.
    virtual void setValues(const QString &seriesName, const QList<DatedValue> &values,
                           const QColor &colour, const QString &emptyText) = 0;
};

TimeSeriesChart *createTimeSeriesChart(QWidget *parent = nullptr);

} // namespace bcs
