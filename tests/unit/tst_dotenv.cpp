// .env parsing as users write the files: quotes, escapes, export, comments, CRLF, mistakes.

#include "core/config/dotenv.h"

#include <QTest>

using namespace bcs;

class TestDotEnv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValues_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addRow("plain") << QByteArray("A=b") << "A"
                               << "b";
        QTest::addRow("spaces around =") << QByteArray("A = b ") << "A"
                                         << "b";
        QTest::addRow("export") << QByteArray("export A=b") << "A"
                                << "b";
        QTest::addRow("single quotes literal") << QByteArray("A='x # \\n y'") << "A"
                                               << "x # \\n y";
        QTest::addRow("double quotes escapes")
            << QByteArray("A=\"line\\nnext \\\"q\\\" \\\\\"") << "A"
            << "line\nnext \"q\" \\";
        QTest::addRow("trailing comment") << QByteArray("A=b # note") << "A"
                                          << "b";
        QTest::addRow("hash inside word") << QByteArray("A=http://x/#frag") << "A"
                                          << "http://x/#frag";
        QTest::addRow("comment after quotes") << QByteArray("A=\"b c\" # note") << "A"
                                              << "b c";
        QTest::addRow("crlf") << QByteArray("A=b\r\nB=c\r\n") << "B"
                              << "c";
        QTest::addRow("bom") << QByteArray("\xEF\xBB\xBF"
                                           "A=b")
                             << "A"
                             << "b";
        QTest::addRow("utf8") << QByteArray("A=Jérôme") << "A" << QStringLiteral("Jérôme");
        QTest::addRow("empty value") << QByteArray("A=") << "A"
                                     << "";
        QTest::addRow("equals in value") << QByteArray("A=list=2/1;get=2/1") << "A"
                                         << "list=2/1;get=2/1";
        QTest::addRow("later wins") << QByteArray("A=1\nA=2") << "A"
                                    << "2";
    }

    void parsesValues()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, key);
        QFETCH(QString, value);
        const DotEnvParseResult result = parseDotEnv(content);
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
        QVERIFY(result.values.contains(key));
        QCOMPARE(result.values.value(key), value);
    }

    void reportsMalformedLinesAndKeepsTheRest()
    {
        const DotEnvParseResult result =
            parseDotEnv("# comment\n\nGOOD=1\nno equals here\n1BAD=2\n"
                        "OPEN=\"unterminated\nSINGLE='x\nJUNK=\"a\" b\nALSO_GOOD=3\n");
        QCOMPARE(result.values.value(QStringLiteral("GOOD")), QStringLiteral("1"));
        QCOMPARE(result.values.value(QStringLiteral("ALSO_GOOD")), QStringLiteral("3"));
        QCOMPARE(result.values.size(), 2);
        QCOMPARE(result.errors.size(), 5);
        QVERIFY(result.errors.at(0).startsWith(QStringLiteral("line 4: expected KEY=VALUE")));
        QVERIFY(result.errors.at(1).startsWith(QStringLiteral("line 5: '1BAD'")));
        QVERIFY(result.errors.at(2).contains(QStringLiteral("line 6: unterminated double quote")));
        QVERIFY(result.errors.at(3).contains(QStringLiteral("line 7: unterminated single quote")));
        QVERIFY(result.errors.at(4).contains(QStringLiteral("line 8: unexpected text")));
    }
};

QTEST_GUILESS_MAIN(TestDotEnv)
#include "tst_dotenv.moc"
