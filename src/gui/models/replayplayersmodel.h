#pragma once
// The players of one replay for the Replays page's detail pane: blue's then orange's, each with
// the game's team colour as a mark, the role the cache resolved for them (in the role colours)
// and a few key stats from the catalogue. Stats the detail has not brought yet stay empty.

#include "stats/replaylist.h"

#include <QAbstractTableModel>
#include <QPixmap>

namespace bcs {

struct StatDefinition;

class ReplayPlayersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Team, Name, Role, FirstStat };

    explicit ReplayPlayersModel(QObject *parent = nullptr);

    void setDetail(const std::optional<ReplayDetail> &detail);
    const std::optional<ReplayDetail> &detail() const { return m_detail; }

    // "Me", the alias, "Teammate", "Opponent"; and its colour (invalid for "unknown").
    QString roleText(const QString &role) const;
    QColor roleColour(const QString &role) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QColor teamColour(const QString &team); // the game's: blue #1E88E5, orange #FB8C00
    // A small rounded square in `colour`: how a team or a role is marked beside its name.
    static QPixmap colourMark(const QColor &colour, int side);

private:
    struct KeyStat
    {
        const StatDefinition *stat;
        qsizetype index; // in the catalogue
    };
    // Known from the listing already (score), so shown before the detail arrives.
    static bool listedStat(const StatDefinition &stat);
    QVariant statValue(const ReplayPlayer &player, const KeyStat &stat, int role) const;

    std::optional<ReplayDetail> m_detail;
    QList<KeyStat> m_stats;
};

} // namespace bcs
