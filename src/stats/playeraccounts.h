#pragma once
// Every account seen in the cache (the players list, where the user picks who is who): most
// appearances first. Throws StorageError.

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace bcs {

struct PlayerAccount
{
    QString name;
    QString platform;
    QString platformId;
    int games = 0; // appearances under this name on this account
};

QList<PlayerAccount> playerAccounts(QSqlDatabase db);

// When each account's name was last seen (the newest listed replay's date, ms since the epoch),
// by accountNameKey(): for the window's players table, which the API's list does not carry.
QHash<QString, qint64> playerLastSeen(QSqlDatabase db);
QString accountNameKey(const QString &platform, const QString &platformId, const QString &name);

} // namespace bcs
