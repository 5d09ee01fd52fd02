#include "gui/roles/roleeditor.h"

#include "gui/roles/bucketchangecommand.h"
#include "gui/roles/rolebuckets.h"

#include <QUndoStack>

namespace bcs {

RoleEditor::RoleEditor(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{}

bool RoleEditor::isModified() const
{
    return !rolebuckets::sameBuckets(m_current, m_saved);
}

void RoleEditor::load(const PlayerConfig &saved)
{
    m_undo->clear();
    m_saved = saved;
    show(saved);
}

void RoleEditor::change(const PlayerConfig &next, const QString &text)
{
    if (rolebuckets::sameBuckets(next, m_current))
        return;
    m_undo->push(new BucketChangeCommand(this, m_current, next, text)); // push runs redo()
}

void RoleEditor::markSaved(const PlayerConfig &stored)
{
    m_saved = stored;
    m_undo->setClean();
    emitModifiedIfChanged();
}

void RoleEditor::revert()
{
    change(m_saved, tr("Revert to the saved roles"));
}

void RoleEditor::show(const PlayerConfig &config)
{
    m_current = config;
    Q_EMIT changed();
    emitModifiedIfChanged();
}

void RoleEditor::emitModifiedIfChanged()
{
    if (const bool modified = isModified(); modified != m_wasModified) {
        m_wasModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

} // namespace bcs
