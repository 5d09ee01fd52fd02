#include "storage/rolerepository.h"

#include "storage/sqlhelpers.h"
#include "storage/storagetr.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace bcs {

RoleRepository::RoleRepository(QSqlDatabase db) : m_db(std::move(db)) {}

PlayerConfig RoleRepository::config() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT json FROM player_config WHERE id = 1")))
        throw StorageError::fromSql(query.lastError(), StorageTr::tr("reading the player config"));
    if (!query.next())
        return {};
    const PlayerConfigParse parsed =
        parsePlayerConfig(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
    if (!parsed.config)
        throw StorageError(
            StorageError::Kind::Corrupt,
            StorageTr::tr("the saved player config is damaged: %1").arg(parsed.error));
    return *parsed.config;
}

void RoleRepository::saveConfig(const PlayerConfig &config, qint64 nowMs)
{
    QSqlQuery query = prepareOrThrow(
        m_db,
        QStringLiteral(
            "INSERT OR REPLACE INTO player_config (id, json, updated_ms) VALUES (1, ?, ?)"),
        StorageTr::tr("saving the player config"));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(nowMs);
    execOrThrow(query, StorageTr::tr("saving the player config"));
}

QList<PlayerIdentity> RoleRepository::identities() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT p.rowid, p.rid, p.team, p.name_key, p.platform, p.platform_id FROM players p "
            "INDEXED BY players_identity ORDER BY p.rid")))
        throw StorageError::fromSql(query.lastError(), StorageTr::tr("reading players"));
    QList<PlayerIdentity> rows;
    while (query.next()) {
        const QString platform = query.value(4).toString();
        const QString id = query.value(5).toString();
        // Bots have no id; masked PSN ids ("************") are shared by strangers: neither is an
        // account.
        const bool anonymous = id.isEmpty() || id.count(QLatin1Char('*')) == id.size();
        rows.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                     query.value(2).toString(), query.value(3).toString(),
                     anonymous ? QString() : (platform + QLatin1Char(':') + id).toLower()});
    }
    return rows;
}

QStringList RoleRepository::accountsWithRole(const QString &role) const
{
    QSqlQuery query = selectOrThrow(
        m_db,
        QStringLiteral("SELECT DISTINCT p.platform, p.platform_id FROM player_roles r "
                       "JOIN players p ON p.rowid = r.prow WHERE r.role = ? "
                       "AND p.platform <> '' AND p.platform_id <> '' "
                       "AND replace(p.platform_id, '*', '') <> '' ORDER BY 1, 2"),
        {role}, StorageTr::tr("reading accounts"));
    QStringList accounts;
    while (query.next())
        accounts << query.value(0).toString() + QLatin1Char(':') + query.value(1).toString();
    return accounts;
}

void RoleRepository::replaceRoles(const QList<PlayerIdentity> &rows,
                                  const QHash<qint64, QString> &roleByRow,
                                  const QHash<qint64, QString> &myTeamByReplay,
                                  const QHash<qint64, QString> &lineupByReplay)
{
    const QString doing = StorageTr::tr("saving player roles");
    execOrThrow(m_db, QStringLiteral("DELETE FROM player_roles"), doing);
    execOrThrow(m_db, QStringLiteral("DELETE FROM perspectives"), doing);
    BatchInsert roles(m_db, QStringLiteral("player_roles"),
                      {QStringLiteral("prow"), QStringLiteral("rid"), QStringLiteral("role")},
                      doing);
    for (const PlayerIdentity &row : rows)
        roles.add({row.rowId, row.replay, roleByRow.value(row.rowId)});
    roles.finish();
    BatchInsert perspectives(
        m_db, QStringLiteral("perspectives"),
        {QStringLiteral("rid"), QStringLiteral("my_team"), QStringLiteral("lineup")}, doing);
    for (auto it = myTeamByReplay.cbegin(); it != myTeamByReplay.cend(); ++it)
        perspectives.add({it.key(), it.value(), textValue(lineupByReplay.value(it.key()))});
    perspectives.finish();
}

} // namespace bcs
