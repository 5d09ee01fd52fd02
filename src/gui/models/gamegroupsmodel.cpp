#include "gui/models/gamegroupsmodel.h"

#include "core/rfc3339.h"
#include "core/statcatalogue.h"
#include "gui/common/textformat.h"
#include "gui/models/modelroles.h"
#include "stats/goaldifference.h"
#include "stats/scorelines.h"

namespace bcs {

namespace {
constexpr quintptr kTop = 0; // a child's internalId is its group's row + 1

const char *const kMeansStats[] = {"positioning.percent_behind_ball", "movement.avg_speed",
                                   "positioning.avg_distance_to_ball"};

bool isNumberColumn(int column)
{
    return column != GameGroupsModel::Label && column != GameGroupsModel::ReplayId;
}
} // namespace

GameGroupsModel::GameGroupsModel(const QString &labelTitle, QObject *parent)
    : QAbstractItemModel(parent)
    , m_labelTitle(labelTitle)
{}

void GameGroupsModel::setGroups(const QList<GameGroup> &groups, const QList<GameRow> &games)
{
    beginResetModel();
    m_groups = groups;
    m_games = games;
    endResetModel();
}

const GameRow *GameGroupsModel::gameAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (m_groups.isEmpty())
        return &m_games.at(index.row());
    if (index.internalId() == kTop)
        return nullptr;
    return &m_games.at(m_groups.at(int(index.internalId()) - 1).rows.at(index.row()));
}

QStringList GameGroupsModel::replayIds(const QModelIndex &index) const
{
    if (const GameRow *game = gameAt(index))
        return {game->id};
    QStringList ids;
    if (index.isValid() && index.internalId() == kTop && !m_groups.isEmpty()) {
        for (int row : m_groups.at(index.row()).rows)
            ids.append(m_games.at(row).id);
    }
    return ids;
}

QString GameGroupsModel::rowTitle(const QModelIndex &index) const
{
    return data(index.siblingAtColumn(Label)).toString();
}

QModelIndex GameGroupsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) + 1 : kTop);
}

QModelIndex GameGroupsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTop)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, kTop);
}

int GameGroupsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.isEmpty() ? m_games.size() : m_groups.size());
    if (m_groups.isEmpty() || parent.internalId() != kTop || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int GameGroupsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant GameGroupsModel::meansValue(const std::optional<RoleMeans> &me,
                                     const std::optional<RoleMeans> &mates,
                                     const std::optional<RoleMeans> &opponents, int column)
{
    const int side = (column - MeBehindBall) / 3;
    const std::optional<RoleMeans> &means = side == 0 ? me : side == 1 ? mates : opponents;
    if (!means)
        return {};
    switch ((column - MeBehindBall) % 3) {
    case 0:
        return means->percentBehindBall;
    case 1:
        return means->avgSpeed;
    default:
        return means->avgDistanceToBall;
    }
}

QVariant GameGroupsModel::groupValue(const GameGroup &group, int column) const
{
    switch (column) {
    case Label:
        return group.label;
    case Games:
        return group.games;
    case Wins:
        return group.wins;
    case Losses:
        return group.losses;
    case WinRate:
        return group.games ? QVariant(100.0 * group.wins / group.games) : QVariant();
    case Details:
        return group.gamesWithDetails;
    case ReplayId:
        return {};
    default:
        return meansValue(group.me, group.teammates, group.opponents, column);
    }
}

QVariant GameGroupsModel::gameValue(const GameRow &game, int column) const
{
    const bool won = game.myGoals > game.oppGoals;
    const bool lost = game.myGoals < game.oppGoals;
    switch (column) {
    case Label:
        return game.date;
    case Games:
        return 1;
    case Wins:
        return int(won);
    case Losses:
        return int(lost);
    case WinRate:
        return {};
    case Details:
        return int(game.detailed);
    case ReplayId:
        return game.id;
    default:
        return meansValue(game.me, game.teammates, game.opponents, column);
    }
}

QVariant GameGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const GameRow *game = gameAt(index);
    const QVariant raw = game ? gameValue(*game, index.column())
                              : groupValue(m_groups.at(index.row()), index.column());
    switch (role) {
    case modelroles::RawValueRole:
        return raw;
    case modelroles::ReplayIdsRole:
        return replayIds(index);
    case Qt::DisplayRole:
        if (index.column() == Label && game) {
            const auto when = parseRfc3339(game->date);
            const QString score = QStringLiteral("%1–%2%3").arg(game->myGoals).arg(game->oppGoals).arg(
                game->overtime ? tr(" (OT)") : QString());
            return QStringLiteral("%1 · %2 · %3")
                .arg(when ? text::shortDateTime(when->toLocalTime()) : game->date, score,
                     game->mapName.isEmpty() ? game->playlistName : game->mapName);
        }
        if (!raw.isValid() || index.column() == Label || index.column() == ReplayId)
            return raw;
        if (game && index.column() == Games)
            return QString(); // a game is one game
        if (game && (index.column() == Wins || index.column() == Losses))
            return raw.toInt() ? QStringLiteral("✓") : QString();
        if (game && index.column() == Details)
            return raw.toInt() ? tr("yes") : tr("no");
        if (index.column() == WinRate)
            return text::percent(raw.toDouble() / 100.0);
        if (index.column() <= Details)
            return text::count(raw.toInt());
        return text::decimal(raw.toDouble());
    case Qt::ToolTipRole:
        if (game)
            return game->title.isEmpty() ? QVariant() : QVariant(game->title);
        return m_groups.at(index.row()).tooltip;
    case Qt::TextAlignmentRole:
        return isNumberColumn(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant();
    default:
        return {};
    }
}

QVariant GameGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractItemModel::headerData(section, orientation, role);
    if (section == ReplayId)
        return tr("Replay");
    if (section >= MeBehindBall && section < ReplayId) {
        const int side = (section - MeBehindBall) / 3;
        const StatDefinition *stat =
            findStat(QString::fromLatin1(kMeansStats[(section - MeBehindBall) % 3]));
        const QString who = side == 0 ? tr("Me") : side == 1 ? tr("Teammates") : tr("Opponents");
        const QString label = stat ? stat->displayLabel() : QString();
        return role == Qt::ToolTipRole ? tr("%1: %2, mean per game").arg(who, label)
                                       : tr("%1: %2").arg(who, label);
    }
    switch (section) {
    case Label:
        return role == Qt::ToolTipRole && !m_groups.isEmpty() ? tr("Expand a row to see its games")
                                                              : m_labelTitle;
    case Games:
        return tr("Played");
    case Wins:
        return tr("Won");
    case Losses:
        return tr("Lost");
    case WinRate:
        return tr("Win rate");
    case Details:
        return role == Qt::ToolTipRole ? tr("Games whose details are cached: the means are over these")
                                       : tr("With details");
    default:
        return {};
    }
}

