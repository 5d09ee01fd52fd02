// The Replays page over the demo year: the table counts what the filter keeps, fetches its rows as
// a view scrolls (each once), orders them as SQL does, searches names, shows only the replays
// another page asked for until Show all, and its detail pane shows the roles and stats the
// stats layer gives for that replay; CSV of the table reads back as the model; grabbed light and
// dark without a Qt warning.

#include "core/statcatalogue.h"
#include "gui/common/palettes.h"
#include "gui/common/rolecolours.h"
#include "gui/common/tableexport.h"
#include "gui/filters/filterstate.h"
#include "gui/models/modelroles.h"
#include "gui/models/replayplayersmodel.h"
#include "gui/models/replaysmodel.h"
#include "gui/pages/replaydetailpane.h"
#include "gui/pages/replayspage.h"
#include "gui/services/queryservice.h"
#include "stats/aggregates.h"
#include "stats/filterchoices.h"
#include "stats/replaylist.h"
#include "storage/database.h"
#include "support/csvmodelcheck.h"
#include "support/democachefixture.h"
#include "support/warningguard.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSet>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace bcs;

namespace {

QStringList idsInOrder(QSqlDatabase db, const QString &order)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id FROM replays ORDER BY ") + order))
        return {};
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

QStringList modelIds(const ReplaysModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << (model.rowAt(row) ? model.rowAt(row)->id : QString());
    return ids;
}

} // namespace

