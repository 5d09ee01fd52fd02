#include "gui/pages/playerspage.h"

#include "core/clock.h"
#include "core/playerconfig.h"
#include "gui/common/banner.h"
#include "gui/common/tableexport.h"
#include "gui/common/textformat.h"
#include "gui/models/modelroles.h"
#include "gui/pages/pagerefresh.h"
#include "gui/roles/bucketsmodel.h"
#include "gui/roles/entrydrag.h"
#include "gui/roles/playerstablemodel.h"
#include "gui/roles/roleeditor.h"
#include "gui/roles/rolebuckets.h"
#include "gui/services/queryservice.h"
#include "stats/configsuggestion.h"
#include "stats/playeraccounts.h"
#include "storage/database.h"
#include "storage/rolerepository.h"
#include "sync/configwrites.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace bcs {

namespace {
const char *const kSplitterKey = "players/splitter";
constexpr int kTeammateShortcuts = 8; // Alt+2 … Alt+9
} // namespace

struct PlayersPage::Loaded
{
    QList<PlayerAccount> accounts;
    QHash<QString, qint64> lastSeen;
    PlayerConfig config;
};

PlayersPage::PlayersPage(const WindowServices &services, QWidget *parent)
    : PageFrame({tr("Players"),
                 tr("Every name in your replays, to drag into “Me”, your regular teammates, or "
                    "leave as strangers."),
                 false, nullptr, services.queries},
                parent)
    , m_services(services)
    , m_editor(new RoleEditor(this))
    , m_players(new PlayersTableModel(m_editor, this))
    , m_buckets(new BucketsModel(m_editor, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_players);
    m_proxy->setSortRole(modelroles::RawValueRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterRole(modelroles::RawValueRole);

    m_suggest = new QPushButton(tr("Suggest"), this);
    m_suggest->setToolTip(tr("Propose who is who from your accounts: the account in most games is "
                             "you, the ones often on your team your teammates. One step to undo."));
    m_unsaved = new QLabel(tr("Unsaved changes"), this);
    QFont bold = m_unsaved->font();
    bold.setBold(true);
    m_unsaved->setFont(bold);
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setToolTip(tr("Back to the saved roles (one step to undo)"));
    m_save = new QPushButton(tr("Save"), this);
    m_save->setToolTip(tr("Save the roles: every page then counts them (Ctrl+S)"));
    m_save->setDefault(true);
    for (QWidget *widget : {static_cast<QWidget *>(m_unsaved), static_cast<QWidget *>(m_suggest),
                            static_cast<QWidget *>(m_revert), static_cast<QWidget *>(m_save)})
        addHeaderWidget(widget);
    connect(m_suggest, &QPushButton::clicked, this, &PlayersPage::suggest);
    connect(m_revert, &QPushButton::clicked, this, &PlayersPage::revert);
    connect(m_save, &QPushButton::clicked, this, &PlayersPage::save);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new Banner(content);
    layout->addWidget(m_banner);
    m_splitter = new QSplitter(Qt::Horizontal, content);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(buildTable());
    m_splitter->addWidget(buildBuckets());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);
    setContent(content);
    buildActions();

    QSettings settings;
    if (!m_splitter->restoreState(settings.value(QLatin1String(kSplitterKey)).toByteArray()))
        m_splitter->setSizes({640, 360}); // the table wider than the buckets
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        QSettings().setValue(QLatin1String(kSplitterKey), m_splitter->saveState());
    });

    connect(m_editor, &RoleEditor::changed, this, &PlayersPage::updateActions);
    connect(m_editor, &RoleEditor::changed, this, &PlayersPage::updateCount);
    connect(m_editor, &RoleEditor::modifiedChanged, this, [this](bool modified) {
        updateActions();
        Q_EMIT unsavedChangesChanged(modified);
    });
    connect(m_buckets, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PlayersPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &PlayersPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &PlayersPage::updateCount);
    m_refresh = new PageRefresh(this, nullptr, services.queries, [this] { refresh(); });
    updateActions();
}

