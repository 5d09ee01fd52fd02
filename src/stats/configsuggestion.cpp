#include "stats/configsuggestion.h"

#include "stats/dailytotals.h"
#include "stats/replayhalves.h"
#include "stats/statstr.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace bcs {

namespace {

// `accounts`: accountTotalsSource(), decided once per suggestion.
QStringList namesOf(QSqlDatabase &db, const QString &accounts, const QString &platform,
                    const QString &id)
{
    QSqlQuery query = prepareOrThrow(
        db,
        QStringLiteral(
            "SELECT name FROM %1 a WHERE platform = ? AND platform_id = ? AND name <> '' "
            "ORDER BY games DESC, name")
            .arg(accounts),
        StatsTr::tr("suggesting a config"));
    query.addBindValue(platform);
    query.addBindValue(id);
    execOrThrow(query, StatsTr::tr("suggesting a config"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

struct Account
{
    QString platform;
    QString id;
    int games = 0;
};

// Accounts on the same team as (platform, id) in at least `minGames` games, most first, at most
// 8. Counted per half of the cache on two threads (stats/replayhalves.h), then added up.
// "An id with a character other than '*'" is a GLOB, not replace(): no string allocated per row
// (SQLite's allocator takes a global mutex that the two halves queued on).
QList<Account> regularMates(const Database &database, const QString &platform, const QString &id,
                            int minGames)
{
    QHash<QPair<QString, QString>, int> halves[2];
    const int parts = forEachReplayHalf(database, [&](QSqlDatabase db, const ReplayRange &range) {
        QSqlQuery mates = prepareOrThrow(
            db,
            QStringLiteral(
                "SELECT q.platform, q.platform_id, count(*) FROM players m "
                "JOIN players q ON q.rid = m.rid AND q.team = m.team AND q.rowid <> m.rowid "
                "WHERE m.platform = ? AND m.platform_id = ? AND m.rid BETWEEN ? AND ? "
                "AND q.platform_id GLOB '*[^*]*' GROUP BY q.platform, q.platform_id"),
            StatsTr::tr("suggesting a config"));
        for (const QVariant &value : QVariantList{platform, id, range.firstRid, range.lastRid})
            mates.addBindValue(value);
        execOrThrow(mates, StatsTr::tr("suggesting a config"));
        while (mates.next())
            halves[range.index].insert({mates.value(0).toString(), mates.value(1).toString()},
                                       mates.value(2).toInt());
    });
    if (parts == 2)
        for (auto it = halves[1].cbegin(); it != halves[1].cend(); ++it)
            halves[0][it.key()] += it.value();
    QList<Account> accounts;
    for (auto it = halves[0].cbegin(); it != halves[0].cend(); ++it)
        if (it.value() >= minGames)
            accounts.append({it.key().first, it.key().second, it.value()});
    std::sort(accounts.begin(), accounts.end(), [](const Account &a, const Account &b) {
        return a.games != b.games ? a.games > b.games
                                  : std::tie(a.platform, a.id) < std::tie(b.platform, b.id);
    });
    return accounts.mid(0, 8);
}

} // namespace

PlayerConfig suggestConfig(const Database &database)
{
    QSqlDatabase db = database.connection(Database::Access::ReadOnly);
    const QString accounts = accountTotalsSource(db);
    QSqlQuery top(db);
    if (!top.exec(QStringLiteral("SELECT platform, platform_id, sum(games) AS c FROM %1 a "
                                 "WHERE platform_id GLOB '*[^*]*' GROUP BY platform, "
                                 "platform_id ORDER BY c DESC, platform, platform_id LIMIT 1")
                      .arg(accounts)))
        throw StorageError::fromSql(top.lastError(), StatsTr::tr("suggesting a config"));
    PlayerConfig config;
    if (top.next()) {
        const QString platform = top.value(0).toString();
        const QString id = top.value(1).toString();
        const int games = top.value(2).toInt();
        QSet<QString> taken;
        for (const QString &name : namesOf(db, accounts, platform, id)) {
            config.me << name;
            taken.insert(name.toLower());
        }
        // Regulars: accounts on my team in at least 3 games and 5 % of mine.
        const QList<Account> mates = regularMates(database, platform, id, std::max(3, games / 20));
        for (const Account &mate : mates) {
            QStringList names;
            for (const QString &name : namesOf(db, accounts, mate.platform, mate.id)) {
                if (!taken.contains(
                        name.toLower())) // a name two accounts share stays with the first
                    names << name;
            }
            if (names.isEmpty())
                continue;
            for (const QString &name : names)
                taken.insert(name.toLower());
            config.teammates.append({names.first(), names});
        }
    }
    return config;
}

} // namespace bcs
