#include "gui/filters/filterbar.h"

#include "gui/common/textformat.h"
#include "gui/filters/filterstate.h"
#include "gui/pages/pagerefresh.h"
#include "gui/services/queryservice.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

namespace bcs {

namespace {
using Preset = FilterState::DatePreset;

QDate localDay(const std::optional<qint64> &ms, const QDate &fallback)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms).date() : fallback;
}
} // namespace

FilterBar::FilterBar(FilterState *filters, QueryService *queries, QWidget *parent)
    : QWidget(parent)
    , m_filters(filters)
    , m_queries(queries)
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_playlists(new QToolButton(this))
    , m_playlistMenu(new QMenu(this))
    , m_teamSize(new QComboBox(this))
    , m_excludeTies(new QCheckBox(tr("No ties"), this))
    , m_minMinutes(new QSpinBox(this))
    , m_map(new QComboBox(this))
    , m_reset(new QPushButton(tr("Reset"), this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_preset->addItem(tr("All dates"), int(Preset::Everything));
    m_preset->addItem(tr("Last 7 days"), int(Preset::Last7Days));
    m_preset->addItem(tr("Last 30 days"), int(Preset::Last30Days));
    m_preset->addItem(tr("Last 90 days"), int(Preset::Last90Days));
    m_preset->addItem(tr("Last 12 months"), int(Preset::LastYear));
    m_preset->addItem(tr("Between…"), int(Preset::Custom));
    m_preset->setAccessibleName(tr("Dates"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("Until"));
    m_playlists->setPopupMode(QToolButton::InstantPopup);
    m_playlists->setMenu(m_playlistMenu);
    m_playlists->setAccessibleName(tr("Playlists"));
    m_playlists->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_teamSize->addItem(tr("Any size"), 0);
    for (int size = 1; size <= 4; ++size)
        m_teamSize->addItem(tr("%1v%1").arg(size), size);
    m_teamSize->setAccessibleName(tr("Team size"));
    m_excludeTies->setToolTip(tr("Leave out games that ended in a tie (private matches)"));
    m_minMinutes->setRange(0, 60);
    m_minMinutes->setSpecialValueText(tr("Any length"));
    m_minMinutes->setPrefix(tr("≥ "));
    m_minMinutes->setSuffix(tr(" min"));
    m_minMinutes->setAccessibleName(tr("Minimum duration"));
    m_minMinutes->setToolTip(tr("Leave out games shorter than this (forfeits, early leavers)"));
    m_map->setAccessibleName(tr("Map"));
    m_map->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_map->setMinimumContentsLength(12);
    m_reset->setToolTip(tr("Show every game again"));
    m_reset->setAccessibleName(tr("Reset filters"));
    m_excludeTies->setAccessibleName(tr("No ties"));
    m_count->setAccessibleName(tr("Games the filter keeps"));
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_preset, m_from, m_to, m_playlists, m_teamSize, m_excludeTies, m_minMinutes, m_map,
             m_reset})
        row->addWidget(widget);
    row->addStretch(1);
    row->addWidget(m_count);
    // Tab order follows the row.
    QWidget *previous = m_preset;
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_from, m_to, m_playlists, m_teamSize, m_excludeTies, m_minMinutes, m_map, m_reset}) {
        setTabOrder(previous, widget);
        previous = widget;
    }

    connect(m_preset, &QComboBox::activated, this, [this] {
        m_filters->setDatePreset(Preset(m_preset->currentData().toInt()));
    });
    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::apply);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::apply);
    connect(m_teamSize, &QComboBox::activated, this, &FilterBar::apply);
    connect(m_excludeTies, &QCheckBox::toggled, this, &FilterBar::apply);
    connect(m_minMinutes, &QSpinBox::valueChanged, this, &FilterBar::apply);
    connect(m_map, &QComboBox::activated, this, &FilterBar::apply);
    connect(m_reset, &QPushButton::clicked, m_filters, &FilterState::reset);
    connect(m_filters, &FilterState::changed, this, &FilterBar::showFilter);
    // Counting and the choices follow the filter and the data, while the bar is shown.
    m_refresh = new PageRefresh(this, filters, queries, [this] { refresh(); });
    showFilter();
}

QString FilterBar::countText() const
{
    return m_count->text();
}

void FilterBar::setChoices(const FilterChoices &choices)
{
    m_choices = choices;
    const QString map = m_filters->stored().map;
    m_updating = true;
    m_map->clear();
    m_map->addItem(tr("Any map"), QString());
    for (const FilterChoice &choice : std::as_const(m_choices.maps))
        m_map->addItem(choice.name, choice.value);
    int index = m_map->findData(map);
    if (index < 0 && !map.isEmpty()) {
        // A map remembered from an earlier cache stays chosen, so the filter is not changed
        // behind the user's back.
        m_map->addItem(map, map);
        index = m_map->count() - 1;
    }
    m_map->setCurrentIndex(std::max(index, 0));
    m_updating = false;
    rebuildPlaylistMenu();
}

