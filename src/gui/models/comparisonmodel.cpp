#include "gui/models/comparisonmodel.h"

#include "gui/common/rolecolours.h"
#include "gui/common/statformat.h"
#include "gui/common/textformat.h"
#include "gui/models/modelroles.h"
#include "stats/roleresolver.h"

#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <algorithm>

namespace bcs {

namespace {
QString groupTitle(StatGroup group)
{
    switch (group) {
    case StatGroup::Core:
        return ComparisonModel::tr("Core");
    case StatGroup::Boost:
        return ComparisonModel::tr("Boost");
    case StatGroup::Movement:
        return ComparisonModel::tr("Movement");
    case StatGroup::Positioning:
        return ComparisonModel::tr("Positioning");
    case StatGroup::Demo:
        return ComparisonModel::tr("Demolitions");
    }
    return {};
}

QString directionText(StatDirection direction)
{
    switch (direction) {
    case StatDirection::Higher:
        return ComparisonModel::tr("Higher is better.");
    case StatDirection::Lower:
        return ComparisonModel::tr("Lower is better.");
    case StatDirection::Neutral:
        return ComparisonModel::tr("Neither more nor less is better: a way of playing.");
    }
    return {};
}
} // namespace

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_base(QGuiApplication::palette().color(QPalette::Base))
    , m_rows(catalogueRows())
{}

QList<ComparisonModel::Row> ComparisonModel::catalogueRows()
{
    QList<Row> rows;
    rows.append({RowKind::Heading, 0, -1, Result::Games, StatGroup::Core});
    for (const Result result : {Result::Games, Result::WinRate, Result::DetailedGames})
        rows.append({RowKind::Result, 0, -1, result, StatGroup::Core});
    const QList<StatDefinition> &catalogue = statCatalogue();
    int block = 0;
    for (const StatGroup group : statGroups()) {
        ++block;
        rows.append({RowKind::Heading, block, -1, Result::Games, group});
        for (qsizetype i = 0; i < catalogue.size(); ++i) {
            if (catalogue.at(i).group == group)
                rows.append({RowKind::Stat, block, int(i), Result::Games, group});
        }
    }
    return rows;
}

void ComparisonModel::setComparison(const RoleComparison &comparison)
{
    QStringList before;
    for (const ComparedRole &role : std::as_const(m_comparison.roles))
        before << role.role.role;
    QStringList after;
    for (const ComparedRole &role : comparison.roles)
        after << role.role.role;
    if (before != after) {
        beginResetModel();
        m_comparison = comparison;
        rebuildIcons();
        m_rows = sortedRows();
        endResetModel();
        return;
    }
    m_comparison = comparison;
    if (!m_rows.isEmpty() && columnCount() > 1)
        Q_EMIT dataChanged(index(0, 1), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 1, columnCount() - 1);
    resort();
}

void ComparisonModel::setValues(ComparisonValues values)
{
    if (values == m_values)
        return;
    m_values = values;
    if (columnCount() > 1)
        Q_EMIT dataChanged(index(0, 1), index(rowCount() - 1, columnCount() - 1));
    resort();
}

void ComparisonModel::setBase(const QColor &base)
{
    if (base == m_base)
        return;
    m_base = base;
    if (columnCount() > 1)
        Q_EMIT dataChanged(index(0, 1), index(rowCount() - 1, columnCount() - 1),
                           {Qt::BackgroundRole});
}

QString ComparisonModel::roleTitle(int role) const
{
    const NamedRole &named = m_comparison.roles.at(role).role;
    if (named.role == role::Me)
        return tr("Me");
    if (named.role == role::AnonTeammate)
        return tr("Randoms"); // Rocket League's word for the teammates one did not bring
    if (named.role == role::AnonOpponent)
        return tr("Opponents");
    return named.name; // the alias the user gave
}

QColor ComparisonModel::roleColour(int role) const
{
    const QString &name = m_comparison.roles.at(role).role.role;
    if (name == role::Me)
        return colours::me();
    if (name == role::AnonTeammate)
        return colours::anonTeammate();
    if (name == role::AnonOpponent)
        return colours::opponents();
    int named = 0; // named teammates take their colours in alias order
    for (int i = 0; i < role; ++i) {
        if (m_comparison.roles.at(i).role.role.startsWith(role::teammate({})))
            ++named;
    }
    return colours::teammate(named);
}

void ComparisonModel::rebuildIcons()
{
    m_icons.clear();
    const int side = 12;
    for (int role = 0; role < roleCount(); ++role) {
        QPixmap swatch(side, side);
        swatch.fill(Qt::transparent);
        QPainter painter(&swatch);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(roleColour(role));
        painter.drawRoundedRect(QRectF(1, 1, side - 2, side - 2), 2, 2);
        painter.end();
        m_icons << QIcon(swatch);
    }
}

ComparisonModel::RowKind ComparisonModel::rowKind(int row) const
{
    return m_rows.at(row).kind;
}

const StatDefinition *ComparisonModel::statAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).kind != RowKind::Stat)
        return nullptr;
    return &statCatalogue().at(m_rows.at(row).stat);
}

