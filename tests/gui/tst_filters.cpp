// The one filter of the Stats, Analysis and Replays pages: presets resolve against today, the
// filter survives a restart through QSettings (and odd saved values are dropped, not obeyed),
// the bar edits the shared state and counts what it keeps over the demo year, and a page that
// was hidden while the filter or the data changed asks again when shown — once.

#include "gui/filters/filterbar.h"
#include "gui/filters/filterstate.h"
#include "gui/pages/pagerefresh.h"
#include "gui/services/queryservice.h"
#include "stats/filterchoices.h"
#include "storage/database.h"
#include "support/democachefixture.h"
#include "support/warningguard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QMenu>
#include <QToolButton>

using namespace bcs;

class TestFilters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareWindowTest();
        QVERIFY(m_directory.isValid());
        QCOMPARE(test::openDemoCopy(m_directory.path(), m_database), QString());
        m_queries = std::make_unique<QueryService>(m_database.get());
    }
    void cleanup() { QCOMPARE(test::WarningGuard::take(), QStringList()); }

    void presetsResolveAgainstToday()
    {
        FilterState state;
        QVERIFY(state.isDefault());
        QVERIFY(!state.filter().afterMs);
        state.setDatePreset(FilterState::DatePreset::Last7Days);
        const QDate today = QDate::currentDate();
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(*state.filter().afterMs), today.addDays(-6).startOfDay());
        QVERIFY(!state.filter().beforeMs);
        // Custom starts from the preset's dates, so switching keeps what the user saw.
        state.setDatePreset(FilterState::DatePreset::Custom);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(*state.filter().afterMs), today.addDays(-6).startOfDay());
        QVERIFY(state.summary().contains(QStringLiteral("since")));
        QSignalSpy changed(&state, &FilterState::changed);
        state.setDatePreset(FilterState::DatePreset::Custom);
        QCOMPARE(changed.size(), 0); // no change, no signal
        state.reset();
        QCOMPARE(changed.size(), 1);
        QVERIFY(state.isDefault());
    }

    void rememberedBetweenRuns()
    {
        QTemporaryDir settingsDirectory;
        const QString path = settingsDirectory.filePath(QStringLiteral("filters.ini"));
        StatsFilter filter;
        filter.afterMs = QDateTime(QDate(2026, 3, 1), QTime(0, 0)).toMSecsSinceEpoch();
        filter.playlists = {QStringLiteral("ranked-doubles"), QStringLiteral("Ranked Standard")};
        filter.teamSize = 2;
        filter.excludeTies = true;
        filter.minDurationSeconds = 120;
        filter.map = QStringLiteral("DFH Stadium");
        {
            FilterState state;
            state.setFilter(filter, FilterState::DatePreset::Custom);
            QSettings settings(path, QSettings::IniFormat);
            state.save(settings);
        }
        {
            FilterState next;
            next.restore(QSettings(path, QSettings::IniFormat));
            QCOMPARE(next.datePreset(), FilterState::DatePreset::Custom);
            QVERIFY(next.stored() == filter);
        }
        // A preset is saved as the preset: next month "last 30 days" means next month's.
        {
            FilterState state;
            state.setDatePreset(FilterState::DatePreset::Last30Days);
            QSettings settings(path, QSettings::IniFormat);
            state.save(settings);
            FilterState next;
            next.restore(settings);
            QCOMPARE(next.datePreset(), FilterState::DatePreset::Last30Days);
            QVERIFY(!next.stored().afterMs);
        }
        // Values no filter can take (a hand-edited file) are dropped, not obeyed.
        {
            QSettings settings(path, QSettings::IniFormat);
            settings.setValue(QStringLiteral("filters/preset"), 99);
            settings.setValue(QStringLiteral("filters/teamSize"), QStringLiteral("7"));
            settings.setValue(QStringLiteral("filters/minDuration"), QStringLiteral("-5"));
            FilterState next;
            next.restore(settings);
            QCOMPARE(next.datePreset(), FilterState::DatePreset::Everything);
            QVERIFY(!next.stored().teamSize);
            QVERIFY(!next.stored().minDurationSeconds);
        }
    }

    void barEditsTheSharedStateAndCounts()
    {
        FilterState state;
        QWidget page;
        auto *bar = new FilterBar(&state, m_queries.get(), &page);
        auto *other = new FilterBar(&state, m_queries.get(), &page); // a second page's bar
        page.resize(1280, 60);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(QTest::qWaitFor([&] { return m_queries->pending() == 0 && !bar->countText().isEmpty(); }));
        const FilteredCount all = filteredCount(m_database->connection(Database::Access::ReadOnly), {});
        QCOMPARE(all.listed, 1998); // the demo year, the same from every compiler
        QVERIFY2(bar->countText().contains(QLocale().toString(all.listed)), qPrintable(bar->countText()));

        // Team size 1 from the bar's own combo box: both bars and the state follow.
        auto *size = bar->findChild<QComboBox *>();
        QList<QComboBox *> combos = bar->findChildren<QComboBox *>();
        for (QComboBox *combo : combos) {
            if (combo->accessibleName() == QLatin1String("Team size"))
                size = combo;
        }
        QCOMPARE(size->accessibleName(), QStringLiteral("Team size"));
        size->setCurrentIndex(size->findData(1));
        Q_EMIT size->activated(size->currentIndex());
        QCOMPARE(state.stored().teamSize, std::optional<int>(1));
        QComboBox *otherSize = nullptr;
        for (QComboBox *combo : other->findChildren<QComboBox *>()) {
            if (combo->accessibleName() == QLatin1String("Team size"))
                otherSize = combo;
        }
        QCOMPARE(otherSize->currentData().toInt(), 1);
        StatsFilter duels;
        duels.teamSize = 1;
        const FilteredCount expected = filteredCount(m_database->connection(Database::Access::ReadOnly), duels);
        QVERIFY(expected.listed > 0 && expected.listed < all.listed);
        QVERIFY(QTest::qWaitFor([&] {
            return m_queries->pending() == 0 && bar->countText().startsWith(QLocale().toString(expected.listed));
        }));

        // Ticking playlists in the menu: the ticks follow the state without the menu being
        // rebuilt under the action that is still emitting (that would delete the sender).
        auto *playlists = bar->findChild<QToolButton *>();
        QVERIFY(playlists && playlists->menu());
        QList<QAction *> ticks;
        for (QAction *action : playlists->menu()->actions()) {
            if (action->isCheckable())
                ticks << action;
        }
        QVERIFY(ticks.size() >= 2);
        ticks.at(0)->trigger();
        ticks.at(1)->trigger();
        QCOMPARE(state.stored().playlists,
                 (QStringList{ticks.at(0)->data().toString(), ticks.at(1)->data().toString()}));
        QCOMPARE(playlists->text(), QStringLiteral("2 playlists"));
        ticks.at(0)->trigger();
        QCOMPARE(state.stored().playlists, QStringList{ticks.at(1)->data().toString()});
        QVERIFY(playlists->menu()->actions().contains(ticks.at(0))); // the same actions still
        StatsFilter back = state.stored();
        back.playlists.clear();
        state.setFilter(back);

        // Every control is named for assistive technology.
        for (QWidget *control : bar->findChildren<QWidget *>()) {
            if (control->focusPolicy() != Qt::NoFocus && control->isVisible() &&
                control->parentWidget() == bar)
                QVERIFY2(!control->accessibleName().isEmpty(), control->metaObject()->className());
        }
        // The map and playlist choices are the cache's.
        const FilterChoices choices = filterChoices(m_database->connection(Database::Access::ReadOnly));
        QVERIFY(!choices.maps.isEmpty() && !choices.playlists.isEmpty());
        QCOMPARE(choices.teamSizes, (QList<int>{1, 2, 3, 4})); // the demo has chaos 4v4 private matches
    }

    void hiddenPageRefreshesOnceWhenShown()
    {
        FilterState state;
        QWidget window;
        auto *page = new QWidget(&window);
        int refreshes = 0;
        new PageRefresh(page, &state, m_queries.get(), [&] { ++refreshes; });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(refreshes, 1); // first shown
        StatsFilter filter;
        filter.excludeTies = true;
        state.setFilter(filter);
        QCOMPARE(refreshes, 2); // visible: at once
        page->hide();
        filter.teamSize = 2;
        state.setFilter(filter);
        m_queries->notifyDataChanged();
        QCOMPARE(refreshes, 2); // hidden: not now
        page->show();
        QCOMPARE(refreshes, 3); // shown again: once, for both changes
        page->hide();
        page->show();
        QCOMPARE(refreshes, 3); // nothing changed meanwhile
    }

private:
    QTemporaryDir m_directory;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QueryService> m_queries;
};

QTEST_MAIN(TestFilters)
#include "tst_filters.moc"
