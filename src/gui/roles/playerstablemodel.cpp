#include "gui/roles/playerstablemodel.h"

#include "gui/common/rolecolours.h"
#include "gui/common/textformat.h"
#include "gui/models/modelroles.h"
#include "gui/roles/playermime.h"
#include "gui/roles/roleeditor.h"
#include "gui/roles/rolebuckets.h"

#include <QDateTime>
#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace bcs {

namespace {
QString accountEntry(const QString &platform, const QString &platformId)
{
    return platform.toLower() + QLatin1Char(':') + platformId;
}

bool hasAccount(const QString &platform, const QString &platformId)
{
    return !platformId.isEmpty()
           && PlayerConfig::isAccountEntry(accountEntry(platform, platformId));
}
} // namespace

PlayersTableModel::PlayersTableModel(RoleEditor *editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
{
    // A bucket change touches only the Bucket column: the rows and their order stay.
    connect(editor, &RoleEditor::changed, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, Bucket), index(int(m_rows.size()) - 1, Bucket));
    });
}

void PlayersTableModel::setPlayers(const QList<PlayerAccount> &accounts,
                                   const QHash<QString, qint64> &lastSeen)
{
    beginResetModel();
    m_accounts = accounts;
    m_lastSeen = lastSeen;
    rebuildRows();
    endResetModel();
}

void PlayersTableModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    rebuildRows();
    endResetModel();
}

void PlayersTableModel::rebuildRows()
{
    m_rows.clear();
    QHash<QString, qsizetype> accountRow; // "platform:id" -> its row, in ByAccount
    for (const PlayerAccount &account : std::as_const(m_accounts)) {
        const qint64 seen = m_lastSeen.value(
            accountNameKey(account.platform, account.platformId, account.name));
        const bool grouped = m_grouping == Grouping::ByAccount
                             && hasAccount(account.platform, account.platformId);
        const QString key = accountEntry(account.platform, account.platformId);
        if (grouped && accountRow.contains(key)) {
            Row &row = m_rows[accountRow.value(key)];
            row.names.append(account.name);
            row.games += account.games;
            row.lastSeenMs = std::max(row.lastSeenMs, seen);
            continue;
        }
        if (grouped)
            accountRow.insert(key, m_rows.size());
        // The accounts come most appearances first, so an account's first name is its most used.
        m_rows.append({account.name, {account.name}, account.platform, account.platformId,
                       account.games, seen});
    }
}

QString PlayersTableModel::entry(int row) const
{
    const Row &r = m_rows.at(row);
    if (m_grouping == Grouping::ByAccount && hasAccount(r.platform, r.platformId))
        return accountEntry(r.platform, r.platformId);
    return r.name;
}

QStringList PlayersTableModel::entries(const QModelIndexList &indexes) const
{
    QSet<int> unique; // a view passes every cell of a row: thousands for a select-all
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this)
            unique.insert(index.row());
    }
    QList<int> rows(unique.cbegin(), unique.cend());
    std::sort(rows.begin(), rows.end());
    QStringList list;
    for (int row : rows)
        list.append(entry(row));
    return list;
}

int PlayersTableModel::unassignedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const Row &row) {
        return bucketOfRow(row) == rolebuckets::kNotAssigned;
    }));
}

QHash<QString, QStringList> PlayersTableModel::namesByAccount() const
{
    QHash<QString, QStringList> names;
    for (const PlayerAccount &account : m_accounts) {
        if (hasAccount(account.platform, account.platformId))
            names[PlayerConfig::matchKey(accountEntry(account.platform, account.platformId))]
                .append(account.name);
    }
    return names;
}