int ComparisonModel::rowOfStat(const StatDefinition &stat) const
{
    const qsizetype index = &stat - statCatalogue().constData();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).kind == RowKind::Stat && m_rows.at(row).stat == index)
            return row;
    }
    return -1;
}

std::optional<double> ComparisonModel::value(int row, int role) const
{
    return rowValue(m_rows.at(row), role);
}

QList<int> ComparisonModel::bestRoles(int row) const
{
    return best(m_rows.at(row));
}

std::optional<double> ComparisonModel::rowValue(const Row &row, int role) const
{
    const RoleAggregate &aggregate = m_comparison.roles.at(role).aggregate;
    switch (row.kind) {
    case RowKind::Heading:
        return std::nullopt;
    case RowKind::Result:
        switch (row.result) {
        case Result::Games:
            return aggregate.listed.games;
        case Result::DetailedGames:
            return aggregate.games;
        case Result::WinRate:
            return aggregate.listed.games > 0 ? std::optional(aggregate.listed.winRate)
                                              : std::nullopt;
        }
        return std::nullopt;
    case RowKind::Stat:
        if (aggregate.games == 0)
            return std::nullopt;
        return comparedValue(aggregate, row.stat, m_values);
    }
    return std::nullopt;
}

StatDirection ComparisonModel::direction(const Row &row) const
{
    if (row.kind == RowKind::Stat)
        return statCatalogue().at(row.stat).direction;
    if (row.kind == RowKind::Result && row.result == Result::WinRate)
        return StatDirection::Higher;
    return StatDirection::Neutral;
}

bool ComparisonModel::isMean(const Row &row) const
{
    return row.kind == RowKind::Stat &&
           (m_values == ComparisonValues::PerGame ||
            statCatalogue().at(row.stat).aggregation == Aggregation::Mean);
}

QList<int> ComparisonModel::best(const Row &row) const
{
    if (row.kind == RowKind::Heading)
        return {};
    QList<double> values;
    QList<int> games;
    for (int role = 0; role < roleCount(); ++role) {
        const std::optional<double> value = rowValue(row, role);
        // The opponents' win rate is my team's losses: the best win rate is one of my side's.
        const bool mySide = row.kind != RowKind::Result ||
                            m_comparison.roles.at(role).role.role != role::AnonOpponent;
        values << value.value_or(0);
        games << (value && mySide ? 1 : 0);
    }
    const QList<int> best = bestValues(direction(row), values, games);
    if (best.isEmpty())
        return {};
    // Judged as the cells read: every cell that shows the best value is tinted, and nothing
    // when they all show the same (1.34 and 1.26 both read 1.3; one tint among them would say
    // a difference the table does not show).
    const QString shown = cellText(row, best.first());
    QList<int> tinted;
    int candidates = 0;
    for (int role = 0; role < roleCount(); ++role) {
        if (games.at(role) == 0)
            continue;
        ++candidates;
        if (cellText(row, role) == shown)
            tinted << role;
    }
    return tinted.size() == candidates ? QList<int>() : tinted;
}

QString ComparisonModel::label(const Row &row) const
{
    switch (row.kind) {
    case RowKind::Heading:
        return row.block == 0 ? tr("Results") : groupTitle(row.group);
    case RowKind::Result:
        switch (row.result) {
        case Result::Games:
            return tr("Games");
        case Result::WinRate:
            return tr("Win rate");
        case Result::DetailedGames:
            return tr("Games with details");
        }
        return {};
    case RowKind::Stat:
        return statformat::labelWithUnit(statCatalogue().at(row.stat));
    }
    return {};
}

QString ComparisonModel::cellText(const Row &row, int role) const
{
    const std::optional<double> value = rowValue(row, role);
    if (row.kind == RowKind::Heading)
        return {};
    if (!value)
        return tr("—");
    if (row.kind == RowKind::Result)
        return row.result == Result::WinRate ? text::percent(*value / 100.0)
                                             : text::count(qint64(*value));
    return statformat::value(statCatalogue().at(row.stat), *value, isMean(row));
}

QString ComparisonModel::labelTooltip(const Row &row) const
{
    switch (row.kind) {
    case RowKind::Heading:
        return {};
    case RowKind::Result:
        switch (row.result) {
        case Result::Games:
            return tr("Every listed game the filter keeps, details cached or not; randoms and "
                      "opponents count once per player.");
        case Result::WinRate:
            return tr("Games won of every listed game. Higher is better.");
        case Result::DetailedGames:
            return tr("The games whose details are cached: what every stat below is over.");
        }
        return {};
    case RowKind::Stat: {
        const StatDefinition &stat = statCatalogue().at(row.stat);
        const QString how = stat.aggregation == Aggregation::Mean
                                ? tr("A mean per game in both views.")
                                : (m_values == ComparisonValues::PerGame
                                       ? tr("Shown per game; the totals view sums it.")
                                       : tr("Shown in total; the per-game view divides it."));
        return QStringLiteral("<p><b>%1</b></p><p>%2</p><p>%3 %4</p>")
            .arg(stat.displayLabel().toHtmlEscaped(), stat.displayDescription().toHtmlEscaped(),
                 directionText(stat.direction).toHtmlEscaped(), how.toHtmlEscaped());
    }
    }
    return {};
}