void FilterBar::rebuildPlaylistMenu()
{
    const QStringList chosen = m_filters->stored().playlists;
    m_playlistMenu->clear();
    QStringList known;
    for (const FilterChoice &choice : std::as_const(m_choices.playlists)) {
        QAction *action = m_playlistMenu->addAction(
            tr("%1 (%2)").arg(choice.name, text::count(choice.games)));
        action->setCheckable(true);
        action->setData(choice.value);
        known << choice.value << choice.name;
    }
    for (const QString &playlist : chosen) {
        if (known.contains(playlist, Qt::CaseInsensitive))
            continue;
        QAction *action = m_playlistMenu->addAction(playlist);
        action->setCheckable(true);
        action->setData(playlist);
    }
    if (!m_playlistMenu->isEmpty())
        m_playlistMenu->addSeparator();
    m_playlistMenu->addAction(tr("Every playlist"), this, [this] {
        StatsFilter next = m_filters->stored();
        next.playlists.clear();
        m_filters->setFilter(next, m_filters->datePreset());
    });
    for (QAction *action : m_playlistMenu->actions()) {
        if (action->isCheckable())
            connect(action, &QAction::toggled, this, &FilterBar::apply);
    }
    showPlaylists();
}

void FilterBar::showPlaylists()
{
    // Ticks updated in place: this runs while one of the actions is still emitting `toggled`,
    // so the menu must not be rebuilt (that would delete the sender).
    const QStringList chosen = m_filters->stored().playlists;
    QStringList names;
    for (QAction *action : m_playlistMenu->actions()) {
        if (!action->isCheckable())
            continue;
        const QSignalBlocker quiet(action);
        const QString name = action->text().section(QStringLiteral(" ("), 0, 0);
        action->setChecked(chosen.contains(action->data().toString(), Qt::CaseInsensitive) ||
                           chosen.contains(name, Qt::CaseInsensitive));
        if (action->isChecked())
            names << name;
    }
    m_playlists->setText(names.isEmpty()                ? tr("Every playlist")
                         : names.size() == 1 ? names.first()
                                             : tr("%1 playlists").arg(names.size()));
    m_playlists->setToolTip(names.isEmpty() ? tr("Choose playlists") : names.join(QLatin1Char('\n')));
}

void FilterBar::showFilter()
{
    m_updating = true;
    const StatsFilter stored = m_filters->stored();
    const StatsFilter resolved = m_filters->filter();
    const Preset preset = m_filters->datePreset();
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    const bool custom = preset == Preset::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    const QDate today = QDate::currentDate();
    m_from->setDate(localDay(resolved.afterMs, today.addDays(-29)));
    m_to->setDate(localDay(resolved.beforeMs, today));
    m_teamSize->setCurrentIndex(std::max(0, m_teamSize->findData(stored.teamSize.value_or(0))));
    m_excludeTies->setChecked(stored.excludeTies);
    m_minMinutes->setValue(stored.minDurationSeconds.value_or(0) / 60);
    const int map = m_map->findData(stored.map);
    if (map >= 0)
        m_map->setCurrentIndex(map);
    m_reset->setEnabled(!m_filters->isDefault());
    m_updating = false;
    showPlaylists();
}

void FilterBar::apply()
{
    if (m_updating)
        return;
    StatsFilter next = m_filters->stored();
    const Preset preset = m_filters->datePreset();
    if (preset == Preset::Custom) {
        next.afterMs = m_from->date().startOfDay().toMSecsSinceEpoch();
        next.beforeMs = m_to->date().endOfDay().toMSecsSinceEpoch();
        if (*next.afterMs > *next.beforeMs)
            std::swap(next.afterMs, next.beforeMs); // a reversed range means the same days
    }
    next.playlists.clear();
    for (QAction *action : m_playlistMenu->actions()) {
        if (action->isCheckable() && action->isChecked())
            next.playlists << action->data().toString();
    }
    const int size = m_teamSize->currentData().toInt();
    next.teamSize = size > 0 ? std::optional<int>(size) : std::nullopt;
    next.excludeTies = m_excludeTies->isChecked();
    next.minDurationSeconds =
        m_minMinutes->value() > 0 ? std::optional<int>(m_minMinutes->value() * 60) : std::nullopt;
    next.map = m_map->currentData().toString();
    m_filters->setFilter(next, preset);
}

void FilterBar::refresh()
{
    if (!m_queries)
        return;
    const StatsFilter filter = m_filters->filter();
    const QString view = QStringLiteral("filterbar/") + QString::number(quintptr(this));
    m_queries->request(
        view + QStringLiteral("/choices"), this,
        [](const Database &database) {
            return filterChoices(database.connection(Database::Access::ReadOnly));
        },
        [this](const FilterChoices &choices) { setChoices(choices); });
    m_queries->request(
        view + QStringLiteral("/count"), this,
        [filter](const Database &database) {
            return filteredCount(database.connection(Database::Access::ReadOnly), filter);
        },
        [this](const FilteredCount &count) {
            m_count->setText(count.detailed == count.listed
                                 ? text::games(count.listed)
                                 : tr("%1 · %2 with details")
                                       .arg(text::games(count.listed), text::count(count.detailed)));
        });
}

} // namespace bcs
