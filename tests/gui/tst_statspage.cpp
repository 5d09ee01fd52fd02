// The Stats page over the demo year: the headline is aggregateRole()'s record for me with the
// Wilson interval, and follows the filter; every cell of the comparison is aggregateRole()'s
// value for its role (per game and in total), the best value tinted by the stat's direction
// (lowest for lower-is-better, none for neutral), sorting keeps the categories together; the
// charts draw the stats layer's numbers and a click asks for the replays behind a bar or point;
// the CSV reads back as the model; no Qt warnings. Light and dark grabs go to /tmp/shots-stats/.

#include "gui/charts/chart.h"
#include "gui/common/palettes.h"
#include "gui/common/tableexport.h"
#include "gui/filters/filterstate.h"
#include "gui/models/comparisonmodel.h"
#include "gui/models/modelroles.h"
#include "gui/pages/statsheadline.h"
#include "gui/pages/statspage.h"
#include "gui/services/queryservice.h"
#include "gui/common/textformat.h"
#include "stats/aggregates.h"
#include "stats/rolereplays.h"
#include "stats/roleresolver.h"
#include "stats/trend.h"
#include "stats/winrateinterval.h"
#include "storage/database.h"
#include "support/csvreader.h"
#include "support/democachefixture.h"
#include "support/warningguard.h"

#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QMenu>
#include <QAction>

using namespace bcs;

namespace {
bool sameNumber(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}
} // namespace

class TestStatsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareWindowTest();
        QVERIFY(m_directory.isValid());
        const QString error = test::copyDemoCache(m_directory.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_database = std::make_unique<Database>(demo::demoCachePath(m_directory.path()));
        QCOMPARE(m_database->open(), QString());
        m_queries = std::make_unique<QueryService>(m_database.get());
        palettes::apply(QStringLiteral("light"));
    }
    void cleanup() { QCOMPARE(test::WarningGuard::take(), QStringList()); }

    void headlineIsMyAggregate()
    {
        auto page = makePage();
        const RoleAggregate me = aggregateRole(*m_database, role::Me, m_filters.filter());
        QVERIFY(me.listed.games > 1000); // the demo year
        const StatsHeadline *headline = page->headline();
        QVERIFY2(headline->recordText().startsWith(text::games(me.listed.games)),
                 qPrintable(headline->recordText()));
        QVERIFY(headline->recordText().contains(QStringLiteral("%1 won").arg(text::count(me.listed.wins))));
        QVERIFY(headline->recordText().contains(QStringLiteral("%1 lost").arg(text::count(me.listed.losses))));
        const WinRateInterval interval = wilsonInterval(me.listed.wins, me.listed.games);
        QCOMPARE(headline->winRateText(),
                 QStringLiteral("Win rate %1 ± %2")
                     .arg(text::percent(interval.rate), text::decimal(interval.halfWidth() * 100, 1)));
        QCOMPARE(QString::number(interval.rate * 100, 'f', 6), QString::number(me.listed.winRate, 'f', 6));
        QVERIFY(!headline->fewGamesShown());
        QVERIFY(headline->coverageText().contains(QLocale().toString(me.games)));
        // The model's own "Games" row for me says the same.
        ComparisonModel *model = page->comparisonModel();
        QCOMPARE(model->value(1, 0), std::optional<double>(me.listed.games));
    }

    void filterChangeUpdatesTheNumbers()
    {
        auto page = makePage();
        const QString before = page->headline()->recordText();
        StatsFilter duels;
        duels.teamSize = 1;
        duels.afterMs = QDateTime::currentDateTime().addDays(-30).toMSecsSinceEpoch();
        m_filters.setFilter(duels);
        const RoleAggregate me = aggregateRole(*m_database, role::Me, m_filters.filter());
        QVERIFY(me.listed.games > 0 && me.listed.games < StatsHeadline::kFewGames);
        QVERIFY(QTest::qWaitFor([&] {
            return m_queries->pending() == 0 &&
                   page->headline()->recordText().startsWith(text::games(me.listed.games));
        }));
        QVERIFY(page->headline()->recordText() != before);
        QVERIFY(page->headline()->fewGamesShown()); // a month of duels is few games
        const WinRateInterval interval = wilsonInterval(me.listed.wins, me.listed.games);
        QVERIFY(page->headline()->winRateText().contains(text::percent(interval.rate)));
        compareCells(*page->comparisonModel(), m_filters.filter());
        m_filters.reset();
        QVERIFY(QTest::qWaitFor([&] { return m_queries->pending() == 0 && page->headline()->recordText() == before; }));
    }

    void cellsAreTheAggregatesPerGameAndInTotal()
    {
        auto page = makePage();
        ComparisonModel *model = page->comparisonModel();
        // Me, the demo's three named teammates in alias order, anonymous teammates, opponents.
        QCOMPARE(model->roleCount(), 6);
        QCOMPARE(model->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Me"));
        QCOMPARE(model->headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("alice"));
        QCOMPARE(model->headerData(4, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("carl"));
        QCOMPARE(model->comparison().roles.at(5).role.role, role::AnonOpponent);
        compareCells(*model, m_filters.filter());
        page->setValues(ComparisonValues::Totals);
        QCOMPARE(model->values(), ComparisonValues::Totals);
        compareCells(*model, m_filters.filter());
        // Goals in total are a whole number, and the label column says the catalogue's label.
        const int goals = model->rowOfStat(*findStat(u"core.goals"));
        QCOMPARE(model->index(goals, 0).data().toString(), QStringLiteral("Goals"));
        QVERIFY(!model->index(goals, 1).data().toString().contains(QLocale().decimalPoint()));
        QVERIFY(model->index(goals, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Higher is better")));
        page->setValues(ComparisonValues::PerGame);
    }

    void bestValueFollowsTheDirection()
    {
        auto page = makePage();
        ComparisonModel *model = page->comparisonModel();
        const auto check = [&](const char *key, StatDirection direction, bool tinted) {
            const StatDefinition &stat = *findStat(QString::fromLatin1(key));
            QCOMPARE(stat.direction, direction);
            const int row = model->rowOfStat(stat);
            QList<double> values;
            for (int role = 0; role < model->roleCount(); ++role)
                values << model->value(row, role).value();
            const auto extreme = direction == StatDirection::Lower
                                     ? std::min_element(values.cbegin(), values.cend())
                                     : std::max_element(values.cbegin(), values.cend());
            const int best = int(extreme - values.cbegin());
            // Tinted: the cells that read as the best one does, unless every cell reads so.
            const auto shown = [&](int role) {
                return model->index(row, ComparisonModel::columnOfRole(role)).data().toString();
            };
            QList<int> expected;
            for (int role = 0; role < model->roleCount(); ++role) {
                if (shown(role) == shown(best))
                    expected << role;
            }
            if (direction == StatDirection::Neutral || expected.size() == model->roleCount())
                expected.clear();
            for (int role = 0; role < model->roleCount(); ++role) {
                const QVariant tint = model->index(row, ComparisonModel::columnOfRole(role)).data(Qt::BackgroundRole);
                QCOMPARE(tint.isValid(), expected.contains(role));
            }
            QVERIFY2(expected.isEmpty() != tinted, key);
            if (tinted) {
                QVERIFY(model->bestRoles(row).contains(best));
                // A light blend of that role's colour, not the colour itself.
                const QColor tint = model->index(row, ComparisonModel::columnOfRole(best)).data(Qt::BackgroundRole).value<QColor>();
                QVERIFY(tint != model->roleColour(best));
                QVERIFY(tint.lightness() > model->roleColour(best).lightness());
            }
        };
        check("demo.taken", StatDirection::Lower, true);
        check("boost.time_zero_boost", StatDirection::Lower, true);
        check("core.goals_against", StatDirection::Lower, true);
        check("core.shots", StatDirection::Higher, true);
        // Every role's saves read 1.3 per game in the demo: no tint, though the raw values differ.
        check("core.saves", StatDirection::Higher, false);
        check("movement.time_ground", StatDirection::Neutral, false);
        check("boost.amount_collected", StatDirection::Neutral, false);
        // The best win rate is one of my side's: the opponents' is my team's losses.
        const int winRate = 2; // after the Results heading and the games
        QCOMPARE(model->index(winRate, 0).data().toString(), QStringLiteral("Win rate"));
        QVERIFY(!model->bestRoles(winRate).isEmpty());
        QVERIFY(!model->bestRoles(winRate).contains(model->roleCount() - 1));
        // The lowest demos taken is not the highest: the inversion is real here.
        const int taken = model->rowOfStat(*findStat(u"demo.taken"));
        const int inflicted = model->rowOfStat(*findStat(u"demo.inflicted"));
        QVERIFY(!model->bestRoles(taken).isEmpty() && !model->bestRoles(inflicted).isEmpty());
        // In the dark palette the tint blends into the dark base and stays dark.
        palettes::apply(QStringLiteral("dark"));
        QCoreApplication::processEvents(); // a top-level widget takes the new palette from a posted event
        const QColor dark = model->index(taken, ComparisonModel::columnOfRole(model->bestRoles(taken).first()))
                                .data(Qt::BackgroundRole).value<QColor>();
        QVERIFY2(dark.lightness() < 128, qPrintable(dark.name()));
        palettes::apply(QStringLiteral("light"));
    }

    void bestValuesEdges()
    {
        using D = StatDirection;
        QCOMPARE(bestValues(D::Lower, {3, 1, 2}, {5, 5, 5}), QList<int>{1});
        QCOMPARE(bestValues(D::Higher, {3, 1, 3}, {5, 5, 5}), (QList<int>{0, 2})); // tied
        QCOMPARE(bestValues(D::Neutral, {3, 1, 2}, {5, 5, 5}), QList<int>());
        QCOMPARE(bestValues(D::Lower, {0, 1, 2}, {0, 5, 5}), QList<int>{1}); // no games, no win
        QCOMPARE(bestValues(D::Higher, {2, 2}, {5, 5}), QList<int>()); // nothing stands out
        QCOMPARE(bestValues(D::Higher, {2, 9}, {5, 0}), QList<int>()); // one role playing
        QCOMPARE(bestValues(D::Higher, {}, {}), QList<int>());
    }

    void sortingKeepsCategoriesTogether()
    {
        auto page = makePage();
        ComparisonModel *model = page->comparisonModel();
        QList<int> headings;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->rowKind(row) == ComparisonModel::RowKind::Heading)
                headings << row;
        }
        QCOMPARE(headings.size(), 1 + statGroups().size());
        const StatDefinition *selected = &page->selectedStat();
        page->table()->sortByColumn(ComparisonModel::columnOfRole(0), Qt::DescendingOrder);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->rowKind(row) == ComparisonModel::RowKind::Heading, headings.contains(row));
        for (int row = 1; row < model->rowCount(); ++row) {
            const StatDefinition *stat = model->statAt(row);
            const StatDefinition *previous = model->statAt(row - 1);
            if (!stat || !previous)
                continue;
            QCOMPARE(stat->group, previous->group);
            QVERIFY(model->value(row - 1, 0).value() >= model->value(row, 0).value());
        }
        // The selection stays on its stat.
        QCOMPARE(model->statAt(page->table()->currentIndex().row()), selected);
        // The table's own menu entry puts the catalogue's order back.
        QAction *catalogueOrder = nullptr;
        for (QAction *action : page->table()->actions()) {
            if (action->text() == QLatin1String("Sort as the catalogue"))
                catalogueOrder = action;
        }
        QVERIFY(catalogueOrder);
        catalogueOrder->trigger();
        QCOMPARE(model->statAt(headings.at(1) + 1), &statCatalogue().first());
        QCOMPARE(model->statAt(page->table()->currentIndex().row()), selected);
    }

    void chartsDrawTheStatsLayer()
    {
        auto page = makePage();
        const StatsFilter filter = m_filters.filter();
        const StatDefinition &saves = *findStat(u"core.saves");
        page->setTrendBucket(TrendBucket::Month);
        page->setTrendRoles({role::Me, role::AnonOpponent});
        page->selectStat(saves);
        QVERIFY(QTest::qWaitFor([&] {
            return m_queries->pending() == 0 && page->trendChartSpec().spec.series.size() == 3 &&
                   page->trendChart()->spec() == page->trendChartSpec().spec;
        }));
        // By role: one bar per role, the per-game value aggregateRole() gives.
        const ChartSpec &bars = page->roleChartSpec().spec;
        QCOMPARE(bars.series.size(), 6);
        const QStringList roles{role::Me, role::teammate(QStringLiteral("alice")), role::teammate(QStringLiteral("bob")),
                                role::teammate(QStringLiteral("carl")), role::AnonTeammate, role::AnonOpponent};
        const qsizetype index = &saves - statCatalogue().constData();
        for (int i = 0; i < roles.size(); ++i) {
            const RoleAggregate aggregate = aggregateRole(*m_database, roles.at(i), filter);
            QCOMPARE(bars.series.at(i).points.size(), 1);
            QVERIFY(sameNumber(bars.series.at(i).points.first().y, aggregate.perGame.at(index)));
            QCOMPARE(bars.series.at(i).colour, page->comparisonModel()->roleColour(i));
        }
        QCOMPARE(page->roleChart()->spec(), bars);
        // In totals the bars are the totals.
        page->setValues(ComparisonValues::Totals);
        for (int i = 0; i < roles.size(); ++i)
            QCOMPARE(page->roleChartSpec().spec.series.at(i).points.first().y,
                     aggregateRole(*m_database, roles.at(i), filter).values.at(index));
        QCOMPARE(page->roleChart()->spec(), page->roleChartSpec().spec);
        page->setValues(ComparisonValues::PerGame);

        // Over time: my games per month behind, a line per chosen role from trend().
        const ChartSpec &lines = page->trendChartSpec().spec;
        const Trend mine = trend(*m_database, saves, role::Me, TrendBucket::Month, filter);
        const Trend theirs = trend(*m_database, saves, role::AnonOpponent, TrendBucket::Month, filter);
        QVERIFY(mine.points.size() >= 12);
        QCOMPARE(lines.series.at(0).points.size(), mine.points.size());
        QVERIFY(lines.series.at(0).secondaryAxis);
        for (int i = 0; i < mine.points.size(); ++i) {
            QCOMPARE(lines.series.at(0).points.at(i).y, double(mine.points.at(i).games));
            QCOMPARE(lines.series.at(0).points.at(i).x, double(mine.points.at(i).start.startOfDay().toMSecsSinceEpoch()));
        }
        const auto compareLine = [](const ChartSeries &series, const Trend &expected) {
            QList<double> values;
            for (const TrendPoint &point : expected.points) {
                if (point.value)
                    values << *point.value;
            }
            QCOMPARE(series.points.size(), values.size());
            for (int i = 0; i < values.size(); ++i)
                QVERIFY(sameNumber(series.points.at(i).y, values.at(i)));
        };
        compareLine(lines.series.at(1), mine);
        compareLine(lines.series.at(2), theirs);
        QCOMPARE(lines.series.at(2).colour, page->comparisonModel()->roleColour(5));

        // A click opens the replays behind it: a month's games, a role's detailed games.
        QSignalSpy requested(page.get(), &StatsPage::replaysRequested);
        page->openReplaysBehind(page->trendChartSpec(), 0, 2);
        QVERIFY(requested.wait());
        const QStringList month = requested.takeFirst().at(0).toStringList();
        QCOMPARE(month.size(), mine.points.at(2).games);
        QCOMPARE(month, roleReplayIds(*m_database, role::Me,
                                      periodFilter(filter, TrendBucket::Month, mine.points.at(2).start),
                                      Coverage::Listed));
        Q_EMIT page->roleChart()->pointClicked(1, 0); // alice's bar
        QVERIFY(requested.wait());
        const QList<QVariant> alice = requested.takeFirst();
        QCOMPARE(alice.at(0).toStringList().size(),
                 aggregateRole(*m_database, roles.at(1), filter).games);
        QVERIFY(alice.at(1).toString().startsWith(QStringLiteral("alice")));
    }

    void csvReadsBackAsTheModel()
    {
        auto page = makePage();
        const ComparisonModel &model = *page->comparisonModel();
        const QList<QStringList> rows = test::readCsv(tableexport::csv(model));
        QCOMPARE(rows.size(), model.rowCount() + 1);
        for (int column = 0; column < model.columnCount(); ++column)
            QCOMPARE(rows.at(0).at(column), model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(rows.at(row + 1).size(), model.columnCount());
            for (int column = 0; column < model.columnCount(); ++column) {
                const QVariant raw = model.index(row, column).data(modelroles::RawValueRole);
                const QString field = rows.at(row + 1).at(column);
                if (raw.typeId() == QMetaType::Double) {
                    bool ok = false;
                    QCOMPARE(field.toDouble(&ok), raw.toDouble()); // shortest round-trip digits
                    QVERIFY(ok);
                } else if (raw.isValid()) {
                    QCOMPARE(field, raw.toString());
                } else {
                    QCOMPARE(field, model.index(row, column).data().toString());
                }
            }
        }
    }

    void rolesMenuChoosesTheLines()
    {
        auto page = makePage();
        QCOMPARE(page->trendRoles(), (QStringList{role::Me, role::teammate(QStringLiteral("alice")),
                                                  role::teammate(QStringLiteral("bob")),
                                                  role::teammate(QStringLiteral("carl"))}));
        QToolButton *button = nullptr;
        for (QToolButton *each : page->findChildren<QToolButton *>()) {
            if (each->accessibleName() == QLatin1String("Roles in the chart over time"))
                button = each;
        }
        QVERIFY(button && button->menu());
        QCOMPARE(button->menu()->actions().size(), 6);
        for (QAction *action : button->menu()->actions()) {
            if (action->data().toString().startsWith(QStringLiteral("teammate:")))
                action->trigger(); // unticks the three named teammates
            else if (action->data().toString() == role::AnonOpponent)
                action->trigger();
        }
        QCOMPARE(page->trendRoles(), (QStringList{role::Me, role::AnonOpponent}));
        QCOMPARE(button->text(), QStringLiteral("2 roles"));
        QVERIFY(QTest::qWaitFor([&] {
            return m_queries->pending() == 0 && page->trendChartSpec().spec.series.size() == 3;
        }));
        QCOMPARE(page->trendChartSpec().spec.series.at(2).name, QStringLiteral("Opponents"));
        // Weeks: more periods than months.
        const qsizetype months = page->trendChartSpec().spec.series.at(0).points.size();
        page->setTrendBucket(TrendBucket::Week);
        QVERIFY(QTest::qWaitFor([&] {
            return m_queries->pending() == 0 && page->trendChartSpec().spec.series.at(0).points.size() > 3 * months;
        }));
        QCOMPARE(page->trendChartSpec().spec.xTitle, QStringLiteral("Week"));
        page->setTrendBucket(TrendBucket::Month);
        page->setTrendRoles({role::Me, role::teammate(QStringLiteral("alice")), role::teammate(QStringLiteral("bob")),
                             role::teammate(QStringLiteral("carl"))});
    }

    void emptyUntilMeIsKnownAndFreshAfterAWrite()
    {
        auto page = makePage();
        QVERIFY(page->contentShown());
        CacheState noMe = readCacheState(m_database->connection(Database::Access::ReadOnly));
        noMe.meConfigured = false;
        page->showState(noMe);
        QVERIFY(!page->contentShown());
        QVERIFY(page->emptyText().contains(QStringLiteral("which of the")));
        noMe.meConfigured = true;
        page->showState(noMe);
        QVERIFY(page->contentShown());
        // A write (roles saved, a sync) asks again at once while the page is shown.
        const int before = m_queries->pending();
        m_queries->notifyDataChanged();
        QVERIFY(m_queries->pending() > before);
        QVERIFY(QTest::qWaitFor([&] { return m_queries->pending() == 0; }));
    }

    void everyControlIsNamed()
    {
        auto page = makePage();
        int controls = 0;
        for (QWidget *control : page->findChildren<QWidget *>()) {
            if (control->focusPolicy() == Qt::NoFocus || !control->isVisibleTo(page.get()))
                continue;
            // A chart's own view, a spin box's editor: parts of a control named as a whole.
            bool part = false;
            for (QWidget *up = control->parentWidget(); up; up = up->parentWidget())
                part = part || qobject_cast<Chart *>(up) || qobject_cast<QAbstractSpinBox *>(up) ||
                       qobject_cast<QComboBox *>(up);
            if (part)
                continue;
            ++controls;
            QVERIFY2(!control->accessibleName().isEmpty(),
                     qPrintable(QStringLiteral("%1 %2").arg(QString::fromLatin1(control->metaObject()->className()),
                                                            control->objectName())));
        }
        QVERIFY(controls >= 8); // the filter bar's, the toggle, the table, the charts' controls
        QVERIFY(!page->roleChart()->accessibleName().isEmpty());
    }

    void grabsInLightAndDark()
    {
        const QString directory = QStringLiteral("/tmp/shots-stats");
        QVERIFY(QDir().mkpath(directory));
        for (const QString &palette : {QStringLiteral("light"), QStringLiteral("dark")}) {
            palettes::apply(palette);
            for (const QSize size : {QSize(1100, 720), QSize(880, 620)}) {
                auto page = makePage(size);
                page->selectStat(*findStat(u"boost.time_zero_boost"));
                QVERIFY(QTest::qWaitFor([&] { return m_queries->pending() == 0; }));
                QTest::qWait(200); // the charts' layout pass
                const QString path = QDir(directory).filePath(
                    QStringLiteral("stats-%1-%2x%3.png").arg(palette).arg(size.width()).arg(size.height()));
                QVERIFY(page->grab().save(path));
            }
        }
        // A month of duels: few games, the mark beside the win rate.
        palettes::apply(QStringLiteral("light"));
        StatsFilter duels;
        duels.teamSize = 1;
        duels.afterMs = QDateTime::currentDateTime().addDays(-30).toMSecsSinceEpoch();
        m_filters.setFilter(duels);
        {
            auto page = makePage();
            QVERIFY(page->headline()->fewGamesShown());
            QTest::qWait(200);
            QVERIFY(page->grab().save(QDir(directory).filePath(QStringLiteral("stats-light-few-games.png"))));
        }
        m_filters.reset();
    }

private:
    std::unique_ptr<StatsPage> makePage(QSize size = QSize(1100, 720))
    {
        WindowServices services;
        services.queries = m_queries.get();
        auto page = std::make_unique<StatsPage>(services, &m_filters);
        // Watches the model from its first reset on, and goes with it.
        new QAbstractItemModelTester(page->comparisonModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     page->comparisonModel());
        page->showState(readCacheState(m_database->connection(Database::Access::ReadOnly)));
        page->resize(size);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            qWarning("the page was not exposed");
        if (!QTest::qWaitFor([&] {
                return m_queries->pending() == 0 && page->comparisonModel()->roleCount() > 0;
            }))
            qWarning("the page did not answer");
        return page;
    }

    void compareCells(const ComparisonModel &model, const StatsFilter &filter)
    {
        const QList<StatDefinition> &catalogue = statCatalogue();
        for (int role = 0; role < model.roleCount(); ++role) {
            const QString name = model.comparison().roles.at(role).role.role;
            const RoleAggregate aggregate = aggregateRole(*m_database, name, filter);
            for (int row = 0; row < model.rowCount(); ++row) {
                const StatDefinition *stat = model.statAt(row);
                if (!stat)
                    continue;
                const qsizetype i = stat - catalogue.constData();
                const bool total = model.values() == ComparisonValues::Totals &&
                                   stat->aggregation == Aggregation::Sum;
                const double expected = total ? aggregate.values.at(i) : aggregate.perGame.at(i);
                const QVariant raw = model.index(row, ComparisonModel::columnOfRole(role)).data(modelroles::RawValueRole);
                if (aggregate.games == 0) {
                    QVERIFY(!raw.isValid());
                    continue;
                }
                QVERIFY2(sameNumber(raw.toDouble(), expected),
                         qPrintable(QStringLiteral("%1 %2: %3 != %4").arg(name, stat->columnName()).arg(raw.toDouble()).arg(expected)));
            }
        }
    }

    QTemporaryDir m_directory;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QueryService> m_queries;
    FilterState m_filters;
};

QTEST_MAIN(TestStatsPage)
#include "tst_statspage.moc"
