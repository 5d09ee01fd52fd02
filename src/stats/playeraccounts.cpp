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

} // namespace bcs
