#pragma once
// Where both endpoint groups stand against the tier's limits: per second (free now / burst) and
// per hour (used / allowed, with the countdown until the oldest request leaves the hour).
// Polled once a second while visible: the limiter is a mutex away, never the network.

#include <QTimer>
#include <QWidget>

class QLabel;

namespace bcs {

class RateLimiter;
class TierSelection;

class RateLimitPanel : public QWidget
{
    Q_OBJECT

public:
    RateLimitPanel(const RateLimiter *limiter, const TierSelection *tiers, QWidget *parent = nullptr);

    void refresh();
    QString text() const;

private:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

    const RateLimiter *m_limiter;
    const TierSelection *m_tiers;
    QLabel *m_tier;
    QLabel *m_list;
    QLabel *m_get;
    QTimer m_timer;
};

} // namespace bcs
