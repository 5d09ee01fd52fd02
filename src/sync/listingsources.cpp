#include "sync/listingsources.h"

#include "core/rfc3339.h"
#include "storage/rolerepository.h"

#include <QMap>
#include <QUrlQuery>

namespace bcs {

QString accountsListingFilter(QSqlDatabase db)
{
    const RoleRepository roles(db);
    // The role name of stats/roleresolver.h (role::Me); this layer does not link the stats.
    QStringList accounts = roles.accountsWithRole(QStringLiteral("me"));
    for (const QString &entry : roles.config().me) {
        if (!PlayerConfig::isAccountEntry(entry))
            continue;
        const QString trimmed = entry.trimmed();
        const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
        accounts << trimmed.left(colon).trimmed().toLower() + QLatin1Char(':') +
                        trimmed.mid(colon + 1).trimmed();
    }
    QMap<QString, QString> byKey; // one per account whatever the case, sorted
    for (const QString &account : std::as_const(accounts))
        byKey.insert(account.toLower(), account);
    QStringList parts;
    for (const QString &account : std::as_const(byKey))
        parts << QStringLiteral("player-id=") + account;
    return parts.join(QLatin1Char('&'));
}

ReplayListQuery listingQuery(const QString &filter)
{
    ReplayListQuery query;
    for (const QString &part : filter.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        query.add(part.left(equals), part.mid(equals + 1));
    }
    return query;
}

ReplayListQuery previewQuery(const std::optional<QDateTime> &after,
                             const std::optional<QDateTime> &before)
{
    ReplayListQuery query = listingQuery(kUploaderListing);
    query.setPageSize(1);
    if (after)
        query.add(QStringLiteral("replay-date-after"), formatRfc3339(*after));
    if (before)
        query.add(QStringLiteral("replay-date-before"), formatRfc3339(*before));
    return query;
}

} // namespace bcs
