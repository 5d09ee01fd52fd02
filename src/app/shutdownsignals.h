#pragma once
// Turns SIGINT/SIGTERM (Ctrl+C / console close on Windows) into an orderly
// QCoreApplication::quit(), so threads are stopped with quit + wait and nothing is killed
// mid-write. The signal handler itself only writes one byte to a pipe (async-signal-safe).

#include <QObject>

namespace bcs {

class ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void shutdownRequested(int signalNumber);
};

} // namespace bcs
