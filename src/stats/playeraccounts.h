#pragma once
// Every account seen in the cache (the players list, where the user picks who is who): most
// appearances first. Throws StorageError.

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

} // namespace bcs
