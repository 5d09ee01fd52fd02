#include "storage/smalltables.h"

#include "storage/sqlhelpers.h"
#include "storage/storagetr.h"

#include <QCoreApplication>

namespace bcs {

RequestLogRepository::RequestLogRepository(QSqlDatabase db) : m_db(std::move(db)) {}

void RequestLogRepository::append(const QList<QPair<EndpointGroup, qint64>> &sends)
{
    if (sends.isEmpty())
        return;
    Transaction transaction(m_db, StorageTr::tr("saving request times"));
    QSqlQuery query =
        prepareOrThrow(m_db, QStringLiteral("INSERT INTO request_log (grp, sent_ms) VALUES (?, ?)"),
                       StorageTr::tr("saving request times"));
    for (const auto &[group, sentMs] : sends) {
        query.addBindValue(endpointGroupName(group));
        query.addBindValue(sentMs);
        execOrThrow(query, StorageTr::tr("saving request times"));
    }
    transaction.commit();
}

QMap<EndpointGroup, QList<qint64>> RequestLogRepository::since(qint64 fromMs) const
{
    QSqlQuery query = prepareOrThrow(
        m_db,
        QStringLiteral("SELECT grp, sent_ms FROM request_log WHERE sent_ms >= ? ORDER BY sent_ms"),
        StorageTr::tr("reading request times"));
    query.addBindValue(fromMs);
    execOrThrow(query, StorageTr::tr("reading request times"));
    QMap<EndpointGroup, QList<qint64>> result;
    while (query.next()) {
        if (const auto group = endpointGroupFromName(query.value(0).toString()))
            result[*group].append(query.value(1).toLongLong());
    }
    return result;
}

void RequestLogRepository::pruneBefore(qint64 beforeMs)
{
    QSqlQuery query =
        prepareOrThrow(m_db, QStringLiteral("DELETE FROM request_log WHERE sent_ms < ?"),
                       StorageTr::tr("pruning request times"));
    query.addBindValue(beforeMs);
    execOrThrow(query, StorageTr::tr("pruning request times"));
}

MapsRepository::MapsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

void MapsRepository::replaceAll(const QMap<QString, QString> &codeToName)
{
    Transaction transaction(m_db, StorageTr::tr("saving the map names"));
    execOrThrow(m_db, QStringLiteral("DELETE FROM maps"), StorageTr::tr("saving the map names"));
    QSqlQuery query =
        prepareOrThrow(m_db, QStringLiteral("INSERT INTO maps (code, name) VALUES (?, ?)"),
                       StorageTr::tr("saving the map names"));
    for (auto it = codeToName.cbegin(); it != codeToName.cend(); ++it) {
        query.addBindValue(it.key());
        query.addBindValue(it.value());
        execOrThrow(query, StorageTr::tr("saving the map names"));
    }
    transaction.commit();
}

QMap<QString, QString> MapsRepository::all() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT code, name FROM maps")))
        throw StorageError::fromSql(query.lastError(), StorageTr::tr("reading the map names"));
    QMap<QString, QString> result;
    while (query.next())
        result.insert(query.value(0).toString(), query.value(1).toString());
    return result;
}

MetaRepository::MetaRepository(QSqlDatabase db) : m_db(std::move(db)) {}

void MetaRepository::bump(const char *counterKey)
{
    execOrThrow(
        m_db,
        QStringLiteral(
            "INSERT INTO meta (key, value) VALUES ('%1', '1') ON CONFLICT(key) DO UPDATE SET "
            "value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)")
            .arg(QLatin1String(counterKey)),
        StorageTr::tr("writing settings of the cache"));
}

bool MetaRepository::builtFromCurrentRoles(const char *builtKey) const
{
    const QString built = value(QLatin1String(builtKey));
    return !built.isEmpty() && built == value(QLatin1String(kRolesGeneration));
}

QString MetaRepository::value(const QString &key) const
{
    QSqlQuery query = prepareOrThrow(m_db, QStringLiteral("SELECT value FROM meta WHERE key = ?"),
                                     StorageTr::tr("reading settings of the cache"));
    query.addBindValue(key);
    execOrThrow(query, StorageTr::tr("reading settings of the cache"));
    return query.next() ? query.value(0).toString() : QString();
}

void MetaRepository::setValue(const QString &key, const QString &value)
{
    QSqlQuery query = prepareOrThrow(
        m_db, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"),
        StorageTr::tr("writing settings of the cache"));
    query.addBindValue(key);
    query.addBindValue(textValue(value)); // a counter never bumped reads as empty, not NULL
    execOrThrow(query, StorageTr::tr("writing settings of the cache"));
}

} // namespace bcs
