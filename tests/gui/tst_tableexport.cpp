// CSV of a table as a spreadsheet reads it back (RFC 4180): a header row, fields with commas,
// quotes and line breaks quoted, numbers unformatted from RawValueRole (never "1,234.5" or
// "54.2 %"), dates ISO 8601, and a failed write said in words without leaving a half file.
// File ▸ Export takes the table in focus, else the page's visible one.

#include "gui/common/tableexport.h"
#include "support/csvreader.h"
#include "gui/models/modelroles.h"
#include "support/warningguard.h"

#include <QFile>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace bcs;

namespace {

QStandardItem *cell(const QString &display, const QVariant &raw = {})
{
    auto *item = new QStandardItem(display);
    if (raw.isValid())
        item->setData(raw, modelroles::RawValueRole);
    return item;
}

void fill(QStandardItemModel &model)
{
    model.setHorizontalHeaderLabels({QStringLiteral("Player"), QStringLiteral("Saves, per game"),
                                     QStringLiteral("Win rate"), QStringLiteral("Played"),
                                     QStringLiteral("MVP")});
    model.appendRow(QList<QStandardItem *>{cell(QStringLiteral("Haze \"the wall\"")), cell(QStringLiteral("1,234.5"), 1234.5),
                     cell(QStringLiteral("54.2 %"), 54.2),
                     cell(QStringLiteral("1 Mar"), QDateTime(QDate(2026, 3, 1), QTime(19, 4), QTimeZone(3600))),
                     cell(QStringLiteral("yes"), true)});
    model.appendRow(QList<QStandardItem *>{cell(QStringLiteral("Ünïcødé, two\nlines")), cell(QStringLiteral("0.1"), 0.1),
                     cell(QStringLiteral("—")), cell(QString()), cell(QStringLiteral("no"), false)});
}
} // namespace

class TestTableExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::WarningGuard::install(); }
    void cleanup() { QCOMPARE(test::WarningGuard::take(), QStringList()); }

    void readsBackAsTheModelsRawValues()
    {
        QStandardItemModel model;
        fill(model);
        const QByteArray bytes = tableexport::csv(model);
        QVERIFY(bytes.endsWith("\r\n"));
        const QList<QStringList> rows = test::readCsv(bytes);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), (QStringList{QStringLiteral("Player"), QStringLiteral("Saves, per game"),
                                          QStringLiteral("Win rate"), QStringLiteral("Played"),
                                          QStringLiteral("MVP")}));
        QCOMPARE(rows.at(1), (QStringList{QStringLiteral("Haze \"the wall\""), QStringLiteral("1234.5"),
                                          QStringLiteral("54.2"), QStringLiteral("2026-03-01T19:04:00+01:00"),
                                          QStringLiteral("true")}));
        // Without a raw value the text is written; 0.1 stays 0.1 (shortest exact form).
        QCOMPARE(rows.at(2), (QStringList{QStringLiteral("Ünïcødé, two\nlines"), QStringLiteral("0.1"),
                                          QStringLiteral("—"), QString(), QStringLiteral("false")}));
        for (int column = 0; column < model.columnCount(); ++column) {
            const QVariant raw = model.index(0, column).data(modelroles::RawValueRole);
            if (raw.typeId() == QMetaType::Double)
                QCOMPARE(rows.at(1).at(column).toDouble(), raw.toDouble());
        }
    }

    void failedWriteSaysWhyAndLeavesNothing()
    {
        QStandardItemModel model;
        fill(model);
        QTemporaryDir directory;
        const QString good = directory.filePath(QStringLiteral("stats.csv"));
        QString error;
        QVERIFY2(tableexport::writeCsv(model, good, &error), qPrintable(error));
        QFile written(good);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), tableexport::csv(model));
        const QString bad = directory.filePath(QStringLiteral("no-such-folder/stats.csv"));
        QVERIFY(!tableexport::writeCsv(model, bad, &error));
        QVERIFY2(error.contains(QStringLiteral("no-such-folder")), qPrintable(error));
        QVERIFY(!QFile::exists(bad));
    }

    void exportTakesTheTableInFocus()
    {
        QStandardItemModel model;
        fill(model);
        QWidget page;
        auto *layout = new QVBoxLayout(&page);
        auto *first = new QTableView(&page);
        auto *second = new QTableView(&page);
        auto *plain = new QTableView(&page); // not exportable: never chosen
        for (QTableView *view : {first, second, plain}) {
            view->setModel(&model);
            layout->addWidget(view);
        }
        tableexport::install(first, QStringLiteral("first"));
        tableexport::install(second, QStringLiteral("second"));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(tableexport::exportableView(&page), first); // nothing in focus: the first shown
        second->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return second->hasFocus(); }));
        QCOMPARE(tableexport::exportableView(&page), second);
        plain->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return plain->hasFocus(); }));
        QCOMPARE(tableexport::exportableView(&page), first);
        // The clipboard text: the header and the selected rows, tab-separated, as displayed.
        second->selectRow(0);
        const QString copied = tableexport::selectedRowsText(second);
        QVERIFY(copied.startsWith(QStringLiteral("Player\tSaves, per game")));
        QVERIFY(copied.contains(QStringLiteral("1,234.5\t54.2 %")));
        QCOMPARE(copied.count(QLatin1Char('\n')), 1);
    }
};

QTEST_MAIN(TestTableExport)
#include "tst_tableexport.moc"
