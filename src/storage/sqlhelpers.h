#pragma once
// Small helpers so repositories never ignore a failed statement: every exec either succeeds or
// throws StorageError with what we were doing, and a Transaction rolls back unless committed.

#include "storage/storageerror.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace bcs {

void execOrThrow(QSqlDatabase &db, const QString &sql, const QString &doing);
void execOrThrow(QSqlQuery &query, const QString &doing);
QSqlQuery prepareOrThrow(QSqlDatabase &db, const QString &sql, const QString &doing);
// A write: prepared, `values` bound in order, executed; the query tells numRowsAffected().
QSqlQuery execOrThrow(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                      const QString &doing);
// A read: prepared, `values` bound in order, executed, forward-only (rows are read once).
QSqlQuery selectOrThrow(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                        const QString &doing);

// A text value for a NOT NULL column: Qt SQL binds a null QString (what QJsonValue::toString()
// gives for a missing key, e.g. a bot's `"id": {}`) as SQL NULL, which such a column refuses.
QVariant textValue(const QString &text);

class Transaction
{
public:
    Transaction(QSqlDatabase &db, QString doing);
    ~Transaction();
    void commit();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

private:
    QSqlDatabase &m_db;
    QString m_doing;
    bool m_open = false;
};

// Inserts many rows with one statement per few hundred rows: a statement per row spends more
// time in the driver than SQLite spends storing it (120,000 role rows: 360 ms -> ~100 ms).
class BatchInsert
{
public:
    BatchInsert(QSqlDatabase &db, const QString &table, const QStringList &columns, QString doing);
    void add(const QVariantList &row); // one value per column, in order
    void finish();                     // inserts what is pending; call before committing

private:
    QString statement(int rows) const;
    void flush();

    QSqlDatabase &m_db;
    QString m_head;
    QString m_rowPlaceholders;
    QString m_doing;
    int m_rowsPerStatement;
    QSqlQuery m_full;
    QVariantList m_pending;
    int m_pendingRows = 0;
};

} // namespace bcs
