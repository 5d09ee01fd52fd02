#pragma once
// What matters most in my games: every stat ranked by r² against goal difference, with the
// slope said in words a player reads ("+0.42 goals of difference per save").

#include "stats/statimpact.h"

#include <QAbstractTableModel>

namespace bcs {

class StatImpactModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Rank, Stat, Group, RSquared, Slope, Mean, Games, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setImpacts(const QList<StatImpact> &impacts);
    const QList<StatImpact> &impacts() const { return m_impacts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant raw(const StatImpact &impact, int row, int column) const;
    QList<StatImpact> m_impacts;
};

} // namespace bcs
