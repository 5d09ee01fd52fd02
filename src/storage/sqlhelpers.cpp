#include "storage/sqlhelpers.h"

#include <QSqlError>
#include <QStringList>

#include <algorithm>

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

QSqlQuery execOrThrow(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                      const QString &doing)
{
    QSqlQuery query = prepareOrThrow(db, sql, doing);
    for (const QVariant &value : values)
        query.addBindValue(value);
    execOrThrow(query, doing);
    return query;
}

QSqlQuery selectOrThrow(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                        const QString &doing)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw StorageError::fromSql(query.lastError(), doing);
    for (const QVariant &value : values)
        query.addBindValue(value);
    execOrThrow(query, doing);
    return query;
}

QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
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

namespace {
constexpr int kValuesPerStatement = 900; // under SQLite's historic limit of 999 bound values
} // namespace

BatchInsert::BatchInsert(QSqlDatabase &db, const QString &table, const QStringList &columns,
                         QString doing)
    : m_db(db)
    , m_head(QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                 .arg(table, columns.join(QStringLiteral(", "))))
    , m_rowPlaceholders(QLatin1Char('(') +
                        QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                        QLatin1Char(')'))
    , m_doing(std::move(doing))
    , m_rowsPerStatement(
          std::max(1, kValuesPerStatement / int(std::max<qsizetype>(1, columns.size()))))
    , m_full(prepareOrThrow(db, statement(m_rowsPerStatement), m_doing))
{}

QString BatchInsert::statement(int rows) const
{
    return m_head + QStringList(rows, m_rowPlaceholders).join(QLatin1Char(','));
}

void BatchInsert::add(const QVariantList &row)
{
    m_pending << row;
    if (++m_pendingRows == m_rowsPerStatement)
        flush();
}

void BatchInsert::finish()
{
    if (m_pendingRows > 0)
        flush();
}

void BatchInsert::flush()
{
    QSqlQuery partial;
    const bool full = m_pendingRows == m_rowsPerStatement;
    if (!full)
        partial = prepareOrThrow(m_db, statement(m_pendingRows), m_doing);
    QSqlQuery &query = full ? m_full : partial;
    for (qsizetype i = 0; i < m_pending.size(); ++i)
        query.bindValue(int(i), m_pending[i]);
    execOrThrow(query, m_doing);
    m_pending.clear();
    m_pendingRows = 0;
}

} // namespace bcs
