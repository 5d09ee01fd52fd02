#include "gui/pages/pageframe.h"

#include "gui/common/emptystate.h"
#include "gui/common/textformat.h"
#include "gui/filters/filterbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace bcs {

PageFrame::PageFrame(const Options &options, QWidget *parent)
    : QWidget(parent)
    , m_options(options)
    , m_title(new QLabel(options.title, this))
    , m_header(new QHBoxLayout)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(m_stack))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(options.title);
    auto *layout = new QVBoxLayout(this);
    m_header->addWidget(m_title);
    m_header->addStretch(1);
    layout->addLayout(m_header);
    if (options.filters) {
        m_filterBar = new FilterBar(options.filters, options.queries, this);
        layout->addWidget(m_filterBar);
    }
    layout->addWidget(m_stack, 1);
    m_stack->addWidget(m_empty);
    connect(m_empty, &EmptyState::actionTriggered, this, [this] {
        if (m_next == Next::Sync)
            Q_EMIT syncRequested();
        else if (m_next == Next::Players)
            Q_EMIT playersRequested();
    });
    showState({});
}

void PageFrame::setContent(QWidget *content)
{
    m_content = content;
    m_stack->addWidget(content);
    showState(m_state);
}

void PageFrame::addHeaderWidget(QWidget *widget)
{
    m_header->addWidget(widget);
}

bool PageFrame::contentShown() const
{
    return m_content && m_stack->currentWidget() == m_content;
}

QString PageFrame::emptyText() const
{
    QStringList texts;
    for (const QLabel *label : m_empty->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

void PageFrame::showState(const CacheState &state)
{
    m_state = state;
    const QString intro = m_options.willShow + QStringLiteral("\n\n");
    if (state.listedReplays == 0) {
        m_next = Next::Sync;
        m_empty->setMessage(m_options.title,
                            intro + tr("There is nothing to show yet: sync your replays first."),
                            tr("Sync your replays"));
    } else if (m_options.needsMe && !state.meConfigured) {
        m_next = Next::Players;
        m_empty->setMessage(m_options.title,
                            intro + tr("Tell us which of the %1 names in your replays are yours.")
                                        .arg(text::count(state.playerNames)),
                            tr("Tell us which names are yours"));
    } else {
        m_next = Next::None;
        if (!m_content)
            m_empty->setMessage(m_options.title,
                                intro + tr("%1 are ready for this page; its tables and charts "
                                           "are not in this build yet. The local API has the "
                                           "same answers meanwhile.")
                                            .arg(text::replays(state.cachedReplays)));
    }
    const bool ready = m_next == Next::None && m_content;
    m_stack->setCurrentWidget(ready ? m_content : static_cast<QWidget *>(m_empty));
    if (m_filterBar)
        m_filterBar->setVisible(ready);
}

} // namespace bcs
