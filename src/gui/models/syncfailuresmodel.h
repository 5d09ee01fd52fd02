#pragma once
// The replays a sync could not store, and why: replay id and reason, in the order they happened.

#include "storage/synclogrepository.h"

#include <QAbstractTableModel>

namespace bcs {

class SyncFailuresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Replay, Reason, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    // Resets only when the list changed: progress arrives twice a second while it rarely does.
    void setFailures(const QList<SyncFailure> &failures);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<SyncFailure> m_failures;
};

} // namespace bcs
