#include "stats/roleresolver.h"

#include <QSet>

namespace bcs {

namespace {

struct Lookup
{
    QSet<QString> meNames;
    QSet<QString> meAccounts;
    QHash<QString, QString> teammateByName;
    QHash<QString, QString> teammateByAccount;

    explicit Lookup(const PlayerConfig &config)
    {
        for (const QString &entry : config.me)
            (PlayerConfig::isAccountEntry(entry) ? meAccounts : meNames)
                .insert(PlayerConfig::matchKey(entry));
        for (const auto &[alias, names] : config.teammates) {
            for (const QString &entry : names)
                (PlayerConfig::isAccountEntry(entry) ? teammateByAccount : teammateByName)
                    .insert(PlayerConfig::matchKey(entry), alias);
        }
    }
};

// The account each name most often carries across the cache (ties: the smallest, for stable
// results). Rows without a usable account (bots, masked PSN ids) have no say in it.
QHash<QString, QString> primaryAccounts(const QList<PlayerIdentity> &players)
{
    QHash<QString, QHash<QString, int>> counts;
    for (const PlayerIdentity &player : players) {
        if (!player.account.isEmpty())
            ++counts[player.nameKey][player.account];
    }
    QHash<QString, QString> primary;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        QString best;
        int bestCount = -1;
        for (auto account = it->cbegin(); account != it->cend(); ++account) {
            if (account.value() > bestCount ||
                (account.value() == bestCount && account.key() < best)) {
                best = account.key();
                bestCount = account.value();
            }
        }
        primary.insert(it.key(), best);
    }
    return primary;
}

} // namespace

RoleResolution resolveRoles(const QList<PlayerIdentity> &players, const PlayerConfig &config)
{
    const Lookup lookup(config);
    const QHash<QString, QString> primary = primaryAccounts(players);
    // A configured name is that person only on the account the name usually carries: a stranger
    // on another account who uses it is not them, in any replay. Rows without a usable account
    // can only match by name.
    const auto carriesName = [&primary](const PlayerIdentity &p) {
        return p.account.isEmpty() || primary.value(p.nameKey) == p.account;
    };
    RoleResolution result;
    result.roleByRow.reserve(players.size());

    qsizetype start = 0;
    while (start < players.size()) {
        qsizetype end = start;
        while (end < players.size() && players[end].replay == players[start].replay)
            ++end;

        // Who is me in this replay: an account entry always, a name on its own account.
        QSet<qint64> meRows;
        QSet<QString> meTeams;
        QSet<QString> accountTeams;
        for (qsizetype i = start; i < end; ++i) {
            const PlayerIdentity &p = players[i];
            const bool byAccount = !p.account.isEmpty() && lookup.meAccounts.contains(p.account);
            if (byAccount || (lookup.meNames.contains(p.nameKey) && carriesName(p))) {
                meRows.insert(p.rowId);
                meTeams.insert(p.team);
                if (byAccount)
                    accountTeams.insert(p.team);
            }
        }
        if (meTeams.size() > 1 && accountTeams.size() == 1)
            meTeams = accountTeams; // an account entry outranks a name (e.g. a bot's)

        const QString myTeam = meTeams.size() == 1 ? *meTeams.cbegin() : QString();
        if (!myTeam.isEmpty())
            result.myTeamByReplay.insert(players[start].replay, myTeam);
        for (qsizetype i = start; i < end; ++i) {
            const PlayerIdentity &p = players[i];
            QString role;
            if (myTeam.isEmpty()) {
                role = role::Unknown;
            } else if (p.team != myTeam) {
                role = role::AnonOpponent;
            } else if (meRows.contains(p.rowId)) {
                role = role::Me;
            } else if (!p.account.isEmpty() && lookup.teammateByAccount.contains(p.account)) {
                role = role::teammate(lookup.teammateByAccount.value(p.account));
            } else if (lookup.teammateByName.contains(p.nameKey) && carriesName(p)) {
                role = role::teammate(lookup.teammateByName.value(p.nameKey));
            } else {
                role = role::AnonTeammate;
            }
            result.roleByRow.insert(p.rowId, role);
        }
        start = end;
    }
    return result;
}

} // namespace bcs