QString ComparisonModel::cellTooltip(const Row &row, int role) const
{
    if (row.kind == RowKind::Heading)
        return {};
    const RoleAggregate &aggregate = m_comparison.roles.at(role).aggregate;
    const QString who = roleTitle(role);
    if (row.kind == RowKind::Result)
        return tr("%1: %2 — %3").arg(who, label(row), cellText(row, role));
    if (aggregate.games == 0)
        return tr("%1: no games with details under this filter").arg(who);
    const QString over = text::games(aggregate.games);
    const QString valueText = cellText(row, role);
    const StatDefinition &stat = statCatalogue().at(row.stat);
    if (stat.aggregation == Aggregation::Mean)
        return tr("%1 — %2: %3, a mean over %4").arg(who, stat.displayLabel(), valueText, over);
    return isMean(row)
               ? tr("%1 — %2: %3 per game over %4").arg(who, stat.displayLabel(), valueText, over)
               : tr("%1 — %2: %3 in total over %4").arg(who, stat.displayLabel(), valueText, over);
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + roleCount();
}

Qt::ItemFlags ComparisonModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (m_rows.at(index.row()).kind == RowKind::Heading)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const int who = column - 1;
    switch (role) {
    case Qt::DisplayRole:
        return column == 0 ? label(row) : cellText(row, who);
    case modelroles::RawValueRole: {
        if (column == 0)
            return label(row);
        const std::optional<double> value = rowValue(row, who);
        if (!value)
            return {};
        if (row.kind == RowKind::Result && row.result != Result::WinRate)
            return int(*value);
        return *value;
    }
    case Qt::ToolTipRole:
        return column == 0 ? labelTooltip(row) : cellTooltip(row, who);
    case Qt::TextAlignmentRole:
        return column == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                           : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row.kind == RowKind::Heading) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        if (column > 0 && best(row).contains(who))
            return colours::tint(roleColour(who), m_base);
        return {};
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0) {
        if (role == Qt::DisplayRole)
            return tr("Stat");
        return {};
    }
    const int who = section - 1;
    switch (role) {
    case Qt::DisplayRole:
        return roleTitle(who);
    case Qt::DecorationRole:
        return m_icons.value(who);
    case Qt::ToolTipRole: {
        const RoleAggregate &aggregate = m_comparison.roles.at(who).aggregate;
        const QString &name = m_comparison.roles.at(who).role.role;
        QString tip = tr("%1: results over %2; detailed stats over %3")
                          .arg(roleTitle(who), text::games(aggregate.listed.games),
                               text::games(aggregate.games));
        // Several players hold these roles in one game: the aggregates count each of them.
        if (name == role::AnonTeammate)
            tip += QLatin1Char('\n') +
                   tr("Randoms are the teammates you have not named in Players. Each counts once "
                      "per game played, so two randoms in one game count as two, and every value "
                      "is per player.");
        else if (name == role::AnonOpponent)
            tip += QLatin1Char('\n') + tr("Each opponent counts once per game played, so the two "
                                          "opponents of a 2v2 game count as two, and every value "
                                          "is per player.");
        return tip;
    }
    default:
        return {};
    }
}

QList<ComparisonModel::Row> ComparisonModel::sortedRows() const
{
    QList<Row> rows = catalogueRows();
    if (m_sortColumn < 0 || m_sortColumn >= columnCount())
        return rows;
    const int who = m_sortColumn - 1;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    // Headings first in their block, blocks in catalogue order; rows without a value last
    // either way, so the sorted ones stay on top.
    const auto before = [&](const Row &a, const Row &b) {
        if (a.block != b.block)
            return a.block < b.block;
        if ((a.kind == RowKind::Heading) != (b.kind == RowKind::Heading))
            return a.kind == RowKind::Heading;
        if (m_sortColumn == 0) {
            const int order = QString::localeAwareCompare(label(a), label(b));
            return ascending ? order < 0 : order > 0;
        }
        const std::optional<double> x = rowValue(a, who);
        const std::optional<double> y = rowValue(b, who);
        if (!x || !y)
            return x.has_value() && !y.has_value();
        return ascending ? *x < *y : *x > *y;
    };
    std::stable_sort(rows.begin(), rows.end(), before);
    return rows;
}

void ComparisonModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    resort();
}

void ComparisonModel::resort()
{
    QList<Row> next = sortedRows();
    if (next == m_rows)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    for (const QModelIndex &index : before) {
        const qsizetype row = next.indexOf(m_rows.at(index.row()));
        after << this->index(int(row), index.column());
    }
    m_rows = std::move(next);
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace bcs
