#include "gui/common/emptystate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace bcs {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    for (QLabel *label : {m_title, m_text}) {
        label->setAlignment(Qt::AlignHCenter);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    // A column of readable width in the middle; no alignment flags on the labels, which would
    // cut a wrapped label to its one-line height.
    auto *column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addWidget(m_text);
    column->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing) * 2);
    column->addWidget(m_action, 0, Qt::AlignHCenter);
    auto *centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addLayout(column, 3);
    centred->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(centred);
    layout->addStretch(3);
    connect(m_action, &QPushButton::clicked, this, &EmptyState::actionTriggered);
}

void EmptyState::setMessage(const QString &title, const QString &text, const QString &action)
{
    m_title->setText(title);
    m_text->setText(text);
    m_action->setText(action);
    m_action->setVisible(!action.isEmpty());
}

} // namespace bcs
