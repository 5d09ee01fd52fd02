#pragma once
// CSV of any table of the window (issue: "CSV everywhere") and the actions every table offers.
// The CSV is RFC 4180: UTF-8, CRLF line ends, a header row from the model's horizontal headers,
// fields quoted when they hold a comma, quote or line break; each cell written from
// modelroles::RawValueRole (numbers unformatted, dates ISO 8601), falling back to its text. The
// command line's `bcstats export` fills the same models and writes them here, so both agree.

#include <QByteArray>
#include <QString>

class QAbstractItemModel;
class QAbstractItemView;
class QWidget;

namespace bcs::tableexport {

QByteArray csv(const QAbstractItemModel &model);
// Writes atomically (QSaveFile); false with `error` in words on failure (a full disk, no rights).
bool writeCsv(const QAbstractItemModel &model, const QString &path, QString *error);

// Gives `view` the tables' context menu: the view's own actions first (QWidget::addAction, e.g.
// "Open on ballchasing.com"), then Copy and Export CSV…; and names it exportable, with
// `fileStem` as the suggested file name ("stats-comparison").
void install(QAbstractItemView *view, const QString &fileStem);
// The table File ▸ Export takes: the one in focus inside `page`, else the page's first
// exportable table that is visible. Null when the page has none.
QAbstractItemView *exportableView(QWidget *page);
// Asks where to save (a file dialog) and writes the view's model; reports a failure in a
// message box on `view`.
void exportWithDialog(QAbstractItemView *view);
// The selected rows as tab-separated text with a header row, for the clipboard.
QString selectedRowsText(const QAbstractItemView *view);

} // namespace bcs::tableexport