QWidget *PlayersPage::buildTable()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *tools = new QHBoxLayout;
    m_filter = new QLineEdit(panel);
    m_filter->setPlaceholderText(tr("Filter names or account ids (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter players"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCount();
    });
    m_grouping = new QComboBox(panel);
    m_grouping->addItem(tr("By name"), int(PlayersTableModel::Grouping::ByName));
    m_grouping->addItem(tr("By account"), int(PlayersTableModel::Grouping::ByAccount));
    m_grouping->setAccessibleName(tr("Group players"));
    m_grouping->setToolTip(tr("By account: one row per account with every name it used; what you "
                              "assign then is the whole account, whatever name it plays under."));
    connect(m_grouping, &QComboBox::activated, this, [this] {
        m_players->setGrouping(PlayersTableModel::Grouping(m_grouping->currentData().toInt()));
    });
    m_count = new QLabel(panel);
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_grouping);
    tools->addWidget(m_count);
    layout->addLayout(tools);

    m_table = new PlayersTableView(panel);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Players seen"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PlayersTableModel::Games, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDragDropMode(QAbstractItemView::DragDrop);
    m_table->setDefaultDropAction(Qt::CopyAction);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    // The names take what is left; the other columns fit what they hold, so the role column
    // stays in view in every language.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PlayersTableModel::Name, QHeaderView::Stretch);
    // Account ids run to 32 characters (Epic): shown elided, whole in the tooltip and the CSV.
    m_table->horizontalHeader()->setSectionResizeMode(PlayersTableModel::Account,
                                                      QHeaderView::Interactive);
    m_table->setColumnWidth(PlayersTableModel::Account,
                            fontMetrics().horizontalAdvance(QStringLiteral("7656119800719")));
    tableexport::install(m_table, QStringLiteral("players"));
    layout->addWidget(m_table, 1);
    return panel;
}

QWidget *PlayersPage::buildBuckets()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(tr("Drag names from the table into a role, or select them and press "
                               "Alt+1 for Me, Alt+2… for a teammate, Alt+0 to take them out."),
                            panel);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    m_tree = new BucketsTreeView(panel);
    m_tree->setModel(m_buckets);
    m_tree->setAccessibleName(tr("Roles"));
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::CopyAction);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->expandAll();
    layout->addWidget(m_tree, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add teammate"), panel);
    add->setToolTip(tr("A new bucket for a regular teammate"));
    m_rename = new QPushButton(tr("Rename"), panel);
    m_remove = new QPushButton(tr("Remove"), panel);
    m_remove->setToolTip(tr("Remove the teammate; their names become not assigned"));
    connect(add, &QPushButton::clicked, this, &PlayersPage::addTeammate);
    connect(m_rename, &QPushButton::clicked, this, &PlayersPage::renameTeammate);
    connect(m_remove, &QPushButton::clicked, this, &PlayersPage::removeTeammate);
    buttons->addWidget(add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PlayersPage::updateActions);
    return panel;
}

void PlayersPage::buildActions()
{
    auto *focusFilter = new QAction(tr("Filter players"), this);
    focusFilter->setShortcut(QKeySequence::Find);
    focusFilter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusFilter, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(focusFilter);

    m_assignMenu = new QMenu(tr("&Assign selected names to"), this);
    for (int i = 0; i <= 1 + kTeammateShortcuts; ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + i)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        const int bucket = i == 0 ? rolebuckets::kNotAssigned : i - 1;
        connect(action, &QAction::triggered, this, [this, bucket] { assignSelected(bucket); });
        addAction(action);
        m_assignActions.append(action);
    }
    m_newTeammateAction = new QAction(tr("A new teammate…"), this);
    m_newTeammateAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_N));
    m_newTeammateAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newTeammateAction, &QAction::triggered, this, &PlayersPage::assignToNewTeammate);
    addAction(m_newTeammateAction);
    // Menu order: Me, the teammates, a new teammate, then out of every role.
    for (int i = 1; i < m_assignActions.size(); ++i)
        m_assignMenu->addAction(m_assignActions.at(i));
    m_assignMenu->addAction(m_newTeammateAction);
    m_assignMenu->addSeparator();
    m_assignMenu->addAction(m_assignActions.constFirst());

    // The same in both views' context menus (tableexport adds Copy and Export to the table's).
    auto *assign = new QAction(tr("Assign to"), this);
    assign->setMenu(m_assignMenu);
    m_table->addAction(assign);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addAction(assign);
    auto *takeOut = new QAction(tr("Take out of the role"), m_tree);
    takeOut->setShortcut(QKeySequence::Delete);
    takeOut->setShortcutContext(Qt::WidgetShortcut);
    connect(takeOut, &QAction::triggered, this, [this] { assignSelected(rolebuckets::kNotAssigned); });
    m_tree->addAction(takeOut);
}

