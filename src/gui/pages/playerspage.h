#pragma once
// The Players page (DESIGN.md §11, UI.md): every name seen, beside the role buckets the user
// drags them into — "Me", one per named teammate, "Not assigned". Drag and drop, the "Assign
// to" actions (menu, context menu, Alt+0…Alt+9) and Suggest all change the buckets through one
// RoleEditor, one undoable command each; Save stores them with the shared save operation on the
// writer thread (the window does not wait) and every page then counts the new roles.

#include "gui/pages/pageframe.h"
#include "gui/shell/windowservices.h"

#include <QList>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QUndoStack;

namespace bcs {

class Banner;
class BucketsModel;
class BucketsTreeView;
class PageRefresh;
class PlayersTableModel;
class PlayersTableView;
class RoleEditor;
struct PlayerConfig;

class PlayersPage : public PageFrame
{
    Q_OBJECT

public:
    PlayersPage(const WindowServices &services, QWidget *parent = nullptr);

    // Every change to the buckets is a command here (Edit ▸ Undo/Redo).
    QUndoStack *undoStack() const;
    bool hasUnsavedChanges() const;
    bool isSaving() const { return m_saving; }
    // Saves the buckets as the player config (the shared save operation, off the GUI thread);
    // rolesSaved() or a banner with the error follows.
    void save();
    // Drops unsaved changes (one undoable step back to the saved roles).
    void revert();
    // Asks for the suggestion (GET /api/players/suggest's) and applies it as one change.
    void suggest();
    // "Assign to ▸" for the Edit menu: the selected names into a bucket.
    QMenu *assignMenu() const { return m_assignMenu; }

    RoleEditor *editor() const { return m_editor; }
    PlayersTableModel *playersModel() const { return m_players; }
    BucketsModel *bucketsModel() const { return m_buckets; }
    PlayersTableView *playersView() const { return m_table; }
    BucketsTreeView *bucketsView() const { return m_tree; }
    QLineEdit *filterBox() const { return m_filter; }
    Banner *banner() const { return m_banner; }

Q_SIGNALS:
    // The new roles are stored and rebuilt: every page's numbers are stale.
    void rolesSaved();
    void unsavedChangesChanged(bool unsaved);

private:
    struct Loaded;
    QWidget *buildTable();
    QWidget *buildBuckets();
    void buildActions();
    void refresh();
    void showLoaded(const Loaded &loaded);
    void updateActions();
    // The entries selected in the view the user works in (the buckets when they have focus).
    QStringList selectedEntries() const;
    void assignSelected(int bucket);
    void assignToNewTeammate();
    void addTeammate();
    void renameTeammate();
    void removeTeammate();
    void editAlias(const QString &alias);
    void updateCount();

    WindowServices m_services;
    RoleEditor *m_editor;
    PlayersTableModel *m_players;
    BucketsModel *m_buckets;
    QSortFilterProxyModel *m_proxy;
    PageRefresh *m_refresh = nullptr;

    Banner *m_banner = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_grouping = nullptr;
    QLabel *m_count = nullptr;
    PlayersTableView *m_table = nullptr;
    BucketsTreeView *m_tree = nullptr;
    QPushButton *m_suggest = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_unsaved = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_remove = nullptr;
    QMenu *m_assignMenu = nullptr;
    QList<QAction *> m_assignActions; // [0] Not assigned, [1] Me, [2…9] teammates 1…8
    QAction *m_newTeammateAction = nullptr;
    bool m_saving = false;
    bool m_loaded = false;
};

} // namespace bcs