class TestReplaysPage : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void openUrl(const QUrl &url) { m_opened << url; }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareWindowTest();
        QVERIFY(m_directory.isValid());
        const QString error = test::openDemoCopy(m_directory.path(), m_database);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_queries = std::make_unique<QueryService>(m_database.get());
        QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openUrl");
        QSettings().remove(QStringLiteral("replays")); // column widths and splitter of a run before
    }
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); }
    void cleanup() { QCOMPARE(test::WarningGuard::take(), QStringList()); }

    void rowCountIsWhatTheFilterKeeps()
    {
        ReplaysModel model(m_queries.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &ReplaysModel::counted);
        model.reload();
        QVERIFY(counted.wait());
        QSqlDatabase db = m_database->connection(Database::Access::ReadOnly);
        QCOMPARE(model.rowCount(), filteredCount(db, {}).listed);
        QCOMPARE(model.rowCount(), 1998);

        StatsFilter doubles;
        doubles.teamSize = 2;
        doubles.excludeTies = true;
        model.setFilter(doubles);
        QVERIFY(counted.wait());
        QCOMPARE(model.rowCount(), filteredCount(db, doubles).listed);
        QVERIFY(model.rowCount() > 0 && model.rowCount() < 1998);
        QVERIFY(QTest::qWaitFor([&] { return model.isComplete(); }));
        for (int row = 0; row < model.rowCount(); ++row) {
            const ReplayListRow *replay = model.rowAt(row);
            QVERIFY(replay);
            QVERIFY(replay->blueNames.size() >= 2); // and whoever came in for a leaver
            QVERIFY(replay->blueGoals != replay->orangeGoals);
            QCOMPARE(model.index(row, 0).data(modelroles::ReplayIdsRole).toStringList(),
                     QStringList{replay->id});
        }
    }

    void rowsArriveAsTheViewScrollsEachOnce()
    {
        ReplaysModel model(m_queries.get());
        model.setFillInBackground(false); // only what the view asks for
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView view;
        view.setModel(&model);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.resize(900, 600);
        QSignalSpy counted(&model, &ReplaysModel::counted);
        model.reload();
        QVERIFY(counted.wait());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(QTest::qWaitFor([&] { return !model.isBusy(); }));
        // The first page only, not the year.
        QCOMPARE(model.loadedRows(), ReplaysModel::kPageSize);
        QVERIFY(model.rowCount() > 4 * ReplaysModel::kPageSize);
        QScrollBar *bar = view.verticalScrollBar();
        while (true) {
            const int top = view.rowAt(0);
            const int bottom = view.rowAt(view.viewport()->height() - 1);
            QVERIFY(top >= 0);
            QVERIFY2(QTest::qWaitFor([&] {
                         return model.rowAt(top) && model.rowAt(bottom < 0 ? model.rowCount() - 1 : bottom);
                     }),
                     qPrintable(QStringLiteral("rows %1-%2 never arrived").arg(top).arg(bottom)));
            if (bar->value() == bar->maximum())
                break;
            bar->setValue(bar->value() + bar->pageStep());
        }
        QVERIFY(QTest::qWaitFor([&] { return !model.isBusy(); }));
        QCOMPARE(model.loadedRows(), model.rowCount());
        QCOMPARE(model.deliveredRows(), model.rowCount()); // none twice
        const QStringList ids = modelIds(model);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        QCOMPARE(ids, idsInOrder(m_database->connection(Database::Access::ReadOnly),
                                 QStringLiteral("date_ms DESC, rid DESC")));
    }

    void sortsAsSqlOrders_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("sql");
        QTest::newRow("date, oldest first") << int(ReplaysModel::Date) << int(Qt::AscendingOrder)
                                            << QStringLiteral("date_ms ASC, rid DESC");
        QTest::newRow("duration, shortest first")
            << int(ReplaysModel::Duration) << int(Qt::AscendingOrder)
            << QStringLiteral("duration ASC, date_ms DESC, rid DESC");
        QTest::newRow("duration, longest first")
            << int(ReplaysModel::Duration) << int(Qt::DescendingOrder)
            << QStringLiteral("duration DESC, date_ms DESC, rid DESC");
    }
    void sortsAsSqlOrders()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, sql);
        ReplaysModel model(m_queries.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &ReplaysModel::counted);
        model.reload();
        QVERIFY(counted.wait());
        model.sort(column, Qt::SortOrder(order));
        QVERIFY(counted.wait());
        QVERIFY(QTest::qWaitFor([&] { return model.isComplete(); }));
        QCOMPARE(modelIds(model), idsInOrder(m_database->connection(Database::Access::ReadOnly), sql));
        if (column == ReplaysModel::Duration) {
            for (int row = 1; row < model.rowCount(); ++row) {
                const int before = model.index(row - 1, column).data(modelroles::RawValueRole).toInt();
                const int now = model.index(row, column).data(modelroles::RawValueRole).toInt();
                QVERIFY(order == Qt::AscendingOrder ? before <= now : before >= now);
            }
        }
    }

    void searchKeepsReplaysWithTheName()
    {
        ReplaysModel model(m_queries.get());
        QSignalSpy counted(&model, &ReplaysModel::counted);
        model.setSearch(QStringLiteral("aLiCe"));
        model.reload();
        QVERIFY(counted.wait());
        QSqlQuery expected(m_database->connection(Database::Access::ReadOnly));
        QVERIFY(expected.exec(QStringLiteral(
            "SELECT COUNT(DISTINCT x.rid) FROM replays x JOIN players p ON p.rid = x.rid "
            "WHERE p.name_key LIKE '%alice%' OR x.title LIKE '%alice%' OR x.map_name LIKE '%alice%' "
            "OR x.map_code LIKE '%alice%' OR x.playlist_name LIKE '%alice%'")));
        QVERIFY(expected.next());
        QCOMPARE(model.rowCount(), expected.value(0).toInt());
        QVERIFY(model.rowCount() > 0);
        QVERIFY(QTest::qWaitFor([&] { return model.isComplete(); }));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString players = model.index(row, ReplaysModel::Players).data().toString();
            QVERIFY2(players.contains(QStringLiteral("alice"), Qt::CaseInsensitive), qPrintable(players));
        }
        // LIKE's wildcards are the user's characters, not wildcards.
        model.setSearch(QStringLiteral("%"));
        QVERIFY(counted.wait());
        QCOMPARE(model.rowCount(), 0);
    }

    void showOnlyThoseUntilShowAll()
    {
        FilterState filters;
        WindowServices services;
        services.queries = m_queries.get();
        ReplaysPage page(services, &filters);
        page.showState(readCacheState(m_database->connection(Database::Access::ReadOnly)));
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(page.model(), &ReplaysModel::counted);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(counted.wait());
        QCOMPARE(page.model()->rowCount(), 1998);
        QCOMPARE(page.onlyText(), QString());

        // Twelve replays from all over the year, as a chart's point would give them.
        const QStringList all = idsInOrder(m_database->connection(Database::Access::ReadOnly),
                                           QStringLiteral("rid"));
        QStringList ids;
        for (int i = 0; i < 12; ++i)
            ids << all.at(i * 160 + 7);
        page.searchBox()->setText(QStringLiteral("something typed before"));
        page.showOnly(ids, QStringLiteral("3–1 wins"));
        QVERIFY(counted.wait());
        QCOMPARE(page.searchBox()->text(), QString());
        QCOMPARE(page.onlyText(), QStringLiteral("12 replays: 3–1 wins"));
        page.showOnly(ids, QStringLiteral("12 games with alice")); // counted by the caller
        QCOMPARE(page.onlyText(), QStringLiteral("12 games with alice"));
        QCOMPARE(page.model()->rowCount(), 12);
        QStringList shown = modelIds(*page.model());
        std::sort(shown.begin(), shown.end());
        QStringList wanted = ids;
        std::sort(wanted.begin(), wanted.end());
        QCOMPARE(shown, wanted);
        // The first of them is selected and in the detail pane.
        QVERIFY(QTest::qWaitFor([&] { return page.detailPane()->replayId() == page.model()->rowAt(0)->id; }));

        QPushButton *showAll = nullptr;
        for (QPushButton *button : page.findChildren<QPushButton *>()) {
            if (button->accessibleName() == QLatin1String("Show all replays"))
                showAll = button;
        }
        QVERIFY(showAll && showAll->isVisible());
        QTest::mouseClick(showAll, Qt::LeftButton);
        QVERIFY(counted.wait());
        QCOMPARE(page.model()->rowCount(), 1998);
        QCOMPARE(page.onlyText(), QString());
        QVERIFY(!showAll->isVisible());

        // Ctrl+F from the table goes to the filter box.
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.table()->setFocus();
        QTest::keyClick(page.table(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(page.searchBox()->hasFocus());

        // Every control of the page is named for assistive technology.
        for (QWidget *control : page.findChildren<QWidget *>()) {
            if (control->focusPolicy() != Qt::NoFocus && control->isVisible() &&
                !control->inherits("QScrollBar") && control->parentWidget() &&
                !control->parentWidget()->inherits("QAbstractScrollArea") &&
                !control->parentWidget()->inherits("QAbstractSpinBox") &&
                !control->inherits("QHeaderView") && !control->inherits("QSplitterHandle"))
                QVERIFY2(!control->accessibleName().isEmpty(), control->metaObject()->className());
        }
    }

    void dataChangedKeepsThePlaceAndTheSelection()
    {
        FilterState filters;
        WindowServices services;
        services.queries = m_queries.get();
        ReplaysPage page(services, &filters);
        page.showState(readCacheState(m_database->connection(Database::Access::ReadOnly)));
        QSignalSpy counted(page.model(), &ReplaysModel::counted);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(counted.wait());
        page.model()->setFillInBackground(false);
        // Down to row 1,000 of the year, selected.
        const QModelIndex far = page.model()->index(1000, 0);
        page.table()->scrollTo(far, QAbstractItemView::PositionAtTop);
        QVERIFY(QTest::qWaitFor([&] { return page.model()->rowAt(1000) != nullptr; }));
        page.table()->setCurrentIndex(far);
        const QString id = page.model()->rowAt(1000)->id;
        QVERIFY(QTest::qWaitFor([&] { return page.detailPane()->replayId() == id; }));
        const int top = page.table()->rowAt(0);

        // A sync stored replays (and renamed this one): asked again, the rows on screen come
        // with the count, and the detail pane reads its replay again.
        QSqlQuery rename(m_database->connection());
        QVERIFY(rename.exec(QStringLiteral("UPDATE replays SET title = 'Renamed by a sync' WHERE id = '%1'").arg(id)));
        m_queries->notifyDataChanged();
        QVERIFY(counted.wait());
        QVERIFY(QTest::qWaitFor([&] {
            return page.detailPane()->playersModel()->detail()->replay.title == QLatin1String("Renamed by a sync");
        }));
        QVERIFY(page.model()->rowAt(top));
        QCOMPARE(page.table()->rowAt(0), top);
        QCOMPARE(page.table()->currentIndex().row(), 1000);
        QCOMPARE(page.detailPane()->replayId(), id);
        QVERIFY(page.model()->loadedRows() < page.model()->rowCount());

        // Players cannot be sorted: the header keeps showing the order in force.
        QHeaderView *header = page.table()->horizontalHeader();
        header->setSortIndicator(ReplaysModel::Players, Qt::AscendingOrder);
        QCOMPARE(header->sortIndicatorSection(), int(ReplaysModel::Date));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY(!page.model()->isBusy());

        // Ctrl+End: the last row is current before its page arrives, and shown once it has.
        QTest::keyClick(page.table(), Qt::Key_End, Qt::ControlModifier);
        const int last = page.model()->rowCount() - 1;
        QCOMPARE(page.table()->currentIndex().row(), last);
        QVERIFY(QTest::qWaitFor([&] {
            return page.model()->rowAt(last) && page.detailPane()->replayId() == page.model()->rowAt(last)->id;
        }));

        // A search nothing matches says so and offers to clear it.
        page.searchBox()->setText(QStringLiteral("no such player anywhere"));
        QVERIFY(counted.wait());
        QCOMPARE(page.model()->rowCount(), 0);
        QPushButton *clear = nullptr;
        for (QPushButton *button : page.findChildren<QPushButton *>()) {
            if (button->text() == QLatin1String("Clear the search") && button->isVisible())
                clear = button;
        }
        QVERIFY(clear);
        clear->click();
        QVERIFY(counted.wait());
        QCOMPARE(page.model()->rowCount(), 1998);
        QCOMPARE(page.searchBox()->text(), QString());
    }

    void detailShowsTheRolesOfTheStatsLayer()
    {
        FilterState filters;
        WindowServices services;
        services.queries = m_queries.get();
        ReplaysPage page(services, &filters);
        page.showState(readCacheState(m_database->connection(Database::Access::ReadOnly)));
        QAbstractItemModelTester tester(page.detailPane()->playersModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(page.model(), &ReplaysModel::counted);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(counted.wait());
        const QList<ReplayWithRoles> expected =
            replaysWithRoles(*m_database, {}, 40, 0); // newest first, as the table
        QVERIFY(expected.size() == 40);
        int teammates = 0;
        int withoutMe = 0;
        for (int row = 0; row < 40; ++row) {
            page.table()->selectRow(row);
            page.table()->setCurrentIndex(page.model()->index(row, 0));
            const ReplayWithRoles &replay = expected.at(row);
            QVERIFY(QTest::qWaitFor([&] {
                const auto &shown = page.detailPane()->playersModel()->detail();
                return shown && shown->replay.id == replay.id;
            }));
            const ReplayPlayersModel *players = page.detailPane()->playersModel();
            const ReplayWithRoles &shown = players->detail()->replay;
            QCOMPARE(shown.myTeam, replay.myTeam);
            QCOMPARE(shown.blueGoals, replay.blueGoals);
            QCOMPARE(shown.players.size(), replay.players.size());
            QCOMPARE(players->rowCount(), int(replay.players.size()));
            for (qsizetype i = 0; i < replay.players.size(); ++i) {
                const ReplayPlayer &want = replay.players.at(i);
                QCOMPARE(shown.players.at(i).name, want.name);
                QCOMPARE(shown.players.at(i).role, want.role);
                QCOMPARE(shown.players.at(i).team, want.team);
                QCOMPARE(shown.players.at(i).scaledStats, want.scaledStats);
                // The role as the table says it, in its colour.
                const QModelIndex role = players->index(int(i), ReplayPlayersModel::Role);
                QCOMPARE(role.data(modelroles::RawValueRole).toString(), want.role);
                if (want.role == QLatin1String("me")) {
                    QCOMPARE(role.data().toString(), QStringLiteral("Me"));
                    QCOMPARE(players->roleColour(want.role), colours::me());
                } else if (want.role == QLatin1String("anon_opponent")) {
                    QCOMPARE(role.data().toString(), QStringLiteral("Opponent"));
                    QCOMPARE(players->roleColour(want.role), colours::opponents());
                } else if (want.role.startsWith(QLatin1String("teammate:"))) {
                    ++teammates;
                    QCOMPARE(role.data().toString(), want.role.mid(9));
                    const qsizetype alias = players->detail()->aliases.indexOf(want.role.mid(9));
                    QVERIFY(alias >= 0);
                    QCOMPARE(players->roleColour(want.role), colours::teammate(int(alias)));
                } else if (want.role == QLatin1String("unknown")) {
                    ++withoutMe;
                }
                // The first stat column is the catalogue's score, as stored.
                const QModelIndex score = players->index(int(i), ReplayPlayersModel::FirstStat);
                QCOMPARE(players->headerData(ReplayPlayersModel::FirstStat, Qt::Horizontal, Qt::DisplayRole).toString(),
                         findStat(u"core.score")->displayLabel());
                QCOMPARE(score.data(modelroles::RawValueRole).toDouble(),
                         double(want.scaledStats.at(findStat(u"core.score") - statCatalogue().constData())) /
                             double(findStat(u"core.score")->storageScale()));
            }
        }
        QVERIFY(teammates > 0);
        const QString mismatch = test::csvMismatch(*page.detailPane()->playersModel(),
                                                   tableexport::csv(*page.detailPane()->playersModel()));
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        Q_UNUSED(withoutMe) // the newest 40 may or may not hold a game without me

        // Open on ballchasing.com: the button, the table's action and a double-click.
        m_opened.clear();
        const QString id = page.model()->rowAt(page.table()->currentIndex().row())->id;
        const QUrl url(QStringLiteral("https://ballchasing.com/replay/") + id);
        QCOMPARE(ReplayDetailPane::ballchasingUrl(id), url);
        for (QPushButton *button : page.detailPane()->findChildren<QPushButton *>()) {
            if (button->accessibleName() == QLatin1String("Open on ballchasing.com"))
                button->click();
        }
        QCOMPARE(m_opened, QList<QUrl>{url});
        page.table()->scrollTo(page.table()->currentIndex());
        const QPoint cell = page.table()->visualRect(page.table()->currentIndex()).center();
        QTest::mouseClick(page.table()->viewport(), Qt::LeftButton, {}, cell); // as a user: press first
        QTest::mouseDClick(page.table()->viewport(), Qt::LeftButton, {}, cell);
        QCOMPARE(m_opened, (QList<QUrl>{url, url}));
    }

    void csvReadsBackAsTheModel()
    {
        ReplaysModel model(m_queries.get());
        QSignalSpy counted(&model, &ReplaysModel::counted);
        model.reload();
        QVERIFY(counted.wait());
        QVERIFY(QTest::qWaitFor([&] { return model.isComplete(); }));
        const QByteArray csv = tableexport::csv(model);
        const QString mismatch = test::csvMismatch(model, csv);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        const QList<QStringList> rows = test::readCsv(csv);
        // A model filled with every row at once (the command line's export) writes the same.
        ReplaysModel filled(nullptr);
        QAbstractItemModelTester tester(&filled, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filled.setRows(replayListPage(*m_database, {}, 0, -1));
        QCOMPARE(tableexport::csv(filled), tableexport::csv(model));

        // Numbers unformatted: the duration in seconds, the replay's id as it is.
        QCOMPARE(rows.at(1).at(ReplaysModel::Duration), QString::number(model.rowAt(0)->duration));
        QCOMPARE(rows.at(1).at(ReplaysModel::ReplayId), model.rowAt(0)->id);
    }

    void grabbedLightAndDark()
    {
        const QString directory = QStringLiteral("/tmp/shots-replays");
        QVERIFY(QDir().mkpath(directory));
        for (const QString &palette : {QStringLiteral("light"), QStringLiteral("dark")}) {
            QVERIFY(palettes::apply(palette));
            FilterState filters;
            WindowServices services;
            services.queries = m_queries.get();
            ReplaysPage page(services, &filters);
            page.showState(readCacheState(m_database->connection(Database::Access::ReadOnly)));
            QSignalSpy counted(page.model(), &ReplaysModel::counted);
            page.resize(1280, 800);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QVERIFY(counted.wait());
            // A game with a named teammate, so the grab shows every role colour.
            page.table()->setCurrentIndex(page.model()->index(2, 0));
            QVERIFY(QTest::qWaitFor([&] {
                return page.detailPane()->replayId() == page.model()->rowAt(2)->id &&
                       page.model()->rowAt(30) && m_queries->pending() == 0;
            }));
            QTest::qWait(50);
            QVERIFY(page.grab().save(directory + QStringLiteral("/replays-") + palette + QStringLiteral(".png")));
            // The page as a 1024x700 window leaves it, beside the navigation.
            page.resize(880, 620);
            QTest::qWait(50);
            QVERIFY(page.grab().save(directory + QStringLiteral("/replays-small-") + palette + QStringLiteral(".png")));
            page.resize(1280, 800);
            page.showOnly({page.model()->rowAt(0)->id, page.model()->rowAt(5)->id}, QStringLiteral("3–1 wins"));
            QVERIFY(counted.wait());
            QVERIFY(QTest::qWaitFor([&] { return m_queries->pending() == 0; }));
            QTest::qWait(50);
            QVERIFY(page.grab().save(directory + QStringLiteral("/replays-only-") + palette + QStringLiteral(".png")));
            QCOMPARE(test::WarningGuard::take(), QStringList());
        }
    }

    // Last: it changes the cache copy. A replay whose detail has not arrived shows its players
    // and the listing's score, and says the rest is coming.
    void detailOfAListedReplaySaysSo()
    {
        const QString id = idsInOrder(m_database->connection(), QStringLiteral("rid")).at(42);
        QSqlQuery update(m_database->connection());
        QVERIFY(update.exec(QStringLiteral("UPDATE replays SET status = 'listed' WHERE id = '%1'").arg(id)));
        ReplayDetailPane pane(m_queries.get());
        QAbstractItemModelTester tester(pane.playersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        pane.resize(1000, 400);
        pane.show();
        QSignalSpy shown(&pane, &ReplayDetailPane::detailShown);
        pane.showReplay(id);
        QVERIFY(shown.wait());
        const ReplayPlayersModel *players = pane.playersModel();
        QVERIFY(!players->detail()->detailed);
        QVERIFY(players->rowCount() >= 2);
        QVERIFY(players->index(0, ReplayPlayersModel::FirstStat).data().isValid()); // the score
        QVERIFY(!players->index(0, ReplayPlayersModel::FirstStat + 1).data().isValid());
        bool noteShown = false;
        for (QLabel *label : pane.findChildren<QLabel *>())
            noteShown = noteShown || (label->isVisible() && label->text().contains(QLatin1String("next sync")));
        QVERIFY(noteShown);
    }

private:
    QTemporaryDir m_directory;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QueryService> m_queries;
    QList<QUrl> m_opened;
};

QTEST_MAIN(TestReplaysPage)
#include "tst_replayspage.moc"