QUndoStack *PlayersPage::undoStack() const
{
    return m_editor->undoStack();
}

bool PlayersPage::hasUnsavedChanges() const
{
    return m_editor->isModified();
}

void PlayersPage::refresh()
{
    if (!m_services.queries)
        return;
    m_services.queries->request(
        QStringLiteral("players"), this,
        [](const Database &database) {
            QSqlDatabase db = database.connection(Database::Access::ReadOnly);
            return Loaded{playerAccounts(db), playerLastSeen(db), RoleRepository(db).config()};
        },
        [this](const Loaded &loaded) { showLoaded(loaded); },
        [this](const QString &error) {
            m_banner->showMessage(Banner::Kind::Error,
                                  tr("Could not read the players: %1").arg(error));
        });
}

void PlayersPage::showLoaded(const Loaded &loaded)
{
    m_players->setPlayers(loaded.accounts, loaded.lastSeen);
    m_buckets->setAccountNames(m_players->namesByAccount());
    // Edits in progress stay; so does the history after our own save, which reads back equal.
    const PlayerConfig stored = rolebuckets::inSavedOrder(loaded.config);
    if (!m_loaded || (!m_saving && !m_editor->isModified()
                      && !rolebuckets::sameBuckets(stored, m_editor->saved())))
        m_editor->load(stored);
    m_loaded = true;
    updateCount();
}

void PlayersPage::updateCount()
{
    m_buckets->setUnassignedCount(m_players->unassignedCount());
    const int all = m_players->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == all ? text::names(all)
                                  : tr("%1 of %2").arg(text::count(shown), text::count(all)));
}

void PlayersPage::updateActions()
{
    const PlayerConfig &config = m_editor->config();
    const bool modified = m_editor->isModified();
    m_unsaved->setVisible(modified || m_saving);
    m_unsaved->setText(m_saving ? tr("Saving…") : tr("Unsaved changes"));
    m_save->setEnabled(modified && !m_saving);
    m_revert->setEnabled(modified && !m_saving);
    m_suggest->setEnabled(!m_saving);
    for (int i = 0; i < m_assignActions.size(); ++i) {
        const int bucket = i == 0 ? rolebuckets::kNotAssigned : i - 1;
        QAction *action = m_assignActions.at(i);
        action->setVisible(bucket < rolebuckets::bucketCount(config));
        action->setText(bucket == rolebuckets::kNotAssigned
                            ? tr("Not assigned (take out of every role)")
                            : rolebuckets::bucketName(config, bucket));
    }
    const int current = m_buckets->bucketAt(m_tree->currentIndex());
    m_rename->setEnabled(current > rolebuckets::kMe);
    m_remove->setEnabled(current > rolebuckets::kMe);
}

QStringList PlayersPage::selectedEntries() const
{
    if (m_tree->hasFocus())
        return m_buckets->entries(m_tree->selectionModel()->selectedIndexes());
    QModelIndexList rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index));
    return m_players->entries(rows);
}

void PlayersPage::assignSelected(int bucket)
{
    m_buckets->assign(selectedEntries(), bucket);
}

void PlayersPage::assignToNewTeammate()
{
    const QStringList entries = selectedEntries();
    const QString alias = rolebuckets::freeAlias(m_editor->config());
    const auto added = rolebuckets::addTeammate(m_editor->config(), alias);
    if (!added)
        return;
    m_editor->change(rolebuckets::assign(*added, entries, rolebuckets::teammateBucket(*added, alias)),
                     tr("New teammate %1").arg(alias));
    editAlias(alias);
}

