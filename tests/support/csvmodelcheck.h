#pragma once
// A table's CSV against the table itself, for the tests of every exportable model.

#include "gui/models/modelroles.h"
#include "support/csvreader.h"

#include <QAbstractItemModel>
#include <QDateTime>

namespace bcs::test {

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