int PlayersTableModel::bucketOfRow(const Row &row) const
{
    const PlayerConfig &config = m_editor->config();
    // An account row is where its account entry is; a name row where the name is, else where
    // its account is (the account entry covers every name it used).
    const bool accountRow = m_grouping == Grouping::ByAccount;
    if (!accountRow) {
        if (const int bucket = rolebuckets::bucketOf(config, row.name);
            bucket != rolebuckets::kNotAssigned)
            return bucket;
    }
    if (hasAccount(row.platform, row.platformId))
        return rolebuckets::bucketOf(config, accountEntry(row.platform, row.platformId));
    return accountRow ? rolebuckets::bucketOf(config, row.name) : rolebuckets::kNotAssigned;
}

int PlayersTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlayersTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlayersTableModel::display(const Row &row, int column) const
{
    switch (column) {
    case Name:
        return row.names.size() > 1
                   ? tr("%1 (and %2)").arg(row.name, row.names.size() == 2 ? row.names.at(1)
                                                                   : text::names(row.names.size() - 1))
                   : row.name;
    case Platform:
        return row.platform;
    case Account:
        return row.platformId;
    case Games:
        return text::count(row.games);
    case LastSeen:
        return row.lastSeenMs ? text::relative(QDateTime::fromMSecsSinceEpoch(row.lastSeenMs))
                              : QString();
    case Bucket: {
        const int bucket = bucketOfRow(row);
        return bucket == rolebuckets::kNotAssigned
                   ? QString()
                   : rolebuckets::bucketName(m_editor->config(), bucket);
    }
    default:
        return {};
    }
}

QVariant PlayersTableModel::raw(const Row &row, int column) const
{
    switch (column) {
    case Name:
        return row.names.join(QStringLiteral(", "));
    case Games:
        return row.games;
    case LastSeen:
        return row.lastSeenMs ? QVariant(QDateTime::fromMSecsSinceEpoch(row.lastSeenMs).toUTC())
                              : QVariant();
    default:
        return display(row, column);
    }
}

QVariant PlayersTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case modelroles::RawValueRole:
        return raw(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name && row.names.size() > 1)
            return tr("Names this account used: %1").arg(row.names.join(QStringLiteral(", ")));
        if (index.column() == Account && !row.platformId.isEmpty())
            return row.platformId;
        if (index.column() == LastSeen && row.lastSeenMs)
            return text::shortDateTime(QDateTime::fromMSecsSinceEpoch(row.lastSeenMs));
        return {};
    case Qt::DecorationRole:
        if (index.column() == Bucket) {
            const int bucket = bucketOfRow(row);
            if (bucket == rolebuckets::kMe)
                return colours::me();
            if (bucket != rolebuckets::kNotAssigned)
                return colours::teammate(bucket - 1);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Games)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant PlayersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Platform:
        return tr("Platform");
    case Account:
        return tr("Account id");
    case Games:
        return tr("Games");
    case LastSeen:
        return tr("Last seen");
    case Bucket:
        return tr("Role");
    default:
        return {};
    }
}

Qt::ItemFlags PlayersTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // dropped on the table: not assigned
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList PlayersTableModel::mimeTypes() const
{
    return {playermime::type()};
}

QMimeData *PlayersTableModel::mimeData(const QModelIndexList &indexes) const
{
    const QStringList list = entries(indexes);
    return list.isEmpty() ? nullptr : playermime::encode(list, playermime::Origin::PlayersTable);
}

Qt::DropActions PlayersTableModel::supportedDragActions() const
{
    return Qt::CopyAction; // the names stay in the table; the buckets take a copy
}

Qt::DropActions PlayersTableModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

bool PlayersTableModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                        const QModelIndex &) const
{
    return !playermime::cameFrom(data, playermime::Origin::PlayersTable)
           && !playermime::decode(data).isEmpty();
}

bool PlayersTableModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                     const QModelIndex &)
{
    if (!canDropMimeData(data, action, -1, -1, {}) || action == Qt::IgnoreAction)
        return false;
    const QStringList dropped = playermime::decode(data);
    m_editor->change(rolebuckets::assign(m_editor->config(), dropped, rolebuckets::kNotAssigned),
                     tr("Take %1 out of their roles").arg(text::names(dropped.size())));
    return true;
}

} // namespace bcs