namespace {
QString scoreLabel(int mine, int theirs)
{
    return QStringLiteral("%1–%2").arg(mine).arg(theirs);
}

} // namespace

QList<GameGroup> scoreGroups(const QList<ScorelineRow> &scores, const QList<GameRow> &games)
{
    QHash<QPair<int, int>, QList<int>> rowsByScore;
    for (int i = 0; i < games.size(); ++i)
        rowsByScore[{games.at(i).myGoals, games.at(i).oppGoals}].append(i);
    QList<GameGroup> groups;
    for (const ScorelineRow &score : scores) {
        GameGroup group;
        group.label = scoreLabel(score.myGoals, score.oppGoals);
        group.games = score.games;
        group.wins = score.myGoals > score.oppGoals ? score.games : 0;
        group.losses = score.myGoals < score.oppGoals ? score.games : 0;
        group.gamesWithDetails = score.gamesWithDetails;
        group.me = score.me;
        group.teammates = score.teammates;
        group.opponents = score.opponents;
        group.rows = rowsByScore.value({score.myGoals, score.oppGoals});
        group.tooltip = GameGroupsModel::tr("%1 ending %2; the means over the %3 with details")
                            .arg(text::games(score.games), group.label,
                                 text::count(score.gamesWithDetails));
        groups.append(group);
    }
    return groups;
}

QList<GameGroup> goalDifferenceGroups(const QList<GameRow> &games)
{
    QList<GameGroup> groups;
    for (const GoalDifferenceRow &row : goalDifferences(games)) {
        GameGroup group;
        group.label = row.goalDifference > 0 ? QStringLiteral("+%1").arg(row.goalDifference)
                                             : QString::number(row.goalDifference);
        group.games = row.games;
        group.wins = row.wins;
        group.losses = row.losses;
        group.gamesWithDetails = row.gamesWithDetails;
        group.me = row.me;
        group.teammates = row.teammates;
        group.opponents = row.opponents;
        group.rows = row.rows;
        group.tooltip = GameGroupsModel::tr("%1 won or lost by %2 goals")
                            .arg(text::games(row.games))
                            .arg(std::abs(row.goalDifference));
        groups.append(group);
    }
    return groups;
}
} // namespace bcs
