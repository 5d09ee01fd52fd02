#pragma once
// The drag of player names from the players table or the buckets (UI.md: a drag says what
// moves): the model's own MIME data, under a label "3 names" instead of a picture of the rows.
// The two views differ only in the class they derive from.

#include <QTableView>
#include <QTreeView>

namespace bcs {

// Starts the drag of the selected rows of `view` (its model's mimeData).
void startEntriesDrag(QAbstractItemView *view, Qt::DropActions actions);

class PlayersTableView : public QTableView
{
    Q_OBJECT
public:
    using QTableView::QTableView;

protected:
    void startDrag(Qt::DropActions actions) override { startEntriesDrag(this, actions); }
};

class BucketsTreeView : public QTreeView
{
    Q_OBJECT
public:
    using QTreeView::QTreeView;

protected:
    void startDrag(Qt::DropActions actions) override { startEntriesDrag(this, actions); }
};

} // namespace bcs
