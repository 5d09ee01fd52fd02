// The limiter's promise: no window of any rule ever holds more than its count, whatever the
// arrival pattern; and it does not leave capacity unused beyond the safety margin.

#include "net/ratelimiter.h"
#include "support/manualclock.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace bcs;
using bcs::test::ManualClock;

namespace {

// Checks every window of every rule over the recorded send times: for each send at t, the sends
// in (t - window, t] must not exceed count.
QString firstViolation(const QList<qint64> &sends, const QList<RateRule> &rules)
{
    for (const RateRule &rule : rules) {
        qsizetype start = 0;
        for (qsizetype end = 0; end < sends.size(); ++end) {
            while (sends[start] <= sends[end] - rule.windowMs)
                ++start;
            if (end - start + 1 > rule.count)
                return QStringLiteral("%1 sends within %2 ms ending at index %3 (rule %4/%5 ms)")
                    .arg(end - start + 1)
                    .arg(rule.windowMs)
                    .arg(end)
                    .arg(rule.count)
                    .arg(rule.windowMs);
        }
    }
    return {};
}

} // namespace

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstThenWait()
    {
        ManualClock clock;
        RateLimiter limiter(clock, {{EndpointGroup::Get, {{2, 1000}}}});
        QCOMPARE(limiter.tryAcquire(EndpointGroup::Get), 0);
        QCOMPARE(limiter.tryAcquire(EndpointGroup::Get), 0);
        const qint64 wait = limiter.tryAcquire(EndpointGroup::Get);
        QCOMPARE(wait, 1000 + RateLimiter::safetyMarginMs(1000));
        clock.advance(wait - 1);
        QVERIFY(limiter.tryAcquire(EndpointGroup::Get) > 0);
        clock.advance(1);
        QCOMPARE(limiter.tryAcquire(EndpointGroup::Get), 0);
    }

    void groupsAreIndependent()
    {
        ManualClock clock;
        RateLimiter limiter(
            clock, {{EndpointGroup::Get, {{1, 1000}}}, {EndpointGroup::List, {{1, 1000}}}});
        QCOMPARE(limiter.tryAcquire(EndpointGroup::Get), 0);
        QCOMPARE(limiter.tryAcquire(EndpointGroup::List), 0);
        QVERIFY(limiter.tryAcquire(EndpointGroup::Get) > 0);
    }

    void hourlyRuleBindsAfterBurstsRunOut()
    {
        ManualClock clock;
        RateLimiter limiter(clock, {{EndpointGroup::List, {{2, 1000}, {5, 3'600'000}}}});
        int granted = 0;
        for (int i = 0; i < 100; ++i) {
            const qint64 wait = limiter.tryAcquire(EndpointGroup::List);
            if (wait == 0)
                ++granted;
            else
                clock.advance(std::min<qint64>(wait, 2000));
            if (clock.nowMs() > 1'700'000'000'000 + 60'000)
                break;
        }
        QCOMPARE(granted, 5);
        QVERIFY(limiter.msUntilAvailable(EndpointGroup::List) > 3'000'000);
    }

    void blockUntilPausesTheGroup()
    {
        ManualClock clock;
        RateLimiter limiter(clock, {{EndpointGroup::Get, {{16, 1000}}}});
        limiter.blockUntil(EndpointGroup::Get, clock.nowMs() + 2500);
        QCOMPARE(limiter.tryAcquire(EndpointGroup::Get), 2500);
        clock.advance(2500);
        QCOMPARE(limiter.tryAcquire(EndpointGroup::Get), 0);
    }

    void restoredHistoryCountsAgainstTheQuota()
    {
        ManualClock clock;
        RateLimiter limiter(clock, {{EndpointGroup::Get, {{2, 1000}, {3, 3'600'000}}}});
        // Three sends from a previous run, ten minutes ago: the hour is used up.
        const qint64 tenMinutesAgo = clock.nowMs() - 600'000;
        limiter.restoreHistory(EndpointGroup::Get,
                               {tenMinutesAgo, tenMinutesAgo + 1, tenMinutesAgo + 2});
        const qint64 wait = limiter.tryAcquire(EndpointGroup::Get);
        QCOMPARE(wait, 3'600'000 + RateLimiter::safetyMarginMs(3'600'000) - 600'000);
        QCOMPARE(limiter.usage(EndpointGroup::Get).hourUsed, 3);
        QCOMPARE(limiter.usage(EndpointGroup::Get).perHour, 3);
    }

    void usageReportsTokens()
    {
        ManualClock clock;
        RateLimiter limiter(clock, {{EndpointGroup::Get, {{4, 1000}}}});
        limiter.tryAcquire(EndpointGroup::Get);
        const RateLimitUsage usage = limiter.usage(EndpointGroup::Get);
        QCOMPARE(usage.perSecond, 4);
        QCOMPARE(usage.tokensAvailable, 3);
        QVERIFY(!usage.perHour.has_value());
        QVERIFY(usage.secondsUntilReset > 0.9 && usage.secondsUntilReset <= 1.0);
    }

    // A request that reaches the wire late (a loaded machine) must not share a window with the
    // ones granted after it: until confirmed, its grant counts as "sending now".
    void aPendingGrantCountsUntilItIsSent()
    {
        ManualClock clock;
        RateLimiter limiter(clock, {{EndpointGroup::Get, {{1, 1000}}}});
        const RateLimiter::Grant late = limiter.acquirePending(EndpointGroup::Get);
        QCOMPARE(late.waitMs, 0);
        QVERIFY(late.ticket != 0);
        const qint64 window = 1000 + RateLimiter::safetyMarginMs(1000);
        clock.advance(window + 80); // the grant's window is over, but the bytes are still queued
        QCOMPARE(limiter.tryAcquire(EndpointGroup::Get), window);
        QCOMPARE(limiter.usage(EndpointGroup::Get).tokensAvailable, 0);
        limiter.confirmSent(EndpointGroup::Get, late.ticket); // on the wire now
        limiter.confirmSent(EndpointGroup::Get, late.ticket); // a second report changes nothing
        limiter.confirmSent(EndpointGroup::Get, 9999);        // nor does an unknown ticket
        QCOMPARE(limiter.history(EndpointGroup::Get).size(), 1);
        QCOMPARE(limiter.tryAcquire(EndpointGroup::Get), window);
        clock.advance(window);
        QCOMPARE(limiter.tryAcquire(EndpointGroup::Get), 0);
    }

    void confirmedGrantsKeepTheLogSorted()
    {
        ManualClock clock;
        RateLimiter limiter(clock, {{EndpointGroup::Get, {{3, 1000}}}});
        const RateLimiter::Grant first = limiter.acquirePending(EndpointGroup::Get);
        clock.advance(10);
        QCOMPARE(limiter.tryAcquire(EndpointGroup::Get), 0); // sent at 10, before `first`
        clock.advance(30);
        limiter.confirmSent(EndpointGroup::Get, first.ticket); // sent at 40
        const QList<qint64> log = limiter.history(EndpointGroup::Get);
        QVERIFY(std::is_sorted(log.cbegin(), log.cend()));
        QCOMPARE(log.last() - log.first(), 30);
    }

    // The ETA's lower bound: the regular tier (2/s, 1,000/h) needs over an hour for 1,001
    // details, and an hour's quota already spent shows.
    void timeToSendRespectsEveryRule()
    {
        ManualClock clock;
        const QList<RateRule> regular{{2, 1000}, {1000, 3'600'000}};
        RateLimiter limiter(clock, {{EndpointGroup::Get, regular}});
        const qint64 second = 1000 + RateLimiter::safetyMarginMs(1000);
        const qint64 hour = 3'600'000 + RateLimiter::safetyMarginMs(3'600'000);
        QCOMPARE(limiter.msToSend(EndpointGroup::Get, 0), 0);
        QCOMPARE(limiter.msToSend(EndpointGroup::Get, 2), 0); // one burst
        QCOMPARE(limiter.msToSend(EndpointGroup::Get, 3), second);
        QCOMPARE(limiter.msToSend(EndpointGroup::Get, 1000), 499 * second);
        QCOMPARE(limiter.msToSend(EndpointGroup::Get, 1001), hour); // the first send leaves
        QCOMPARE(limiter.history(EndpointGroup::Get).size(), 0);   // nothing was taken

        QList<qint64> spent; // 1,000 sends ten minutes ago: the hour is used up
        for (int i = 0; i < 1000; ++i)
            spent.append(clock.nowMs() - 600'000);
        limiter.restoreHistory(EndpointGroup::Get, spent);
        QCOMPARE(limiter.msToSend(EndpointGroup::Get, 1), hour - 600'000);
        QCOMPARE(limiter.msToSend(EndpointGroup::Get, 1), limiter.msUntilAvailable(EndpointGroup::Get));
    }

    void observerSeesEveryGrant()
    {
        ManualClock clock;
        RateLimiter limiter(clock, {{EndpointGroup::Get, {{2, 1000}}}});
        QList<qint64> seen;
        limiter.setGrantObserver([&seen](EndpointGroup, qint64 t) { seen.append(t); });
        limiter.tryAcquire(EndpointGroup::Get);
        limiter.tryAcquire(EndpointGroup::Get);
        limiter.tryAcquire(EndpointGroup::Get); // refused
        QCOMPARE(seen.size(), 2);
    }

    // Random arrival patterns against random rule sets: never a violation, and when requests
    // are always waiting the limiter reaches the cap (within the safety margin).
    void randomizedNeverExceedsAnyWindow_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 40; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void randomizedNeverExceedsAnyWindow()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        QList<RateRule> rules;
        const int ruleCount = 1 + random.bounded(3);
        for (int i = 0; i < ruleCount; ++i)
            rules.append({1 + random.bounded(20), 100 + random.bounded(5000)});
        ManualClock clock;
        RateLimiter limiter(clock, {{EndpointGroup::Get, rules}});

        QList<qint64> sends;
        for (int step = 0; step < 3000; ++step) {
            // Callers arrive at random moments, sometimes early, sometimes exactly on time.
            const qint64 wait = limiter.tryAcquire(EndpointGroup::Get);
            if (wait == 0)
                sends.append(clock.nowMs());
            else
                clock.advance(random.bounded(2) ? wait : 1 + random.bounded(qMax<qint64>(1, wait)));
            if (random.bounded(4) == 0)
                clock.advance(random.bounded(50));
        }
        QVERIFY(sends.size() > 10);
        const QString violation = firstViolation(sends, rules);
        QVERIFY2(violation.isEmpty(), qPrintable(violation));
    }

    void saturatedCallerReachesTheCap()
    {
        ManualClock clock;
        RateLimiter limiter(clock, {{EndpointGroup::Get, {{16, 1000}}}});
        int granted = 0;
        const qint64 start = clock.nowMs();
        while (clock.nowMs() - start < 60'000) {
            const qint64 wait = limiter.tryAcquire(EndpointGroup::Get);
            if (wait == 0)
                ++granted;
            else
                clock.advance(wait);
        }
        const double rate = granted / 60.0;
        // The cap less the margin: 16 sends per (window + margin), within one burst of rounding.
        const double capWithMargin = 16 * 1000.0 / (1000 + RateLimiter::safetyMarginMs(1000));
        QVERIFY2(rate >= capWithMargin - 16 / 60.0 && rate <= 16 * 1.0 + 16 / 60.0,
                 qPrintable(QString::number(rate)));
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
