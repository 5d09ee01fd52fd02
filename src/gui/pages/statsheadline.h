#pragma once
// The Stats page's headline (UI.md: headline numbers in a larger font at the top): my games,
// wins, losses, ties and win rate with its 95 % Wilson interval as "54.2 % ± 3.1", a "few games"
// mark while the sample is too small to trust, and what the numbers cover while details are
// still arriving ("results over 3,000 games; detailed stats over 1,200"). Shows; never queries.

#include "stats/aggregates.h"

#include <QWidget>

class QLabel;

namespace bcs {

class StatsHeadline : public QWidget
{
    Q_OBJECT

public:
    // Below this many games a win rate moves a lot from one game to the next.
    static constexpr int kFewGames = 30;

    explicit StatsHeadline(QWidget *parent = nullptr);

    // My aggregate: the results are over every listed game, the stats over the detailed ones.
    void setAggregate(const RoleAggregate &me);

    QString recordText() const;
    QString winRateText() const;
    QString coverageText() const;
    bool fewGamesShown() const;

private:
    void changeEvent(QEvent *event) override;
    void applyFonts();

    QLabel *m_record;
    QLabel *m_winRate;
    QLabel *m_fewGames;
    QLabel *m_coverage;
    bool m_fewGamesWanted = false;
};

} // namespace bcs
