#include "gui/pages/statselidedlabel.h"

#include <QPainter>

namespace bcs {

StatsElidedLabel::StatsElidedLabel(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
}

void StatsElidedLabel::setText(const QString &text)
{
    m_text = text;
    setAccessibleDescription(text);
    updateTooltip();
    updateGeometry();
    update();
}

QSize StatsElidedLabel::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(m_text), fontMetrics().height()};
}

QSize StatsElidedLabel::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 6, fontMetrics().height()};
}

void StatsElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(rect(), int(Qt::AlignLeft | Qt::AlignVCenter),
                     fontMetrics().elidedText(m_text, Qt::ElideRight, width()));
}

void StatsElidedLabel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateTooltip();
}

void StatsElidedLabel::updateTooltip()
{
    setToolTip(fontMetrics().horizontalAdvance(m_text) > width() ? m_text : QString());
}

} // namespace bcs
