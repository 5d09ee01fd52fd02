// The Wilson score interval of a win rate against figures worked out by hand: the closed forms
// at the edges (no wins: 0 .. z²/(n+z²); all wins: n/(n+z²) .. 1), a symmetric half, a worked
// 54 of 100, no games at all, and counts that make no sense (clamped, never NaN).

#include "stats/winrateinterval.h"

#include <QTest>
#include <cmath>

using namespace bcs;

namespace {
constexpr double kTolerance = 1e-9;
const double z2 = kWilson95 * kWilson95;

bool near(double actual, double expected, double tolerance = kTolerance)
{
    return std::abs(actual - expected) <= tolerance;
}
} // namespace

class TestWinRateInterval : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noGamesIsEverything()
    {
        const WinRateInterval interval = wilsonInterval(0, 0);
        QCOMPARE(interval.games, 0);
        QCOMPARE(interval.rate, 0.0);
        QCOMPARE(interval.low, 0.0);
        QCOMPARE(interval.high, 1.0);
        QCOMPARE(interval.halfWidth(), 0.5);
    }

    void noWins()
    {
        // p = 0: centre = spread = z²/(2(n+z²)), so the interval is 0 .. z²/(n+z²).
        const WinRateInterval interval = wilsonInterval(0, 10);
        QCOMPARE(interval.rate, 0.0);
        QCOMPARE(interval.low, 0.0);
        QVERIFY2(near(interval.high, z2 / (10 + z2)),
                 qPrintable(QString::number(interval.high, 'g', 12)));
        QVERIFY(near(interval.high, 0.2775328, 1e-7)); // 3.8415 / 13.8415
    }

    void allWins()
    {
        const WinRateInterval interval = wilsonInterval(10, 10);
        QCOMPARE(interval.rate, 1.0);
        QCOMPARE(interval.high, 1.0);
        QVERIFY(near(interval.low, 10 / (10 + z2)));
        QVERIFY(near(interval.low, 0.7224672, 1e-7));
        // One game won: wide, but inside 0..1.
        const WinRateInterval one = wilsonInterval(1, 1);
        QVERIFY(near(one.low, 1 / (1 + z2)));
        QCOMPARE(one.high, 1.0);
    }

    void halfIsSymmetric()
    {
        // p = 1/2: centre 1/2, spread = z/(1+z²/n) · sqrt(1/(4n) + z²/(4n²)).
        const WinRateInterval interval = wilsonInterval(5, 10);
        const double spread = kWilson95 / (1 + z2 / 10) * std::sqrt(0.25 / 10 + z2 / 400);
        QVERIFY(near(interval.low, 0.5 - spread));
        QVERIFY(near(interval.high, 0.5 + spread));
        QVERIFY(near(interval.halfWidth(), spread));
        QVERIFY(near(interval.low, 0.2365931, 1e-7));
    }

    void workedExample()
    {
        // 54 of 100: centre (0.54 + 0.019207) / 1.038415 = 0.538520, spread 0.095872.
        const WinRateInterval interval = wilsonInterval(54, 100);
        QCOMPARE(interval.rate, 0.54);
        QVERIFY2(near(interval.low, 0.4426486, 1e-7),
                 qPrintable(QString::number(interval.low, 'g', 10)));
        QVERIFY2(near(interval.high, 0.6343919, 1e-7),
                 qPrintable(QString::number(interval.high, 'g', 10)));
        // The interval narrows with the sample: 1,084 of 2,000 is 54.2 % ± 2.2.
        const WinRateInterval large = wilsonInterval(1084, 2000);
        QVERIFY(near(large.low, 0.5201047, 1e-7));
        QVERIFY(near(large.high, 0.5637343, 1e-7));
        QVERIFY(large.halfWidth() < interval.halfWidth());
    }

    void nonsenseCountsAreClamped()
    {
        const WinRateInterval more = wilsonInterval(12, 10); // more wins than games: all wins
        QCOMPARE(more.wins, 10);
        QCOMPARE(more.rate, 1.0);
        const WinRateInterval negative = wilsonInterval(-3, -1);
        QCOMPARE(negative.games, 0);
        QCOMPARE(negative.high, 1.0);
        QVERIFY(!std::isnan(negative.rate));
    }
};

QTEST_APPLESS_MAIN(TestWinRateInterval)
#include "tst_winrateinterval.moc"
