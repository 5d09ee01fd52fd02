#pragma once
// The Sync page's history table: one row per sync, newest first, with what it asked for and
// what it did. Qt::UserRole gives each cell's sort key (dates as epoch ms, counts as numbers),
// so a QSortFilterProxyModel sorts by value, not by the displayed text.

#include "storage/synclogrepository.h"

#include <QAbstractTableModel>

namespace bcs {

class SyncHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Started, Range, Status, Found, Fetched, Skipped, Failed, Requests, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<SyncLogEntry> entries);
    const QList<SyncLogEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "everything", "since 1 Jan 2026", "1 Jan – 31 Jan 2026": a sync's range in words.
    static QString rangeText(const SyncLogEntry &entry);

private:
    QString statusText(const SyncLogEntry &entry) const;

    QList<SyncLogEntry> m_entries;
};

} // namespace bcs
