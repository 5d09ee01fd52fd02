// JsonText must write what QJsonDocument would parse back to the same values: every escape, the
// numbers that have no short form, non-finite numbers, nesting and separators.

#include "core/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <cmath>
#include <limits>

using namespace bcs;
using namespace Qt::StringLiterals;

class TestJsonText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringsRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("plain") << QStringLiteral("QuixMtic");
        QTest::addRow("empty") << QString();
        QTest::addRow("quotes and backslashes") << QStringLiteral(R"(a "b" \c\ \\)");
        QTest::addRow("control characters")
            << QStringLiteral("tab\there\nnew\rret\bback\fform") + QChar(1) + QChar(0x1f);
        QTest::addRow("non-ASCII") << QStringLiteral("Ünïcødé ☃ 日本 🚗");
        QTest::addRow("json-looking") << QStringLiteral(R"(","x":1,"y":")");
    }

    void stringsRoundTrip()
    {
        QFETCH(QString, text);
        JsonText json;
        json.beginArray();
        json.value(text);
        json.endArray();
        QJsonParseError error{};
        const QJsonDocument parsed = QJsonDocument::fromJson(json.text(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.array().at(0).toString(), text);
    }

    void numbersRoundTrip()
    {
        const QList<double> numbers{0.0,
                                    1.0,
                                    -1.0,
                                    0.1,
                                    1.0 / 3.0,
                                    123456789.0,
                                    1e20,
                                    1e-7,
                                    57.333333333333336,
                                    2.5e-308,
                                    1.7976931348623157e308};
        JsonText json;
        json.beginArray();
        for (const double number : numbers)
            json.value(number);
        json.value(std::numeric_limits<double>::quiet_NaN());
        json.value(std::numeric_limits<double>::infinity());
        json.value(qint64(9007199254740993)); // beyond double precision: written exactly
        json.endArray();
        const QJsonArray parsed = QJsonDocument::fromJson(json.text()).array();
        QCOMPARE(parsed.size(), numbers.size() + 3);
        for (qsizetype i = 0; i < numbers.size(); ++i)
            QCOMPARE(parsed.at(i).toDouble(), numbers[i]);
        QVERIFY(parsed.at(numbers.size()).isNull());     // NaN, as QJsonDocument writes it
        QVERIFY(parsed.at(numbers.size() + 1).isNull()); // infinity
        QVERIFY(json.text().endsWith(",9007199254740993]"));
    }

    void decimalsAreExact()
    {
        // Stored stats (value x scale) written in decimal parse to the same double as the
        // division, whatever the scale, sign and number of trailing zeros.
        QList<QPair<qint64, qint64>> cases{
            {0, 1},           {7, 1},           {-7, 1},         {12345, 100},
            {12300, 100},     {-5, 100},        {5, 100000},     {1234567, 100000},
            {100000, 100000}, {-99999, 100000}, {987654321, 100}};
        QRandomGenerator random(7);
        const qint64 scales[] = {1, 100, 100000};
        for (int i = 0; i < 2000; ++i)
            cases.append(
                {qint64(random.bounded(2000000000)) - 1000000000, scales[random.bounded(3)]});
        JsonText json;
        json.beginArray();
        for (const auto &[scaled, scale] : cases)
            json.decimal(scaled, scale);
        json.endArray();
        const QJsonArray parsed = QJsonDocument::fromJson(json.text()).array();
        QCOMPARE(parsed.size(), cases.size());
        for (qsizetype i = 0; i < cases.size(); ++i)
            QCOMPARE(parsed.at(i).toDouble(), double(cases[i].first) / double(cases[i].second));
        QVERIFY2(json.text().startsWith("[0,7,-7,123.45,123,-0.05,0.00005,12.34567,1,-0.99999,"),
                 json.text().left(80).constData());
    }

    void nestingAndSeparators()
    {
        JsonText json;
        json.beginObject();
        json.key("a"_L1).value(1);
        json.key("empty"_L1).beginArray();
        json.endArray();
        json.key("list"_L1).beginArray();
        json.value(true);
        json.null();
        json.beginObject();
        json.key("x"_L1).value(false);
        json.endObject();
        json.raw(QByteArrayLiteral(R"({"pre":"made"})"));
        json.endArray();
        json.key("nested"_L1).beginObject();
        json.key("deep"_L1).beginObject();
        json.endObject();
        json.endObject();
        json.endObject();
        const QJsonDocument expected = QJsonDocument::fromJson(
            R"({"a":1,"empty":[],"list":[true,null,{"x":false},{"pre":"made"}],"nested":{"deep":{}}})");
        QVERIFY(!expected.isNull());
        QCOMPARE(QJsonDocument::fromJson(json.text()), expected);
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
