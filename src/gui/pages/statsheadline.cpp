#include "gui/pages/statsheadline.h"

#include "gui/common/textformat.h"
#include "stats/winrateinterval.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace bcs {

StatsHeadline::StatsHeadline(QWidget *parent)
    : QWidget(parent)
    , m_record(new QLabel(this))
    , m_winRate(new QLabel(this))
    , m_fewGames(new QLabel(tr("few games"), this))
    , m_coverage(new QLabel(this))
{
    m_record->setAccessibleName(tr("My record"));
    m_winRate->setAccessibleName(tr("My win rate"));
    m_coverage->setAccessibleName(tr("What the numbers cover"));
    m_fewGames->setAccessibleName(tr("Few games"));
    m_fewGames->setToolTip(tr("Fewer than %1 games: the win rate can still move a lot with each "
                              "game. The ± interval says by how much.")
                               .arg(kFewGames));
    // A pill framed in the palette's own colours, so it reads in light and dark.
    m_fewGames->setFrameShape(QFrame::StyledPanel);
    m_fewGames->setForegroundRole(QPalette::HighlightedText);
    m_fewGames->setBackgroundRole(QPalette::Highlight);
    m_fewGames->setAutoFillBackground(true);
    m_fewGames->setMargin(fontMetrics().height() / 6);
    m_fewGames->hide();
    m_coverage->setWordWrap(true);
    m_record->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_winRate->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *numbers = new QHBoxLayout;
    numbers->setContentsMargins(0, 0, 0, 0);
    numbers->addWidget(m_record);
    numbers->addSpacing(fontMetrics().averageCharWidth() * 3);
    numbers->addWidget(m_winRate);
    numbers->addWidget(m_fewGames, 0, Qt::AlignVCenter);
    numbers->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(numbers);
    layout->addWidget(m_coverage);
    applyFonts();
    setAggregate({});
}

void StatsHeadline::applyFonts()
{
    QFont large = font();
    large.setPointSizeF(font().pointSizeF() * 1.5);
    m_record->setFont(large);
    large.setBold(true);
    m_winRate->setFont(large);
}

void StatsHeadline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        applyFonts();
    QWidget::changeEvent(event);
}

void StatsHeadline::setAggregate(const RoleAggregate &me)
{
    const ListedRecord &listed = me.listed;
    if (listed.games == 0) {
        m_record->setText(tr("No games under this filter"));
        m_winRate->clear();
        m_winRate->setToolTip({});
    } else {
        m_record->setText(tr("%1 · %2 won · %3 lost · %4 tied")
                              .arg(text::games(listed.games), text::count(listed.wins),
                                   text::count(listed.losses), text::count(listed.ties)));
        const WinRateInterval interval = wilsonInterval(listed.wins, listed.games);
        m_winRate->setText(
            tr("Win rate %1 ± %2")
                .arg(text::percent(interval.rate), text::decimal(interval.halfWidth() * 100.0, 1)));
        m_winRate->setToolTip(tr("95 % Wilson interval: %1 – %2. Over %3 the true win rate is "
                                 "most likely within this range.")
                                  .arg(text::percent(interval.low), text::percent(interval.high),
                                       text::games(listed.games)));
    }
    m_fewGamesWanted = listed.games > 0 && listed.games < kFewGames;
    m_fewGames->setVisible(m_fewGamesWanted);
    if (listed.games == 0)
        m_coverage->setText(tr("Widen the filter to see results and stats."));
    else if (me.games == listed.games)
        m_coverage->setText(
            tr("Results and detailed stats over the %1 you played.").arg(text::games(me.games)));
    else
        m_coverage->setText(tr("Results over the %1 you played; detailed stats over %2 — the "
                               "details of the others have not arrived yet.")
                                .arg(text::games(listed.games), text::count(me.games)));
}

QString StatsHeadline::recordText() const
{
    return m_record->text();
}

QString StatsHeadline::winRateText() const
{
    return m_winRate->text();
}

QString StatsHeadline::coverageText() const
{
    return m_coverage->text();
}

bool StatsHeadline::fewGamesShown() const
{
    return m_fewGamesWanted;
}

} // namespace bcs
