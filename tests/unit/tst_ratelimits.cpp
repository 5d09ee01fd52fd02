// The tier table of DESIGN.md §4 and the BALLCHASING_RATE_LIMITS override syntax.

#include "core/ratelimits.h"
#include "net/ratelimiter.h"
#include "net/tierselection.h"
#include "support/manualclock.h"

#include <QTest>

using namespace bcs;

class TestRateLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tierTable()
    {
        QCOMPARE(knownTierNames(), QStringList({"regular", "gold", "diamond", "champion", "gc"}));
        const RateLimitTable gold = rateLimitsForTier(QStringLiteral("gold"));
        QCOMPARE(gold.value(EndpointGroup::List), (QList<RateRule>{{2, 1000}, {1000, 3'600'000}}));
        QCOMPARE(gold.value(EndpointGroup::Get), (QList<RateRule>{{2, 1000}, {2000, 3'600'000}}));
        QCOMPARE(rateLimitsForTier(QStringLiteral("regular")).value(EndpointGroup::List),
                 (QList<RateRule>{{2, 1000}, {500, 3'600'000}}));
        QCOMPARE(rateLimitsForTier(QStringLiteral("diamond")).value(EndpointGroup::Get),
                 (QList<RateRule>{{4, 1000}, {5000, 3'600'000}}));
        QCOMPARE(rateLimitsForTier(QStringLiteral("GC")).value(EndpointGroup::Get),
                 (QList<RateRule>{{16, 1000}}));
        // Tiers newer than the documentation are paced as the highest known one.
        QCOMPARE(rateLimitsForTier(QStringLiteral("legend")),
                 rateLimitsForTier(QStringLiteral("gc")));
    }

    void parsesOverride()
    {
        const auto parsed = parseRateLimits(QStringLiteral(" list=2/1, 1000/3600 ; get=3/1"));
        QVERIFY2(parsed.table.has_value(), qPrintable(parsed.error));
        QCOMPARE(parsed.table->value(EndpointGroup::List),
                 (QList<RateRule>{{2, 1000}, {1000, 3'600'000}}));
        QCOMPARE(parsed.table->value(EndpointGroup::Get), (QList<RateRule>{{3, 1000}}));
        QCOMPARE(formatRateLimits(*parsed.table), QStringLiteral("list=2/1,1000/3600;get=3/1"));
    }

    void rejectsMalformedOverride_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("empty") << ""
                               << "empty";
        QTest::addRow("no equals") << "list 2/1"
                                   << "no '='";
        QTest::addRow("unknown group") << "upload=2/1"
                                       << "unknown group 'upload'";
        QTest::addRow("twice") << "get=2/1;get=3/1"
                               << "given twice";
        QTest::addRow("zero count") << "get=0/1"
                                    << "bad rule '0/1'";
        QTest::addRow("not a number") << "get=two/1"
                                      << "bad rule 'two/1'";
        QTest::addRow("missing seconds") << "get=2"
                                         << "bad rule '2'";
        QTest::addRow("negative") << "get=-2/1"
                                  << "bad rule '-2/1'";
    }

    void rejectsMalformedOverride()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const auto parsed = parseRateLimits(text);
        QVERIFY(!parsed.table.has_value());
        QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
        QVERIFY2(parsed.error.contains(QStringLiteral("list=2/1,1000/3600")),
                 qPrintable(parsed.error));
    }

    void autoTierFollowsPingAndOverrideWins()
    {
        test::ManualClock clock;
        RateLimiter limiter(clock, {});
        TierSelection automatic(QStringLiteral("auto"), std::nullopt, &limiter);
        QCOMPARE(automatic.effectiveTier(), QStringLiteral("gold"));
        QCOMPARE(limiter.rules(), rateLimitsForTier(QStringLiteral("gold")));
        automatic.applyPingType(QStringLiteral("gc"));
        QCOMPARE(automatic.effectiveTier(), QStringLiteral("gc"));
        QCOMPARE(limiter.rules(), rateLimitsForTier(QStringLiteral("gc")));

        RateLimiter fixedLimiter(clock, {});
        const auto override = parseRateLimits(QStringLiteral("get=1/1"));
        TierSelection fixed(QStringLiteral("diamond"), override.table, &fixedLimiter);
        fixed.applyPingType(QStringLiteral("gc")); // a configured tier is not replaced by the ping
        QCOMPARE(fixed.effectiveTier(), QStringLiteral("diamond"));
        QCOMPARE(fixedLimiter.rules().value(EndpointGroup::Get), (QList<RateRule>{{1, 1000}}));
        QCOMPARE(fixedLimiter.rules().value(EndpointGroup::List),
                 rateLimitsForTier(QStringLiteral("diamond")).value(EndpointGroup::List));
    }
};

QTEST_GUILESS_MAIN(TestRateLimits)
#include "tst_ratelimits.moc"
