#include "gui/pages/ratelimitpanel.h"

#include "gui/common/textformat.h"
#include "net/ratelimiter.h"
#include "net/tierselection.h"

#include <QFormLayout>
#include <QLabel>

namespace bcs {

RateLimitPanel::RateLimitPanel(const RateLimiter *limiter, const TierSelection *tiers,
                               QWidget *parent)
    : QWidget(parent)
    , m_limiter(limiter)
    , m_tiers(tiers)
    , m_tier(new QLabel(this))
    , m_list(new QLabel(this))
    , m_get(new QLabel(this))
{
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("Tier:"), m_tier);
    layout->addRow(tr("Listings:"), m_list);
    layout->addRow(tr("Details:"), m_get);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &RateLimitPanel::refresh);
    refresh();
}

void RateLimitPanel::refresh()
{
    if (!m_limiter || !m_tiers)
        return;
    m_tier->setText(m_tiers->isAuto() ? tr("%1 (automatic)").arg(m_tiers->effectiveTier())
                                      : m_tiers->effectiveTier());
    const auto describe = [this](EndpointGroup group) {
        const RateLimitUsage usage = m_limiter->usage(group);
        QString line = tr("%1 of %2 free this second").arg(usage.tokensAvailable).arg(usage.perSecond);
        if (usage.perHour) {
            line += tr(" · %1 of %2 used this hour").arg(text::count(usage.hourUsed),
                                                         text::count(*usage.perHour));
            if (usage.hourUsed >= *usage.perHour)
                line += tr(", next in %1").arg(text::countdown(usage.secondsUntilHourFrees));
            else if (usage.hourUsed > 0)
                line += tr(", oldest leaves in %1").arg(text::countdown(usage.secondsUntilHourFrees));
        } else {
            line += tr(" · no hourly limit");
        }
        return line;
    };
    m_list->setText(describe(EndpointGroup::List));
    m_get->setText(describe(EndpointGroup::Get));
}

QString RateLimitPanel::text() const
{
    return m_tier->text() + QLatin1Char('\n') + m_list->text() + QLatin1Char('\n') + m_get->text();
}

void RateLimitPanel::showEvent(QShowEvent *event)
{
    refresh();
    m_timer.start();
    QWidget::showEvent(event);
}

void RateLimitPanel::hideEvent(QHideEvent *event)
{
    m_timer.stop();
    QWidget::hideEvent(event);
}

} // namespace bcs
