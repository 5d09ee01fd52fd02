#pragma once
// Reads CSV back as a spreadsheet would, for the tests of every table's export.

#include "gui/models/modelroles.h"

#include <QAbstractItemModel>
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace bcs::test {

// A reader written from RFC 4180 itself, so the test does not trust the writer's own rules.
inline QList<QStringList> readCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

// Where a model's CSV differs from the model read cell by cell (the header's text, each cell's
// RawValueRole — numbers compared as numbers — or its text); empty when they agree.
inline QString csvMismatch(const QAbstractItemModel &model, const QByteArray &csv)
{
    const QList<QStringList> rows = readCsv(csv);
    if (rows.size() != model.rowCount() + 1)
        return QStringLiteral("%1 CSV rows for %2 model rows").arg(rows.size() - 1).arg(model.rowCount());
    for (int column = 0; column < model.columnCount(); ++column) {
        if (rows.at(0).value(column) != model.headerData(column, Qt::Horizontal).toString())
            return QStringLiteral("header %1: %2").arg(column).arg(rows.at(0).value(column));
    }
    for (int row = 0; row < model.rowCount(); ++row) {
        if (rows.at(row + 1).size() != model.columnCount())
            return QStringLiteral("row %1 has %2 fields").arg(row).arg(rows.at(row + 1).size());
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            QVariant value = index.data(modelroles::RawValueRole);
            if (!value.isValid())
                value = index.data(Qt::DisplayRole);
            const QString field = rows.at(row + 1).at(column);
            bool same = false;
            if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int
                || value.typeId() == QMetaType::LongLong)
                same = field.toDouble() == value.toDouble();
            else if (value.typeId() == QMetaType::QDateTime)
                same = QDateTime::fromString(field, Qt::ISODate) == value.toDateTime();
            else
                same = field == value.toString();
            if (!same)
                return QStringLiteral("row %1 column %2: %3 for %4")
                    .arg(row).arg(column).arg(field, value.toString());
        }
    }
    return {};
}

} // namespace bcs::test
