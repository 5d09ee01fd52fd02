#include "gui/common/tableexport.h"

#include "gui/models/modelroles.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

namespace bcs::tableexport {

namespace {
struct ExportTr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::TableExport)
};

const char *const kStemProperty = "bcsExportStem";
const QString kCopyRowsName = QStringLiteral("bcsCopyRows"); // listed in no context menu

QString plainValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODate); // with its offset: 2026-03-01T19:04:00+01:00
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QStringList:
        return value.toStringList().join(QStringLiteral("; "));
    default:
        return value.toString();
    }
}

QString cellValue(const QAbstractItemModel &model, int row, int column)
{
    const QModelIndex index = model.index(row, column);
    const QVariant raw = index.data(modelroles::RawValueRole);
    return plainValue(raw.isValid() ? raw : index.data(Qt::DisplayRole));
}

QString quoted(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString headerText(const QAbstractItemModel &model, int column)
{
    return model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

QList<int> selectedRows(const QAbstractItemView *view)
{
    QList<int> rows;
    if (!view->selectionModel())
        return rows;
    for (const QModelIndex &index : view->selectionModel()->selectedIndexes()) {
        if (!index.parent().isValid() && !rows.contains(index.row()))
            rows << index.row();
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}
} // namespace

QByteArray csv(const QAbstractItemModel &model)
{
    QString out;
    const int columns = model.columnCount();
    QStringList header;
    for (int column = 0; column < columns; ++column)
        header << quoted(headerText(model, column));
    out += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < columns; ++column)
            fields << quoted(cellValue(model, row, column));
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

bool writeCsv(const QAbstractItemModel &model, const QString &path, QString *error)
{
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly) && file.write(csv(model)) >= 0 &&
                         file.commit();
    if (!written && error)
        *error = ExportTr::tr("cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
    return written;
}

QString selectedRowsText(const QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return {};
    QStringList lines;
    QStringList header;
    for (int column = 0; column < model->columnCount(); ++column)
        header << headerText(*model, column);
    lines << header.join(QLatin1Char('\t'));
    for (int row : selectedRows(view)) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data(Qt::DisplayRole).toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

void exportWithDialog(QAbstractItemView *view)
{
    if (!view || !view->model())
        return;
    const QString stem = view->property(kStemProperty).toString();
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(stem + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(
        view->window(), ExportTr::tr("Export as CSV"), suggested,
        ExportTr::tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeCsv(*view->model(), path, &error))
        QMessageBox::warning(view->window(), ExportTr::tr("Export failed"),
                             ExportTr::tr("The table was not exported: %1.").arg(error));
}

void install(QAbstractItemView *view, const QString &fileStem)
{
    view->setProperty(kStemProperty, fileStem);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [view](const QPoint &at) {
        QMenu menu(view);
        QList<QAction *> own = view->actions();
        own.removeIf([](QAction *action) { return action->objectName() == kCopyRowsName; });
        for (QAction *action : own)
            menu.addAction(action);
        if (!own.isEmpty())
            menu.addSeparator();
        QAction *copy = menu.addAction(ExportTr::tr("&Copy"), view, [view] {
            QApplication::clipboard()->setText(selectedRowsText(view));
        });
        copy->setShortcut(QKeySequence::Copy);
        copy->setEnabled(!selectedRows(view).isEmpty());
        QAction *exportCsv = menu.addAction(ExportTr::tr("&Export as CSV…"), view,
                                            [view] { exportWithDialog(view); });
        exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
        menu.exec(view->viewport()->mapToGlobal(at));
    });
    // Ctrl+C on the table itself copies the selected rows with their header.
    auto *copy = new QAction(ExportTr::tr("Copy rows"), view);
    copy->setObjectName(kCopyRowsName);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, view, [view] {
        QApplication::clipboard()->setText(selectedRowsText(view));
    });
    view->addAction(copy);
}

QAbstractItemView *exportableView(QWidget *page)
{
    if (!page)
        return nullptr;
    for (QWidget *focus = QApplication::focusWidget(); focus; focus = focus->parentWidget()) {
        auto *view = qobject_cast<QAbstractItemView *>(focus);
        if (view && view->property(kStemProperty).isValid() && page->isAncestorOf(view))
            return view;
    }
    const QList<QAbstractItemView *> views = page->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        if (view->property(kStemProperty).isValid() && view->isVisible())
            return view;
    }
    for (QAbstractItemView *view : views) {
        if (view->property(kStemProperty).isValid())
            return view;
    }
    return nullptr;
}

} // namespace bcs::tableexport
