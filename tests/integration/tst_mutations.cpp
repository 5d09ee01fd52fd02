// Every real sample, broken one JSON path at a time (removed, null, a value of the wrong type),
// goes through the parser into a real cache the way a sync takes it (sync/detailintake.h): each
// case is stored, or recorded as failed with a reason. Never a constraint error, never a crash,
// never an exception. Then roles, totals and every aggregate run over the cache they made.

#include "core/playerconfig.h"
#include "core/replayparser.h"
#include "fakes/fixtures.h"
#include "stats/aggregates.h"
#include "stats/dailytotals.h"
#include "stats/replaysides.h"
#include "stats/roleindex.h"
#include "stats/scorelines.h"
#include "storage/database.h"
#include "storage/replayrepository.h"
#include "storage/rolerepository.h"
#include "sync/detailintake.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <functional>

using namespace bcs;
using bcs::test::readFixtureObject;

namespace {

using Path = QList<QJsonValue>; // object keys (strings) and array indexes (doubles)

// A path into the players' stats below the group level is collected for the first player of
// each team only: the others' stat values are read by the same code, and compressing ~15,000
// bodies at the cache's zstd level would take minutes. Their groups themselves are mutated.
bool redundant(const Path &path)
{
    return path.size() > 5 && path.at(1) == QStringLiteral("players") && path.at(2).toInt() > 0 &&
           path.at(3) == QStringLiteral("stats");
}

void collectPaths(const QJsonValue &value, Path &path, QList<Path> &paths)
{
    if (!path.isEmpty() && redundant(path))
        return;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            path.append(it.key());
            if (!redundant(path))
                paths.append(path);
            collectPaths(it.value(), path, paths);
            path.removeLast();
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            path.append(double(i));
            paths.append(path);
            collectPaths(array.at(i), path, paths);
            path.removeLast();
        }
    }
}

enum class Mutation { Remove, Null, WrongType };

// The wrong type for a value: a string for a number, a number for a string, an array for an
// object, an object for an array, a string for a bool or null.
QJsonValue wrongType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return QStringLiteral("12.5");
    case QJsonValue::String:
        return 42;
    case QJsonValue::Object:
        return QJsonArray{1, QStringLiteral("x")};
    case QJsonValue::Array:
        return QJsonObject{{QStringLiteral("x"), 1}};
    default:
        return QStringLiteral("true");
    }
}

QJsonValue mutated(const QJsonValue &root, const Path &path, qsizetype depth, Mutation mutation)
{
    const QJsonValue step = path.at(depth);
    const bool last = depth == path.size() - 1;
    if (root.isObject()) {
        QJsonObject object = root.toObject();
        const QString key = step.toString();
        if (last && mutation == Mutation::Remove)
            object.remove(key);
        else if (last)
            object.insert(key, mutation == Mutation::Null ? QJsonValue(QJsonValue::Null)
                                                          : wrongType(object.value(key)));
        else
            object.insert(key, mutated(object.value(key), path, depth + 1, mutation));
        return object;
    }
    QJsonArray array = root.toArray();
    const int index = step.toInt();
    if (last && mutation == Mutation::Remove)
        array.removeAt(index);
    else if (last)
        array[index] =
            mutation == Mutation::Null ? QJsonValue(QJsonValue::Null) : wrongType(array.at(index));
    else
        array[index] = mutated(array.at(index), path, depth + 1, mutation);
    return array;
}

// Calls `each` with every mutation of `document` (three per path).
int forEachMutation(const QJsonObject &document,
                    const std::function<void(const QJsonObject &)> &each)
{
    QList<Path> paths;
    Path path;
    collectPaths(document, path, paths);
    int cases = 0;
    for (const Path &p : std::as_const(paths)) {
        for (Mutation m : {Mutation::Remove, Mutation::Null, Mutation::WrongType}) {
            each(mutated(document, p, 0, m).toObject());
            ++cases;
        }
    }
    return cases;
}

QStringList detailSamples()
{
    return {QStringLiteral("replay_detail_3v3_unranked_2024.json"),
            QStringLiteral("replay_detail_3v3_ranked_2021.json"),
            QStringLiteral("replay_detail_2v2_unranked_2021.json"),
            QStringLiteral("edge_cases/replay_detail_substitutions_and_bots_2021.json"),
            QStringLiteral("edge_cases/replay_detail_training_match_type.json")};
}

// List pages hold dozens of rows of one shape: the first three of each page are mutated, plus
// every edge-case row the samples have.
QList<QJsonObject> listPages()
{
    QList<QJsonObject> pages;
    for (const QString &name : QDir(QStringLiteral(BCS_FIXTURES_DIR))
                                   .entryList({QStringLiteral("replays_list_page_*.json")})) {
        QJsonObject page = readFixtureObject(name);
        QJsonArray rows = page.value(QStringLiteral("list")).toArray();
        while (rows.size() > 3)
            rows.removeLast();
        page.insert(QStringLiteral("list"), rows);
        pages.append(page);
    }
    for (const QString &name : QDir(QStringLiteral(BCS_FIXTURES_DIR "/edge_cases"))
                                   .entryList({QStringLiteral("list_item_*.json")}))
        pages.append({{QStringLiteral("list"),
                       QJsonArray{readFixtureObject(QStringLiteral("edge_cases/") + name)}}});
    return pages;
}

} // namespace

class TestMutations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Database> m_second;

