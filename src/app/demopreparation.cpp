#include "app/demopreparation.h"

#include "demo/democache.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QEventLoop>
#include <QTimer>
#include <QtConcurrent>
#include <atomic>
#include <cstdio>

#ifdef BCS_WITH_GUI
#include <QProgressDialog>
#endif

namespace bcs {

namespace {
struct DemoTr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::DemoPreparation)
};
} // namespace

QString prepareDemoCache(const QString &directory, bool withWindow)
{
    if (demo::demoCacheIsComplete(directory))
        return {};
    // The builder reports from its thread; the GUI thread shows the latest figures.
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    std::atomic<bool> cancelled{false};
    QFutureWatcher<QString> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&] {
        return demo::buildDemoCache(directory, [&](int step, int steps) {
            done = step;
            total = steps;
            return !cancelled.load();
        });
    }));
    QTimer ticker;
    ticker.setInterval(100);
#ifdef BCS_WITH_GUI
    std::unique_ptr<QProgressDialog> dialog;
    if (withWindow) {
        dialog = std::make_unique<QProgressDialog>(
            DemoTr::tr("Building the demo data: a year of generated games…"), DemoTr::tr("Cancel"),
            0, 0);
        dialog->setWindowTitle(DemoTr::tr("Ballchasing Stats — demo data"));
        dialog->setMinimumDuration(0);
        QObject::connect(dialog.get(), &QProgressDialog::canceled, [&] { cancelled = true; });
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            dialog->setMaximum(total);
            dialog->setValue(done);
        });
    }
#endif
    if (!withWindow) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(DemoTr::tr("bcstats: building the demo data in %1…").arg(directory)));
    }
    ticker.start();
    if (!watcher.isFinished())
        loop.exec();
    return watcher.result();
}

} // namespace bcs
