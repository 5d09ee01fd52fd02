#include "gui/common/banner.h"

#include "gui/common/rolecolours.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace bcs {

Banner::Banner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Hide this message"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void Banner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_label->setText(text);
    applyTint();
    setVisible(!text.isEmpty());
}

QString Banner::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void Banner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTint();
    QFrame::changeEvent(event);
}

void Banner::applyTint()
{
    const QColor accent = m_kind == Kind::Error     ? colours::opponents()
                          : m_kind == Kind::Success ? colours::teammate(0)
                                                    : colours::me();
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, colours::tint(accent, palette().color(QPalette::Base)));
    // Only the background is ours; a resolved Window role would otherwise block the parent's
    // palette changes from reaching this widget.
    setPalette(tinted);
}

} // namespace bcs