void PlayersPage::addTeammate()
{
    const QString alias = rolebuckets::freeAlias(m_editor->config());
    if (const auto added = rolebuckets::addTeammate(m_editor->config(), alias)) {
        m_editor->change(*added, tr("Add teammate %1").arg(alias));
        editAlias(alias);
    }
}

void PlayersPage::editAlias(const QString &alias)
{
    const QModelIndex index =
        m_buckets->bucketIndex(rolebuckets::teammateBucket(m_editor->config(), alias));
    m_tree->setCurrentIndex(index);
    m_tree->setFocus(Qt::OtherFocusReason);
    m_tree->edit(index);
}

void PlayersPage::renameTeammate()
{
    const int bucket = m_buckets->bucketAt(m_tree->currentIndex());
    if (bucket > rolebuckets::kMe)
        editAlias(rolebuckets::bucketName(m_editor->config(), bucket));
}

void PlayersPage::removeTeammate()
{
    const int bucket = m_buckets->bucketAt(m_tree->currentIndex());
    if (bucket <= rolebuckets::kMe)
        return;
    m_editor->change(rolebuckets::removeTeammate(m_editor->config(), bucket),
                     tr("Remove teammate %1").arg(rolebuckets::bucketName(m_editor->config(), bucket)));
}

void PlayersPage::suggest()
{
    if (!m_services.queries)
        return;
    m_suggest->setEnabled(false);
    m_services.queries->request(
        QStringLiteral("players-suggest"), this,
        [](const Database &database) { return suggestConfig(database); },
        [this](const PlayerConfig &suggested) {
            updateActions();
            if (suggested.isEmpty()) {
                m_banner->showMessage(Banner::Kind::Info,
                                      tr("Nothing to suggest yet: no account has enough games. "
                                         "Sync more replays, or drag your names by hand."));
                return;
            }
            const PlayerConfig ordered = rolebuckets::inSavedOrder(suggested);
            if (rolebuckets::sameBuckets(ordered, m_editor->config())) {
                m_banner->showMessage(Banner::Kind::Info,
                                      tr("The suggestion is what the buckets already hold."));
                return;
            }
            m_editor->change(ordered, tr("Suggested roles"));
            m_banner->showMessage(Banner::Kind::Info,
                                  tr("Suggested roles applied: check them, then save. Undo "
                                     "(Ctrl+Z) takes them back."));
        },
        [this](const QString &error) {
            updateActions();
            m_banner->showMessage(Banner::Kind::Error, tr("Could not suggest roles: %1").arg(error));
        });
}

void PlayersPage::save()
{
    if (m_saving || !m_editor->isModified())
        return;
    if (!m_services.sync) {
        m_banner->showMessage(Banner::Kind::Error, tr("The roles cannot be saved: no cache is open."));
        return;
    }
    // What is saved is what the stored config reads back as: validated as the API would.
    const PlayerConfigParse parsed = parsePlayerConfig(m_editor->config().toJson());
    if (!parsed.config) {
        m_banner->showMessage(Banner::Kind::Error, tr("The roles cannot be saved: %1").arg(parsed.error));
        return;
    }
    const PlayerConfig config = m_editor->config();
    m_saving = true;
    updateActions();
    const qint64 now = m_services.clock ? m_services.clock->nowMs() : 0;
    saveConfigAsync(*m_services.sync, config, now, this, [this, config](const QString &error) {
        m_saving = false;
        if (!error.isEmpty()) {
            updateActions();
            m_banner->showMessage(Banner::Kind::Error,
                                  tr("The roles were not saved: %1. Your changes are kept; try "
                                     "again.")
                                      .arg(error));
            return;
        }
        m_editor->markSaved(config);
        updateActions();
        m_banner->showMessage(Banner::Kind::Success,
                              tr("Roles saved: every page counts them now."));
        Q_EMIT rolesSaved();
    });
}

void PlayersPage::revert()
{
    m_editor->revert();
}

} // namespace bcs
