#pragma once
// The role buckets as a tree for the Players page: "Me", each named teammate in alias order and
// "Not assigned" at the top level, a bucket's entries below it. Entries drag out (to another
// bucket, or back onto the players table); a drop on a bucket or on one of its entries puts the
// dragged entries in that bucket. A teammate bucket's alias is edited in place (a rename). Every
// change goes through the RoleEditor as one undoable command.

#include <QAbstractItemModel>
#include <QHash>

namespace bcs {

class RoleEditor;

class BucketsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit BucketsModel(RoleEditor *editor, QObject *parent = nullptr);

    // The names behind account entries ("steam:7656…" -> "Alice, alice_alt"), shown beside them.
    void setAccountNames(const QHash<QString, QStringList> &namesByAccountKey);

    // How many of the table's rows are in no bucket, said on the Not assigned row.
    void setUnassignedCount(int rows);

    // The bucket an index stands for or sits in (rolebuckets numbering); kNotAssigned for the
    // Not assigned row; -2 for no bucket.
    int bucketAt(const QModelIndex &index) const;
    QModelIndex bucketIndex(int bucket) const;
    // The entries of the entry rows among `indexes`.
    QStringList entries(const QModelIndexList &indexes) const;
    // Puts `entries` into `bucket` as one undoable change.
    void assign(const QStringList &entries, int bucket);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    // Top-level rows: the buckets 0 .. n-1, then Not assigned.
    int topLevelCount() const;
    int bucketOfTopRow(int row) const;
    int topRowOfBucket(int bucket) const;
    QString entryText(const QString &entry) const;
    QVariant bucketData(int bucket, int role) const;

    RoleEditor *m_editor;
    QHash<QString, QStringList> m_accountNames;
    int m_unassigned = -1; // unknown until the table is loaded
};

} // namespace bcs
