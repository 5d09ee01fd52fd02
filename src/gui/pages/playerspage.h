#pragma once
// The Players page (issue 13): every name seen, and the role buckets the user drags them into.
// Scaffold: the frame, the undo stack and the save state the window's menus use.

#include "gui/pages/pageframe.h"
#include "gui/shell/windowservices.h"

class QUndoStack;

namespace bcs {

class PlayersPage : public PageFrame
{
    Q_OBJECT

public:
    PlayersPage(const WindowServices &services, QWidget *parent = nullptr);

    // Every change to the buckets is a command here (Edit ▸ Undo/Redo).
    QUndoStack *undoStack() const { return m_undo; }
    bool hasUnsavedChanges() const;
    // Saves the buckets as the player config (the shared save operation, off the GUI thread).
    void save();
    // Drops unsaved changes: the buckets show the saved config again.
    void revert();

Q_SIGNALS:
    // The new roles are stored and rebuilt: every page's numbers are stale.
    void rolesSaved();
    void unsavedChangesChanged(bool unsaved);

private:
    WindowServices m_services;
    QUndoStack *m_undo;
};

} // namespace bcs
