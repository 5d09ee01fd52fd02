#include "gui/pages/syncprogresspanel.h"

#include "gui/common/textformat.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace bcs {

SyncProgressPanel::SyncProgressPanel(QWidget *parent)
    : QWidget(parent)
    , m_phase(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_counts(new QLabel(this))
    , m_rate(new QLabel(this))
{
    for (QLabel *label : {m_phase, m_counts, m_rate}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont phaseFont = m_phase->font();
    phaseFont.setBold(true);
    m_phase->setFont(phaseFont);
    m_bar->setTextVisible(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_phase);
    layout->addWidget(m_bar);
    layout->addWidget(m_counts);
    layout->addWidget(m_rate);
    layout->addStretch();
    showIdle(tr("No sync is running."));
}

void SyncProgressPanel::showIdle(const QString &text)
{
    m_phase->setText(text);
    m_bar->hide();
    m_counts->clear();
    m_rate->clear();
}

void SyncProgressPanel::showStatus(const SyncStatus &status, int capPerSecond)
{
    if (!status.running) {
        showIdle(tr("No sync is running."));
        return;
    }
    m_bar->show();
    if (!status.listingComplete) {
        m_phase->setText(status.phase == QLatin1String("checking")
                             ? tr("Checking what is already cached…")
                             : tr("Listing your replays: %1 so far").arg(text::count(status.listed)));
        m_bar->setRange(0, 0); // busy: the listing's length is unknown until it ends
    } else {
        m_phase->setText(tr("Listing complete: players and results are ready to look at. "
                            "Fetching the details of each game…"));
        const int done = status.fetched + status.failed;
        m_bar->setRange(0, std::max(1, status.detailsDue));
        m_bar->setValue(std::min(done, std::max(1, status.detailsDue)));
        m_bar->setFormat(tr("%1 of %2 details")
                             .arg(text::count(done), text::count(status.detailsDue)));
    }
    m_counts->setText(tr("%1 found · %2 fetched · %3 already cached · %4 failed · %5 pending")
                          .arg(text::count(status.found), text::count(status.fetched),
                               text::count(status.skipped), text::count(status.failed),
                               text::count(status.pending + status.queued)));
    QString rate;
    if (status.listingComplete && (status.queued > 0 || status.pending > 0)) {
        rate = capPerSecond > 0 ? tr("%1 details/s of the tier's %2/s")
                                      .arg(text::rate(status.detailsPerSecond))
                                      .arg(capPerSecond)
                                : tr("%1 details/s").arg(text::rate(status.detailsPerSecond));
        if (status.etaSeconds)
            rate += tr(" · about %1 left (the hourly limit included)")
                        .arg(text::duration(*status.etaSeconds));
    }
    if (status.rateLimited > 0)
        rate += (rate.isEmpty() ? QString() : QStringLiteral(" · ")) +
                tr("ballchasing asked us to slow down (%1)").arg(text::count(status.rateLimited));
    m_rate->setText(rate);
}

QString SyncProgressPanel::phaseText() const
{
    return m_phase->text();
}

QString SyncProgressPanel::countsText() const
{
    return m_counts->text();
}

int SyncProgressPanel::progressValue() const
{
    return m_bar->value();
}

} // namespace bcs
