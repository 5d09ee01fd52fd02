#include "storage/sqlhelpers.h"

#include <QSqlError>

namespace bcs {

void execOrThrow(QSqlDatabase &db, const QString &sql, const QString &doing)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw StorageError::fromSql(query.lastError(), doing);
}

void execOrThrow(QSqlQuery &query, const QString &doing)
{
    if (!query.exec())
        throw StorageError::fromSql(query.lastError(), doing);
}

QSqlQuery prepareOrThrow(QSqlDatabase &db, const QString &sql, const QString &doing)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        throw StorageError::fromSql(query.lastError(), doing);
    return query;
}

Transaction::Transaction(QSqlDatabase &db, QString doing) : m_db(db), m_doing(std::move(doing))
{
    if (!m_db.transaction())
        throw StorageError::fromSql(m_db.lastError(), m_doing);
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

void Transaction::commit()
{
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        m_open = false;
        throw StorageError::fromSql(error, m_doing);
    }
    m_open = false;
}

} // namespace bcs
