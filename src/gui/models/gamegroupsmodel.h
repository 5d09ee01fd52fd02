#pragma once
// The Analysis page's game tables: games grouped by final score or by goal difference, each
// group expandable to the games behind it — or the games alone (Per Game). Columns: games, wins,
// losses, win rate, games with details, then the seed's three stats (behind the ball, speed,
// distance to the ball) for me, my teammates and the opponents.

#include "stats/gamerows.h"
#include "stats/scorelines.h"

#include <QAbstractItemModel>

namespace bcs {

struct GameGroup
{
    QString label;   // "3–1", "+2"
    QString tooltip; // what the row covers
    int games = 0, wins = 0, losses = 0, gamesWithDetails = 0;
    std::optional<RoleMeans> me, teammates, opponents;
    QList<int> rows; // indices into the games
};

class GameGroupsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        Label, Games, Wins, Losses, WinRate, Details,
        MeBehindBall, MeSpeed, MeDistance,
        MatesBehindBall, MatesSpeed, MatesDistance,
        OpponentsBehindBall, OpponentsSpeed, OpponentsDistance,
        ReplayId, // a game's ballchasing id, to join an export with other data
        ColumnCount
    };

    // `labelTitle`: the first column's header, "Score", "Goal difference", "Game".
    explicit GameGroupsModel(const QString &labelTitle, QObject *parent = nullptr);

    // Groups over `games`; with no groups the games are the rows.
    void setGroups(const QList<GameGroup> &groups, const QList<GameRow> &games);
    // The replays behind a row: a group's games, or the game.
    QStringList replayIds(const QModelIndex &index) const;
    // What a row is, for "12 replays: 3–1"
    QString rowTitle(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const GameRow *gameAt(const QModelIndex &index) const;
    QVariant groupValue(const GameGroup &group, int column) const;
    QVariant gameValue(const GameRow &game, int column) const;
    static QVariant meansValue(const std::optional<RoleMeans> &me,
                               const std::optional<RoleMeans> &mates,
                               const std::optional<RoleMeans> &opponents, int column);

    QString m_labelTitle;
    QList<GameGroup> m_groups;
    QList<GameRow> m_games;
};

// The groups of the Per Score table: the scorelines (GET /api/stats/scoreline's rows) over the
// games with each score.
QList<GameGroup> scoreGroups(const QList<ScorelineRow> &scores, const QList<GameRow> &games);
// The groups of the Win/Loss table: the games by goal difference (stats/goaldifference.h).
QList<GameGroup> goalDifferenceGroups(const QList<GameRow> &games);

} // namespace bcs
