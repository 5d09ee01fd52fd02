// The role buckets over the demo year, as a player uses them: names dragged from the table into
// a bucket, from bucket to bucket and back out, an account as a whole — all through the models'
// drag-and-drop interface (what the views call) — with undo and redo restoring exactly and no
// entry ever in two buckets; the keyboard's Alt+1; Suggest as one undoable step; Save through the
// writer thread, after which the API returns the same config and the roles count.

#include "core/playerconfig.h"
#include "gui/pages/playerspage.h"
#include "gui/roles/bucketsmodel.h"
#include "gui/roles/entrydrag.h"
#include "gui/roles/playermime.h"
#include "gui/roles/playerstablemodel.h"
#include "gui/roles/roleeditor.h"
#include "gui/roles/rolebuckets.h"
#include "stats/aggregates.h"
#include "storage/rolerepository.h"
#include "support/democachefixture.h"
#include "support/httpcall.h"
#include "support/warningguard.h"
#include "support/windowtestbed.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QUndoStack>

using namespace bcs;
namespace rb = bcs::rolebuckets;

namespace {

// Every match key in at most one bucket: what "by construction" promises.
bool eachEntryInOneBucket(const PlayerConfig &config)
{
    QSet<QString> seen;
    for (int bucket = 0; bucket < rb::bucketCount(config); ++bucket) {
        for (const QString &entry : rb::entries(config, bucket)) {
            if (seen.contains(PlayerConfig::matchKey(entry)))
                return false;
            seen.insert(PlayerConfig::matchKey(entry));
        }
    }
    return true;
}

QModelIndexList rowIndexes(const QAbstractItemModel &model, const QList<int> &rows,
                           const QModelIndex &parent = {})
{
    QModelIndexList indexes;
    for (int row : rows) {
        for (int column = 0; column < model.columnCount(parent); ++column)
            indexes.append(model.index(row, column, parent)); // as a view passes a whole row
    }
    return indexes;
}

// What a view does on a drop: the source model's MIME data into the target model.
bool dragAndDrop(const QAbstractItemModel &from, const QModelIndexList &dragged,
                 QAbstractItemModel &to, const QModelIndex &onto)
{
    std::unique_ptr<QMimeData> data(from.mimeData(dragged));
    if (!data || !to.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, onto))
        return false;
    return to.dropMimeData(data.get(), Qt::CopyAction, -1, -1, onto);
}

} // namespace

class TestPlayersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareWindowTest();
        m_bed = std::make_unique<test::WindowTestbed>();
        // The bed's cache becomes a copy of the demo year.
        QCOMPARE(m_bed->reopenCache([this](std::unique_ptr<Database> &database) {
                     return test::openDemoCopy(m_bed->directory.path(), database);
                 }),
                 QString());
        QCOMPARE(m_bed->startApi(), QString());
    }
    void cleanup() { QCOMPARE(test::WarningGuard::take(), QStringList()); }
    void cleanupTestCase()
    {
        m_bed->server.reset();
        m_bed.reset();
    }

    void bucketsAsValues()
    {
        PlayerConfig config;
        config = rb::assign(config, {QStringLiteral("Haze"), QStringLiteral("hazey")}, rb::kMe);
        const auto withBob = rb::addTeammate(config, QStringLiteral("bob"));
        QVERIFY(withBob);
        QVERIFY(!rb::addTeammate(*withBob, QStringLiteral(" BOB ")));  // taken, whatever the case
        QVERIFY(!rb::addTeammate(*withBob, QStringLiteral("   ")));    // empty
        const auto withAlice = rb::addTeammate(*withBob, QStringLiteral("alice"));
        QVERIFY(withAlice);
        // Kept in the order a saved config reads back: alice before bob.
        QCOMPARE(rb::bucketName(*withAlice, 1), QStringLiteral("alice"));
        QCOMPARE(rb::teammateBucket(*withAlice, QStringLiteral("bob")), 2);
        // A name moves, whatever its case: out of Me, into bob.
        config = rb::assign(*withAlice, {QStringLiteral("HAZEY")}, 2);
        QCOMPARE(rb::entries(config, rb::kMe), QStringList{QStringLiteral("Haze")});
        QCOMPARE(rb::entries(config, 2), QStringList{QStringLiteral("HAZEY")});
        QVERIFY(eachEntryInOneBucket(config));
        // The same entry twice in one drop lands once.
        config = rb::assign(config, {QStringLiteral("x"), QStringLiteral("X")}, 1);
        QCOMPARE(rb::entries(config, 1), QStringList{QStringLiteral("x")});
        QVERIFY(!rb::renameTeammate(config, 1, QStringLiteral("Bob")));
        const auto renamed = rb::renameTeammate(config, 1, QStringLiteral("carl"));
        QVERIFY(renamed);
        QCOMPARE(rb::bucketName(*renamed, 1), QStringLiteral("bob")); // bob, carl: sorted again
        QCOMPARE(rb::entries(*renamed, 2), QStringList{QStringLiteral("x")});
        const PlayerConfig removed = rb::removeTeammate(*renamed, 2);
        QCOMPARE(rb::bucketOf(removed, QStringLiteral("x")), rb::kNotAssigned);
        QCOMPARE(rb::freeAlias(removed), QStringLiteral("Teammate 1"));
        // The result is always a config the parser accepts (no name in two roles).
        QVERIFY(parsePlayerConfig(removed.toJson()).config);
    }

    void dragAndDropThroughTheModels()
    {
        PlayersPage page(m_bed->windowServices());
        QAbstractItemModelTester tableTester(page.playersModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester bucketTester(page.bucketsModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        loadPage(page);
        RoleEditor *editor = page.editor();
        editor->load(PlayerConfig()); // start from nobody known
        PlayersTableModel *table = page.playersModel();
        BucketsModel *buckets = page.bucketsModel();
        QVERIFY(table->rowCount() > 20);
        QList<PlayerConfig> states{editor->config()};
        const auto step = [&] {
            QVERIFY(eachEntryInOneBucket(editor->config()));
            states.append(editor->config());
        };

        // Three names from the table into Me.
        QVERIFY(dragAndDrop(*table, rowIndexes(*table, {0, 1, 2}), *buckets,
                            buckets->bucketIndex(rb::kMe)));
        const QStringList three{table->entry(0), table->entry(1), table->entry(2)};
        QCOMPARE(rb::entries(editor->config(), rb::kMe), three);
        QCOMPARE(table->data(table->index(1, PlayersTableModel::Bucket)).toString(),
                 QStringLiteral("Me"));
        step();

        // A teammate bucket, then two of them from Me onto it — dropped on an entry row counts
        // as its bucket too.
        editor->change(*rb::addTeammate(editor->config(), QStringLiteral("mate")), QStringLiteral("add"));
        step();
        const QModelIndex me = buckets->bucketIndex(rb::kMe);
        QVERIFY(dragAndDrop(*buckets, {buckets->index(0, 0, me), buckets->index(2, 0, me)}, *buckets,
                            buckets->bucketIndex(1)));
        QCOMPARE(rb::entries(editor->config(), rb::kMe), QStringList{three.at(1)});
        QCOMPARE(rb::entries(editor->config(), 1), (QStringList{three.at(0), three.at(2)}));
        step();
        QVERIFY(dragAndDrop(*table, rowIndexes(*table, {3}), *buckets,
                            buckets->index(0, 0, buckets->bucketIndex(1))));
        QCOMPARE(rb::entries(editor->config(), 1).size(), 3);
        step();

        // Back out: from a bucket onto the table, and onto Not assigned.
        const QModelIndex mate = buckets->bucketIndex(1);
        QVERIFY(dragAndDrop(*buckets, {buckets->index(0, 0, mate)}, *table, {}));
        QCOMPARE(rb::bucketOf(editor->config(), three.at(0)), rb::kNotAssigned);
        step();
        QVERIFY(dragAndDrop(*buckets, {buckets->index(0, 0, buckets->bucketIndex(rb::kMe))}, *buckets,
                            buckets->bucketIndex(rb::kNotAssigned)));
        QVERIFY(rb::entries(editor->config(), rb::kMe).isEmpty());
        step();
        // A drop from the table onto the table is a slip, not an unassignment.
        QVERIFY(!dragAndDrop(*table, rowIndexes(*table, {3}), *table, {}));

        // An account as a whole: grouped by account, the row drags as platform:id.
        table->setGrouping(PlayersTableModel::Grouping::ByAccount);
        int accountRow = -1;
        for (int row = 0; row < table->rowCount() && accountRow < 0; ++row) {
            if (PlayerConfig::isAccountEntry(table->entry(row)))
                accountRow = row;
        }
        QVERIFY(accountRow >= 0);
        const QString account = table->entry(accountRow);
        QVERIFY(dragAndDrop(*table, rowIndexes(*table, {accountRow}), *buckets,
                            buckets->bucketIndex(rb::kMe)));
        QCOMPARE(rb::entries(editor->config(), rb::kMe), QStringList{account});
        QCOMPARE(table->data(table->index(accountRow, PlayersTableModel::Bucket)).toString(),
                 QStringLiteral("Me"));
        step();
        // Grouped by name again, each of that account's names shows Me.
        table->setGrouping(PlayersTableModel::Grouping::ByName);
        QVERIFY(!table->namesByAccount().value(PlayerConfig::matchKey(account)).isEmpty());
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString rowAccount =
                table->data(table->index(row, PlayersTableModel::Platform)).toString().toLower()
                + QLatin1Char(':') + table->data(table->index(row, PlayersTableModel::Account)).toString();
            if (PlayerConfig::matchKey(rowAccount) == PlayerConfig::matchKey(account))
                QCOMPARE(table->data(table->index(row, PlayersTableModel::Bucket)).toString(),
                         QStringLiteral("Me"));
        }

        // Undo to the start, each step exactly; redo to the end.
        QUndoStack *undo = page.undoStack();
        QCOMPARE(undo->count(), states.size() - 1);
        for (qsizetype i = states.size() - 2; i >= 0; --i) {
            undo->undo();
            QVERIFY2(rb::sameBuckets(editor->config(), states.at(i)), qPrintable(QString::number(i)));
            QVERIFY(eachEntryInOneBucket(editor->config()));
        }
        QVERIFY(!editor->isModified()); // back where it was loaded
        for (qsizetype i = 1; i < states.size(); ++i) {
            undo->redo();
            QVERIFY(rb::sameBuckets(editor->config(), states.at(i)));
        }
        QVERIFY(editor->isModified());
    }

    void keyboardAssignsTheSelection()
    {
        PlayersPage page(m_bed->windowServices());
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        loadPage(page);
        page.editor()->load(PlayerConfig());
        auto *view = page.playersView();
        view->setFocus();
        view->selectionModel()->select(
            QItemSelection(view->model()->index(0, 0), view->model()->index(1, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::keyClick(view, Qt::Key_1, Qt::AltModifier);
        const QStringList expected{view->model()->index(0, 0).data().toString(),
                                   view->model()->index(1, 0).data().toString()};
        QCOMPARE(rb::entries(page.editor()->config(), rb::kMe), expected);
        QVERIFY(page.hasUnsavedChanges());
        // Alt+0 takes them out again; back to what was loaded, nothing to save.
        QTest::keyClick(view, Qt::Key_0, Qt::AltModifier);
        QVERIFY(rb::entries(page.editor()->config(), rb::kMe).isEmpty());
        QVERIFY(!page.hasUnsavedChanges());
        // The Ctrl+F filter narrows the table.
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(page.filterBox()->hasFocus());
        QTest::keyClicks(page.filterBox(), expected.constFirst());
        QVERIFY(view->model()->rowCount() >= 1);
        QVERIFY(view->model()->rowCount() < page.playersModel()->rowCount());
    }

    void suggestIsOneUndoableStep()
    {
        PlayersPage page(m_bed->windowServices());
        loadPage(page);
        page.editor()->load(PlayerConfig());
        QSignalSpy changed(page.editor(), &RoleEditor::changed);
        page.suggest();
        QVERIFY(changed.wait(20000));
        const PlayerConfig suggested = page.editor()->config();
        QVERIFY(!suggested.me.isEmpty());
        QVERIFY(eachEntryInOneBucket(suggested));
        QCOMPARE(page.undoStack()->count(), 1);
        page.undoStack()->undo();
        QVERIFY(page.editor()->config().isEmpty());
        QVERIFY(!page.hasUnsavedChanges());
    }

    void saveIsWhatTheApiReturns()
    {
        PlayersPage page(m_bed->windowServices());
        loadPage(page);
        const PlayerConfig before = page.editor()->saved();
        QVERIFY(!before.me.isEmpty()); // the demo's own config
        // Move a teammate's name to a new teammate and save.
        QVERIFY(!before.teammates.isEmpty());
        const QString moved = before.teammates.constFirst().second.constFirst();
        const auto added = rb::addTeammate(page.editor()->config(), QStringLiteral("zed"));
        page.editor()->change(
            rb::assign(*added, {moved}, rb::teammateBucket(*added, QStringLiteral("zed"))),
            QStringLiteral("move"));
        QVERIFY(page.hasUnsavedChanges());
        QSignalSpy saved(&page, &PlayersPage::rolesSaved);
        page.save();
        QVERIFY(page.isSaving());
        QVERIFY(saved.wait(30000));
        QVERIFY(!page.hasUnsavedChanges());
        QVERIFY(page.undoStack()->canUndo()); // saving keeps the history

        const test::HttpResult config =
            test::httpCall("GET", m_bed->apiUrl(QStringLiteral("/api/players/config")));
        QCOMPARE(config.status, 200);
        QCOMPARE(config.json.object(), page.editor()->config().toJson());
        // The roles are rebuilt: the moved name's games now count for the teammate.
        const RoleAggregate zed =
            aggregateRole(*m_bed->database, QStringLiteral("teammate:zed"), StatsFilter());
        QVERIFY(zed.games > 0);

        // Put the demo's config back for the other tests.
        page.editor()->change(before, QStringLiteral("back"));
        page.save();
        QVERIFY(saved.wait(30000));
        QCOMPARE(RoleRepository(m_bed->database->connection(Database::Access::ReadOnly)).config().toJson(),
                 before.toJson());
    }

private:
    void loadPage(PlayersPage &page)
    {
        // The page asks when shown; shown offscreen or not, a data change asks too.
        if (!page.isVisible())
            m_bed->queries->notifyDataChanged();
        page.show();
        QVERIFY(QTest::qWaitFor([&] { return page.playersModel()->rowCount() > 0; }, 20000));
    }

    std::unique_ptr<test::WindowTestbed> m_bed;
};

QTEST_MAIN(TestPlayersPage)
#include "tst_playerspage.moc"
