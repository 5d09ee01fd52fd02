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

} // namespace bcs