private Q_SLOTS:
    void initTestCase()
    {
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QCOMPARE(m_database->open(), QString());
        QSqlQuery fast(m_database->connection());
        QVERIFY(fast.exec(QStringLiteral("PRAGMA synchronous = OFF"))); // a test cache
    }

    // Two threads, each with a cache of its own, share the samples (two cores).
    void everyBrokenDetailIsStoredOrRecorded()
    {
        QElapsedTimer timer;
        timer.start();
        struct Outcome
        {
            int cases = 0, stored = 0, failed = 0;
            QStringList problems; // anything but "stored" or "recorded with a reason"
        };
        const QStringList samples = detailSamples();
        QList<Outcome> outcomes(2);
        std::vector<std::unique_ptr<Database>> caches;
        caches.push_back(std::move(m_database));
        caches.push_back(
            std::make_unique<Database>(m_dir.filePath(QStringLiteral("second.sqlite"))));
        QCOMPARE(caches.back()->open(), QString());
        const auto work = [&](int half) {
            Database &database = *caches[half];
            QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA synchronous = OFF"));
            Outcome &outcome = outcomes[half];
            for (qsizetype i = half; i < samples.size(); i += 2) {
                const QJsonObject original = readFixtureObject(samples[i]);
                outcome.cases += forEachMutation(original, [&](const QJsonObject &detail) {
                    const QString id =
                        QStringLiteral("case-%1-%2").arg(half).arg(outcome.stored + outcome.failed);
                    QJsonObject withId = detail;
                    if (detail.value(QStringLiteral("id")).isString()) // a broken id stays so
                        withId.insert(QStringLiteral("id"), id);
                    try {
                        ListedReplay listed;
                        listed.summary.id = id;
                        ReplayRepository(database.connection()).insertListed({listed});
                        const DetailIntake intake = takeDetail(
                            database, id, QJsonDocument(withId).toJson(QJsonDocument::Compact),
                            withId, 1);
                        if (intake.stored) {
                            ++outcome.stored;
                        } else {
                            ++outcome.failed;
                            if (intake.failure.isEmpty() ||
                                intake.failure.contains(QStringLiteral("constraint")))
                                outcome.problems
                                    << samples[i] + QStringLiteral(": ") + intake.failure;
                        }
                    } catch (const std::exception &) {
                        outcome.problems << samples[i] + QStringLiteral(": an exception");
                    }
                });
            }
        };
        QThread *other = QThread::create(work, 1);
        other->start();
        work(0);
        QVERIFY(other->wait());
        delete other;
        m_database = std::move(caches.front());
        m_second = std::move(caches.back());
        Outcome total;
        for (const Outcome &o : std::as_const(outcomes)) {
            total.cases += o.cases;
            total.stored += o.stored;
            total.failed += o.failed;
            total.problems += o.problems;
        }
        qInfo("%d broken details from %lld samples: %d stored, %d recorded as failed, in %lld ms",
              total.cases, qlonglong(samples.size()), total.stored, total.failed, timer.elapsed());
        QVERIFY2(total.problems.isEmpty(), qPrintable(total.problems.mid(0, 5).join(u'\n')));
        QVERIFY(total.cases > 3000);
        QVERIFY(total.stored > 0);
    }

    void everyBrokenListRowIsRememberedOrSkipped()
    {
        int cases = 0, remembered = 0;
        for (const QJsonObject &page : listPages()) {
            cases += forEachMutation(page, [&](const QJsonObject &mutatedPage) {
                for (const QJsonValue row : mutatedPage.value(QStringLiteral("list")).toArray()) {
                    ListedReplay listed = parseListedReplay(row.toObject());
                    if (listed.summary.id.isEmpty())
                        continue; // the sync skips a row without an id
                    listed.summary.id = QStringLiteral("row-%1-%2").arg(cases).arg(remembered);
                    try {
                        const QList<ListingFailure> failures =
                            ReplayRepository(m_database->connection())
                                .insertListed({listed})
                                .failures;
                        QVERIFY2(failures.isEmpty(),
                                 failures.isEmpty() ? "" : qPrintable(failures.first().reason));
                    } catch (const StorageError &error) {
                        QFAIL(qPrintable(error.message));
                    }
                    ++remembered;
                }
            });
        }
        qInfo("%d broken list pages, %d rows remembered", cases, remembered);
        QVERIFY(cases > 1000);
    }

    // What the broken replays left in the cache goes through roles, totals and aggregates.
    void theCacheTheyMadeIsAnalysed()
    {
        const PlayerConfigParse config = parsePlayerConfig(
            QJsonDocument::fromJson(
                R"({"me":["Haze","QuixMtic"],"teammates":{"m":["Maboroshi^-^"]}})")
                .object());
        RoleRepository(m_database->connection()).saveConfig(*config.config, 0);
        try {
            const RoleIndexStats roles = rebuildRoles(*m_database);
            QVERIFY(roles.replaysWithPerspective > 0);
            QVERIFY(refreshDailyTotals(*m_database));
            QVERIFY(refreshReplaySides(*m_database));
            QVERIFY(!scorelines(*m_database, StatsFilter{}).isEmpty());
            for (const QString &role : {QStringLiteral("me"), QStringLiteral("anon_teammate"),
                                        QStringLiteral("anon_opponent")}) {
                QVERIFY(aggregateRole(*m_database, role, StatsFilter{}).games > 0);
            }
        } catch (const StorageError &error) {
            QFAIL(qPrintable(error.message));
        }
    }
};

QTEST_GUILESS_MAIN(TestMutations)
#include "tst_mutations.moc"
