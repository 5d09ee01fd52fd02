#include "gui/roles/bucketsmodel.h"

#include "gui/common/rolecolours.h"
#include "gui/common/textformat.h"
#include "gui/roles/playermime.h"
#include "gui/roles/roleeditor.h"
#include "gui/roles/rolebuckets.h"

#include <QMimeData>

namespace bcs {

namespace {
// internalId of a top-level row; an entry row's internalId is its bucket's top row + 1.
constexpr quintptr kTopLevel = 0;
constexpr int kNoBucket = -2;
} // namespace

BucketsModel::BucketsModel(RoleEditor *editor, QObject *parent)
    : QAbstractItemModel(parent)
    , m_editor(editor)
{
    // A change can add, remove and rename buckets and move entries anywhere: the tree is shown
    // again (a config holds a few dozen entries, so this is cheap), the views keep expansion by
    // the page restoring it.
    connect(editor, &RoleEditor::changed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

void BucketsModel::setAccountNames(const QHash<QString, QStringList> &namesByAccountKey)
{
    m_accountNames = namesByAccountKey;
    if (const int buckets = topLevelCount(); buckets > 0) {
        for (int row = 0; row < buckets; ++row) {
            const QModelIndex bucket = index(row, 0);
            if (const int entries = rowCount(bucket); entries > 0)
                Q_EMIT dataChanged(index(0, 0, bucket), index(entries - 1, 0, bucket));
        }
    }
}

void BucketsModel::setUnassignedCount(int rows)
{
    if (rows == m_unassigned)
        return;
    m_unassigned = rows;
    const QModelIndex row = bucketIndex(rolebuckets::kNotAssigned);
    Q_EMIT dataChanged(row, row, {Qt::DisplayRole, Qt::AccessibleTextRole});
}

int BucketsModel::topLevelCount() const
{
    return rolebuckets::bucketCount(m_editor->config()) + 1;
}

int BucketsModel::bucketOfTopRow(int row) const
{
    return row < rolebuckets::bucketCount(m_editor->config()) ? row : rolebuckets::kNotAssigned;
}

int BucketsModel::topRowOfBucket(int bucket) const
{
    return bucket == rolebuckets::kNotAssigned ? topLevelCount() - 1 : bucket;
}

int BucketsModel::bucketAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return kNoBucket;
    const int topRow = index.internalId() == kTopLevel ? index.row() : int(index.internalId()) - 1;
    return bucketOfTopRow(topRow);
}

QModelIndex BucketsModel::bucketIndex(int bucket) const
{
    return index(topRowOfBucket(bucket), 0);
}

QStringList BucketsModel::entries(const QModelIndexList &indexes) const
{
    QStringList list;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || index.model() != this || index.internalId() == kTopLevel)
            continue;
        const QString entry =
            rolebuckets::entries(m_editor->config(), bucketAt(index)).value(index.row());
        if (!entry.isEmpty() && !list.contains(entry))
            list.append(entry);
    }
    return list;
}

void BucketsModel::assign(const QStringList &entries, int bucket)
{
    if (entries.isEmpty())
        return;
    const PlayerConfig &config = m_editor->config();
    const QString target = rolebuckets::bucketName(config, bucket);
    const QString text =
        bucket == rolebuckets::kNotAssigned
            ? tr("Take %1 out of their roles").arg(text::names(entries.size()))
            : tr("Assign %1 to %2")
                  .arg(entries.size() == 1 ? entries.constFirst() : text::names(entries.size()),
                       target);
    m_editor->change(rolebuckets::assign(config, entries, bucket), text);
}

QModelIndex BucketsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex BucketsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, kTopLevel);
}

int BucketsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return topLevelCount();
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return 0;
    return int(rolebuckets::entries(m_editor->config(), bucketOfTopRow(parent.row())).size());
}

int BucketsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QString BucketsModel::entryText(const QString &entry) const
{
    if (!PlayerConfig::isAccountEntry(entry))
        return entry;
    const QStringList names = m_accountNames.value(PlayerConfig::matchKey(entry));
    return names.isEmpty() ? tr("%1 (whole account)").arg(entry)
                           : tr("%1 — every name: %2").arg(entry, names.join(QStringLiteral(", ")));
}

QVariant BucketsModel::bucketData(int bucket, int role) const
{
    const PlayerConfig &config = m_editor->config();
    switch (role) {
    case Qt::DisplayRole: {
        if (bucket == rolebuckets::kNotAssigned)
            return m_unassigned < 0 ? rolebuckets::bucketName(config, bucket)
                                    : tr("%1 · %2 in the table")
                                          .arg(rolebuckets::bucketName(config, bucket),
                                               text::names(m_unassigned));
        const auto held = rolebuckets::entries(config, bucket).size();
        return tr("%1 · %2").arg(rolebuckets::bucketName(config, bucket), text::names(held));
    }
    case Qt::EditRole:
        return rolebuckets::bucketName(config, bucket);
    case Qt::DecorationRole:
        if (bucket == rolebuckets::kMe)
            return colours::me();
        if (bucket != rolebuckets::kNotAssigned)
            return colours::teammate(bucket - 1);
        return {};
    case Qt::ToolTipRole:
        if (bucket == rolebuckets::kMe)
            return tr("The names and accounts that are you. Drop names here.");
        if (bucket == rolebuckets::kNotAssigned)
            return tr("Drop names here to take them out of every role: they count as anonymous "
                      "teammates or opponents.");
        return tr("A regular teammate: every name here counts as %1. Double-click or press F2 "
                  "to rename.")
            .arg(rolebuckets::bucketName(config, bucket));
    case Qt::AccessibleTextRole:
        return bucketData(bucket, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant BucketsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTopLevel)
        return bucketData(bucketOfTopRow(index.row()), role);
    const QString entry =
        rolebuckets::entries(m_editor->config(), bucketAt(index)).value(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return entryText(entry);
    case Qt::EditRole:
        return entry;
    case Qt::ToolTipRole:
        return PlayerConfig::isAccountEntry(entry)
                   ? tr("This account, whatever name it plays under")
                   : tr("This name, on any account");
    default:
        return {};
    }
}

bool BucketsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.internalId() != kTopLevel)
        return false;
    const int bucket = bucketOfTopRow(index.row());
    const auto renamed = rolebuckets::renameTeammate(m_editor->config(), bucket, value.toString());
    if (!renamed)
        return false; // empty, or another teammate's alias
    m_editor->change(*renamed, tr("Rename %1 to %2")
                                   .arg(rolebuckets::bucketName(m_editor->config(), bucket),
                                        value.toString().simplified()));
    return true;
}

QVariant BucketsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Roles");
    return QAbstractItemModel::headerData(section, orientation, role);
}

Qt::ItemFlags BucketsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kTopLevel) {
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
        if (bucketOfTopRow(index.row()) > rolebuckets::kMe)
            flags |= Qt::ItemIsEditable;
        return flags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled
           | Qt::ItemIsDropEnabled | Qt::ItemNeverHasChildren;
}

QStringList BucketsModel::mimeTypes() const
{
    return {playermime::type()};
}

QMimeData *BucketsModel::mimeData(const QModelIndexList &indexes) const
{
    const QStringList list = entries(indexes);
    return list.isEmpty() ? nullptr : playermime::encode(list, playermime::Origin::Buckets);
}

Qt::DropActions BucketsModel::supportedDragActions() const
{
    // Copy, not move: the drop itself moves the entries (an entry is in one bucket only), so the
    // view has nothing to remove afterwards.
    return Qt::CopyAction;
}

Qt::DropActions BucketsModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

bool BucketsModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                   const QModelIndex &parent) const
{
    return bucketAt(parent) != kNoBucket && !playermime::decode(data).isEmpty();
}

bool BucketsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction || !canDropMimeData(data, action, row, column, parent))
        return false;
    assign(playermime::decode(data), bucketAt(parent));
    return true;
}

} // namespace bcs
