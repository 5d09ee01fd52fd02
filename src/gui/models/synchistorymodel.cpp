#include "gui/models/synchistorymodel.h"

#include "gui/common/textformat.h"

#include <QCoreApplication>

namespace bcs {

namespace {
struct HistoryTr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::SyncHistoryModel)
};

QString dayText(const std::optional<qint64> &ms)
{
    return text::shortDate(QDateTime::fromMSecsSinceEpoch(*ms).date());
}
} // namespace

void SyncHistoryModel::setEntries(QList<SyncLogEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int SyncHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SyncHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SyncHistoryModel::rangeText(const SyncLogEntry &entry)
{
    if (!entry.dateAfterMs && !entry.dateBeforeMs)
        return HistoryTr::tr("everything");
    if (!entry.dateBeforeMs)
        return HistoryTr::tr("since %1").arg(dayText(entry.dateAfterMs));
    if (!entry.dateAfterMs)
        return HistoryTr::tr("until %1").arg(dayText(entry.dateBeforeMs));
    return HistoryTr::tr("%1 – %2").arg(dayText(entry.dateAfterMs), dayText(entry.dateBeforeMs));
}

QString SyncHistoryModel::statusText(const SyncLogEntry &entry) const
{
    if (entry.status == QLatin1String("completed"))
        return tr("Completed");
    if (entry.status == QLatin1String("running"))
        return tr("Running");
    if (entry.status == QLatin1String("cancelled"))
        return entry.listingComplete ? tr("Cancelled (listing complete)") : tr("Cancelled");
    return entry.error.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(entry.error);
}

QVariant SyncHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncLogEntry &entry = m_entries.at(index.row());
    const auto number = [role](int value) -> QVariant {
        if (role == SortRole)
            return value;
        return text::count(value);
    };
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Found ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole) {
        if (index.column() == Started)
            return text::shortDateTime(QDateTime::fromMSecsSinceEpoch(entry.startedMs));
        if (index.column() == Status && !entry.error.isEmpty())
            return entry.error;
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case Started:
        if (role == SortRole)
            return entry.startedMs;
        return text::relative(QDateTime::fromMSecsSinceEpoch(entry.startedMs));
    case Range:
        if (role == SortRole)
            return entry.dateAfterMs.value_or(0);
        return rangeText(entry);
    case Status:
        return statusText(entry);
    case Found:
        return number(entry.replaysFound);
    case Fetched:
        return number(entry.replaysFetched);
    case Skipped:
        return number(entry.replaysSkipped);
    case Failed:
        return number(entry.replaysFailed);
    case Requests:
        return number(entry.requests);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SyncHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Skipped)
        return tr("Listed replays whose details were already cached");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Started:
        return tr("Started");
    case Range:
        return tr("Range");
    case Status:
        return tr("Result");
    case Found:
        return tr("Found");
    case Fetched:
        return tr("Fetched");
    case Skipped:
        return tr("Cached");
    case Failed:
        return tr("Failed");
    case Requests:
        return tr("Requests");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace bcs
