#pragma once
// The Replays page's table: every replay the query keeps, as a window onto the cache rather than
// a copy of it. The row count comes from one COUNT; rows arrive a page at a time through the
// query service (never on the GUI thread), the pages the view asks for first, and — with
// fillInBackground — the rest after them, so that export and copy see every row. Sorting is a
// new query (SQL orders), never a sort in memory. Until its page arrives a row is blank.

#include "stats/replaylist.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace bcs {

class QueryService;

class ReplaysModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Playlist, Map, Score, Result, Duration, Players, ReplayId, ColumnCount };
    static constexpr int kPageSize = 250;

    // `queries` may be null for a model filled by setRows() only.
    explicit ReplaysModel(QueryService *queries, QObject *parent = nullptr);

    // Each stores its part of the query; once reload() ran, a changed query is asked at once.
    // True when it asked.
    bool setFilter(const StatsFilter &filter);
    void setSearch(const QString &text);
    void setOnlyIds(const std::optional<QStringList> &ids);
    // Asks the query again (the filter or the data changed) and starts answering at all; needs
    // the query service.
    void reload();
    // After the visible pages, load every other page too (on by default).
    void setFillInBackground(bool fill);
    // A complete list read by the caller, shown as it is and never asked again: the command
    // line's `bcstats export replays` (no query service, no window) writes the same columns.
    void setRows(const QList<ReplayListRow> &rows);

    // The query whose rows are shown (a newer one may be on its way).
    const ReplayQuery &shownQuery() const { return m_shown; }
    // Null while the row's page has not arrived.
    const ReplayListRow *rowAt(int row) const;
    int rowOfId(const QString &id) const; // -1 when not loaded or not listed
    int loadedRows() const { return m_loadedRows; }
    // Rows delivered since the last reset, counting a row loaded twice twice (tests).
    int deliveredRows() const { return m_deliveredRows; }
    bool isComplete() const { return m_counted && m_loadedRows == m_total; }
    // Counting, or loading a page a view asked for (not the background fill): what the user waits on.
    bool isBusy() const { return m_countPending || (m_inFlight >= 0 && m_inFlightAsked); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    static std::optional<ReplaySort> sortOfColumn(int column);
    // "5:12"; with overtime, regulation time and the overtime after it: "5:00 +1:03".
    static QString durationText(int seconds, bool overtime);

Q_SIGNALS:
    void counted(int rows); // after the reset for a new count
    void pageLoaded(int firstRow, int rows);
    void completed(); // every row loaded
    void busyChanged(bool busy);
    void failed(const QString &message);

private:
    void requery();
    void scheduleLoad() const;
    void loadNext();
    int nextPageToLoad(int *pages, bool *asked);
    void setBusy();
    QVariant display(const ReplayListRow &row, int column) const;
    QVariant raw(const ReplayListRow &row, int column) const;
    QVariant tooltip(const ReplayListRow &row, int column) const;

    QueryService *m_queries;
    ReplayQuery m_wanted; // as last set
    ReplayQuery m_shown;  // what the rows are of
    bool m_started = false;
    bool m_fill = true;
    quint64 m_askedGeneration = 0;
    quint64 m_shownGeneration = 0;
    bool m_countPending = false;
    bool m_counted = false;
    bool m_wasBusy = false;
    int m_total = 0;
    QHash<int, QList<ReplayListRow>> m_pages; // by page index
    int m_loadedRows = 0;
    int m_deliveredRows = 0;
    int m_inFlight = -1; // the first page of the request on its way
    bool m_inFlightAsked = false; // it is a page a view asked for
    int m_fillCursor = 0;
    mutable QList<int> m_asked; // pages the view asked for, newest last
    mutable int m_lastShownPage = 0; // the page a view painted last: loaded with the next count
    mutable bool m_loadScheduled = false;
};

} // namespace bcs
