#include "gui/models/replaysmodel.h"

#include "gui/common/rolecolours.h"
#include "gui/common/textformat.h"
#include "gui/models/modelroles.h"
#include "gui/services/queryservice.h"
#include "storage/database.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QTimer>

namespace bcs {

namespace {

// A page's request: the page or pages it reads at once (the background fill reads several).
constexpr int kFillPagesPerRequest = 4;
constexpr int kRegulationSeconds = 300;

struct CountedPage
{
    int total = 0;
    QList<ReplayListRow> rows;      // the first page
    int focusPage = 0;              // and the page that was on screen, when another
    QList<ReplayListRow> focusRows;
};

QString replayScoreText(const ReplayListRow &row)
{
    const int first = row.withMe() ? row.myGoals() : row.blueGoals;
    const int second = row.withMe() ? row.theirGoals() : row.orangeGoals;
    return QStringLiteral("%1–%2").arg(text::count(first), text::count(second));
}

// -1 loss, 0 tie, 1 win; nullopt without me.
std::optional<int> replayResultOf(const ReplayListRow &row)
{
    if (!row.withMe())
        return std::nullopt;
    const int difference = row.myGoals() - row.theirGoals();
    return difference > 0 ? 1 : difference < 0 ? -1 : 0;
}

} // namespace

ReplaysModel::ReplaysModel(QueryService *queries, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queries(queries)
{}

bool ReplaysModel::setFilter(const StatsFilter &filter)
{
    if (m_wanted.filter == filter)
        return false;
    m_wanted.filter = filter;
    if (m_started)
        requery();
    return m_started;
}

void ReplaysModel::setSearch(const QString &text)
{
    if (m_wanted.search == text)
        return;
    m_wanted.search = text;
    if (m_started)
        requery();
}

void ReplaysModel::setOnlyIds(const std::optional<QStringList> &ids)
{
    if (m_wanted.onlyIds == ids)
        return;
    m_wanted.onlyIds = ids;
    if (m_started)
        requery();
}

void ReplaysModel::setFillInBackground(bool fill)
{
    m_fill = fill;
    if (fill)
        scheduleLoad();
}

void ReplaysModel::reload()
{
    m_started = true;
    requery();
}

void ReplaysModel::setRows(const QList<ReplayListRow> &rows)
{
    beginResetModel();
    ++m_askedGeneration; // answers still on their way are for another list
    m_shownGeneration = m_askedGeneration;
    m_started = false;
    m_countPending = false;
    m_counted = true;
    m_total = int(rows.size());
    m_pages.clear();
    m_asked.clear();
    m_inFlight = -1;
    for (int first = 0; first < m_total; first += kPageSize)
        m_pages.insert(first / kPageSize, rows.mid(first, kPageSize));
    m_loadedRows = m_total;
    m_deliveredRows = m_total;
    endResetModel();
    setBusy();
    Q_EMIT counted(m_total);
    Q_EMIT completed();
}

std::optional<ReplaySort> ReplaysModel::sortOfColumn(int column)
{
    switch (Column(column)) {
    case Date:
        return ReplaySort::Date;
    case Playlist:
        return ReplaySort::Playlist;
    case Map:
        return ReplaySort::Map;
    case Score:
        return ReplaySort::Score;
    case Result:
        return ReplaySort::Result;
    case Duration:
        return ReplaySort::Duration;
    case Players:
    case ReplayId:
    case ColumnCount:
        break;
    }
    return std::nullopt;
}

void ReplaysModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<ReplaySort> sort = sortOfColumn(column);
    if (!sort || (m_wanted.sort == *sort && m_wanted.descending == (order == Qt::DescendingOrder)))
        return;
    m_wanted.sort = *sort;
    m_wanted.descending = order == Qt::DescendingOrder;
    if (m_started)
        requery();
}

// The count, the first page and the page on screen in one request, so that the table is never
// shown blank in between (a sync storing replays asks again while the user reads page 40); the
// rows shown stay until they arrive.
void ReplaysModel::requery()
{
    if (!m_queries)
        return;
    const quint64 generation = ++m_askedGeneration;
    m_countPending = true;
    setBusy();
    const ReplayQuery query = m_wanted;
    const int focusPage = m_lastShownPage;
    m_queries->request(
        QStringLiteral("replays.count.%1").arg(quintptr(this)), this,
        [query, focusPage](const Database &db) {
            CountedPage page;
            page.total = countReplayList(db, query);
            page.rows = replayListPage(db, query, 0, kPageSize);
            if (focusPage > 0 && focusPage * kPageSize < page.total) {
                page.focusPage = focusPage;
                page.focusRows = replayListPage(db, query, focusPage * kPageSize, kPageSize);
            }
            return page;
        },
        [this, generation, query](const CountedPage &page) {
            if (generation != m_askedGeneration)
                return;
            beginResetModel();
            m_shown = query;
            m_shownGeneration = generation;
            m_countPending = false;
            m_counted = true;
            m_total = page.total;
            m_pages.clear();
            m_asked.clear();
            m_inFlight = -1;
            m_fillCursor = 0;
            const int firstRows = std::min(int(page.rows.size()), m_total);
            const int focusRows =
                std::min(int(page.focusRows.size()), m_total - page.focusPage * kPageSize);
            if (firstRows > 0)
                m_pages.insert(0, page.rows.mid(0, firstRows));
            if (page.focusPage > 0 && focusRows > 0)
                m_pages.insert(page.focusPage, page.focusRows.mid(0, focusRows));
            m_loadedRows = firstRows + std::max(0, focusRows);
            m_deliveredRows = m_loadedRows;
            endResetModel();
            Q_EMIT counted(m_total);
            Q_EMIT pageLoaded(0, firstRows);
            if (page.focusPage > 0 && focusRows > 0)
                Q_EMIT pageLoaded(page.focusPage * kPageSize, focusRows);
            if (isComplete())
                Q_EMIT completed();
            setBusy();
            scheduleLoad();
        },
        [this, generation](const QString &message) {
            if (generation != m_askedGeneration)
                return;
            m_countPending = false;
            setBusy();
            Q_EMIT failed(message);
        });
}

void ReplaysModel::scheduleLoad() const
{
    if (m_loadScheduled)
        return;
    m_loadScheduled = true;
    // Not from inside data(): a view paints first, then the pages it asked for are requested.
    QTimer::singleShot(0, const_cast<ReplaysModel *>(this), &ReplaysModel::loadNext);
}

// The page the view asked for last (what is on screen now), else the next page not loaded.
int ReplaysModel::nextPageToLoad(int *pages, bool *asked)
{
    *pages = 1;
    *asked = true;
    while (!m_asked.isEmpty()) {
        const int page = m_asked.takeLast();
        if (!m_pages.contains(page))
            return page;
    }
    *asked = false;
    if (!m_fill)
        return -1;
    const int pageCount = (m_total + kPageSize - 1) / kPageSize;
    while (m_fillCursor < pageCount && m_pages.contains(m_fillCursor))
        ++m_fillCursor;
    if (m_fillCursor >= pageCount)
        return -1;
    while (*pages < kFillPagesPerRequest && m_fillCursor + *pages < pageCount &&
           !m_pages.contains(m_fillCursor + *pages))
        ++*pages;
    return m_fillCursor;
}

void ReplaysModel::loadNext()
{
    m_loadScheduled = false;
    if (!m_queries || !m_counted || m_countPending || m_inFlight >= 0)
        return;
    int pages = 1;
    bool asked = false;
    const int first = nextPageToLoad(&pages, &asked);
    if (first < 0)
        return;
    m_inFlight = first;
    m_inFlightAsked = asked;
    setBusy();
    const quint64 generation = m_shownGeneration;
    const ReplayQuery query = m_shown;
    m_queries->request(
        QStringLiteral("replays.page.%1").arg(quintptr(this)), this,
        [query, first, pages](const Database &db) {
            return replayListPage(db, query, first * kPageSize, pages * kPageSize);
        },
        [this, generation, first](const QList<ReplayListRow> &rows) {
            if (generation != m_shownGeneration)
                return; // a reset since: not this query's rows
            m_inFlight = -1;
            // Rows past the count (replays stored since it) wait for the next count.
            const int count = std::min(int(rows.size()), std::max(0, m_total - first * kPageSize));
            for (int start = 0; start < count; start += kPageSize) {
                const int page = first + start / kPageSize;
                if (m_pages.contains(page))
                    continue;
                m_pages.insert(page, rows.mid(start, std::min(kPageSize, count - start)));
                m_loadedRows += int(m_pages.value(page).size());
            }
            m_deliveredRows += count;
            if (count > 0) {
                Q_EMIT dataChanged(index(first * kPageSize, 0),
                                   index(first * kPageSize + count - 1, ColumnCount - 1));
                Q_EMIT pageLoaded(first * kPageSize, count);
            }
            if (isComplete())
                Q_EMIT completed();
            setBusy();
            if (count > 0)
                scheduleLoad();
        },
        [this, generation](const QString &message) {
            if (generation != m_shownGeneration)
                return;
            m_inFlight = -1;
            setBusy();
            Q_EMIT failed(message);
        });
}

void ReplaysModel::setBusy()
{
    if (isBusy() == m_wasBusy)
        return;
    m_wasBusy = isBusy();
    Q_EMIT busyChanged(m_wasBusy);
}

const ReplayListRow *ReplaysModel::rowAt(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    const auto page = m_pages.constFind(row / kPageSize);
    if (page == m_pages.cend() || row % kPageSize >= page->size())
        return nullptr;
    return &page->at(row % kPageSize);
}

int ReplaysModel::rowOfId(const QString &id) const
{
    for (auto page = m_pages.cbegin(); page != m_pages.cend(); ++page) {
        for (qsizetype i = 0; i < page->size(); ++i) {
            if (page->at(i).id == id)
                return page.key() * kPageSize + int(i);
        }
    }
    return -1;
}

int ReplaysModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int ReplaysModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReplaysModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole)
        m_lastShownPage = index.row() / kPageSize;
    const ReplayListRow *row = rowAt(index.row());
    if (!row) {
        // Asked for by a view painting it (or anyone else): its page comes next.
        if (role == Qt::DisplayRole) {
            const int page = index.row() / kPageSize;
            m_asked.removeOne(page);
            m_asked.append(page);
            scheduleLoad();
        }
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case modelroles::RawValueRole:
        return raw(*row, index.column());
    case modelroles::ReplayIdsRole:
        return QStringList{row->id};
    case Qt::ToolTipRole:
        return tooltip(*row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Score || index.column() == Result)
            return QVariant(Qt::AlignCenter);
        if (index.column() == Duration)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (index.column() == Result && replayResultOf(*row) && *replayResultOf(*row) != 0) {
            // My colour for a win, the opponents' for a loss (UI.md: tints, never hard-coded).
            const QColor base = QGuiApplication::palette().color(QPalette::Base);
            return colours::tint(*replayResultOf(*row) > 0 ? colours::me() : colours::opponents(), base);
        }
        return {};
    default:
        return {};
    }
}

