#include "gui/pages/playerspage.h"

#include <QUndoStack>

namespace bcs {

PlayersPage::PlayersPage(const WindowServices &services, QWidget *parent)
    : PageFrame({tr("Players"),
                 tr("Every name in your replays, to drag into “Me”, your regular teammates, or "
                    "leave as strangers."),
                 false, nullptr, services.queries},
                parent)
    , m_services(services)
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT unsavedChangesChanged(!clean); });
}

bool PlayersPage::hasUnsavedChanges() const
{
    return !m_undo->isClean();
}

void PlayersPage::save() {}

void PlayersPage::revert()
{
    m_undo->setIndex(m_undo->cleanIndex());
}

} // namespace bcs
