#pragma once
// The buckets being edited on the Players page: the saved config, the config as edited, and the
// undo stack every change goes through (Edit ▸ Undo/Redo). "Unsaved" means the buckets differ
// from the saved config — undoing back to it, or making and then reversing a change by hand,
// leaves nothing to save.

#include "core/playerconfig.h"

#include <QObject>

class QUndoStack;

namespace bcs {

class RoleEditor : public QObject
{
    Q_OBJECT

public:
    explicit RoleEditor(QObject *parent = nullptr);

    const PlayerConfig &config() const { return m_current; }
    const PlayerConfig &saved() const { return m_saved; }
    bool isModified() const;
    QUndoStack *undoStack() const { return m_undo; }

    // The config as stored: shown, with an empty history.
    void load(const PlayerConfig &saved);
    // One undoable change, named for the Edit menu ("Assign 3 names to Me"); nothing when `next`
    // changes nothing.
    void change(const PlayerConfig &next, const QString &text);
    // `stored` is now the saved config (the edits stay undoable).
    void markSaved(const PlayerConfig &stored);
    // Back to the saved config, as one undoable change.
    void revert();

Q_SIGNALS:
    void changed();
    void modifiedChanged(bool modified);

private:
    friend class BucketChangeCommand;
    void show(const PlayerConfig &config);
    void emitModifiedIfChanged();

    PlayerConfig m_saved;
    PlayerConfig m_current;
    QUndoStack *m_undo;
    bool m_wasModified = false;
};

} // namespace bcs
