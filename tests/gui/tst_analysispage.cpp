// The Analysis page over the demo year: each tab's numbers are the stats layer's for the same
// filter (what the API serves), the groups expand to exactly the games behind them, the charts
// draw what the stats say, a row or a bar opens its replays, the tables export as CSV that
// reads back equal, and every tab renders in light and dark without a Qt warning.

#include "gui/charts/chart.h"
#include "gui/common/palettes.h"
#include "gui/common/tableexport.h"
#include "gui/filters/filterstate.h"
#include "gui/models/gamegroupsmodel.h"
#include "gui/models/lineupsmodel.h"
#include "gui/models/statimpactmodel.h"
#include "gui/pages/analysispage.h"
#include "gui/pages/lineupstab.h"
#include "gui/pages/ranktab.h"
#include "gui/pages/whatmatterstab.h"
#include "gui/services/queryservice.h"
#include "stats/analyses.h"
#include "stats/correlation.h"
#include "stats/rankhistory.h"
#include "stats/scorelines.h"
#include "stats/statimpact.h"
#include "stats/winrateinterval.h"
#include "storage/database.h"
#include "support/csvmodelcheck.h"
#include "support/democachefixture.h"
#include "support/warningguard.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bcs;

class TestAnalysisPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareWindowTest();
        QVERIFY(m_directory.isValid());
        QCOMPARE(test::openDemoCopy(m_directory.path(), m_database), QString());
        m_queries = std::make_unique<QueryService>(m_database.get());
        WindowServices services;
        services.queries = m_queries.get();
        m_page = std::make_unique<AnalysisPage>(services, &m_filters);
        for (QAbstractItemModel *model :
             {static_cast<QAbstractItemModel *>(m_page->scoreModel()),
              static_cast<QAbstractItemModel *>(m_page->goalDifferenceModel()),
              static_cast<QAbstractItemModel *>(m_page->gamesModel()),
              static_cast<QAbstractItemModel *>(m_page->whatMatters()->model()),
              static_cast<QAbstractItemModel *>(m_page->lineups()->model())})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        m_page->resize(1280, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->showState(readCacheState(m_database->connection(Database::Access::ReadOnly)));
    }
    void cleanup() { QCOMPARE(test::WarningGuard::take(), QStringList()); }
    void cleanupTestCase()
    {
        m_testers.clear();
        m_page.reset();
    }

    void gameTablesAreTheStatsLayers()
    {
        m_page->tabs()->setCurrentIndex(0);
        GameGroupsModel *scores = m_page->scoreModel();
        QVERIFY(QTest::qWaitFor([&] { return scores->rowCount() > 0; }, 20000));
        const QList<ScorelineRow> expected = scorelines(*m_database, m_filters.filter());
        QCOMPARE(scores->rowCount(), int(expected.size()));
        int games = 0;
        for (int row = 0; row < scores->rowCount(); ++row) {
            const ScorelineRow &line = expected.at(row);
            const QModelIndex group = scores->index(row, 0);
            QCOMPARE(scores->index(row, GameGroupsModel::Games).data(modelroles::RawValueRole).toInt(),
                     line.games);
            QCOMPARE(scores->index(row, GameGroupsModel::MeSpeed).data(modelroles::RawValueRole).toDouble(),
                     line.me ? line.me->avgSpeed : 0.0);
            // Expanded, a score shows exactly its games, each with that score.
            QCOMPARE(scores->rowCount(group), line.games);
            QCOMPARE(scores->replayIds(group).size(), line.games);
            games += line.games;
        }
        GameGroupsModel *differences = m_page->goalDifferenceModel();
        GameGroupsModel *perGame = m_page->gamesModel();
        QCOMPARE(perGame->rowCount(), games);
        int byDifference = 0;
        for (int row = 0; row < differences->rowCount(); ++row) {
            const QModelIndex group = differences->index(row, 0);
            const int difference = group.data(modelroles::RawValueRole).toString().toInt();
            const int wins = differences->index(row, GameGroupsModel::Wins).data(modelroles::RawValueRole).toInt();
            QCOMPARE(wins, difference > 0 ? differences->rowCount(group) : 0);
            byDifference += differences->rowCount(group);
        }
        QCOMPARE(byDifference, games);
        const QString mismatch = test::csvMismatch(*perGame, tableexport::csv(*perGame));
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

        // Activating a row asks for its replays, named by the row.
        QSignalSpy asked(m_page.get(), &AnalysisPage::replaysRequested);
        auto *view = qobject_cast<QAbstractItemView *>(m_page->tabs()->currentWidget());
        QVERIFY(view);
        view->setCurrentIndex(scores->index(0, 0));
        Q_EMIT view->activated(scores->index(0, 0));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.constFirst().at(0).toStringList().size(), expected.constFirst().games);
        QVERIFY(asked.constFirst().at(1).toString().contains(QStringLiteral("–")));
    }

    void whatMattersRanksEveryStat()
    {
        m_page->tabs()->setCurrentWidget(m_page->whatMatters());
        StatImpactModel *model = m_page->whatMatters()->model();
        QVERIFY(QTest::qWaitFor([&] { return model->rowCount() > 0; }, 60000));
        const QList<StatImpact> expected = statImpacts(*m_database, QStringLiteral("me"), m_filters.filter());
        QCOMPARE(model->rowCount(), int(statCatalogue().size()));
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->impacts().at(row).stat, expected.at(row).stat);
            QCOMPARE(model->index(row, StatImpactModel::RSquared).data(modelroles::RawValueRole).toDouble(),
                     expected.at(row).regression.rSquared);
            if (row > 0)
                QVERIFY(expected.at(row - 1).regression.rSquared >= expected.at(row).regression.rSquared);
        }
        // The first stat is selected: its scatter is its correlation, point for point.
        Chart *scatter = m_page->whatMatters()->scatter();
        QVERIFY(QTest::qWaitFor([&] { return !scatter->spec().series.isEmpty(); }, 20000));
        const StatDefinition *stat = expected.constFirst().stat;
        const Correlation correlation = bcs::correlation(
            *m_database, *findCorrelationStat(stat->groupName() + QLatin1Char('.') + stat->keyName()),
            QStringLiteral("me"), m_filters.filter());
        const ChartSeries &points = scatter->spec().series.constFirst();
        QCOMPARE(points.points.size(), correlation.points.size());
        for (qsizetype i = 0; i < points.points.size(); ++i) {
            QCOMPARE(points.points.at(i).x, correlation.points.at(i).statValue);
            QCOMPARE(points.points.at(i).y, double(correlation.points.at(i).goalDiff));
        }
        const ChartSeries &rates = m_page->whatMatters()->buckets()->spec().series.constFirst();
        QCOMPARE(rates.points.size(), correlation.buckets.size());
        for (qsizetype i = 0; i < rates.points.size(); ++i)
            QCOMPARE(rates.points.at(i).y, correlation.buckets.at(i).winRate);
        const QString mismatch = test::csvMismatch(*model, tableexport::csv(*model));
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    void lineupsChartAndReplays()
    {
        m_page->tabs()->setCurrentWidget(m_page->lineups());
        LineupsModel *model = m_page->lineups()->model();
        QVERIFY(QTest::qWaitFor([&] { return model->rowCount() > 0; }, 20000));
        const QList<LineupRow> expected =
            lineups(m_database->connection(Database::Access::ReadOnly), m_filters.filter());
        QCOMPARE(model->rowCount(), int(expected.size()));
        const ChartSeries &bars = m_page->lineups()->chart()->spec().series.constFirst();
        QCOMPARE(bars.points.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(bars.points.at(i).y, expected.at(i).winRate);
            QVERIFY(bars.points.at(i).tooltip.contains(QLocale().toString(expected.at(i).games)));
            const WinRateInterval interval = wilsonInterval(expected.at(i).wins, expected.at(i).games);
            QCOMPARE(*bars.points.at(i).low, 100.0 * interval.low);
            QCOMPARE(*bars.points.at(i).high, 100.0 * interval.high);
        }
        QSignalSpy asked(m_page.get(), &AnalysisPage::replaysRequested);
        Q_EMIT m_page->lineups()->chart()->pointClicked(0, 0);
        QVERIFY(asked.wait(20000));
        QCOMPARE(asked.constFirst().at(0).toStringList().size(), expected.constFirst().games);
        const QString mismatch = test::csvMismatch(*model, tableexport::csv(*model));
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    void rankOverTime()
    {
        m_page->tabs()->setCurrentWidget(m_page->rank());
        QComboBox *playlists = m_page->rank()->playlists();
        QVERIFY(QTest::qWaitFor([&] { return playlists->count() > 0; }, 20000));
        const QList<RankGame> games =
            rankHistory(m_database->connection(Database::Access::ReadOnly), m_filters.filter());
        const QString shown = playlists->currentData().toString();
        qsizetype inPlaylist = 0;
        for (const RankGame &game : games)
            inPlaylist += game.playlist == shown;
        const ChartSpec &spec = m_page->rank()->chart()->spec();
        QCOMPARE(spec.series.constFirst().points.size(), inPlaylist);
        QVERIFY(inPlaylist > 0);
    }

    void filterChangeAsksAgain()
    {
        m_page->tabs()->setCurrentIndex(0);
        GameGroupsModel *perGame = m_page->gamesModel();
        const int before = perGame->rowCount();
        StatsFilter filter;
        filter.teamSize = 2;
        QSignalSpy reset(perGame, &QAbstractItemModel::modelReset);
        m_filters.setFilter(filter, FilterState::DatePreset::Everything);
        QVERIFY(reset.wait(20000));
        QVERIFY(perGame->rowCount() < before);
        QCOMPARE(perGame->rowCount(), int(gameRows(*m_database, m_filters.filter(), -1, 0,
                                                   Coverage::Listed).size()));
        m_filters.reset();
        QVERIFY(reset.wait(20000));
    }

    void everyTabRendersInBothPalettes()
    {
        const QString out = qEnvironmentVariable("BCS_SHOTS_DIR");
        for (const QString &name : {QStringLiteral("light"), QStringLiteral("dark")}) {
            QApplication::setPalette(name == QLatin1String("light") ? palettes::light() : palettes::dark());
            for (int tab = 0; tab < m_page->tabs()->count(); ++tab) {
                m_page->tabs()->setCurrentIndex(tab);
                QVERIFY(QTest::qWaitFor([&] { return m_queries->pending() == 0; }, 60000));
                QTest::qWait(50);
                const QImage image = m_page->grab().toImage();
                QVERIFY(!image.isNull());
                if (!out.isEmpty())
                    image.save(QDir(out).filePath(QStringLiteral("analysis-%1-%2.png").arg(tab).arg(name)));
            }
        }
    }

private:
    QTemporaryDir m_directory;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QueryService> m_queries;
    FilterState m_filters;
    std::unique_ptr<AnalysisPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

QTEST_MAIN(TestAnalysisPage)
#include "tst_analysispage.moc"
