#include "gui/models/replayplayersmodel.h"

#include "core/statcatalogue.h"
#include "gui/common/rolecolours.h"
#include "gui/common/statformat.h"
#include "gui/common/textformat.h"
#include "gui/models/modelroles.h"

#include <QGuiApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <cmath>

namespace bcs {

namespace {

// What a player's line says about their game, in this order; labels from the catalogue.
const char *const kKeyStats[] = {"core.score",   "core.goals", "core.assists",
                                 "core.saves",   "core.shots", "core.shooting_percentage",
                                 "boost.bpm",    "movement.avg_speed", "demo.inflicted"};

const QString kTeammatePrefix = QStringLiteral("teammate:");

// A cell's mark: two thirds of the text's height.
int markSide()
{
    return std::max(8, QFontMetrics(QGuiApplication::font()).height() * 2 / 3);
}

} // namespace

ReplayPlayersModel::ReplayPlayersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    const QList<StatDefinition> &catalogue = statCatalogue();
    for (const char *key : kKeyStats) {
        const StatDefinition *stat = findStat(QString::fromLatin1(key));
        Q_ASSERT(stat);
        if (stat)
            m_stats.append({stat, stat - catalogue.constData()});
    }
}

void ReplayPlayersModel::setDetail(const std::optional<ReplayDetail> &detail)
{
    beginResetModel();
    m_detail = detail;
    endResetModel();
}

QPixmap ReplayPlayersModel::colourMark(const QColor &colour, int side)
{
    QPixmap mark(side, side);
    mark.fill(Qt::transparent);
    QPainter painter(&mark);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(0, 0, side, side), side / 4.0, side / 4.0);
    return mark;
}

QColor ReplayPlayersModel::teamColour(const QString &team)
{
    return team == QLatin1String("orange") ? QColor(0xFB, 0x8C, 0x00) : QColor(0x1E, 0x88, 0xE5);
}

bool ReplayPlayersModel::listedStat(const StatDefinition &stat)
{
    return stat.group == StatGroup::Core && qstrcmp(stat.key, "score") == 0;
}

QString ReplayPlayersModel::roleText(const QString &role) const
{
    if (role == QLatin1String("me"))
        return tr("Me");
    if (role.startsWith(kTeammatePrefix))
        return role.mid(kTeammatePrefix.size());
    if (role == QLatin1String("anon_teammate"))
        return tr("Teammate");
    if (role == QLatin1String("anon_opponent"))
        return tr("Opponent");
    return tr("Not resolved");
}

QColor ReplayPlayersModel::roleColour(const QString &role) const
{
    if (role == QLatin1String("me"))
        return colours::me();
    if (role.startsWith(kTeammatePrefix)) {
        const qsizetype alias =
            m_detail ? m_detail->aliases.indexOf(role.mid(kTeammatePrefix.size())) : -1;
        return colours::teammate(int(std::max<qsizetype>(alias, 0)));
    }
    if (role == QLatin1String("anon_teammate"))
        return colours::anonTeammate();
    if (role == QLatin1String("anon_opponent"))
        return colours::opponents();
    return {};
}

int ReplayPlayersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_detail ? 0 : int(m_detail->replay.players.size());
}

int ReplayPlayersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstStat + int(m_stats.size());
}

QVariant ReplayPlayersModel::statValue(const ReplayPlayer &player, const KeyStat &key,
                                       int role) const
{
    const StatDefinition &stat = *key.stat;
    if (!m_detail->detailed && !listedStat(stat))
        return {}; // not known before the detail arrives
    const double value = double(player.scaledStats.value(key.index)) / double(stat.storageScale());
    if (role == modelroles::RawValueRole)
        return value;
    return statformat::value(stat, value, false); // one game's own value
}

QVariant ReplayPlayersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReplayPlayer &player = m_detail->replay.players.at(index.row());
    const int column = index.column();
    if (column >= FirstStat) {
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::DisplayRole || role == modelroles::RawValueRole)
            return statValue(player, m_stats.at(column - FirstStat), role);
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        if (column == Team)
            return player.team == QLatin1String("orange") ? tr("Orange") : tr("Blue");
        if (column == Name)
            return player.name;
        return roleText(player.role);
    case modelroles::RawValueRole:
        if (column == Team)
            return player.team;
        if (column == Name)
            return player.name;
        return player.role;
    case Qt::DecorationRole:
        if (column == Team)
            return colourMark(teamColour(player.team), markSide());
        if (column == Role && roleColour(player.role).isValid())
            return colourMark(roleColour(player.role), markSide());
        return {};
    case Qt::BackgroundRole:
        if (column == Role && roleColour(player.role).isValid())
            return colours::tint(roleColour(player.role),
                                 QGuiApplication::palette().color(QPalette::Base));
        return {};
    case Qt::ToolTipRole:
        if (column == Role && player.role == QLatin1String("unknown"))
            return tr("You did not play in this game, so no one has a role in it");
        if (column == Role && player.role == QLatin1String("anon_teammate"))
            return tr("On your team, under a name you have not given a role");
        return {};
    case modelroles::ReplayIdsRole:
        return QStringList{m_detail->replay.id};
    default:
        return {};
    }
}

QVariant ReplayPlayersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= FirstStat) {
        const StatDefinition &stat = *m_stats.at(section - FirstStat).stat;
        if (role == Qt::DisplayRole)
            return statformat::labelWithUnit(stat); // "Average speed (uu/s)"
        if (role == Qt::ToolTipRole)
            return stat.displayDescription();
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Team:
        return tr("Team");
    case Name:
        return tr("Player");
    case Role:
        return tr("Role");
    case FirstStat:
        break;
    }
    return {};
}

} // namespace bcs
