#pragma once
// Every name seen in the cache, for the Players page: name, platform, account id, games, last
// seen and the bucket it is in. By name (one row per name an account used) or by account (one
// row per account, all its names: what a drag then assigns is the account as a whole, saved as
// `platform:id`). Rows drag out as config entries (copy: the table never loses a row); a drop
// on the table takes the entries out of every bucket.

#include "stats/playeraccounts.h"

#include <QAbstractTableModel>

namespace bcs {

class RoleEditor;

class PlayersTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Platform, Account, Games, LastSeen, Bucket, ColumnCount };
    enum class Grouping { ByName, ByAccount };

    PlayersTableModel(RoleEditor *editor, QObject *parent = nullptr);

    void setPlayers(const QList<PlayerAccount> &accounts, const QHash<QString, qint64> &lastSeen);
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }

    // The config entry a row stands for: the name, or `platform:id` for an account row (a row
    // without an account id — a bot, a local player — stays its name).
    QString entry(int row) const;
    QStringList entries(const QModelIndexList &indexes) const;
    // Rows in no bucket (by name or through their account).
    int unassignedCount() const;
    // The names each account used, by "platform:id" (lower-case platform), for the buckets.
    QHash<QString, QStringList> namesByAccount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
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
    struct Row
    {
        QString name;      // the name, or an account's most used name
        QStringList names; // an account row's names, most used first
        QString platform;
        QString platformId;
        int games = 0;
        qint64 lastSeenMs = 0;
    };
    void rebuildRows();
    int bucketOfRow(const Row &row) const;
    QVariant display(const Row &row, int column) const;
    QVariant raw(const Row &row, int column) const;

    RoleEditor *m_editor;
    QList<PlayerAccount> m_accounts;
    QHash<QString, qint64> m_lastSeen;
    Grouping m_grouping = Grouping::ByName;
    QList<Row> m_rows;
};

} // namespace bcs
