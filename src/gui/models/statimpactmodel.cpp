#include "gui/models/statimpactmodel.h"

#include "gui/common/textformat.h"
#include "gui/models/modelroles.h"

namespace bcs {

void StatImpactModel::setImpacts(const QList<StatImpact> &impacts)
{
    beginResetModel();
    m_impacts = impacts;
    endResetModel();
}

int StatImpactModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_impacts.size());
}

int StatImpactModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatImpactModel::raw(const StatImpact &impact, int row, int column) const
{
    switch (column) {
    case Rank:
        return row + 1;
    case Stat:
        return impact.stat->displayLabel();
    case Group:
        return impact.stat->groupName();
    case RSquared:
        return impact.regression.rSquared;
    case Slope:
        return impact.regression.slope;
    case Mean:
        return impact.mean;
    case Games:
        return impact.games;
    default:
        return {};
    }
}

QVariant StatImpactModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StatImpact &impact = m_impacts.at(index.row());
    const QVariant value = raw(impact, index.row(), index.column());
    switch (role) {
    case modelroles::RawValueRole:
        return value;
    case Qt::DisplayRole:
        switch (index.column()) {
        case RSquared:
            return text::percent(impact.regression.rSquared);
        case Slope:
            return QStringLiteral("%1%2").arg(impact.regression.slope > 0 ? QStringLiteral("+") : QString(),
                                              text::decimal(impact.regression.slope, 3));
        case Mean:
            return text::decimal(impact.mean);
        case Rank:
        case Games:
            return text::count(value.toInt());
        default:
            return value;
        }
    case Qt::ToolTipRole:
        if (index.column() == RSquared)
            return tr("How much of the goal difference in your games goes with %1: %2 of its "
                      "spread (r²)")
                .arg(impact.stat->displayLabel(), text::percent(impact.regression.rSquared));
        if (index.column() == Slope)
            return tr("Each 1 more of %1 goes with %2 goals of difference, on the least-squares line")
                .arg(impact.stat->displayLabel(), text::decimal(impact.regression.slope, 3));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Stat || index.column() == Group
                   ? QVariant()
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant StatImpactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return tr("#");
    case Stat:
        return tr("Stat");
    case Group:
        return tr("Category");
    case RSquared:
        return tr("Explains (r²)");
    case Slope:
        return tr("Slope (goals per 1)");
    case Mean:
        return tr("My mean");
    case Games:
        return tr("Games");
    default:
        return {};
    }
}

} // namespace bcs
