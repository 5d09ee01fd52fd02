#include "gui/models/lineupsmodel.h"

#include "gui/common/textformat.h"
#include "gui/models/modelroles.h"

namespace bcs {

void LineupsModel::setLineups(const QList<LineupRow> &lineups)
{
    beginResetModel();
    m_lineups = lineups;
    endResetModel();
}

QString LineupsModel::lineupName(const LineupRow &lineup)
{
    return lineup.teammates.isEmpty() ? tr("No named teammate")
                                      : lineup.teammates.join(QStringLiteral(" + "));
}

int LineupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lineups.size());
}

int LineupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LineupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LineupRow &lineup = m_lineups.at(index.row());
    QVariant raw;
    switch (index.column()) {
    case Lineup:
        raw = lineupName(lineup);
        break;
    case Games:
        raw = lineup.games;
        break;
    case Wins:
        raw = lineup.wins;
        break;
    case Losses:
        raw = lineup.losses;
        break;
    case WinRate:
        raw = lineup.winRate;
        break;
    default:
        break;
    }
    switch (role) {
    case modelroles::RawValueRole:
        return raw;
    case Qt::DisplayRole:
        if (index.column() == WinRate)
            return text::percent(lineup.winRate / 100.0);
        return index.column() == Lineup ? raw : QVariant(text::count(raw.toInt()));
    case Qt::TextAlignmentRole:
        return index.column() == Lineup ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant LineupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Lineup:
        return tr("Named teammates with me");
    case Games:
        return tr("Games");
    case Wins:
        return tr("Won");
    case Losses:
        return tr("Lost");
    case WinRate:
        return tr("Win rate");
    default:
        return {};
    }
}

} // namespace bcs
