#pragma once
// An edit of the role buckets as the undo stack keeps it: the buckets before and after. Whole
// snapshots (a config is a few dozen names), so undo restores exactly what was there, in order.

#include "core/playerconfig.h"

#include <QUndoCommand>

namespace bcs {

class RoleEditor;

class BucketChangeCommand : public QUndoCommand
{
public:
    BucketChangeCommand(RoleEditor *editor, PlayerConfig before, PlayerConfig after,
                        const QString &text);

    void undo() override;
    void redo() override;

private:
    RoleEditor *m_editor;
    PlayerConfig m_before;
    PlayerConfig m_after;
};

} // namespace bcs
