#pragma once
// Win rate by lineup — who I played with (GET /api/stats/lineups): one row per set of named
// teammates on my team, with games, wins, losses and the win rate.

#include "stats/analyses.h"

#include <QAbstractTableModel>

namespace bcs {

class LineupsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Lineup, Games, Wins, Losses, WinRate, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setLineups(const QList<LineupRow> &lineups);
    const QList<LineupRow> &lineups() const { return m_lineups; }
    // "alice + bob", or "No named teammate".
    static QString lineupName(const LineupRow &lineup);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<LineupRow> m_lineups;
};

} // namespace bcs
