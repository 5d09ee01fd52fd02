#include "stats/playeraccounts.h"

#include "stats/dailytotals.h"
#include "stats/statstr.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

namespace bcs {

QList<PlayerAccount> playerAccounts(QSqlDatabase db)
{
    QSqlQuery query =
        selectOrThrow(db,
                      QStringLiteral("SELECT name, platform, platform_id, games FROM %1 a "
                                     "ORDER BY games DESC, name, platform, platform_id")
                          .arg(accountTotalsSource(db)),
                      {}, StatsTr::tr("listing players"));
    QList<PlayerAccount> accounts;
    while (query.next())
        accounts.append({query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString(), query.value(3).toInt()});
    return accounts;
}

QHash<QString, qint64> playerLastSeen(QSqlDatabase db)
{
    QSqlQuery query = selectOrThrow(
        db,
        QStringLiteral("SELECT p.platform, p.platform_id, p.name, MAX(x.date_ms) FROM players p "
                       "JOIN replays x ON x.rid = p.rid GROUP BY p.platform, p.platform_id, p.name"),
        {}, StatsTr::tr("listing players"));
    QHash<QString, qint64> lastSeen;
    while (query.next())
        lastSeen.insert(accountNameKey(query.value(0).toString(), query.value(1).toString(),
                                       query.value(2).toString()),
                        query.value(3).toLongLong());
    return lastSeen;
}

QString accountNameKey(const QString &platform, const QString &platformId, const QString &name)
{
    return platform + QLatin1Char('\n') + platformId + QLatin1Char('\n') + name;
}

} // namespace bcs
