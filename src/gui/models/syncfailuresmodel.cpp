#include "gui/models/syncfailuresmodel.h"

namespace bcs {

void SyncFailuresModel::setFailures(const QList<SyncFailure> &failures)
{
    if (failures == m_failures)
        return;
    // Failures are only ever appended during a sync: insert the new rows, keep the selection.
    const bool appended = failures.size() > m_failures.size() &&
                          std::equal(m_failures.cbegin(), m_failures.cend(), failures.cbegin());
    if (appended) {
        beginInsertRows({}, int(m_failures.size()), int(failures.size()) - 1);
        m_failures = failures;
        endInsertRows();
        return;
    }
    beginResetModel();
    m_failures = failures;
    endResetModel();
}

int SyncFailuresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_failures.size());
}

int SyncFailuresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncFailuresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const SyncFailure &failure = m_failures.at(index.row());
    return index.column() == Replay ? failure.id : failure.reason;
}

QVariant SyncFailuresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Replay ? tr("Replay") : tr("Reason");
}

} // namespace bcs
