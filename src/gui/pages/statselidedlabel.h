#pragma once
// A one-line label that elides its text ("Time at zero boost ov…") when its column is narrow,
// rather than widening the column or cutting the text off mid-letter; the whole text is in its
// tooltip then. For the chart titles of the Stats page, beside their controls.

#include <QWidget>

namespace bcs {

class StatsElidedLabel : public QWidget
{
public:
    explicit StatsElidedLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void updateTooltip();

    QString m_text;
};

} // namespace bcs
