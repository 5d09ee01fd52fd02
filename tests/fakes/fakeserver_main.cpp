// `bcstats-fake-ballchasing`: the test fake as a standalone server, for trying bcstats by hand
// and for load tests: `bcstats-fake-ballchasing --replays 500 --tier gc --latency 100`.

#include "fakes/fakeballchasingserver.h"
#include "fakes/matchhistory.h"
#include "fakes/replaygenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimeZone>
#include <csignal>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption replays(QStringLiteral("replays"),
                                     QStringLiteral("Generated replays to serve."),
                                     QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption tier(QStringLiteral("tier"),
                                  QStringLiteral("Tier to report and enforce."),
                                  QStringLiteral("TIER"), QStringLiteral("gc"));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("Response latency in ms."),
                                     QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("API key to accept."),
                                 QStringLiteral("KEY"), QStringLiteral("test-key"));
    const QCommandLineOption history(
        QStringLiteral("history"),
        QStringLiteral("Serve a realistic history (bots, masked ids, renames, impostors, ...) "
                       "instead of copies of one sample, with match dates from DATE on, every "
                       "five hours."),
        QStringLiteral("DATE"));
    parser.addOptions({replays, tier, latency, key, history});
    parser.process(app);

    bcs::test::FakeBallchasingServer fake;
    if (!fake.start())
        return 1;
    fake.setApiKey(parser.value(key));
    fake.setTier(parser.value(tier));
    fake.setLatency(parser.value(latency).toInt(), parser.value(latency).toInt() / 5);
    const int count = parser.value(replays).toInt();
    if (parser.isSet(history)) {
        const QDateTime first(QDate::fromString(parser.value(history), Qt::ISODate), QTime(18, 0),
                              QTimeZone::utc());
        fake.addReplays(bcs::test::MatchHistory::details(
            bcs::test::MatchHistory(1).games(count, first, 5 * 3600)));
    } else {
        const bcs::test::ReplayGenerator generator(1);
        const QDateTime first = QDateTime::currentDateTimeUtc().addSecs(-qint64(count) * 1800);
        fake.addReplays(generator.makeDetails(count, first, 1800));
    }
    std::printf("BALLCHASING_BASE_URL=%s\n", qPrintable(fake.baseUrl().toString()));
    std::fflush(stdout);
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    return app.exec();
}
