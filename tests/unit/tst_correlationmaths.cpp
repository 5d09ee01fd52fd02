// The correlation's buckets and least-squares line and the seed's rounding, against figures
// worked out by hand: all values equal, values on inner edges and on the top edge, empty bins,
// labels whose edges are halves (printed as Python prints them), fewer than two points.

#include "stats/correlationmaths.h"
#include "stats/rounding.h"

#include <QTest>

using namespace bcs;

namespace {

QList<CorrelationPoint> points(std::initializer_list<std::pair<double, int>> values)
{
    QList<CorrelationPoint> list;
    for (const auto &[value, diff] : values)
        list.append({value, diff});
    return list;
}

struct ExpectedBucket
{
    double rangeMin, rangeMax;
    const char *label;
    int games, wins, losses, draws;
    double winRate;
};

void compareBuckets(const QList<CorrelationBucket> &actual, const QList<ExpectedBucket> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const CorrelationBucket &a = actual[i];
        const ExpectedBucket &e = expected[i];
        QCOMPARE(a.rangeMin, e.rangeMin);
        QCOMPARE(a.rangeMax, e.rangeMax);
        QCOMPARE(a.label, QLatin1String(e.label));
        QCOMPARE(a.games, e.games);
        QCOMPARE(a.wins, e.wins);
        QCOMPARE(a.losses, e.losses);
        QCOMPARE(a.draws, e.draws);
        QCOMPARE(a.winRate, e.winRate);
    }
}

} // namespace

class TestCorrelationMaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundsAsPython_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<double>("rounded");
        // Python 3: round(value, decimals).
        QTest::addRow("stat card") << 453.8487972508591 << 1 << 453.8;
        QTest::addRow("exact half to even, down") << 0.25 << 1 << 0.2;
        QTest::addRow("exact half to even, up") << 0.75 << 1 << 0.8;
        QTest::addRow("negative half") << -1.25 << 1 << -1.2;
        QTest::addRow("0.35 is below a half in binary") << 0.35 << 1 << 0.3;
        QTest::addRow("1.05 is above a half in binary") << 1.05 << 1 << 1.1;
        QTest::addRow("0.15 is below a half in binary") << 0.15 << 1 << 0.1;
        QTest::addRow("2.675 to 2") << 2.675 << 2 << 2.67;
        QTest::addRow("four decimals") << 0.28571428571428570 << 4 << 0.2857;
        QTest::addRow("whole") << 66.0 << 1 << 66.0;
        QTest::addRow("two thirds") << 200.0 / 3 << 1 << 66.7;
    }

    void roundsAsPython()
    {
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(double, rounded);
        QCOMPARE(roundToDecimals(value, decimals), rounded);
    }

    void noPoints()
    {
        QVERIFY(correlationBuckets({}).isEmpty());
        const Regression line = leastSquares({});
        QCOMPARE(line.slope, 0.0);
        QCOMPARE(line.intercept, 0.0);
        QCOMPARE(line.rSquared, 0.0);
    }

    void onePoint()
    {
        const QList<CorrelationPoint> one = points({{5, 2}});
        // [5, 6] in ten bins of 0.1: the value is in the first.
        compareBuckets(correlationBuckets(one), {{5.0, 5.1, "5-5", 1, 1, 0, 0, 100.0}});
        const Regression line = leastSquares(one); // fewer than 2 points: all 0
        QCOMPARE(line.slope, 0.0);
        QCOMPARE(line.intercept, 0.0);
        QCOMPARE(line.rSquared, 0.0);
    }

    void allValuesEqual()
    {
        const QList<CorrelationPoint> same = points({{3, 2}, {3, -1}, {3, 0}});
        compareBuckets(correlationBuckets(same), {{3.0, 3.1, "3-3", 3, 1, 1, 1, 33.3}});
        const Regression line = leastSquares(same);
        QCOMPARE(line.slope, 0.0);
        QCOMPARE(line.intercept, 0.3333); // the mean goal difference, 1/3
        QCOMPARE(line.rSquared, 0.0);
    }

    void edgesAndEmptyBins()
    {
        // 0..10 in bins of 1: 1 is on the edge between the first and second bin and belongs to
        // the second; 10 is the top edge and belongs to the last; bins 2-4 and 6-8 are empty.
        const QList<CorrelationPoint> list =
            points({{0, 1}, {0.5, -2}, {1, 0}, {5.5, 3}, {5, 1}, {10, -1}, {9.5, -1}});
        compareBuckets(correlationBuckets(list), {{0.0, 1.0, "0-1", 2, 1, 1, 0, 50.0},
                                                  {1.0, 2.0, "1-2", 1, 0, 0, 1, 0.0},
                                                  {5.0, 6.0, "5-6", 2, 2, 0, 0, 100.0},
                                                  {9.0, 10.0, "9-10", 2, 0, 2, 0, 0.0}});
    }

    void edgesAsTheSeedComputesThem()
    {
        // 0..1 in bins of 0.1: the third edge is 3 x 0.1 = 0.30000000000000004, so 0.3 is still
        // in the third bin [0.2, 0.3); 0.7 < 7 x 0.1 likewise in the seventh. Labels print the
        // edges without decimals ("0-0"), ranges to 1 decimal.
        const QList<CorrelationPoint> list = points({{0, 1}, {0.3, 1}, {0.7, -1}, {1, 0}});
        compareBuckets(correlationBuckets(list), {{0.0, 0.1, "0-0", 1, 1, 0, 0, 100.0},
                                                  {0.2, 0.3, "0-0", 1, 1, 0, 0, 100.0},
                                                  {0.6, 0.7, "1-1", 1, 0, 1, 0, 0.0},
                                                  {0.9, 1.0, "1-1", 1, 0, 0, 1, 0.0}});
    }

    void binsFollowTheEdgesNotTheQuotient()
    {
        // 2..101 in bins of 9.9: (31.7 - 2) / 9.9 comes out just above 3, but the edge
        // 2 + 3 x 9.9 is 31.700000000000003, so 31.7 is in the third bin; likewise 61.4.
        compareBuckets(correlationBuckets(points({{2, 1}, {31.7, 1}, {61.4, -1}, {101, 0}})),
                       {{2.0, 11.9, "2-12", 1, 1, 0, 0, 100.0},
                        {21.8, 31.7, "22-32", 1, 1, 0, 0, 100.0},
                        {51.5, 61.4, "52-61", 1, 0, 1, 0, 0.0},
                        {91.1, 101.0, "91-101", 1, 0, 0, 1, 0.0}});
        // 1..2 in bins of 0.1: (1.2 - 1) / 0.1 comes out just below 2, but 1.2 is on the
        // third bin's lower edge (1 + 2 x 0.1 = 1.2).
        compareBuckets(correlationBuckets(points({{1, 1}, {1.2, 1}, {2, 1}})),
                       {{1.0, 1.1, "1-1", 1, 1, 0, 0, 100.0},
                        {1.2, 1.3, "1-1", 1, 1, 0, 0, 100.0},
                        {1.9, 2.0, "2-2", 1, 1, 0, 0, 100.0}});
    }

    void labelsRoundHalvesToEven()
    {
        // 0..25 in bins of 2.5: Python prints 2.5 as "2", 7.5 as "8", 22.5 as "22".
        const QList<CorrelationPoint> list = points({{0, 1}, {2.5, 1}, {7.5, 1}, {25, 1}});
        compareBuckets(correlationBuckets(list), {{0.0, 2.5, "0-2", 1, 1, 0, 0, 100.0},
                                                  {2.5, 5.0, "2-5", 1, 1, 0, 0, 100.0},
                                                  {7.5, 10.0, "8-10", 1, 1, 0, 0, 100.0},
                                                  {22.5, 25.0, "22-25", 1, 1, 0, 0, 100.0}});
    }

    void winRateIsRounded()
    {
        // 62..66 in bins of 0.4; two wins of three in the first, as the seed's example label.
        const QList<CorrelationPoint> list = points({{62, 1}, {62.1, 2}, {62.2, -1}, {66, 0}});
        const QList<CorrelationBucket> buckets = correlationBuckets(list);
        QCOMPARE(buckets.size(), 2);
        QCOMPARE(buckets[0].winRate, 66.7);
        QCOMPARE(buckets[0].label, QStringLiteral("62-62"));
        QCOMPARE(buckets[1].label, QStringLiteral("66-66"));
        QCOMPARE(buckets[1].rangeMin, 65.6);
        QCOMPARE(buckets[1].rangeMax, 66.0);
    }

    void leastSquaresLine()
    {
        // (1,1), (2,3), (3,2): means 2 and 2, Sxx = 2, Sxy = 1, Syy = 2: slope 1/2,
        // intercept 2 - 1/2 x 2 = 1, r² = 1 / (2 x 2).
        Regression line = leastSquares(points({{1, 1}, {2, 3}, {3, 2}}));
        QCOMPARE(line.slope, 0.5);
        QCOMPARE(line.intercept, 1.0);
        QCOMPARE(line.rSquared, 0.25);
        // (0,0), (1,1), (3,1): Sxx = 42/9, Sxy = 12/9, Syy = 6/9: slope 2/7, intercept
        // 2/3 - 2/7 x 4/3 = 2/7, r² = 144/252 = 4/7; rounded to 4 decimals.
        line = leastSquares(points({{0, 0}, {1, 1}, {3, 1}}));
        QCOMPARE(line.slope, 0.2857);
        QCOMPARE(line.intercept, 0.2857);
        QCOMPARE(line.rSquared, 0.5714);
    }

    void goalDifferenceNeverChanges()
    {
        // Syy = 0: the line is flat at that difference and explains nothing (r² 0, not NaN).
        const Regression line = leastSquares(points({{1, 2}, {2, 2}, {4, 2}}));
        QCOMPARE(line.slope, 0.0);
        QCOMPARE(line.intercept, 2.0);
        QCOMPARE(line.rSquared, 0.0);
    }

    void closeLargeValuesKeepTheirDigits()
    {
        // Distances around 2,000 with a small spread: y = 2x - 4000 exactly.
        const Regression line =
            leastSquares(points({{2000.1, 0}, {2000.6, 1}, {2001.1, 2}, {2001.6, 3}}));
        QCOMPARE(line.slope, 2.0);
        QCOMPARE(line.intercept, -4000.2);
        QCOMPARE(line.rSquared, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestCorrelationMaths)
#include "tst_correlationmaths.moc"
