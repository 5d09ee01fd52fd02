#include "gui/pages/pendingpage.h"

#include "gui/common/emptystate.h"
#include "gui/common/textformat.h"

#include <QLabel>
#include <QVBoxLayout>

namespace bcs {

PendingPage::PendingPage(const QString &title, const QString &willShow, bool needsMe,
                         QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_willShow(willShow)
    , m_needsMe(needsMe)
    , m_empty(new EmptyState(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    connect(m_empty, &EmptyState::actionTriggered, this, [this] {
        if (m_next == Next::Sync)
            Q_EMIT syncRequested();
        else if (m_next == Next::Players)
            Q_EMIT playersRequested();
    });
    showState({});
}

void PendingPage::showState(const CacheState &state)
{
    if (state.listedReplays == 0) {
        m_next = Next::Sync;
        m_empty->setMessage(m_title, m_willShow + QStringLiteral("\n\n") +
                                   tr("There is nothing to show yet: sync your replays first."),
                      tr("Sync your replays"));
    } else if (m_needsMe && !state.meConfigured) {
        m_next = Next::Players;
        m_empty->setMessage(m_title,
                      m_willShow + QStringLiteral("\n\n") +
                          tr("Tell us which of the %1 names in your replays are yours.")
                              .arg(text::count(state.playerNames)),
                      tr("Tell us which names are yours"));
    } else {
        m_next = Next::None;
        m_empty->setMessage(m_title, m_willShow + QStringLiteral("\n\n") +
                                   tr("%1 are ready for this page; it arrives with the next "
                                      "version of the window. Until then the same answers are "
                                      "in the local API.")
                                       .arg(text::replays(state.cachedReplays)));
    }
}

QString PendingPage::text() const
{
    QStringList texts;
    for (const QLabel *label : findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

} // namespace bcs
