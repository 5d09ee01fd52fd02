// Dates as ballchasing sends them (any fraction digits, Z or offsets) and as users type them.

#include "core/rfc3339.h"

#include <QTest>
#include <QTimeZone>

using namespace bcs;

class TestRfc3339 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesUpstreamVariants_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("epochMs");
        QTest::addRow("6 digits Z") << "2025-01-13T02:43:42.901912Z" << qint64(1736736222901);
        QTest::addRow("4 digits Z") << "2024-12-20T04:36:25.3762Z" << qint64(1734669385376);
        QTest::addRow("3 digits Z") << "2024-12-20T04:42:20.496Z" << qint64(1734669740496);
        QTest::addRow("1 digit") << "2024-12-20T04:42:20.5Z" << qint64(1734669740500);
        QTest::addRow("no fraction") << "2021-04-12T01:26:47Z" << qint64(1618190807000);
        QTest::addRow("+02:00 offset")
            << "2021-04-15T15:37:41.876744+02:00" << qint64(1618493861876);
        QTest::addRow("-05:30 offset") << "2021-04-15T15:37:41-05:30" << qint64(1618520861000);
        QTest::addRow("lower-case t and z") << "2021-04-12t01:26:47z" << qint64(1618190807000);
    }

    void parsesUpstreamVariants()
    {
        QFETCH(QString, text);
        QFETCH(qint64, epochMs);
        const auto parsed = parseRfc3339(text);
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(parsed->toMSecsSinceEpoch(), epochMs);
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"", "yesterday", "2024-13-01T00:00:00Z", "2024-02-30T00:00:00Z",
                                "2024-01-01T25:00:00Z", "2024-01-01T00:00:00",
                                "2024-01-01T00:00:00+25:00", "2024-01-01", "2024-01-01T00:00:00.Z"})
            QTest::addRow("%s", bad) << QString::fromLatin1(bad);
    }

    void rejectsGarbage()
    {
        QFETCH(QString, text);
        QVERIFY(!parseRfc3339(text).has_value());
    }

    void formatsWithOffsetAndRoundTrips()
    {
        const QDateTime utc(QDate(2024, 12, 20), QTime(4, 36, 25), QTimeZone::utc());
        QCOMPARE(formatRfc3339(utc), QStringLiteral("2024-12-20T04:36:25Z"));
        const QDateTime plusTwo(QDate(2021, 4, 15), QTime(15, 37, 41, 876), QTimeZone(7200));
        QCOMPARE(formatRfc3339(plusTwo), QStringLiteral("2021-04-15T15:37:41.876+02:00"));
        QCOMPARE(parseRfc3339(formatRfc3339(plusTwo))->toMSecsSinceEpoch(),
                 plusTwo.toMSecsSinceEpoch());
    }

    void bareDatesAreLocalDayBounds()
    {
        const auto start = parseDateBound(u"2024-03-10", DayBound::Start);
        const auto end = parseDateBound(u"2024-03-10", DayBound::End);
        QVERIFY(start && end);
        QCOMPARE(start->toLocalTime(), QDate(2024, 3, 10).startOfDay());
        QCOMPARE(end->toLocalTime(), QDate(2024, 3, 10).endOfDay());
        QVERIFY(!parseDateBound(u"2024-02-31", DayBound::Start).has_value());
        QVERIFY(parseDateBound(u"2024-03-10T10:00:00Z", DayBound::End).has_value());
    }
};

QTEST_GUILESS_MAIN(TestRfc3339)
#include "tst_rfc3339.moc"
