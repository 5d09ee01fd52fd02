#pragma once
// Fails a GUI test on any Qt warning (a layout that cannot fit, a bad connect, a model that
// breaks its contract): installed for the whole test run, it records every warning and the
// test checks the list is empty after each step that builds or shows widgets.

#include <QMutex>
#include <QStandardPaths>
#include <QStringList>
#include <QtGlobal>

namespace bcs::test {

class WarningGuard
{
public:
    static void install()
    {
        previous() = qInstallMessageHandler(&WarningGuard::handle);
    }
    static QStringList take()
    {
        QMutexLocker lock(&mutex());
        return std::exchange(warnings(), {});
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        // The offscreen platform itself says it cannot do what a window system does (size
        // hints of a shown dialog); that is the test platform, not the window.
        const bool platformLimit = message.startsWith(QLatin1String("This plugin does not support"));
        if ((type == QtWarningMsg || type == QtCriticalMsg) && !platformLimit) {
            QMutexLocker lock(&mutex());
            warnings() << message;
        }
        if (previous())
            previous()(type, context, message);
    }
    static QtMessageHandler &previous()
    {
        static QtMessageHandler handler = nullptr;
        return handler;
    }
    static QStringList &warnings()
    {
        static QStringList list;
        return list;
    }
    static QMutex &mutex()
    {
        static QMutex lock;
        return lock;
    }
};

// The start of every window test: QSettings in a test place, no Secret Service reachable (as on
// a headless box, so the keychain fails fast) unless `keepKeyring`, and the warning guard.
inline void prepareWindowTest(bool keepKeyring = false)
{
    QStandardPaths::setTestModeEnabled(true);
    if (!keepKeyring)
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bcstats-test-bus");
    WarningGuard::install();
}

} // namespace bcs::test