QString ReplaysModel::durationText(int seconds, bool overtime)
{
    // Regulation time and the overtime after it: "5:00 +1:03".
    if (overtime && seconds > kRegulationSeconds)
        return tr("%1 +%2").arg(text::gameClock(kRegulationSeconds),
                                text::gameClock(seconds - kRegulationSeconds));
    return text::gameClock(seconds);
}

QVariant ReplaysModel::display(const ReplayListRow &row, int column) const
{
    switch (Column(column)) {
    case Date:
        return text::relative(QDateTime::fromMSecsSinceEpoch(row.dateMs));
    case Playlist:
        return row.playlistName;
    case Map:
        return row.mapName;
    case Score:
        return replayScoreText(row);
    case Result: {
        const std::optional<int> result = replayResultOf(row);
        if (!result)
            return QStringLiteral("—"); // a game without me has no result of mine
        return *result > 0 ? tr("Win") : *result < 0 ? tr("Loss") : tr("Tie");
    }
    case Duration:
        return durationText(row.duration, row.overtime);
    case Players:
        if (row.theirNames().isEmpty())
            return row.myNames().join(QStringLiteral(", "));
        return tr("%1 vs %2").arg(row.myNames().join(QStringLiteral(", ")),
                                  row.theirNames().join(QStringLiteral(", ")));
    case ReplayId:
        return row.id;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReplaysModel::raw(const ReplayListRow &row, int column) const
{
    switch (Column(column)) {
    case Date:
        return QDateTime::fromMSecsSinceEpoch(row.dateMs);
    case Result: {
        const std::optional<int> result = replayResultOf(row);
        if (!result)
            return QString(); // an empty field, not the dash shown
        return *result > 0   ? QStringLiteral("win")
               : *result < 0 ? QStringLiteral("loss")
                             : QStringLiteral("tie");
    }
    case Duration:
        return row.duration;
    case Playlist:
    case Map:
    case Score:
    case Players:
    case ReplayId:
        return display(row, column);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReplaysModel::tooltip(const ReplayListRow &row, int column) const
{
    switch (Column(column)) {
    case Date:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.dateMs), QLocale::LongFormat);
    case Score:
        return row.withMe() ? tr("Your team's goals first") : tr("Blue's goals first");
    case Result:
        return row.withMe() ? QVariant() : QVariant(tr("You did not play in this game"));
    case Duration:
        if (row.overtime && row.duration > kRegulationSeconds)
            return tr("%1 in all, %2 of it overtime")
                .arg(text::gameClock(row.duration), text::gameClock(row.duration - kRegulationSeconds));
        return {};
    case Players: {
        const QString mine = row.withMe() ? tr("Your team: %1") : tr("Blue: %1");
        const QString theirs = row.withMe() ? tr("Opponents: %1") : tr("Orange: %1");
        return mine.arg(row.myNames().join(QStringLiteral(", "))) + QLatin1Char('\n') +
               theirs.arg(row.theirNames().join(QStringLiteral(", ")));
    }
    case Playlist:
    case Map:
        return display(row, column);
    case ReplayId:
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReplaysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && !sortOfColumn(section) && section != ReplayId)
        return tr("Not sortable");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Date:
        return tr("Date");
    case Playlist:
        return tr("Playlist");
    case Map:
        return tr("Map");
    case Score:
        return tr("Score");
    case Result:
        return tr("Result");
    case Duration:
        return tr("Duration");
    case Players:
        return tr("Players");
    case ReplayId:
        return tr("Replay ID");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace bcs
