#pragma once
// The Stats page's comparison table: a row per catalogue stat under a heading row per category
// (core, boost, movement, positioning, demo) after a "Results" block (games, win rate, games
// with details); a column per compared role (me, named teammates in alias order, anonymous
// teammates, opponents). Cells per game or in total; the best value of a row tinted with its
// role's colour, lower-is-better stats inverted, judged as the cells read (no tint where every
// cell shows the same number). Sorting orders the rows within each block, so
// categories stay together. Never queries: the page gives it a RoleComparison.

#include "stats/rolecomparison.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QIcon>
#include <optional>

namespace bcs {

class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class RowKind { Heading, Result, Stat };
    enum class Result { Games, WinRate, DetailedGames };

    explicit ComparisonModel(QObject *parent = nullptr);

    // Same roles as before: cells change in place (selection kept); else the model resets.
    void setComparison(const RoleComparison &comparison);
    const RoleComparison &comparison() const { return m_comparison; }
    void setValues(ComparisonValues values);
    ComparisonValues values() const { return m_values; }
    // The colour the tints blend into: the view's base (light or dark palette).
    void setBase(const QColor &base);

    int roleCount() const { return int(m_comparison.roles.size()); }
    static int columnOfRole(int role) { return role + 1; }
    QString roleTitle(int role) const;
    QColor roleColour(int role) const;

    RowKind rowKind(int row) const;
    // The catalogue stat of a Stat row, else null.
    const StatDefinition *statAt(int row) const;
    int rowOfStat(const StatDefinition &stat) const;
    // A cell's number (what RawValueRole gives); none where the role has no games.
    std::optional<double> value(int row, int role) const;
    // The roles whose cell in `row` is tinted as best.
    QList<int> bestRoles(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Column -1: the catalogue's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Row
    {
        RowKind kind;
        int block = 0; // rows of one block sort together; its heading stays first
        int stat = -1; // catalogue index of a Stat row
        Result result = Result::Games;
        StatGroup group = StatGroup::Core; // a Heading's category
        bool operator==(const Row &other) const
        {
            return kind == other.kind && block == other.block && stat == other.stat &&
                   result == other.result;
        }
    };
    static QList<Row> catalogueRows();
    std::optional<double> rowValue(const Row &row, int role) const;
    StatDirection direction(const Row &row) const;
    bool isMean(const Row &row) const;
    QString label(const Row &row) const;
    QString cellText(const Row &row, int role) const;
    QString cellTooltip(const Row &row, int role) const;
    QString labelTooltip(const Row &row) const;
    QList<int> best(const Row &row) const;
    // Applies m_sortColumn / m_sortOrder, keeping persistent indexes on their rows.
    void resort();
    QList<Row> sortedRows() const;
    void rebuildIcons();

    RoleComparison m_comparison;
    ComparisonValues m_values = ComparisonValues::PerGame;
    QColor m_base;
    QList<Row> m_rows;
    QList<QIcon> m_icons; // a swatch of each role's colour for its header
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace bcs
