#include "gui/charts/chartpalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>

namespace bcs::chartpalette {

void styleChart(QChart *chart, QChartView *view, const QWidget &owner)
{
    const QPalette colours = owner.palette();
    chart->setBackgroundBrush(colours.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    view->setBackgroundBrush(colours.color(QPalette::Window));
}

void styleAxis(QAbstractAxis *axis, const QWidget &owner)
{
    const QPalette colours = owner.palette();
    axis->setLabelsColor(colours.color(QPalette::Text));
    axis->setTitleBrush(colours.color(QPalette::Text));
    axis->setGridLineColor(colours.color(QPalette::Mid));
    axis->setLinePenColor(colours.color(QPalette::Mid));
    QFont labels = axis->labelsFont();
    labels.setPointSizeF(owner.font().pointSizeF() * 0.9);
    axis->setLabelsFont(labels);
    axis->setTitleFont(labels);
}

} // namespace bcs::chartpalette
