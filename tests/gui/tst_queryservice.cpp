// The window's query service: reads run on a thread of their own with their own connection
// (never the GUI thread), a newer request for a view supersedes an older one (its late answer is
// dropped), an answer for a widget that is gone is dropped, a storage error reaches the page's
// error callback, and while the GUI thread waits for nothing.

#include "gui/services/queryservice.h"
#include "storage/database.h"
#include "storage/replayrepository.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace bcs;

class TestQueryService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_database = std::make_unique<Database>(m_directory.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(m_database->open().isEmpty());
    }
    void cleanup() { m_database.reset(); }

    void runsOffTheGuiThreadAndSupersedes()
    {
        QueryService service(m_database.get());
        QObject receiver;
        QThread *queryThread = nullptr;
        QStringList delivered;
        // The first waits for a gate the test opens only after every request() returned: were
        // request() to wait for its query, the test would hang there instead of passing.
        QSemaphore gate;
        service.request(
            QStringLiteral("view"), &receiver,
            [&queryThread, &gate](const Database &database) {
                queryThread = QThread::currentThread();
                gate.acquire();
                return ReplayRepository(database.connection(Database::Access::ReadOnly)).count();
            },
            [&delivered](int) { delivered << QStringLiteral("first"); });
        // (The first may be skipped before it starts, or run and be dropped: either way only
        // the second is delivered.)
        service.request(
            QStringLiteral("view"), &receiver,
            [&queryThread](const Database &) {
                queryThread = QThread::currentThread();
                return 2;
            },
            [&delivered](int value) { delivered << QStringLiteral("second=%1").arg(value); });
        // Another view is not superseded by either.
        service.request(
            QStringLiteral("other"), &receiver, [](const Database &) { return 3; },
            [&delivered](int value) { delivered << QStringLiteral("other=%1").arg(value); });
        QSignalSpy idle(&service, &QueryService::idle);
        gate.release(); // a no-op for the query if it was skipped as superseded
        QVERIFY(idle.wait(5000));
        QCOMPARE(service.pending(), 0);
        QCOMPARE(delivered, (QStringList{QStringLiteral("second=2"), QStringLiteral("other=3")}));
        QVERIFY(queryThread && queryThread != QThread::currentThread());
    }

    void dropsAnswersForWidgetsThatAreGone()
    {
        QueryService service(m_database.get());
        auto receiver = std::make_unique<QObject>();
        bool delivered = false;
        service.request(
            QStringLiteral("page"), receiver.get(),
            [](const Database &) {
                QThread::msleep(100);
                return 1;
            },
            [&delivered](int) { delivered = true; });
        receiver.reset(); // the page closed while its query ran
        QSignalSpy idle(&service, &QueryService::idle);
        QVERIFY(idle.wait(5000));
        QVERIFY(!delivered);
    }

    void storageErrorsReachTheErrorCallback()
    {
        QueryService service(m_database.get());
        QObject receiver;
        QString error;
        service.request(
            QStringLiteral("broken"), &receiver,
            [](const Database &) -> int {
                throw StorageError(StorageError::Kind::Corrupt, QStringLiteral("the cache is damaged"));
            },
            [](int) {}, [&error](const QString &message) { error = message; });
        QSignalSpy idle(&service, &QueryService::idle);
        QVERIFY(idle.wait(5000));
        QCOMPARE(error, QStringLiteral("the cache is damaged"));
    }

private:
    QTemporaryDir m_directory;
    std::unique_ptr<Database> m_database;
};

QTEST_MAIN(TestQueryService)
#include "tst_queryservice.moc"
