#include "gui/roles/bucketchangecommand.h"

#include "gui/roles/roleeditor.h"

namespace bcs {

BucketChangeCommand::BucketChangeCommand(RoleEditor *editor, PlayerConfig before,
                                         PlayerConfig after, const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void BucketChangeCommand::undo()
{
    m_editor->show(m_before);
}

void BucketChangeCommand::redo()
{
    m_editor->show(m_after);
}

} // namespace bcs
